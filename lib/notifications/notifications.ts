import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { emailOutbox, notificationSettings } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { parseInput } from '@/lib/validation/parse';
import { DELIVERIES, EMAIL_KINDS, type Delivery, type EmailKind } from './kinds';
import { preferencesSchema } from './preferences-schema';

const KINDS = Object.keys(EMAIL_KINDS) as [EmailKind, ...EmailKind[]];

/** The actor's own e-mail settings: how each kind is delivered (no row: at once). */
export async function getEmailPreferences(actor: Actor) {
  const rows = await getDb()
    .select({ kind: notificationSettings.kind, delivery: notificationSettings.delivery })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, actor.userId));
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  return KINDS.map((kind) => ({ kind, label: EMAIL_KINDS[kind], delivery: (chosen.get(kind) ?? 'immediate') as Delivery }));
}

/** Saves how the actor wants each kind delivered; "at once" is kept as no row. Audited with what changed. */
export async function saveEmailPreferences(actor: Actor, input: unknown) {
  const v = parseInput(preferencesSchema, input);
  return getDb().transaction(async (tx) => {
    const before = new Map(
      (await tx.select({ kind: notificationSettings.kind, delivery: notificationSettings.delivery }).from(notificationSettings).where(eq(notificationSettings.userId, actor.userId))).map((r) => [
        r.kind,
        r.delivery,
      ]),
    );
    const changed = KINDS.filter((k) => (before.get(k) ?? 'immediate') !== v.delivery[k]).map((k) => ({ kind: k, from: DELIVERIES[(before.get(k) ?? 'immediate') as Delivery], to: DELIVERIES[v.delivery[k]] }));
    await tx.delete(notificationSettings).where(eq(notificationSettings.userId, actor.userId));
    const rows = KINDS.filter((k) => v.delivery[k] !== 'immediate').map((kind) => ({ userId: actor.userId, kind, delivery: v.delivery[kind] }));
    if (rows.length) await tx.insert(notificationSettings).values(rows);
    if (changed.length) await audit(tx, actor, { action: 'email.opt_out_changed', entityType: 'email', entityId: actor.userId, details: { changed } });
    return { delivery: v.delivery, changed: changed.length };
  });
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
