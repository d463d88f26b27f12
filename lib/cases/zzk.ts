import 'server-only';
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseReferrals, cases, caseTeam, institutions, pzkMembers, zzkDecisions, zzkMeetings, type CaseRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { clock, dateInPoland } from '@/lib/clock';
import { conflictError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { assertNotFrozen } from '@/lib/rodo/freeze';
import { parseInput } from '@/lib/validation/parse';
import { assertInWork, caseAccess, caseForWork, openCase, type OpenedCase } from './access';
import { isInWork } from './vocabulary';
import { BEFORE_CASE, FUTURE_DATE, NOT_ON_TEAM, OWNER_NOT_ON_TEAM, zzkCountLabel, zzkDecisionStatusSchema, zzkMeetingEditSchema, zzkMeetingSchema } from './zzk-schemas';

/*
 * The register of a case team's meetings (issue 17, item 4): in Kooperacje 3D the team is the ZZK
 * (Zadaniowy Zespół Kooperacyjny) built around the family; the rural model keeps the same register
 * under "zespół sprawy" — one code path, the words from the case's variant (OpenedCase.words).
 * Who: the key worker, the animators and the network worker ('write' in caseAccess) record and
 * correct meetings; the case team ('read') reads them and marks done or reopens the decisions it
 * owns itself; ROPS reads for supervision (with a purpose); everyone else gets "not found". A
 * family expert sees none of it (openCase: only the tasks and the dziennik). Decisions are tasks:
 * an open one with an owner who has an account is in that person's "Moja praca".
 */

const MEETING_NOT_FOUND = 'Nie znaleziono spotkania.';
const DECISION_NOT_FOUND = 'Nie znaleziono ustalenia.';

export interface ZzkTeamMember {
  id: number;
  name: string;
  function: string;
  institutionName: string | null;
  userId: string | null;
}

/** The case team (pzk_members on case_team): who may be present at a meeting and own a decision. */
export async function zzkTeam(db: DbOrTx, caseId: number): Promise<ZzkTeamMember[]> {
  return db
    .select({ id: pzkMembers.id, name: pzkMembers.name, function: pzkMembers.function, institutionName: institutions.name, userId: caseTeam.userId })
    .from(caseTeam)
    .innerJoin(pzkMembers, eq(pzkMembers.id, caseTeam.pzkMemberId))
    .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
    .where(eq(caseTeam.caseId, caseId))
    .orderBy(asc(pzkMembers.name), asc(pzkMembers.id));
}

/** The first day a meeting may be dated: the referral, else the day the case was opened. */
async function caseStart(db: DbOrTx, c: Pick<CaseRow, 'id' | 'createdAt'>): Promise<string> {
  const [r] = await db.select({ referredOn: caseReferrals.referredOn }).from(caseReferrals).where(eq(caseReferrals.caseId, c.id));
  return r?.referredOn ?? dateInPoland(c.createdAt);
}

const memberLabel = (m: ZzkTeamMember) => `${m.name}, ${m.function}${m.institutionName ? ` (${m.institutionName})` : ''}`;

/** The meetings of the case, newest first, with their counts; and the form's options when the actor records. */
export async function listZzkMeetings(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'zzk');
  const db = getDb();
  const [team, rows, decisions, start] = await Promise.all([
    zzkTeam(db, c.id),
    db
      .select({ id: zzkMeetings.id, heldOn: zzkMeetings.heldOn, familyPresent: zzkMeetings.familyPresent, presentMemberIds: zzkMeetings.presentMemberIds, otherParticipants: zzkMeetings.otherParticipants })
      .from(zzkMeetings)
      .where(eq(zzkMeetings.caseId, c.id))
      .orderBy(desc(zzkMeetings.heldOn), desc(zzkMeetings.id)),
    db
      .select({ meetingId: zzkDecisions.meetingId, open: sql<number>`count(*) filter (where ${zzkDecisions.status} = 'open')::int`, all: sql<number>`count(*)::int` })
      .from(zzkDecisions)
      .where(eq(zzkDecisions.caseId, c.id))
      .groupBy(zzkDecisions.meetingId),
    caseStart(db, c),
  ]);
  const names = new Map(team.map((m) => [m.id, m.name]));
  const meetings = rows.map((m) => {
    const d = decisions.find((x) => x.meetingId === m.id);
    return {
      ...m,
      present: m.presentMemberIds.map((id) => names.get(id) ?? 'osoba spoza obecnego zespołu'),
      decisions: Number(d?.all ?? 0),
      openDecisions: Number(d?.open ?? 0),
    };
  });
  const withFamily = meetings.filter((m) => m.familyPresent).length;
  return {
    case: c,
    meetings,
    counts: { total: meetings.length, withFamily, label: zzkCountLabel(meetings.length, withFamily, c.kind) },
    canRecord: c.access === 'write' && !c.freeze && isInWork(c.status),
    team: team.map((m) => ({ value: String(m.id), label: memberLabel(m) })),
    today: clock.today(),
    minDate: start,
  };
}
export type ZzkListView = Awaited<ReturnType<typeof listZzkMeetings>>;

