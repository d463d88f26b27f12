import { CLIENT_IP_HEADER } from './headers';
import { normalizeIp } from './client-ip';

/**
 * The client's address as the front server established it (scripts/serve.ts sets the header
 * after removing any the client sent), checked again, or null. Never read X-Forwarded-For here.
 */
export function trustedClientIp(get: (name: string) => string | null | undefined): string | null {
  return normalizeIp(get(CLIENT_IP_HEADER));
}
