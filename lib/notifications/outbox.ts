import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, notificationOptOuts, pzkMembers, pzks, users } from '@/db/schema';

export { ACCOUNT_EMAIL_KINDS, EMAIL_KINDS, type EmailKind } from './kinds';
import type { AccountEmailKind, EmailKind } from './kinds';

export interface Message {
  subject: string;
  /** Plain text. Never personal data of families: the e-mail leaves the platform. */
  body: string;
}

export const FOOTER = '\n\n—\nWiadomość z Platformy Modelu Kooperacji. Powiadomienia możesz wyłączyć w ustawieniach konta (Powiadomienia e-mail).';

/**
 * Queues an e-mail about activity in a PZK to its members (people on the team with a work e-mail,
 * not proposed, not removed), except whoever caused it and those who switched the kind off. Call it
 * inside the transaction of the change, so the message exists exactly when the change does.
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
  const optedOut = new Set(
    (await tx.select({ userId: notificationOptOuts.userId }).from(notificationOptOuts).where(eq(notificationOptOuts.kind, kind))).map((o) => o.userId),
  );
  const seen = new Set<string>();
  const recipients = rows.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key) || (r.userId && (r.userId === opts.exceptUserId || optedOut.has(r.userId)))) return false;
    seen.add(key);
    return true;
  });
  if (recipients.length) {
    await tx.insert(emailOutbox).values(recipients.map((r) => ({ voivodeshipId: pzk.voivodeshipId, toEmail: r.email, toUserId: r.userId, kind, subject: message.subject, body: message.body + FOOTER })));
  }
  return recipients.length;
}

/**
 * Queues an e-mail to the given platform users (e.g. a case's key worker), except those who
 * switched the kind off. Like notifyPzk: inside the transaction of the change, no family data.
 */
export async function notifyUsers(tx: DbOrTx, voivodeshipId: number, userIds: string[], kind: EmailKind, message: Message) {
  if (!userIds.length) return 0;
  const rows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, [...new Set(userIds)]), eq(users.status, 'active'), sql`not exists (select 1 from ${notificationOptOuts} o where o.user_id = ${users.id} and o.kind = ${kind})`));
  if (rows.length) {
    await tx.insert(emailOutbox).values(rows.map((r) => ({ voivodeshipId, toEmail: r.email, toUserId: r.id, kind, subject: message.subject, body: message.body + FOOTER })));
  }
  return rows.length;
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
