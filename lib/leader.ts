import postgres from 'postgres';

/** The session advisory lock whose holder runs the background work (outbox, reminders, digests, lifecycle). */
export const LEADER_LOCK_KEY = 874_513;

export interface Leadership {
  /** Whether this process runs the background work now. */
  isLeader(): boolean;
  /** Gives up the lead (stops the work, frees the lock) and stops trying. */
  stop(): Promise<void>;
}

/**
 * Runs `lead` in one process only across every process and instance sharing one PostgreSQL: the one
 * holding a session advisory lock on a connection of its own. Every `checkMs` the others try to take
 * it and the leader checks it still holds it — when the leader dies (or loses its connection) the
 * server frees the lock with its session, and another process takes over within `checkMs`.
 * `lead` returns the function that stops the work it started.
 */
export function leadWhenElected(url: string, lead: () => () => void, opts: { checkMs?: number; log?: (line: string) => void } = {}): Leadership {
  const checkMs = opts.checkMs ?? 5_000;
  const log = opts.log ?? ((line: string) => console.log(`[kooperacja] ${line}`));
  // One connection that lives as long as the process: the lock belongs to its session.
  const sql = postgres(url, { max: 1, max_lifetime: null, idle_timeout: 0, onnotice: () => {} });
  let stopWork: (() => void) | null = null;
  let stopped = false;
  let busy: Promise<void> | null = null;

  const follow = (why: string) => {
    if (!stopWork) return;
    stopWork();
    stopWork = null;
    log(`background work: no longer the leader (${why})`);
  };

  const tick = async () => {
    if (stopped) return;
    try {
      if (stopWork) {
        // Still ours? A reconnect would have opened a new session without the lock.
        const [held] = await sql<{ ok: boolean }[]>`
          select exists (select 1 from pg_locks where locktype = 'advisory' and granted
                          and pid = pg_backend_pid() and objid = ${LEADER_LOCK_KEY} and classid = 0) as ok`;
        if (!held.ok) follow('the lock was lost');
        return;
      }
      const [got] = await sql<{ ok: boolean }[]>`select pg_try_advisory_lock(${LEADER_LOCK_KEY}) as ok`;
      if (got.ok && !stopped) {
        stopWork = lead();
        log(`background work: this process (pid ${process.pid}) leads`);
      }
    } catch (e) {
      follow((e as Error).message);
    }
  };
  const run = () => {
    busy ??= tick().finally(() => {
      busy = null;
    });
    return busy;
  };
  void run();
  const timer = setInterval(run, checkMs);
  timer.unref();

  return {
    isLeader: () => stopWork !== null,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await busy;
      follow('stopping');
      await sql.end({ timeout: 5 });
    },
  };
}
