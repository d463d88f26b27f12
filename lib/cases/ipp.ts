import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseMonitoring, ipps, pzkMeetings, services, type CaseRow, type IppContract, type IppGoal, type IppRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { AppError, conflictError, invalidError, notFoundError, type FieldErrors } from '@/lib/errors';
import { formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { caseForWork, openCase } from './access';
import { meetingOptions, pzkInstitutionOptions } from './cases';
import { caseDateErrors as recordDateErrors } from './date-rules';
import { contractDraft, continueGoals, keptReasons, MEMBER_UNCOVERED, membersWithoutGoalsMessage, nextIppStart, nextIppStartProblem, removedReferenced, removedReferencedMessage, uncoveredMembers } from './ipp-rules';
import { contractSchema, ippSchema, newIppSchema } from './ipp-schemas';
import { beyondCaseEnd, caseEnd, ippLatestEnd } from './periods';
import { householdOf } from './household';
import { syncIppTasks } from './ipp-task-rows';
import { clock } from '@/lib/clock';
import { polishOrder } from '@/lib/polish-order';

/*
 * Indywidualny program pomocy (IPP, step 7.2): each covers at most 3 months; the next starts the
 * day after the previous one ends and continues its goals and tasks with the same keys, so the
 * monitoring series run over the whole case. Goals: a member's own or the whole household's (cel
 * rodzinny); every member is covered by one of them or by a recorded reason (ipp-rules.ts). Each
 * goal has tasks from the PZK's services list or written freely. The optional kontrakt is generated
 * from the IPP and saved with the IPP's version. Writers only; the IPP row's version guards every
 * save (a stale form gets CONFLICT and nothing is written).
 */

const audited = (tx: DbOrTx, actor: Actor, c: Pick<CaseRow, 'id' | 'voivodeshipId'>, action: 'case.ipp_saved' | 'case.contract_saved', details: Record<string, unknown>) =>
  audit(tx, actor, { action, entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details });

const NOT_QUALIFIED = 'IPP prowadzi się w sprawie zakwalifikowanej do współpracy (w realizacji).';

function requireQualified(c: CaseRow) {
  if (c.status !== 'qualified') throw new AppError('INVALID', NOT_QUALIFIED);
}

/** The published entries of the PZK's list of activities and services: what a task may be picked from. */
export async function pzkServiceOptions(db: DbOrTx, pzkId: number, ids?: number[]) {
  return db
    .select({ id: services.id, name: services.name, description: services.description, providerInstitutionId: services.providerInstitutionId, providerName: services.providerName, areas: services.areas })
    .from(services)
    .where(and(eq(services.scope, 'pzk'), eq(services.pzkId, pzkId), eq(services.status, 'published'), ids ? inArray(services.id, ids.length ? ids : [-1]) : undefined))
    .orderBy(polishOrder(services.name))
    .limit(1000);
}

/** Goal and task keys the monitoring of one IPP has recorded: they may not be removed from it. */
async function referencedKeys(db: DbOrTx, ippId: number) {
  const rows = await db.select({ scales: caseMonitoring.scales, taskStatuses: caseMonitoring.taskStatuses }).from(caseMonitoring).where(eq(caseMonitoring.ippId, ippId));
  return {
    goalKeys: new Set(rows.flatMap((r) => Object.keys(r.scales ?? {}))),
    taskKeys: new Set(rows.flatMap((r) => Object.keys(r.taskStatuses ?? {}))),
  };
}

/** Dates every IPP of the case must respect: not before qualification, not past the case's end. */
function caseDateErrors(c: CaseRow, v: { startsOn: string; endsOn: string }, errors: FieldErrors) {
  if (c.qualifiedOn && v.startsOn < c.qualifiedOn) (errors.startsOn ??= []).push(`IPP nie może zaczynać się przed kwalifikacją (${formatDate(c.qualifiedOn)}).`);
  const beyond = beyondCaseEnd(c, v.endsOn);
  if (beyond) (errors.endsOn ??= []).push(beyond);
}

/** The case's IPPs and, for its writers, whether (and from when) the next one may start. */
export async function listIpps(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'ipp');
  const rows = await getDb().select().from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence));
  const last = rows.at(-1);
  const writer = c.access === 'write' && !c.freeze; // a frozen case (RODO art. 18, anonymised) is read only
  const startBlocked = !writer ? null : c.status !== 'qualified' ? NOT_QUALIFIED : last && !last.goals.length ? `Uzupełnij cele IPP ${last.sequence}, zanim rozpoczniesz kolejny.` : null;
  const end = caseEnd(c);
  const startsOn = last ? nextIppStart(last.endsOn) : '';
  const latest = startsOn ? ippLatestEnd(startsOn) : '';
  return {
    case: c,
    ipps: rows.map((r) => ({
      id: r.id,
      sequence: r.sequence,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      acceptedOn: r.acceptedOn,
      goalsCount: r.goals.length,
      hasContract: r.contract != null,
    })),
    canStart: writer && !startBlocked,
    startBlocked,
    caseEnd: end,
    next: {
      sequence: (last?.sequence ?? 0) + 1,
      startsOn,
      endsOn: latest && end && end < latest ? end : latest,
      pzkAttendance: last?.pzkAttendance ?? 'through_key_worker',
      continuesFrom: last?.sequence ?? null,
    },
  };
}

