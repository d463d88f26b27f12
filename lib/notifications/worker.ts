import nodemailer from 'nodemailer';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';

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

/**
 * Drains the outbox every `everyMs` in the background of the server (never inside a request).
 * Without SMTP_URL nothing is sent: messages wait in the outbox, where administrators see them.
 */
export function startOutboxWorker(db: () => Db, smtpUrl: string | undefined, from: string, everyMs = 15_000) {
  if (!smtpUrl) return null;
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
  return () => clearInterval(timer);
}
