/**
 * One JSON line per request (scripts/serve.ts): request id, method, route, status, milliseconds and the
 * signed-in user's id — never a query string or a body, which may carry family data. The page's
 * session look-up (lib/auth/session.ts) notes the user under the request id; the front server takes
 * it back when the response is finished. Both run in the same process.
 */
const users = (() => {
  const g = globalThis as { __kooperacjaRequestUsers?: Map<string, string> };
  g.__kooperacjaRequestUsers ??= new Map();
  return g.__kooperacjaRequestUsers;
})();

export function noteRequestUser(requestId: string | null, userId: string) {
  if (requestId) users.set(requestId, userId);
}

export function takeRequestUser(requestId: string): string | null {
  const u = users.get(requestId) ?? null;
  users.delete(requestId);
  return u;
}

export interface RequestLogEntry {
  id: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  user: string | null;
}

/** The logged line: the path only (no query), the time rounded to 0.1 ms. */
export function requestLogLine(e: RequestLogEntry, at: Date): string {
  const route = e.route.split('?')[0];
  return JSON.stringify({ t: at.toISOString(), level: 'info', msg: 'request', id: e.id, method: e.method, route, status: e.status, ms: Math.round(e.ms * 10) / 10, user: e.user });
}
