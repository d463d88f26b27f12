import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { digestItems, digests, emailOutbox, notificationSettings, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { loadActiveUser } from '@/lib/auth/assignments';
import { clock, dateInPoland } from '@/lib/clock';
import { getInbox } from '@/lib/inbox/inbox';
import type { InboxItem } from '@/lib/inbox/types';
import { composeDigest } from './digest-message';
import { duePeriod, type DigestPeriod, type DuePeriod } from './digest-rules';

/** "Moja praca" of one actor (one role assignment) on a day. */
export type InboxLoader = (actor: Actor, today: string) => Promise<InboxItem[]>;

const realInbox: InboxLoader = async (actor, today) => (await getInbox(actor, today)).items;

/** The inbox of a person over all their active role assignments, each item once. */
export async function inboxOfUser(db: Db, userId: string, today: string, loadInbox: InboxLoader = realInbox): Promise<{ items: InboxItem[]; voivodeshipId: number | null; email: string } | null> {
  const user = await loadActiveUser(db, userId);
  if (!user) return null;
  const byKey = new Map<string, InboxItem>();
  for (const scope of user.assignments) {
    const actor: Actor = { userId: user.id, email: user.email, name: user.name, scope, assignments: user.assignments, ip: null };
    let items: InboxItem[] = [];
    try {
      items = await loadInbox(actor, today);
    } catch (e) {
      // A role without a pulpit (refused) adds nothing; anything else is a fault to see in the log.
      if ((e as { code?: string }).code !== 'FORBIDDEN') throw e;
    }
    for (const i of items) if (!byKey.has(i.key)) byKey.set(i.key, i);
  }
  const regional = user.assignments.find((a) => a.level !== 'national');
  return { items: [...byKey.values()], voivodeshipId: regional?.voivodeshipId ?? null, email: user.email };
}

/** People with at least one kind on this period who have no digest of it yet. */
export async function dueUsers(db: Db, due: DuePeriod): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: notificationSettings.userId })
    .from(notificationSettings)
    .innerJoin(users, eq(users.id, notificationSettings.userId))
    .where(
      and(
        eq(notificationSettings.delivery, due.period),
        eq(users.status, 'active'),
        sql`not exists (select 1 from ${digests} d where d.user_id = ${notificationSettings.userId} and d.period = ${due.period} and d.period_key = ${due.key})`,
      ),
    )
    .orderBy(asc(notificationSettings.userId));
  return rows.map((r) => r.userId);
}

export type DigestOutcome = 'sent' | 'empty' | 'taken' | 'gone';

/**
 * One person's digest for one period. Reads "Moja praca" first (read-only), then in ONE transaction:
 * records the digest (digests_once: ON CONFLICT DO NOTHING — nothing inserted means another worker
 * made it: stop), takes the waiting events (digest_items of kinds not kept for the other period),
 * queues the e-mail and marks the events as carried. Nothing to say (no work, no events): the digest
 * is recorded without an e-mail, so it is not tried again that day/week.
 */
export async function sendDigest(db: Db, userId: string, due: DuePeriod, opts: { today?: string; loadInbox?: InboxLoader } = {}): Promise<DigestOutcome> {
  const done = await db.select({ id: digests.id }).from(digests).where(and(eq(digests.userId, userId), eq(digests.period, due.period), eq(digests.periodKey, due.key)));
  if (done.length) return 'taken';
  const today = opts.today ?? clock.today();
  const person = await inboxOfUser(db, userId, today, opts.loadInbox);
  if (!person) {
    // No active role left: recorded, so the worker does not come back to them every few minutes.
    await db.insert(digests).values({ userId, period: due.period, periodKey: due.key }).onConflictDoNothing();
    return 'gone';
  }
  const other: DigestPeriod = due.period === 'daily' ? 'weekly' : 'daily';
  return db.transaction(async (tx) => {
    const [digest] = await tx.insert(digests).values({ userId, period: due.period, periodKey: due.key }).onConflictDoNothing().returning({ id: digests.id });
    if (!digest) return 'taken';
    const carried = await tx
      .update(digestItems)
      .set({ digestId: digest.id })
      .where(
        and(
          eq(digestItems.userId, userId),
          isNull(digestItems.digestId),
          sql`not exists (select 1 from ${notificationSettings} s where s.user_id = ${digestItems.userId} and s.kind = ${digestItems.kind} and s.delivery = ${other})`,
        ),
      )
      .returning({ id: digestItems.id, subject: digestItems.subject, link: digestItems.link });
    if (!person.items.length && !carried.length) return 'empty';
    carried.sort((a, b) => a.id - b.id);
    const message = composeDigest(due, today, person.items, carried);
    const [mail] = await tx
      .insert(emailOutbox)
      .values({ voivodeshipId: person.voivodeshipId, toEmail: person.email, toUserId: userId, kind: `digest_${due.period}`, subject: message.subject, body: message.body })
      .returning({ id: emailOutbox.id });
    await tx.update(digests).set({ outboxId: mail.id }).where(eq(digests.id, digest.id));
    return 'sent';
  });
}

export interface DigestRun {
  sent: number;
  empty: number;
  taken: number;
}

/**
 * Sends every digest due at `now` (daily from 7:00 Polish time, weekly from Monday 7:00): safe to run
 * from several app instances at once — each person gets one digest per period.
 */
export async function runDigests(db: Db, opts: { now?: Date; loadInbox?: InboxLoader } = {}): Promise<DigestRun> {
  const now = opts.now ?? clock.now();
  const today = dateInPoland(now);
  const out: DigestRun = { sent: 0, empty: 0, taken: 0 };
  for (const period of ['daily', 'weekly'] as const) {
    const due = duePeriod(period, now);
    if (!due) continue;
    for (const userId of await dueUsers(db, due)) {
      const r = await sendDigest(db, userId, due, { today, loadInbox: opts.loadInbox });
      if (r !== 'gone') out[r]++;
    }
  }
  return out;
}
