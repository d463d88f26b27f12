import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { dataGeneration } from './data-generation';

/**
 * How long a result computed for a signed-in session (its inbox and menu counts, what its menu
 * offers) serves that session again while nothing is written on this app instance: every write made
 * through a server action or the background worker here starts a new generation
 * (lib/data-generation.ts), so one's own work and the colleagues' on this instance show at once;
 * writes on another instance within this time. SESSION_MEMO_MS=0 computes on every request.
 * Who the person is, whether the session is open and what they may do are never kept: every request
 * reads them (lib/auth/session.ts).
 */
const TTL_MS = Number(process.env.SESSION_MEMO_MS ?? 30_000);
/** At most this many results are kept; the oldest go first. */
const MAX_ENTRIES = 10_000;

const kept = new Map<string, { generation: number; at: number; value: Promise<unknown> }>();

/** `compute()` for this session, role and day, or what it gave within the last TTL_MS of the same data generation. */
export function keptForSession<T>(actor: Actor, what: string, compute: () => Promise<T>, ttlMs = TTL_MS): Promise<T> {
  if (ttlMs <= 0) return compute();
  // A new sign-in (a new session), another role or another day is another result.
  const key = `${what}:${actor.sessionId ?? actor.userId}:${actor.scope.id}:${clock.today()}`;
  // A monotonic stopwatch, not the domain's clock (lib/clock.ts): only how long ago it was computed counts.
  const now = performance.now();
  const hit = kept.get(key);
  if (hit && hit.generation === dataGeneration() && now - hit.at < ttlMs) return hit.value as Promise<T>;
  const value = compute();
  kept.delete(key);
  kept.set(key, { generation: dataGeneration(), at: now, value });
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  // A failure is not kept.
  value.catch(() => kept.delete(key));
  return value;
}