/**
 * One IPP: the page of its form (writers of a case in progress) or its read-only view, and the
 * kontrakt page (`what` = 'kontrakt'). The opening is audited by openCase.
 */
export async function getIppPage(actor: Actor, caseId: number, ippId: number, what: 'ipp' | 'kontrakt' = 'ipp') {
  const c = await openCase(actor, caseId, what);
  const db = getDb();
  const [ipp] = await db.select().from(ipps).where(and(eq(ipps.id, ippId), eq(ipps.caseId, caseId)));
  if (!ipp) throw notFoundError('Nie znaleziono IPP.');
  const members = await householdOf(db, caseId);
  // Writers change an IPP while the case is in progress; everyone else reads it.
  const editable = c.access === 'write' && c.status === 'qualified' && !c.freeze;
  const [acceptedMeeting] = ipp.acceptedMeetingId
    ? await db.select({ id: pzkMeetings.id, startsAt: pzkMeetings.startsAt }).from(pzkMeetings).where(eq(pzkMeetings.id, ipp.acceptedMeetingId))
    : [];
  let options = null;
  let locked = { goalKeys: [] as string[], taskKeys: [] as string[] };
  if (editable && what === 'ipp') {
    const [serviceList, institutionList, meetings, refs] = await Promise.all([pzkServiceOptions(db, c.pzkId), pzkInstitutionOptions(db, c.pzkId), meetingOptions(db, c.pzkId), referencedKeys(db, ipp.id)]);
    if (acceptedMeeting && !meetings.some((m) => m.id === acceptedMeeting.id)) meetings.push({ ...acceptedMeeting, kind: 'regular' });
    options = { services: serviceList, institutions: institutionList, meetings };
    locked = { goalKeys: [...refs.goalKeys], taskKeys: [...refs.taskKeys] };
  }
  const [previous] = await db.select({ sequence: ipps.sequence, endsOn: ipps.endsOn }).from(ipps).where(and(eq(ipps.caseId, caseId), eq(ipps.sequence, ipp.sequence - 1)));
  return {
    case: c,
    ipp,
    members,
    editable,
    options,
    locked,
    acceptedMeeting: acceptedMeeting ?? null,
    previous: previous ?? null,
    caseEnd: caseEnd(c),
    contractDraft: contractDraft(ipp.goals, members, ipp),
  };
}

/**
 * Starts the case's next IPP (the first, empty; the next, continuing the previous one's goals and
 * tasks with the same keys, each goal starting from its latest monitored value).
 */
