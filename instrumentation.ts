// Runs once when the server starts, before it serves a request: migrate, and load the register
// and demo data on a fresh database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { database } = await import('./db/client');
  const { bootstrap } = await import('./db/bootstrap');
  const { env } = await import('./lib/env');
  const t0 = performance.now();
  try {
    await bootstrap(database(), { demo: env().SEED_DEMO === '1' });
  } catch (e) {
    // A server that cannot reach a migrated database must not serve pages: stop with the reason.
    console.error(`[kooperacja] cannot start: ${(e as Error).message}`);
    process.exit(1);
  }
  console.log(`[kooperacja] database ready (${database().kind}) in ${Math.round(performance.now() - t0)} ms`);
  if (database().kind === 'pglite') {
    // `npm run backup` asks the running server for a consistent dump over an owner-only Unix socket.
    const { startBackupSocket } = await import('./db/backup');
    await startBackupSocket(database(), env().PGLITE_DIR).catch((e) => console.error(`[kooperacja] backup socket not available: ${(e as Error).message}`));
  }
  const { startOutboxWorker } = await import('./lib/notifications/worker');
  const { SMTP_URL, MAIL_FROM, OUTBOX_INTERVAL_MS, DATABASE_URL } = env();
  const startWork = () => {
    const stop = startOutboxWorker(() => database().db, SMTP_URL, MAIL_FROM, OUTBOX_INTERVAL_MS);
    if (SMTP_URL) console.log('[kooperacja] e-mail outbox: sending through SMTP_URL');
    return stop;
  };
  if (!DATABASE_URL) {
    // PGlite: one process, which does the background work itself.
    startWork();
    return;
  }
  // PostgreSQL: several processes and instances may serve; the background work runs in one of them
  // (lib/leader.ts), and another takes over when it stops.
  const { leadWhenElected } = await import('./lib/leader');
  const leadership = leadWhenElected(DATABASE_URL, startWork);
  (globalThis as { __kooperacjaLeadership?: unknown }).__kooperacjaLeadership = leadership;
}
