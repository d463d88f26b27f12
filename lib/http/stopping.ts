/**
 * Whether this server process has been asked to stop (SIGTERM): set by the front server
 * (scripts/serve.ts), read by GET /api/ready, which then answers 503 so a load balancer sends
 * nothing new here while the requests in flight finish. Free of imports: the front server runs
 * outside Next.js. Kept on globalThis: the front server and the bundled routes share one process.
 */
const shared = globalThis as { __kooperacjaStopping?: boolean };

export function markStopping() {
  shared.__kooperacjaStopping = true;
}

export const isStopping = () => shared.__kooperacjaStopping === true;