export async function createNextIpp(actor: Actor, input: unknown) {
  const v = parseInput(newIppSchema, input);
  return getDb().transaction(async (tx) => {
    // The case row is locked: two people starting an IPP at once get consecutive sequences checked in turn.
    const c = await caseForWork(tx, actor, v.caseId);
    requireQualified(c);
    const errors: FieldErrors = {};
    caseDateErrors(c, v, errors);
    const [previous] = await tx.select().from(ipps).where(eq(ipps.caseId, c.id)).orderBy(desc(ipps.sequence)).limit(1);
    if (previous) {
      if (!previous.goals.length) throw new AppError('INVALID', `Uzupełnij cele IPP ${previous.sequence}, zanim rozpoczniesz kolejny.`);
      const late = nextIppStartProblem(previous, v.startsOn);
      if (late) (errors.startsOn ??= []).push(late);
    }
    if (Object.keys(errors).length) throw invalidError(errors);
    let goals: IppGoal[] = [];
    if (previous) {
      const monitoring = await tx.select({ heldOn: caseMonitoring.heldOn, scales: caseMonitoring.scales }).from(caseMonitoring).where(eq(caseMonitoring.caseId, c.id)).orderBy(asc(caseMonitoring.heldOn), asc(caseMonitoring.id));
      goals = continueGoals(previous.goals, monitoring, v);
    }
    const sequence = (previous?.sequence ?? 0) + 1;
    const [row] = await tx
      .insert(ipps)
      .values({ caseId: c.id, sequence, startsOn: v.startsOn, endsOn: v.endsOn, goals, memberReasons: previous?.memberReasons ?? [], pzkAttendance: v.pzkAttendance, updatedBy: actor.userId })
      .returning({ id: ipps.id, sequence: ipps.sequence });
    await syncIppTasks(tx, { id: row.id, caseId: c.id, goals }, previous?.id);
    await audited(tx, actor, c, 'case.ipp_saved', { ippId: row.id, sequence, started: true, ...(previous ? { continuedFrom: previous.id } : {}) });
    return { id: row.id, sequence: row.sequence };
  });
}

/** The IPP row of the case, locked, at the version the form was opened with. */
async function ippForWork(tx: DbOrTx, caseId: number, ippId: number, version: number): Promise<IppRow> {
  const [ipp] = await tx.select().from(ipps).where(and(eq(ipps.id, ippId), eq(ipps.caseId, caseId))).for('update');
  if (!ipp) throw notFoundError('Nie znaleziono IPP.');
  if (ipp.version !== version) throw conflictError();
  return ipp;
}

/** Saves the IPP form: period, attendance, acceptance, goals and tasks (keys kept). */
export async function saveIpp(actor: Actor, input: unknown) {
  const v = parseInput(ippSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    requireQualified(c);
    const ipp = await ippForWork(tx, c.id, v.ippId, v.version);
    const errors: FieldErrors = {};
    const add = (k: string, m: string) => (errors[k] ??= []).push(m);
    caseDateErrors(c, v, errors);
    // The PZK's acceptance is a record of the case: the one date rule (not after today, not before qualification).
    for (const [k, ms] of Object.entries(recordDateErrors({ acceptedOn: { record: 'ippAcceptance', on: v.acceptedOn } }, { qualification: c.qualifiedOn }))) for (const m of ms) add(k, m);

    // Neighbours: the previous IPP must have ended, the next must not have started.
    const neighbours = await tx
      .select({ sequence: ipps.sequence, startsOn: ipps.startsOn, endsOn: ipps.endsOn })
      .from(ipps)
      .where(and(eq(ipps.caseId, c.id), inArray(ipps.sequence, [ipp.sequence - 1, ipp.sequence + 1])));
    const previous = neighbours.find((n) => n.sequence === ipp.sequence - 1);
    const next = neighbours.find((n) => n.sequence === ipp.sequence + 1);
    const late = previous && nextIppStartProblem(previous, v.startsOn);
    if (late) add('startsOn', late);
    if (next && v.endsOn >= next.startsOn) add('endsOn', `IPP ${ipp.sequence} musi się skończyć przed początkiem IPP ${next.sequence} (${formatDate(next.startsOn)}).`);

    const members = await householdOf(tx, c.id);
    const memberIds = new Set(members.map((m) => m.id));
    const serviceIds = [...new Set(v.goals.flatMap((g) => g.tasks.map((t) => t.serviceId)).filter((id): id is number => id != null))];
    const [serviceList, institutionList] = await Promise.all([serviceIds.length ? pzkServiceOptions(tx, c.pzkId, serviceIds) : [], pzkInstitutionOptions(tx, c.pzkId)]);
    const serviceById = new Map(serviceList.map((s) => [s.id, s]));
    const institutionById = new Map(institutionList.map((i) => [i.id, i.name]));
    if (v.acceptedMeetingId) {
      const [m] = await tx.select({ id: pzkMeetings.id }).from(pzkMeetings).where(and(eq(pzkMeetings.id, v.acceptedMeetingId), eq(pzkMeetings.pzkId, c.pzkId)));
      if (!m) add('acceptedMeetingId', 'Wybierz spotkanie tego zespołu.');
    }

    const goals: IppGoal[] = v.goals.map((g, i) => {
      if (g.memberId !== null && !memberIds.has(g.memberId)) add(`goals.${i}.memberId`, 'Wybierz osobę z gospodarstwa domowego tej sprawy albo całą rodzinę.');
      return {
        key: g.key,
        memberId: g.memberId,
        area: g.area,
        title: g.title,
        expectedEffect: g.expectedEffect,
        baseline: g.baseline,
        target: g.target,
        tasks: g.tasks.map((t, j) => {
          const service = t.serviceId != null ? serviceById.get(t.serviceId) : undefined;
          if (t.serviceId != null && !service) add(`goals.${i}.tasks.${j}.serviceId`, 'Wybierz usługę z listy aktywności i usług tego PZK.');
          let institutionName = t.institutionName ?? '';
          if (t.institutionId != null) {
            const name = institutionById.get(t.institutionId) ?? (service?.providerInstitutionId === t.institutionId ? service.providerName : undefined);
            if (name === undefined) add(`goals.${i}.tasks.${j}.institutionId`, 'Wybierz instytucję z listy zespołu albo wpisz jej nazwę.');
            else institutionName = name;
          }
          return { key: t.key, serviceId: t.serviceId ?? null, description: t.description, institutionId: t.institutionId ?? null, institutionName, person: t.person ?? '', dueOn: t.dueOn };
        }),
      };
    });
    if (Object.keys(errors).length) throw invalidError(errors);

    // Every member: an own goal, a household goal or a recorded reason (the form's rows say which).
    const missing = membersWithoutGoalsMessage(members, goals, v.memberReasons);
    if (missing) {
      const rowErrors: FieldErrors = {};
      const uncovered = new Set(uncoveredMembers(members, goals, v.memberReasons).map((m) => m.id));
      v.memberReasons.forEach((r, i) => {
        if (uncovered.has(r.memberId)) rowErrors[`memberReasons.${i}.reason`] = [MEMBER_UNCOVERED];
      });
      throw invalidError({ goals: [missing], ...rowErrors }, missing);
    }
    const removed = removedReferencedMessage(removedReferenced(ipp.goals, goals, await referencedKeys(tx, ipp.id)));
    if (removed) throw invalidError({ goals: [removed] }, removed);

    const updated = await tx
      .update(ipps)
      .set({
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        pzkAttendance: v.pzkAttendance,
        acceptedOn: v.acceptedOn ?? null,
        acceptedMeetingId: v.acceptedMeetingId ?? null,
        goals,
        memberReasons: keptReasons(members, goals, v.memberReasons),
        version: ipp.version + 1,
        updatedBy: actor.userId,
        updatedAt: clock.now(),
      })
      .where(and(eq(ipps.id, ipp.id), eq(ipps.version, v.version)))
      .returning({ version: ipps.version });
    if (!updated.length) throw conflictError();
    await syncIppTasks(tx, { id: ipp.id, caseId: c.id, goals });
    await audited(tx, actor, c, 'case.ipp_saved', { ippId: ipp.id, sequence: ipp.sequence });
    return { version: updated[0].version };
  });
}

