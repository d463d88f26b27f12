import 'server-only';
import { and, asc, eq, inArray, isNull, sql, type AnyColumn } from 'drizzle-orm';
import { gminas, goodPractices, institutions, modelChangeProposals, notifications, powiats, pzkMembers, pzks, roleAssignments, users, voivodeships } from '@/db/schema';
import { can, mayEver } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { powiatName } from '@/lib/implementations/identifiers';
import { addDays } from '@/lib/model/dates';
import { pzkName } from '@/lib/pzk/pzk';
import type { InboxItem, InboxSourceFn } from '../types';

/*
 * Records waiting for a decision (issue 15), one item per record, oldest first, for those who
 * decide. Dated by submission + a deadline where someone waits on the decision to start work
 * (an account, a place in the team, a notification that opens the implementation); good practices
 * and changes to the national model are editorial work and have no deadline.
 */

/** At most this many records of one kind; the page behind the link lists them all. */
export const DECISION_LIMIT = 20;
/** Days to decide on an account request, a proposed member or a gmina's notification. */
export const DECISION_DAYS = 7;

/** A Polish date of a stamped instant (SQL), as yyyy-mm-dd. */
const polishDay = (at: AnyColumn) => sql<string>`to_char(${at} at time zone 'Europe/Warsaw', 'YYYY-MM-DD')`;

export const decisionDue = (submittedOn: string) => addDays(submittedOn, DECISION_DAYS);

/** Account requests of the administrator's województwo: pending users with an assignment there. */
export const accountRequestItems: InboxSourceFn = async (db, actor) => {
  const s = actor.scope;
  if (!can(s, 'account.review', { voivodeshipId: s.voivodeshipId })) return [];
  const rows = await db
    .select({ id: users.id, name: users.name, institutionName: institutions.name, requestedOn: polishDay(users.createdAt) })
    .from(users)
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(
      and(
        eq(users.status, 'pending'),
        inArray(users.id, db.select({ id: roleAssignments.userId }).from(roleAssignments).where(eq(roleAssignments.voivodeshipId, s.voivodeshipId))),
      ),
    )
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(DECISION_LIMIT);
  return rows.map(
    (r): InboxItem => ({
      key: `account-request:${r.id}`,
      source: 'account_request',
      what: `Rozpatrz wniosek o konto: ${r.name}`,
      where: r.institutionName ?? 'wniosek o konto',
      dueOn: decisionDue(r.requestedOn),
      href: '/admin/wnioski',
      nav: '/admin/wnioski',
    }),
  );
};

/** Members proposed to the PZKs the PCPR animator manages (pzk.manage over the PZK's gmina). */
export const membershipProposalItems: InboxSourceFn = async (db, actor) => {
  const s = actor.scope;
  if (!mayEver(s, 'pzk.manage')) return [];
  const rows = await db
    .select({ id: pzkMembers.id, pzkId: pzks.id, name: pzkMembers.name, function: pzkMembers.function, gminaName: gminas.name, proposedOn: polishDay(pzkMembers.createdAt) })
    .from(pzkMembers)
    .innerJoin(pzks, eq(pzks.id, pzkMembers.pzkId))
    .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
    .where(and(eq(pzkMembers.proposed, true), isNull(pzkMembers.removedAt), scopeWhere(s, { voivodeshipId: pzks.voivodeshipId, powiatId: pzks.powiatId, gminaId: pzks.gminaId })))
    .orderBy(asc(pzkMembers.createdAt), asc(pzkMembers.id))
    .limit(DECISION_LIMIT);
  return rows.map(
    (r): InboxItem => ({
      key: `membership-proposal:${r.id}`,
      source: 'membership_proposal',
      what: `Zdecyduj o zaproponowanym członku zespołu: ${r.name} (${r.function})`,
      where: pzkName(r.gminaName),
      dueOn: decisionDue(r.proposedOn),
      href: `/pzk/${r.pzkId}`,
      nav: '/pzk',
    }),
  );
};

