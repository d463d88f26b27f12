import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { digestItems, emailOutbox, notificationSettings, pzkMembers, pzks, users } from '@/db/schema';

export { ACCOUNT_EMAIL_KINDS, DELIVERIES, EMAIL_KINDS, EVENT_EMAIL_KINDS, type Delivery, type EmailKind } from './kinds';
import type { AccountEmailKind, Delivery, EmailKind } from './kinds';

export interface Message {
  subject: string;
  /** Plain text. Never personal data of families: the e-mail leaves the platform. */
  body: string;
}

export const FOOTER = '\n\n—\nWiadomość z Platformy Modelu Kooperacji. Powiadomienia możesz wyłączyć lub zamienić na codzienne albo tygodniowe podsumowanie w ustawieniach konta (Powiadomienia e-mail).';

/** The link a digest shows for an event: the last address of the platform in the message. */
export function linkOf(body: string): string {
  const links = body.match(/https?:\/\/\S+/g);
  return links ? links[links.length - 1] : '';
}

interface Recipient {
  email: string;
  userId: string | null;
}

/**
 * Delivers one event to its recipients as each of them chose for the kind (notification_settings;
 * no row = at once): an e-mail in the outbox now, a line kept for the next daily or weekly digest
 * (subject and link only), or nothing.
 */
async function deliver(tx: DbOrTx, voivodeshipId: number | null, pzkId: number | null, kind: EmailKind, message: Message, recipients: Recipient[]) {
  const ids = [...new Set(recipients.map((r) => r.userId).filter((id): id is string => !!id))];
  const chosen = new Map<string, Delivery>();
  if (ids.length) {
    const rows = await tx
      .select({ userId: notificationSettings.userId, delivery: notificationSettings.delivery })
      .from(notificationSettings)
      .where(and(eq(notificationSettings.kind, kind), inArray(notificationSettings.userId, ids)));
    for (const r of rows) chosen.set(r.userId, r.delivery);
  }
  const now: Recipient[] = [];
  const later: string[] = [];
  for (const r of recipients) {
    const d = (r.userId && chosen.get(r.userId)) || 'immediate';
    if (d === 'immediate') now.push(r);
    else if (d !== 'none') later.push(r.userId!);
  }
  if (now.length) {
    await tx.insert(emailOutbox).values(now.map((r) => ({ voivodeshipId, toEmail: r.email, toUserId: r.userId, kind, subject: message.subject, body: message.body + FOOTER })));
  }
  if (later.length) {
    const link = linkOf(message.body);
    await tx.insert(digestItems).values(later.map((userId) => ({ userId, voivodeshipId, kind, pzkId, subject: message.subject.slice(0, 300), link: link.slice(0, 500) })));
  }
  return now.length + later.length;
}

/**
 * Tells the members of a PZK (people on the team with a work e-mail, not proposed, not removed)
 * about activity in it, except whoever caused it — each as they chose for the kind: at once, in
 * their next digest, or not at all. Call it inside the transaction of the change, so the message
 * exists exactly when the change does. Returns how many people will be told.
 */
export async function notifyPzk(tx: DbOrTx, pzkId: number, kind: EmailKind, message: Message, opts: { exceptUserId?: string | null; onlyMemberIds?: number[] } = {}) {
  const [pzk] = await tx.select({ voivodeshipId: pzks.voivodeshipId }).from(pzks).where(eq(pzks.id, pzkId));
  if (!pzk) return 0;
  const rows = await tx
    .select({ email: sql<string>`coalesce(${users.email}, ${pzkMembers.email})`, userId: sql<string | null>`coalesce(${pzkMembers.userId}, ${users.id})` })
    .from(pzkMembers)
    .leftJoin(users, sql`${users.id} = ${pzkMembers.userId} or (${pzkMembers.userId} is null and ${users.email} = ${pzkMembers.email})`)
    .where(
      and(
        eq(pzkMembers.pzkId, pzkId),
        isNull(pzkMembers.removedAt),
        eq(pzkMembers.proposed, false),
        sql`coalesce(${users.email}, ${pzkMembers.email}) is not null`,
        opts.onlyMemberIds ? inArray(pzkMembers.id, opts.onlyMemberIds.length ? opts.onlyMemberIds : [-1]) : undefined,
      ),
    );
  const seen = new Set<string>();
  const recipients = rows.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key) || (r.userId && r.userId === opts.exceptUserId)) return false;
    seen.add(key);
    return true;
  });
  return deliver(tx, pzk.voivodeshipId, pzkId, kind, message, recipients);
}

/**
 * Tells the given platform users (e.g. a case's key worker), each as they chose for the kind. Like
 * notifyPzk: inside the transaction of the change, no family data. Returns how many will be told.
 */
export async function notifyUsers(tx: DbOrTx, voivodeshipId: number, userIds: string[], kind: EmailKind, message: Message) {
  if (!userIds.length) return 0;
  const rows = await tx
    .select({ userId: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, [...new Set(userIds)]), eq(users.status, 'active')));
  return deliver(tx, voivodeshipId, null, kind, message, rows);
}

/**
 * Queues a message about the safety of the user's own account (attempts to sign in, a request for
 * an account with their address). Sent whatever the user's opt-outs; never carries family data.
 */
export async function notifyAccountOwner(tx: DbOrTx, user: { id: string | null; email: string }, voivodeshipId: number | null, message: Message) {
  await tx.insert(emailOutbox).values({
    voivodeshipId,
    toEmail: user.email,
    toUserId: user.id,
    kind: 'account_security' satisfies AccountEmailKind,
    subject: message.subject,
    body: `${message.body}

—
Wiadomość z Platformy Modelu Kooperacji o bezpieczeństwie Twojego konta.`,
  });
}

/** An absolute link to a page, for e-mails. */
export function appUrl(path: string) {
  const base = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return base.replace(/\/$/, '') + path;
}