/** Saves the kontrakt generated from the IPP (with the IPP's version; it bumps it). */
export async function saveContract(actor: Actor, input: unknown) {
  const v = parseInput(contractSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    requireQualified(c);
    const ipp = await ippForWork(tx, c.id, v.ippId, v.version);
    if (!ipp.goals.length) throw new AppError('INVALID', 'Kontrakt sporządza się na podstawie IPP — najpierw zapisz cele IPP.');
    const dateErrors = recordDateErrors({ concludedOn: { record: 'contract', on: v.concludedOn } }, { qualification: c.qualifiedOn });
    if (Object.keys(dateErrors).length) throw invalidError(dateErrors);
    const beyond = beyondCaseEnd(c, v.concludedOn);
    if (beyond) throw invalidError({ concludedOn: [beyond] });
    const contract: IppContract = {
      concludedOn: v.concludedOn,
      familyCommitments: v.familyCommitments,
      workerCommitments: v.workerCommitments,
      institutionCommitments: v.institutionCommitments ?? '',
      consequences: v.consequences ?? '',
    };
    const updated = await tx
      .update(ipps)
      .set({ contract, version: ipp.version + 1, updatedBy: actor.userId, updatedAt: clock.now() })
      .where(and(eq(ipps.id, ipp.id), eq(ipps.version, v.version)))
      .returning({ version: ipps.version });
    if (!updated.length) throw conflictError();
    await audited(tx, actor, c, 'case.contract_saved', { ippId: ipp.id, sequence: ipp.sequence });
    return { version: updated[0].version };
  });
}