/** One meeting with its decisions (owner's name, status) and what the actor may do with each. */
export async function getZzkMeeting(actor: Actor, caseId: number, meetingId: number, what: 'zzk' | 'pdf:zzk' = 'zzk') {
  const c = await openCase(actor, caseId, what, { meetingId });
  return meetingOfOpenedCase(actor, c, meetingId);
}

async function meetingOfOpenedCase(actor: Actor, c: OpenedCase, meetingId: number) {
  const db = getDb();
  const [m] = await db.select().from(zzkMeetings).where(and(eq(zzkMeetings.id, meetingId), eq(zzkMeetings.caseId, c.id)));
  if (!m) throw notFoundError(MEETING_NOT_FOUND);
  const [team, decisionRows, start] = await Promise.all([
    zzkTeam(db, c.id),
    db.select().from(zzkDecisions).where(eq(zzkDecisions.meetingId, m.id)).orderBy(asc(zzkDecisions.id)),
    caseStart(db, c),
  ]);
  // Owners who left the team keep their name on the decision.
  const missing = decisionRows.map((d) => d.ownerMemberId).filter((id): id is number => id != null && !team.some((t) => t.id === id));
  const former = missing.length ? await db.select({ id: pzkMembers.id, name: pzkMembers.name, function: pzkMembers.function }).from(pzkMembers).where(inArray(pzkMembers.id, missing)) : [];
  const byId = new Map([...team.map((t) => [t.id, { name: t.name, function: t.function, userId: t.userId }] as const), ...former.map((f) => [f.id, { name: f.name, function: f.function, userId: null }] as const)]);
  const writable = !c.freeze && isInWork(c.status);
  const canEdit = c.access === 'write' && writable;
  return {
    case: c,
    meeting: {
      id: m.id,
      heldOn: m.heldOn,
      familyPresent: m.familyPresent,
      presentMemberIds: m.presentMemberIds,
      present: m.presentMemberIds.map((id) => byId.get(id)?.name ?? 'osoba spoza obecnego zespołu'),
      presentDetails: m.presentMemberIds.map((id) => team.find((t) => t.id === id)).filter((t): t is ZzkTeamMember => !!t).map(memberLabel),
      otherParticipants: m.otherParticipants,
      summary: m.summary,
      version: m.version,
      createdAt: m.createdAt,
    },
    decisions: decisionRows.map((d) => {
      const owner = d.ownerMemberId == null ? null : (byId.get(d.ownerMemberId) ?? null);
      return {
        id: d.id,
        text: d.text,
        ownerMemberId: d.ownerMemberId,
        ownerName: owner ? `${owner.name}, ${owner.function}` : null,
        dueOn: d.dueOn,
        status: d.status,
        doneAt: d.doneAt,
        version: d.version,
        canMark: writable && (c.access === 'write' || (c.access === 'read' && owner?.userId === actor.userId)),
      };
    }),
    canEdit,
    team: team.map((t) => ({ value: String(t.id), label: memberLabel(t) })),
    today: clock.today(),
    minDate: start,
  };
}
export type ZzkMeetingView = Awaited<ReturnType<typeof getZzkMeeting>>;

type MeetingValues = ReturnType<typeof zzkMeetingSchema.parse>;

