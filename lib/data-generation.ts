/**
 * The generation of this app instance's data: every write through a server action (lib/run-action.ts)
 * or the background worker (case reminders) starts a new one, and what was computed from the data
 * before it (what lib/session-memo.ts keeps) is computed again. Free of 'server-only': the
 * worker uses it too. Kept on globalThis: Next bundles the worker (instrumentation) and the pages
 * apart, and both must see one counter.
 *
 * With several server processes on one port (scripts/serve.ts, WEB_CONCURRENCY) a write in one
 * process starts a new generation in all of them: the process tells the primary, which tells the
 * others — the next request of the same person may land on any of them.
 */
const shared = globalThis as typeof globalThis & { __kooperacjaDataGeneration?: number; __kooperacjaDataListener?: boolean };

const MESSAGE = 'kooperacja:data-changed';

export const dataGeneration = () => shared.__kooperacjaDataGeneration ?? 0;

const bump = () => {
  shared.__kooperacjaDataGeneration = dataGeneration() + 1;
};

// A server process of several hears about the others' writes (relayed by the primary).
if (process.env.KOOPERACJA_WORKER === '1' && !shared.__kooperacjaDataListener) {
  shared.__kooperacjaDataListener = true;
  process.on('message', (m) => {
    if (m === MESSAGE) bump();
  });
}

export function dataChanged(): void {
  bump();
  if (process.env.KOOPERACJA_WORKER === '1') process.send?.(MESSAGE);
}

/** The primary's side (scripts/serve.ts): passes one process's news of a write to every other. */
export const DATA_CHANGED_MESSAGE = MESSAGE;
