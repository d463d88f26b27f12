import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { emailOutbox, notificationOptOuts } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { parseInput } from '@/lib/validation/parse';
import { EMAIL_KINDS, type EmailKind } from './outbox';
import { preferencesSchema } from './preferences-schema';

const KINDS = Object.keys(EMAIL_KINDS) as [EmailKind, ...EmailKind[]];

/** The actor's own e-mail settings: which kinds are on. */
export async function getEmailPreferences(actor: Actor) {
  const off = await getDb().select({ kind: notificationOptOuts.kind }).from(notificationOptOuts).where(eq(notificationOptOuts.userId, actor.userId));
  const offSet = new Set(off.map((o) => o.kind));
  return KINDS.map((kind) => ({ kind, label: EMAIL_KINDS[kind], on: !offSet.has(kind) }));
}

/** Saves which kinds the actor wants; the others are switched off. */
export async function saveEmailPreferences(actor: Actor, input: unknown) {
  const v = parseInput(preferencesSchema, input);
  const off = KINDS.filter((k) => !v.on.includes(k));
  await getDb().transaction(async (tx) => {
    await tx.delete(notificationOptOuts).where(eq(notificationOptOuts.userId, actor.userId));
    if (off.length) await tx.insert(notificationOptOuts).values(off.map((kind) => ({ userId: actor.userId, kind })));
    await audit(tx, actor, { action: 'email.opt_out_changed', entityType: 'email', entityId: actor.userId, details: { off } });
  });
  return { off };
}

/** The województwo's outbox, newest first, for its ROPS administrators. */
export async function listOutbox(actor: Actor, status?: 'pending' | 'sent' | 'failed') {
  await authorize(actor, 'outbox.read', { voivodeshipId: actor.scope.voivodeshipId });
  const db = getDb();
  const where = and(eq(emailOutbox.voivodeshipId, actor.scope.voivodeshipId), status ? eq(emailOutbox.status, status) : undefined);
  const [rows, counts] = await Promise.all([
    db
      .select({ id: emailOutbox.id, toEmail: emailOutbox.toEmail, kind: emailOutbox.kind, subject: emailOutbox.subject, body: emailOutbox.body, status: emailOutbox.status, attempts: emailOutbox.attempts, nextAttemptAt: emailOutbox.nextAttemptAt, lastError: emailOutbox.lastError, createdAt: emailOutbox.createdAt, sentAt: emailOutbox.sentAt })
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.id))
      .limit(200),
    db
      .select({ status: emailOutbox.status, n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .where(eq(emailOutbox.voivodeshipId, actor.scope.voivodeshipId))
      .groupBy(emailOutbox.status),
  ]);
  return { rows, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<'pending' | 'sent' | 'failed', number>>, smtpConfigured: !!process.env.SMTP_URL };
}