/** Good practices proposed in the województwo, for ROPS who publish them. */
export const practiceProposalItems: InboxSourceFn = async (db, actor) => {
  const s = actor.scope;
  if (!can(s, 'practice.publish', { voivodeshipId: s.voivodeshipId })) return [];
  const rows = await db
    .select({ id: goodPractices.id, name: goodPractices.name, gminaName: gminas.name, powiatName: powiats.name, powiatIsCity: powiats.isCity })
    .from(goodPractices)
    .leftJoin(gminas, eq(gminas.id, goodPractices.gminaId))
    .leftJoin(powiats, eq(powiats.id, goodPractices.powiatId))
    .where(and(eq(goodPractices.voivodeshipId, s.voivodeshipId), eq(goodPractices.status, 'proposed')))
    .orderBy(asc(goodPractices.createdAt), asc(goodPractices.id))
    .limit(DECISION_LIMIT);
  return rows.map(
    (r): InboxItem => ({
      key: `practice-proposal:${r.id}`,
      source: 'practice_proposal',
      what: `Przejrzyj i opublikuj dobrą praktykę: ${r.name}`,
      where: r.gminaName ? `gmina ${r.gminaName}` : r.powiatName ? powiatName({ name: r.powiatName, isCity: r.powiatIsCity }) : 'dobre praktyki województwa',
      dueOn: null,
      href: `/dobre-praktyki/${r.id}`,
      nav: '/dobre-praktyki',
    }),
  );
};

/** Notifications (step 2.4) submitted in the reviewer's area and not yet decided. */
export const notificationItems: InboxSourceFn = async (db, actor) => {
  const s = actor.scope;
  if (!mayEver(s, 'notification.review')) return [];
  const rows = await db
    .select({ id: notifications.id, number: notifications.number, powiatName: powiats.name, powiatIsCity: powiats.isCity, submittedOn: polishDay(notifications.submittedAt) })
    .from(notifications)
    .innerJoin(powiats, eq(powiats.id, notifications.powiatId))
    .where(and(eq(notifications.status, 'submitted'), scopeWhere(s, { voivodeshipId: notifications.voivodeshipId, powiatId: notifications.powiatId })))
    .orderBy(asc(notifications.submittedAt), asc(notifications.id))
    .limit(DECISION_LIMIT);
  return rows.map(
    (r): InboxItem => ({
      key: `notification:${r.id}`,
      source: 'notification',
      what: `Rozpatrz zgłoszenie ${r.number}`,
      where: powiatName({ name: r.powiatName, isCity: r.powiatIsCity }),
      dueOn: decisionDue(r.submittedOn),
      href: `/zgloszenia/${r.id}`,
      nav: '/zgloszenia',
    }),
  );
};

/** Changes to the national model proposed by ROPS, for the national administrator. */
export const modelProposalItems: InboxSourceFn = async (db, actor) => {
  if (!mayEver(actor.scope, 'model_change.decide')) return [];
  const rows = await db
    .select({ id: modelChangeProposals.id, summary: modelChangeProposals.summary, voivodeshipName: voivodeships.name })
    .from(modelChangeProposals)
    .innerJoin(voivodeships, eq(voivodeships.id, modelChangeProposals.voivodeshipId))
    .where(eq(modelChangeProposals.status, 'pending'))
    .orderBy(asc(modelChangeProposals.proposedAt), asc(modelChangeProposals.id))
    .limit(DECISION_LIMIT);
  return rows.map(
    (r): InboxItem => ({
      key: `model-proposal:${r.id}`,
      source: 'model_proposal',
      what: `Rozpatrz propozycję zmiany modelu: ${r.summary}`,
      where: `województwo ${r.voivodeshipName}`,
      dueOn: null,
      href: `/admin/propozycje/${r.id}`,
      nav: '/admin/propozycje',
    }),
  );
};

/** Every kind above, in the order the inbox lists its sources. */
export const WAITING_DECISION_SOURCES: readonly InboxSourceFn[] = [accountRequestItems, membershipProposalItems, practiceProposalItems, notificationItems, modelProposalItems];
