/**
 * The generation of this app instance's data: every write through a server action (lib/run-action.ts)
 * or the background worker (case reminders) starts a new one, and what was computed from the data
 * before it (what lib/session-memo.ts keeps) is computed again. Free of 'server-only': the
 * worker uses it too. Kept on globalThis: Next bundles the worker (instrumentation) and the pages
 * apart, and both must see one counter.
 */
const shared = globalThis as typeof globalThis & { __kooperacjaDataGeneration?: number };

export const dataGeneration = () => shared.__kooperacjaDataGeneration ?? 0;

export function dataChanged(): void {
  shared.__kooperacjaDataGeneration = dataGeneration() + 1;
}
