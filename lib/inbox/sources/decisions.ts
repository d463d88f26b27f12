import 'server-only';
import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { gminas, pzkDecisions, pzkMeetings, pzkMembers, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { pzkSignedBy } from '@/lib/pzk/access';
import { pzkName } from '@/lib/pzk/pzk';
import type { InboxItem, InboxSourceFn } from '../types';

/*
 * Ustalenia (decisions of a PZK meeting) still open whose owner is the person — the team member
 * row linked to their account, or without a link carrying their e-mail (as memberAccountId in
 * lib/pzk/member-account.ts) — or, for a person of an institution, any member row of their
 * institution. Only in the teams where the person takes part as a member (the meeting page is a
 * members' page): territorial roles in their area, an institution once it has signed. ROPS only
 * observes the teams and owns no decisions there. A member removed from the team is not reminded.
 * Due: the decision's date, if it has one.
 */

const WHAT_MAX = 160;

/** The PZKs where the actor is a member, as a `where` over `pzks`; null for none. */
function memberPzks(actor: Actor): SQL | null {
  const s = actor.scope;
  if (s.level === 'national' || s.level === 'voivodeship' || s.role === 'wzk_member') return null;
  if (s.level === 'institution') return s.institutionId == null ? null : and(eq(pzks.voivodeshipId, s.voivodeshipId), pzkSignedBy(s.institutionId))!;
  return scopeWhere(s, { voivodeshipId: pzks.voivodeshipId, powiatId: pzks.powiatId, gminaId: pzks.gminaId });
}

export const decisionsSource: InboxSourceFn = async (db, actor) => {
  const inTeams = memberPzks(actor);
  if (!inTeams) return [];
  const mine = or(
    eq(pzkMembers.userId, actor.userId),
    and(isNull(pzkMembers.userId), sql`lower(${pzkMembers.email}) = ${actor.email.toLowerCase()}`),
    actor.scope.level === 'institution' && actor.scope.institutionId != null ? eq(pzkMembers.institutionId, actor.scope.institutionId) : undefined,
  );
  const rows = await db
    .select({ id: pzkDecisions.id, text: pzkDecisions.text, dueOn: pzkDecisions.dueOn, meetingId: pzkMeetings.id, pzkId: pzks.id, gminaName: gminas.name })
    .from(pzkDecisions)
    .innerJoin(pzkMembers, eq(pzkMembers.id, pzkDecisions.ownerMemberId))
    .innerJoin(pzkMeetings, eq(pzkMeetings.id, pzkDecisions.meetingId))
    .innerJoin(pzks, and(eq(pzks.id, pzkMeetings.pzkId), eq(pzks.id, pzkMembers.pzkId)))
    .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
    .where(and(eq(pzkDecisions.status, 'open'), isNull(pzkMembers.removedAt), mine, inTeams))
    .orderBy(sql`${pzkDecisions.dueOn} asc nulls last`, asc(pzkDecisions.id))
    .limit(200);
  return rows.map(
    (d): InboxItem => ({
      key: `decision:${d.id}`,
      source: 'decision',
      what: `Ustalenie: ${d.text.length > WHAT_MAX ? `${d.text.slice(0, WHAT_MAX - 1).trimEnd()}…` : d.text}`,
      where: pzkName(d.gminaName),
      dueOn: d.dueOn,
      href: `/pzk/${d.pzkId}/spotkania/${d.meetingId}#ustalenia`,
      nav: '/pzk',
    }),
  );
};