/** The rules that need the database: the date within the case, the people on its team. */
async function checkAgainstCase(tx: DbOrTx, c: CaseRow, v: MeetingValues) {
  const errors: Record<string, string[]> = {};
  const today = clock.today();
  const start = await caseStart(tx, c);
  if (v.heldOn > today) errors.heldOn = [FUTURE_DATE(today)];
  else if (v.heldOn < start) errors.heldOn = [BEFORE_CASE(start)];
  const team = new Set((await zzkTeam(tx, c.id)).map((m) => m.id));
  if (v.presentMemberIds.some((id) => !team.has(id))) errors.presentMemberIds = [NOT_ON_TEAM];
  v.decisions.forEach((d, i) => {
    if (d.ownerMemberId != null && !team.has(d.ownerMemberId)) errors[`decisions.${i}.ownerMemberId`] = [OWNER_NOT_ON_TEAM];
  });
  if (Object.keys(errors).length) throw invalidError(errors);
}

const decisionValues = (d: MeetingValues['decisions'][number]) => ({ text: d.text, ownerMemberId: d.ownerMemberId ?? null, dueOn: d.dueOn ?? null });

/** Records a meeting of the case team with its decisions (open tasks). */
export async function recordZzkMeeting(actor: Actor, input: unknown) {
  const v = parseInput(zzkMeetingSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    await checkAgainstCase(tx, c, v);
    const [m] = await tx
      .insert(zzkMeetings)
      .values({ caseId: c.id, heldOn: v.heldOn, familyPresent: v.familyPresent === 'yes', presentMemberIds: [...new Set(v.presentMemberIds)], otherParticipants: v.otherParticipants ?? '', summary: v.summary, recordedBy: actor.userId })
      .returning({ id: zzkMeetings.id });
    if (v.decisions.length) await tx.insert(zzkDecisions).values(v.decisions.map((d) => ({ meetingId: m.id, caseId: c.id, ...decisionValues(d) })));
    await audit(tx, actor, {
      action: 'case.zzk_meeting_recorded',
      entityType: 'case',
      entityId: c.id,
      voivodeshipId: c.voivodeshipId,
      details: { meetingId: m.id, heldOn: v.heldOn, familyPresent: v.familyPresent === 'yes', decisions: v.decisions.length },
    });
    return { id: m.id };
  });
}

/**
 * Corrects a meeting (stale form → CONFLICT). Decisions sent with their id are changed (their
 * status stays), new ones added, the ones left out removed.
 */
export async function updateZzkMeeting(actor: Actor, input: unknown) {
  const v = parseInput(zzkMeetingEditSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    const [m] = await tx.select({ id: zzkMeetings.id }).from(zzkMeetings).where(and(eq(zzkMeetings.id, v.meetingId), eq(zzkMeetings.caseId, c.id)));
    if (!m) throw notFoundError(MEETING_NOT_FOUND);
    await checkAgainstCase(tx, c, v);
    const updated = await tx
      .update(zzkMeetings)
      .set({ heldOn: v.heldOn, familyPresent: v.familyPresent === 'yes', presentMemberIds: [...new Set(v.presentMemberIds)], otherParticipants: v.otherParticipants ?? '', summary: v.summary, version: sql`${zzkMeetings.version} + 1` })
      .where(and(eq(zzkMeetings.id, m.id), eq(zzkMeetings.version, v.version)))
      .returning({ version: zzkMeetings.version });
    if (!updated.length) throw conflictError();
    const existing = await tx.select({ id: zzkDecisions.id }).from(zzkDecisions).where(eq(zzkDecisions.meetingId, m.id));
    const ids = new Set(existing.map((d) => d.id));
    const kept = v.decisions.filter((d) => d.id != null);
    if (kept.some((d) => !ids.has(d.id!))) throw notFoundError(DECISION_NOT_FOUND);
    await tx.delete(zzkDecisions).where(and(eq(zzkDecisions.meetingId, m.id), kept.length ? notInArray(zzkDecisions.id, kept.map((d) => d.id!)) : undefined));
    for (const d of kept) {
      await tx
        .update(zzkDecisions)
        .set({ ...decisionValues(d), version: sql`${zzkDecisions.version} + 1` })
        .where(and(eq(zzkDecisions.id, d.id!), eq(zzkDecisions.meetingId, m.id)));
    }
    const added = v.decisions.filter((d) => d.id == null);
    if (added.length) await tx.insert(zzkDecisions).values(added.map((d) => ({ meetingId: m.id, caseId: c.id, ...decisionValues(d) })));
    await audit(tx, actor, {
      action: 'case.zzk_meeting_updated',
      entityType: 'case',
      entityId: c.id,
      voivodeshipId: c.voivodeshipId,
      details: { meetingId: m.id, version: updated[0].version, decisions: v.decisions.length, removed: existing.length - kept.length },
    });
    return { id: m.id, version: updated[0].version };
  });
}

