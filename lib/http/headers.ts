/**
 * Request headers that only the front server (scripts/serve.ts) sets: it removes any sent by the
 * client first, so code reading them can believe them.
 */
export const CLIENT_IP_HEADER = 'x-kooperacja-client-ip';
export const PATH_HEADER = 'x-kooperacja-path';
export const REQUEST_ID_HEADER = 'x-request-id';
export const FRONT_HEADERS = [CLIENT_IP_HEADER, PATH_HEADER, REQUEST_ID_HEADER] as const;
