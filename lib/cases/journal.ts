import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseJournal, caseReferrals, institutions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { clock } from '@/lib/clock';
import { invalidError } from '@/lib/errors';
import { formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { journalEntrySchema } from './team-schemas';
import { caseForTeamWrite, openForTeamWork } from './team-work';

/*
 * Dziennik współpracy (issue 15, item 3): dated contacts and actions of anyone on the case team —
 * a visit, a conversation, a consultation, a workshop, a team (ZZK) meeting — who took part and a
 * short note; the WRZOS "karta pracy socjalnej" for the whole team. Who reads and writes: see
 * team-work.ts (a family expert reads only their own entries). Entries are not edited: a
 * correction is a new entry.
 */

/** The dziennik, newest first, and whether the actor may add an entry now. */
export async function getJournal(actor: Actor, caseId: number) {
  const db = getDb();
  const c = await openForTeamWork(db, actor, caseId, 'dziennik');
  const entries = await db
    .select({
      id: caseJournal.id,
      happenedOn: caseJournal.happenedOn,
      kind: caseJournal.kind,
      participants: caseJournal.participants,
      note: caseJournal.note,
      authorName: caseJournal.authorName,
      institutionName: institutions.name,
      createdAt: caseJournal.createdAt,
    })
    .from(caseJournal)
    .leftJoin(institutions, eq(institutions.id, caseJournal.institutionId))
    // The family expert: only their own entries (the confidentiality statement's scope).
    .where(and(eq(caseJournal.caseId, caseId), c.role === 'expert' ? eq(caseJournal.authorId, actor.userId) : undefined))
    .orderBy(desc(caseJournal.happenedOn), desc(caseJournal.id))
    .limit(500);
  const [referral] = await db.select({ referredOn: caseReferrals.referredOn }).from(caseReferrals).where(eq(caseReferrals.caseId, caseId));
  return { case: c, entries, today: clock.today(), minDate: referral?.referredOn ?? '' };
}
export type JournalView = Awaited<ReturnType<typeof getJournal>>;

/** Adds an entry: dated not after today and not before the referral; the author's institution is kept with it. */
export async function addJournalEntry(actor: Actor, input: unknown) {
  const v = parseInput(journalEntrySchema, input);
  return getDb().transaction(async (tx) => {
    const { c, role, institutionId } = await caseForTeamWrite(tx, actor, v.caseId);
    const today = clock.today();
    if (v.happenedOn > today) throw invalidError({ happenedOn: [`Data nie może być późniejsza niż dziś (${formatDate(today)}).`] });
    const [referral] = await tx.select({ referredOn: caseReferrals.referredOn }).from(caseReferrals).where(eq(caseReferrals.caseId, c.id));
    if (referral && v.happenedOn < referral.referredOn) throw invalidError({ happenedOn: [`Data nie może być wcześniejsza niż zgłoszenie (${formatDate(referral.referredOn)}).`] });
    const [row] = await tx
      .insert(caseJournal)
      .values({ caseId: c.id, happenedOn: v.happenedOn, kind: v.kind, participants: v.participants ?? '', note: v.note, institutionId, authorId: actor.userId, authorName: actor.name })
      .returning({ id: caseJournal.id });
    await audit(tx, actor, { action: 'case.journal_added', entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details: { entryId: row.id, kind: v.kind, happenedOn: v.happenedOn, access: role } });
    return { id: row.id };
  });
}