/**
 * Marks a decision done, or open again. Writers may mark any; a person on the case team only the
 * decisions they own. ROPS reads only; strangers NOT_FOUND; a frozen or closed case refuses.
 */
export async function setZzkDecisionStatus(actor: Actor, input: unknown) {
  const v = parseInput(zzkDecisionStatusSchema, input);
  return getDb().transaction(async (tx) => {
    const [c] = await tx.select().from(cases).where(eq(cases.id, v.caseId));
    if (!c) throw notFoundError('Nie znaleziono sprawy.');
    const access = await caseAccess(tx, actor, c);
    if (!access) throw refusedError('case', c.id, c.voivodeshipId, 'Nie znaleziono sprawy.');
    const [d] = await tx
      .select({ id: zzkDecisions.id, version: zzkDecisions.version, ownerUserId: caseTeam.userId })
      .from(zzkDecisions)
      .leftJoin(caseTeam, and(eq(caseTeam.caseId, zzkDecisions.caseId), eq(caseTeam.pzkMemberId, zzkDecisions.ownerMemberId)))
      .where(and(eq(zzkDecisions.id, v.decisionId), eq(zzkDecisions.caseId, c.id)));
    if (!d) throw notFoundError(DECISION_NOT_FOUND);
    if (access === 'supervise') throw refusedChange('case', c.id, c.voivodeshipId, 'ROPS ma wgląd w sprawy tylko do odczytu (superwizja).');
    if (access === 'read' && (d.ownerUserId == null || d.ownerUserId !== actor.userId)) {
      throw refusedChange('case', c.id, c.voivodeshipId, 'Osoba z zespołu oznacza tylko własne ustalenia; pozostałe — pracownik kluczowy lub animator.');
    }
    await assertNotFrozen(tx, c.id);
    assertInWork(c);
    const updated = await tx
      .update(zzkDecisions)
      .set({ status: v.done ? 'done' : 'open', doneAt: v.done ? clock.now() : null, version: sql`${zzkDecisions.version} + 1` })
      .where(and(eq(zzkDecisions.id, d.id), eq(zzkDecisions.version, v.version)))
      .returning({ version: zzkDecisions.version });
    if (!updated.length) throw conflictError();
    await audit(tx, actor, { action: 'case.zzk_decision_status', entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details: { decisionId: d.id, status: v.done ? 'done' : 'open', access } });
    return { version: updated[0].version };
  });
}

/** The register for the case export (RODO art. 15): every meeting with its decisions. */
export async function zzkForExport(db: DbOrTx, caseId: number) {
  const [meetings, decisions, team] = await Promise.all([
    db.select().from(zzkMeetings).where(eq(zzkMeetings.caseId, caseId)).orderBy(asc(zzkMeetings.heldOn), asc(zzkMeetings.id)),
    db.select().from(zzkDecisions).where(eq(zzkDecisions.caseId, caseId)).orderBy(asc(zzkDecisions.id)),
    db.select({ id: pzkMembers.id, name: pzkMembers.name }).from(pzkMembers).innerJoin(zzkDecisions, eq(zzkDecisions.ownerMemberId, pzkMembers.id)).where(eq(zzkDecisions.caseId, caseId)),
  ]);
  const presentIds = [...new Set(meetings.flatMap((m) => m.presentMemberIds))];
  const present = presentIds.length ? await db.select({ id: pzkMembers.id, name: pzkMembers.name }).from(pzkMembers).where(inArray(pzkMembers.id, presentIds)) : [];
  const name = (id: number | null) => (id == null ? null : ([...team, ...present].find((p) => p.id === id)?.name ?? null));
  return {
    teamMeetings: meetings.map((m) => ({
      heldOn: m.heldOn,
      familyPresent: m.familyPresent,
      present: m.presentMemberIds.map(name),
      otherParticipants: m.otherParticipants,
      summary: m.summary,
      decisions: decisions
        .filter((d) => d.meetingId === m.id)
        .map((d) => ({ text: d.text, owner: name(d.ownerMemberId), dueOn: d.dueOn, status: d.status, doneAt: d.doneAt?.toISOString() ?? null })),
    })),
  };
}
