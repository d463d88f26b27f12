import nodemailer from 'nodemailer';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { syncCaseReminders } from '@/lib/cases/reminders';
import { clock } from '@/lib/clock';
import { dataChanged } from '@/lib/data-generation';
import { runDataLifecycle } from '@/lib/lifecycle/daily';
import { runDigests } from './digest';


/** What sends a message: nodemailer's SMTP transport in the app, anything alike in tests. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url);
}

/** After the n-th failed attempt, wait 1, 2, 4, 8 minutes; the fifth failure is final. */
export const MAX_ATTEMPTS = 5;
export const backoffMinutes = (attempts: number) => 2 ** (attempts - 1);

/**
 * Sends what is due from the outbox, a batch at a time. The rows being sent are locked FOR UPDATE
 * SKIP LOCKED: several app instances draining one database never send a message twice.
 */
export async function drainOutbox(db: Db, transport: MailTransport, opts: { from: string; batch?: number }): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, sql`now()`)))
        .orderBy(asc(emailOutbox.id))
        .limit(opts.batch ?? 20)
        .for('update', { skipLocked: true });
      for (const m of due) {
        try {
          await transport.sendMail({ from: opts.from, to: m.toEmail, subject: m.subject, text: m.body });
          await tx.update(emailOutbox).set({ status: 'sent', sentAt: sql`now()`, attempts: m.attempts + 1, lastError: null }).where(eq(emailOutbox.id, m.id));
          sent++;
        } catch (e) {
          const attempts = m.attempts + 1;
          const final = attempts >= MAX_ATTEMPTS;
          await tx
            .update(emailOutbox)
            .set({
              attempts,
              status: final ? 'failed' : 'pending',
              lastError: String((e as Error).message ?? e).slice(0, 1000),
              nextAttemptAt: sql`now() + make_interval(mins => ${backoffMinutes(attempts)})`,
            })
            .where(eq(emailOutbox.id, m.id));
          failed++;
        }
      }
      return due.length;
    });
    if (n === 0) return { sent, failed };
  }
}

/** Case reminders are recomputed at start and then at most once an hour. */
export const REMINDERS_EVERY_MS = 3_600_000;

/**
 * Recomputes the reminders of work with families (lib/cases/reminders.ts) right away and then
 * every `everyMs` — in the background, never on page load. Runs without SMTP too: the reminders
 * show on the key worker's pulpit and their e-mails wait in the outbox. A run still going when the
 * next is due is not doubled.
 */
export function startReminderWorker(db: () => Db, everyMs = REMINDERS_EVERY_MS, today: () => string = () => clock.today()) {
  return periodic('case reminders', everyMs, () =>
    syncCaseReminders(db(), today()).then((r) => {
      if (r.created || r.resolved) dataChanged();
      if (r.created || r.resolved) console.log(`[kooperacja] case reminders: ${r.created} new, ${r.resolved} resolved, ${r.emails} e-mails queued (${r.cases} cases in work)`);
    }),
  );
}

/**
 * Runs `task` right away and then every `everyMs`, in the background (the timer does not keep the
 * process alive); a run still going when the next is due is not doubled, and a failure is logged.
 */
function periodic(name: string, everyMs: number, task: () => Promise<void>) {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return running;
    running = task()
      .catch((e) => console.error(`[kooperacja] ${name}:`, (e as Error).message))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), run };
}

/** Due digests are looked for every 5 minutes (sent from 7:00 Polish time, weekly on Monday). */
export const DIGESTS_EVERY_MS = 300_000;

/**
 * Queues the daily and weekly digests that are due (lib/notifications/digest.ts) right away and then
 * every `everyMs`, in the background. Several app instances may run it at once: each person still
 * gets one digest per period (digests_once). A run still going when the next is due is not doubled.
 */
export function startDigestWorker(db: () => Db, everyMs = DIGESTS_EVERY_MS) {
  return periodic('digests', everyMs, () =>
    runDigests(db()).then((r) => {
      if (r.sent || r.empty) console.log(`[kooperacja] digests: ${r.sent} queued, ${r.empty} with nothing to say`);
    }),
  );
}

/** The data lifecycle (lib/lifecycle/daily.ts) is run at start and then every 6 hours. */
export const LIFECYCLE_EVERY_MS = 6 * 3_600_000;

/** Runs the data lifecycle's background work right away and then every `everyMs`. */
export function startLifecycleWorker(db: () => Db, everyMs = LIFECYCLE_EVERY_MS) {
  return periodic('data lifecycle', everyMs, () =>
    runDataLifecycle(db()).then((r) => {
      const a = r.accounts;
      if (r.retention.marked || r.retention.changed || r.retention.removed || a.warned || a.disabled || a.requestsCleared || a.failuresCompacted) dataChanged();
      console.log(
        `[kooperacja] data lifecycle: ${r.retention.marked} cases marked for retention review, ${a.warned} inactivity warnings, ${a.disabled} accounts disabled, ${a.requestsCleared} rejected requests cleared, ${a.failuresCompacted} login failures compacted` +
          (r.audit ? `; audit chains ${r.audit.ok ? 'verified' : 'BROKEN'} (${r.audit.entries} entries)` : ''),
      );
    }),
  );
}

/**
 * Drains the outbox every `everyMs` in the background of the server (never inside a request), and
 * starts the hourly case reminders (startReminderWorker) and the digests (startDigestWorker). Without SMTP_URL nothing is sent:
 * messages wait in the outbox, where administrators see them. Returns the function that stops it all.
 */
export function startOutboxWorker(db: () => Db, smtpUrl: string | undefined, from: string, everyMs = 15_000) {
  const reminders = startReminderWorker(db);
  const digests = startDigestWorker(db);
  const lifecycle = startLifecycleWorker(db);
  const stopOthers = () => {
    reminders.stop();
    digests.stop();
    lifecycle.stop();
  };
  if (!smtpUrl) return stopOthers;
  const transport = smtpTransport(smtpUrl);
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await drainOutbox(db(), transport, { from });
    } catch (e) {
      console.error('[kooperacja] e-mail outbox:', (e as Error).message);
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    stopOthers();
  };
}
