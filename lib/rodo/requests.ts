import 'server-only';
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseMembers, caseRestrictions, cases, dataRequestCounters, dataRequests, legalHolds, type CaseStatus } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { clock, dateInPoland } from '@/lib/clock';
import { AppError, conflictError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import { anonymiseCase } from '@/lib/retention/anonymise';
import { caseRetentionEnd } from '@/lib/retention/retention';
import { isInWork } from '@/lib/cases/vocabulary';
import { formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { daysLeft, deadlineOf, extensionProblems, requestDueOn, requestStatus } from './deadlines';
import { liftRestriction, placeRestriction, recordRestrictionNotice } from './freeze';
import {
  completeRequestSchema,
  decideRequestSchema,
  eraseCaseSchema,
  ERASURE_REFUSAL_BASES,
  extendRequestSchema,
  liftRestrictionSchema,
  refuseErasureSchema,
  registerRequestSchema,
  REQUEST_KINDS,
  restrictionNoticeSchema,
  restrictRequestSchema,
  type DataRequestKind,
  type RequestFilter,
} from './request-schemas';

/*
 * The register of data-subject requests of a województwo (issue 16, item 2), kept by its ROPS
 * administrator (policy 'data_request.manage', scoped): who asked, about which case and person,
 * the kind (art. 15–18, 21), the one-month deadline of art. 12 ust. 3 and its extension, the
 * decision with its legal basis and the done date. Restriction (art. 18) freezes the case through
 * lib/rodo/freeze.ts; erasure is refused with the basis of art. 17 ust. 3 lit. b or d (and
 * restriction offered instead), or — where it is due — runs the anonymisation of the case
 * (lib/retention/anonymise.ts). Every step is one transaction with its audit entry, which holds
 * ids, kinds and dates only; every change is guarded by the request's version.
 */

const NOT_FOUND = 'Nie znaleziono żądania.';
const CASE_NOT_FOUND = 'nie znaleziono sprawy o tym numerze';
/** Case statuses in which the family is still being worked with (public task): erasure is not due. */
/** The legal basis recorded when erasure is carried out by anonymisation. */
export const ERASURE_GRANTED_BASIS = 'art. 17 ust. 1 lit. a RODO — dane nie są już niezbędne do celów, w których je zebrano (sprawa zakończona, obowiązek przechowywania nie stoi na przeszkodzie)';

type RequestRow = typeof dataRequests.$inferSelect;

async function nextNumber(tx: DbOrTx, voivodeshipId: number, year: number) {
  const [row] = await tx
    .insert(dataRequestCounters)
    .values({ voivodeshipId, year, last: 1 })
    .onConflictDoUpdate({ target: [dataRequestCounters.voivodeshipId, dataRequestCounters.year], set: { last: sql`${dataRequestCounters.last} + 1` } })
    .returning({ last: dataRequestCounters.last });
  return `RODO/${year}/${String(row.last).padStart(4, '0')}`;
}

/** The case of the actor's województwo with this number (a case elsewhere is not found). */
async function caseByNumber(db: DbOrTx, actor: Actor, number: string) {
  const [c] = await db
    .select({ id: cases.id, number: cases.number, status: cases.status, anonymisedAt: cases.anonymisedAt, voivodeshipId: cases.voivodeshipId })
    .from(cases)
    .where(and(eq(cases.voivodeshipId, actor.scope.voivodeshipId), eq(cases.number, number)));
  return c ?? null;
}

/** The household members of a case, as the form and the page name them. */
async function membersOf(db: DbOrTx, caseId: number) {
  const rows = await db
    .select({ id: caseMembers.id, firstName: caseMembers.firstName, lastName: caseMembers.lastName, relation: caseMembers.relation })
    .from(caseMembers)
    .where(eq(caseMembers.caseId, caseId))
    .orderBy(asc(caseMembers.position), asc(caseMembers.id));
  return rows.map((r) => ({ id: r.id, label: `${r.firstName} ${r.lastName} (${r.relation})` }));
}

/**
 * For the new-request form: the case of this number in the actor's województwo and its household
 * members, to name the person the request concerns. Reading the members is written to the case's
 * access log ("rodo").
 */
export async function requestCaseMembers(actor: Actor, caseNumber: string) {
  await authorize(actor, 'data_request.manage', { voivodeshipId: actor.scope.voivodeshipId });
  const db = getDb();
  const c = await caseByNumber(db, actor, caseNumber.trim().toUpperCase());
  if (!c) throw invalidError({ caseNumber: [CASE_NOT_FOUND] }, CASE_NOT_FOUND);
  await audit(db, actor, { action: 'case.opened', entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details: { what: 'rodo', access: 'data_request' } });
  return { caseId: c.id, number: c.number, anonymised: c.anonymisedAt !== null, members: await membersOf(db, c.id) };
}

/** Registers a request received by the ROPS; numbered "RODO/<year of receipt>/<0001>" per województwo. */
export async function registerRequest(actor: Actor, input: unknown) {
  const v = parseInput(registerRequestSchema, input);
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'data_request.manage', { voivodeshipId });
  return getDb().transaction(async (tx) => {
    let caseId: number | null = null;
    let caseMemberId: number | null = null;
    if (v.caseNumber) {
      const c = await caseByNumber(tx, actor, v.caseNumber);
      if (!c) throw invalidError({ caseNumber: [CASE_NOT_FOUND] });
      caseId = c.id;
    }
    if (v.caseMemberId !== undefined) {
      if (caseId === null) throw invalidError({ caseMemberId: ['Osobę z gospodarstwa domowego wybierz po podaniu numeru sprawy.'] });
      const [member] = await tx.select({ id: caseMembers.id }).from(caseMembers).where(and(eq(caseMembers.id, v.caseMemberId), eq(caseMembers.caseId, caseId)));
      if (!member) throw invalidError({ caseMemberId: ['Wybierz osobę z tej sprawy.'] });
      caseMemberId = member.id;
    }
    const number = await nextNumber(tx, voivodeshipId, Number(v.receivedOn.slice(0, 4)));
    const [r] = await tx
      .insert(dataRequests)
      .values({
        number,
        voivodeshipId,
        kind: v.kind,
        requesterName: v.requesterName,
        requesterContact: v.requesterContact ?? '',
        caseId,
        caseMemberId,
        subject: v.subject ?? '',
        receivedOn: v.receivedOn,
        dueOn: requestDueOn(v.receivedOn),
        createdBy: actor.userId,
      })
      .returning({ id: dataRequests.id, number: dataRequests.number, dueOn: dataRequests.dueOn });
    await audit(tx, actor, { action: 'data_request.registered', entityType: 'data_request', entityId: r.id, voivodeshipId, details: { number, kind: v.kind, caseId } });
    return r;
  });
}

const deadlineSql = sql<string>`coalesce(${dataRequests.extendedUntil}, ${dataRequests.dueOn})`;

export interface RequestListFilter {
  status?: RequestFilter;
  kind?: DataRequestKind;
}

/** The register of the actor's województwo: open (default), overdue, done or all; optionally one kind. Nearest deadline first. */
export async function listRequests(actor: Actor, filter: RequestListFilter = {}) {
  await authorize(actor, 'data_request.manage', { voivodeshipId: actor.scope.voivodeshipId });
  const today = clock.today();
  const status = filter.status ?? 'open';
  const conditions: (SQL | undefined)[] = [eq(dataRequests.voivodeshipId, actor.scope.voivodeshipId), filter.kind ? eq(dataRequests.kind, filter.kind) : undefined];
  if (status === 'open') conditions.push(isNull(dataRequests.doneOn));
  if (status === 'overdue') conditions.push(isNull(dataRequests.doneOn), lt(deadlineSql, today));
  if (status === 'done') conditions.push(isNotNull(dataRequests.doneOn));
  const rows = await getDb()
    .select({
      id: dataRequests.id,
      number: dataRequests.number,
      kind: dataRequests.kind,
      receivedOn: dataRequests.receivedOn,
      dueOn: dataRequests.dueOn,
      extendedUntil: dataRequests.extendedUntil,
      decision: dataRequests.decision,
      doneOn: dataRequests.doneOn,
      caseNumber: cases.number,
    })
    .from(dataRequests)
    .leftJoin(cases, eq(cases.id, dataRequests.caseId))
    .where(and(...conditions))
    .orderBy(status === 'done' ? desc(dataRequests.doneOn) : asc(deadlineSql), desc(dataRequests.id));
  return rows.map((r) => ({ ...r, deadline: deadlineOf(r), status: requestStatus(r, today), daysLeft: r.doneOn ? null : daysLeft(r, today) }));
}
export type RequestListItem = Awaited<ReturnType<typeof listRequests>>[number];

/** The actor keeps a register (its own województwo's): the role check, refused and audited by authorize. */
const authorizeRegister = (actor: Actor) => authorize(actor, 'data_request.manage', { voivodeshipId: actor.scope.voivodeshipId });

/** The request, after checking the actor keeps the register of its województwo (another's is not found). */
async function requestFor(db: DbOrTx, actor: Actor, id: number, lock = false): Promise<RequestRow> {
  // The role is checked before any transaction: a refusal is audited on its own connection.
  if (!lock) await authorizeRegister(actor);
  const q = db.select().from(dataRequests).where(eq(dataRequests.id, id));
  const [r] = lock ? await q.for('update') : await q;
  if (!r) throw notFoundError(NOT_FOUND);
  if (!can(actor.scope, 'data_request.manage', { voivodeshipId: r.voivodeshipId })) throw refusedError('data_request', id, r.voivodeshipId, NOT_FOUND);
  return r;
}

/** The current (not lifted) restriction of a case. */
async function currentRestriction(db: DbOrTx, caseId: number) {
  const [r] = await db
    .select({ id: caseRestrictions.id, requestId: caseRestrictions.requestId, reason: caseRestrictions.reason, since: caseRestrictions.since, noticeGivenOn: caseRestrictions.noticeGivenOn })
    .from(caseRestrictions)
    .where(and(eq(caseRestrictions.caseId, caseId), isNull(caseRestrictions.liftedAt)))
    .orderBy(desc(caseRestrictions.id))
    .limit(1);
  return r ?? null;
}

/** A legal hold in force on the case (reason and end), if any. */
async function holdInForce(db: DbOrTx, caseId: number, today: string) {
  const [h] = await db
    .select({ id: legalHolds.id, until: legalHolds.until })
    .from(legalHolds)
    .where(and(eq(legalHolds.caseId, caseId), isNull(legalHolds.liftedAt), gte(legalHolds.until, today)))
    .limit(1);
  return h ?? null;
}

/**
 * Why erasure cannot be carried out now (null: it may). A case in work serves a public task; a
 * closed one is kept for its archival period (JRWA) — art. 17 ust. 3 lit. b (the legal duty to keep
 * records), or lit. d for archival material (category A); only after that period may it be erased.
 */
function erasureBlocker(
  c: { status: CaseStatus; anonymisedAt: Date | null } | null,
  hold: { until: string } | null,
  retention: { classLabel: string; dueOn: string | null } | null,
  today: string,
): string | null {
  if (!c) return 'Żądanie nie dotyczy sprawy prowadzonej w systemie.';
  if (c.anonymisedAt) return 'Dane tej sprawy zostały już zanonimizowane.';
  if (isInWork(c.status)) return 'Sprawa jest w toku — dane są przetwarzane w ramach zadania publicznego; usunięcie nie przysługuje (art. 17 ust. 3 lit. b RODO).';
  if (hold) return `Na sprawę nałożono blokadę prawną do ${formatDate(hold.until)} — nie można jej teraz zanonimizować.`;
  if (retention && retention.dueOn === null) return `Akta sprawy mają kategorię archiwalną ${retention.classLabel} (materiały archiwalne przechowywane wieczyście) — usunięcie nie przysługuje (art. 17 ust. 3 lit. d RODO).`;
  if (retention?.dueOn && retention.dueOn > today)
    return `Akta sprawy przechowuje się do ${formatDate(retention.dueOn)} (kategoria archiwalna ${retention.classLabel}) — do tego czasu usunięcie nie przysługuje (art. 17 ust. 3 lit. b RODO: obowiązek przechowywania akt). Można ograniczyć przetwarzanie.`;
  return null;
}

/** One request with its case, the restriction of that case, a timeline of its steps and what may be done next. */
export async function getRequest(actor: Actor, id: number) {
  const db = getDb();
  const r = await requestFor(db, actor, id);
  const today = clock.today();
  const [c] = r.caseId
    ? await db.select({ id: cases.id, number: cases.number, status: cases.status, anonymisedAt: cases.anonymisedAt, anonymisedReason: cases.anonymisedReason }).from(cases).where(eq(cases.id, r.caseId))
    : [null];
  const [member] = r.caseMemberId && r.caseId ? (await membersOf(db, r.caseId)).filter((m) => m.id === r.caseMemberId) : [];
  const restriction = c ? await currentRestriction(db, c.id) : null;
  const restrictionsOfRequest = await db
    .select({ since: caseRestrictions.since, noticeGivenOn: caseRestrictions.noticeGivenOn, liftedAt: caseRestrictions.liftedAt })
    .from(caseRestrictions)
    .where(eq(caseRestrictions.requestId, r.id))
    .orderBy(asc(caseRestrictions.id));
  const hold = c ? await holdInForce(db, c.id, today) : null;
  const open = !r.doneOn;

  const timeline: { on: string | Date; step: string }[] = [{ on: r.receivedOn, step: `Wpłynęło żądanie: ${REQUEST_KINDS[r.kind]}` }];
  if (r.extendedUntil) timeline.push({ on: r.extensionNotifiedOn ?? r.receivedOn, step: `Przedłużono termin do ${formatDate(r.extendedUntil)}; osobę poinformowano ${r.extensionNotifiedOn ? formatDate(r.extensionNotifiedOn) : ''}`.trim() });
  for (const x of restrictionsOfRequest) {
    timeline.push({ on: x.since, step: 'Ograniczono przetwarzanie danych sprawy' });
    if (x.noticeGivenOn) timeline.push({ on: x.noticeGivenOn, step: 'Poinformowano osobę o planowanym zniesieniu ograniczenia' });
    if (x.liftedAt) timeline.push({ on: x.liftedAt, step: 'Zniesiono ograniczenie przetwarzania' });
  }
  if (c?.anonymisedAt && c.anonymisedReason === `żądanie ${r.number}`) timeline.push({ on: c.anonymisedAt, step: 'Zanonimizowano dane sprawy' });
  if (r.decidedOn) timeline.push({ on: r.decidedOn, step: `Decyzja: ${r.decision === 'granted' ? 'uwzględniono' : r.decision === 'partly_granted' ? 'uwzględniono w części' : 'odmówiono'}` });
  if (r.doneOn) timeline.push({ on: r.doneOn, step: 'Zakończono realizację żądania' });
  const day = (x: string | Date) => (typeof x === 'string' ? x : dateInPoland(x));
  timeline.sort((a, b) => (day(a.on) < day(b.on) ? -1 : day(a.on) > day(b.on) ? 1 : 0));

  const restrictable = r.kind === 'restriction' || r.kind === 'erasure';
  const blocker = r.kind === 'erasure' ? erasureBlocker(c, hold, c ? await caseRetentionEnd(db, c.id) : null, today) : null;
  return {
    request: { ...r, deadline: deadlineOf(r), status: requestStatus(r, today), daysLeft: r.doneOn ? null : daysLeft(r, today) },
    case: c,
    member: member ?? null,
    restriction,
    today,
    can: {
      extend: open && !r.extendedUntil && today <= r.dueOn,
      decide: open && !r.decision,
      complete: open,
      export: r.kind === 'access' && !!c,
      restrict: open && restrictable && !!c && !c.anonymisedAt && !restriction,
      // A restriction outlives the answer: the person is told and it is lifted later, also after the request is done.
      notice: restrictable && !!restriction && restriction.requestId === r.id && !restriction.noticeGivenOn,
      lift: restrictable && !!restriction && restriction.requestId === r.id && !!restriction.noticeGivenOn,
      refuseErasure: open && r.kind === 'erasure' && !r.decision && !!c,
      erase: open && r.kind === 'erasure' && !r.decision && blocker === null,
    },
    erasureBlocker: blocker,
    timeline: timeline.map((t) => ({ on: day(t.on), step: t.step })),
  };
}
export type RequestPage = Awaited<ReturnType<typeof getRequest>>;

/**
 * Locks the request, checks the form's version and that it is still open (`allowDone`: also when
 * done — a restriction outlives the answer and is lifted later); runs `change` in the same transaction.
 */
async function changeRequest<T>(actor: Actor, id: number, version: number, change: (tx: DbOrTx, r: RequestRow) => Promise<T>, opts: { allowDone?: boolean } = {}): Promise<T> {
  await authorizeRegister(actor);
  return getDb().transaction(async (tx) => {
    const r = await requestFor(tx, actor, id, true);
    if (r.version !== version) throw conflictError();
    if (r.doneOn && !opts.allowDone) throw new AppError('INVALID', `Żądanie zostało zrealizowane ${formatDate(r.doneOn)} — nie można go już zmieniać.`);
    return change(tx, r);
  });
}

/** Writes the request's new fields and bumps its version. */
async function saveRequest(tx: DbOrTx, r: RequestRow, set: Partial<RequestRow>) {
  const [u] = await tx
    .update(dataRequests)
    .set({ ...set, version: sql`${dataRequests.version} + 1`, updatedAt: clock.now() })
    .where(and(eq(dataRequests.id, r.id), eq(dataRequests.version, r.version)))
    .returning({ version: dataRequests.version });
  if (!u) throw conflictError();
  return u;
}

const auditRequest = (tx: DbOrTx, actor: Actor, r: RequestRow, action: 'data_request.extended' | 'data_request.decided' | 'data_request.done' | 'data_request.updated', details: Record<string, unknown>) =>
  audit(tx, actor, { action, entityType: 'data_request', entityId: r.id, voivodeshipId: r.voivodeshipId, details: { number: r.number, kind: r.kind, ...details } });

/** Extends the deadline by up to two months (art. 12 ust. 3), before the original one passes, with the reason and the day the person was told. */
export async function extendRequest(actor: Actor, input: unknown) {
  const v = parseInput(extendRequestSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    const problems = extensionProblems(r, v, clock.today());
    if (Object.keys(problems).length) throw invalidError(problems);
    const u = await saveRequest(tx, r, { extendedUntil: v.extendedUntil, extensionReason: v.extensionReason, extensionNotifiedOn: v.extensionNotifiedOn });
    await auditRequest(tx, actor, r, 'data_request.extended', { extendedUntil: v.extendedUntil });
    return u;
  });
}

/** The decision: granted, partly granted or refused — the last two with their legal basis. */
export async function decideRequest(actor: Actor, input: unknown) {
  const v = parseInput(decideRequestSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    if (r.decision) throw new AppError('INVALID', 'Decyzja w sprawie tego żądania została już zapisana.');
    if (v.decidedOn < r.receivedOn) throw invalidError({ decidedOn: [`Data decyzji nie może być wcześniejsza niż wpływ żądania (${formatDate(r.receivedOn)}).`] });
    const u = await saveRequest(tx, r, { decision: v.decision, legalBasis: v.legalBasis ?? null, decisionNote: v.decisionNote ?? null, decidedOn: v.decidedOn });
    await auditRequest(tx, actor, r, 'data_request.decided', { decision: v.decision });
    return u;
  });
}

/** The request was dealt with (the person answered) on `doneOn`: on or after receipt, not in the future. */
export async function completeRequest(actor: Actor, input: unknown) {
  const v = parseInput(completeRequestSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    if (v.doneOn < r.receivedOn) throw invalidError({ doneOn: [`Data zakończenia nie może być wcześniejsza niż wpływ żądania (${formatDate(r.receivedOn)}).`] });
    const u = await saveRequest(tx, r, { doneOn: v.doneOn });
    await auditRequest(tx, actor, r, 'data_request.done', { doneOn: v.doneOn });
    return u;
  });
}

/** The request's case, for the kind-specific steps (restriction, erasure). */
function caseOf(r: RequestRow): number {
  if (r.caseId === null) throw new AppError('INVALID', 'Żądanie nie dotyczy sprawy prowadzonej w systemie.');
  return r.caseId;
}

function restrictable(r: RequestRow) {
  if (r.kind !== 'restriction' && r.kind !== 'erasure') throw new AppError('INVALID', 'Ograniczenie przetwarzania dotyczy żądań ograniczenia lub usunięcia danych.');
  return caseOf(r);
}

/** The case's current restriction must be this request's own to be lifted (or its notice recorded) through it. */
async function ownRestriction(tx: DbOrTx, r: RequestRow) {
  const caseId = restrictable(r);
  const current = await currentRestriction(tx, caseId);
  if (current && current.requestId !== r.id) throw new AppError('INVALID', 'Ograniczenie przetwarzania tej sprawy nałożono w ramach innego żądania — znieś je na jego karcie.');
  return caseId;
}

/** Restricts processing of the request's case (art. 18; also offered instead of a refused erasure). */
export async function restrictRequestCase(actor: Actor, input: unknown) {
  const v = parseInput(restrictRequestSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    const caseId = restrictable(r);
    if (await currentRestriction(tx, caseId)) throw new AppError('INVALID', 'Przetwarzanie danych tej sprawy jest już ograniczone.');
    await placeRestriction(tx, actor, { caseId, requestId: r.id, reason: v.reason });
    const u = await saveRequest(tx, r, {});
    await auditRequest(tx, actor, r, 'data_request.updated', { step: 'restriction_placed', caseId });
    return u;
  });
}

/** Records the day the person was told the restriction will be lifted (required before lifting it). */
export async function recordRequestRestrictionNotice(actor: Actor, input: unknown) {
  const v = parseInput(restrictionNoticeSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    const caseId = await ownRestriction(tx, r);
    if (v.noticeGivenOn < r.receivedOn) throw invalidError({ noticeGivenOn: [`Data nie może być wcześniejsza niż wpływ żądania (${formatDate(r.receivedOn)}).`] });
    await recordRestrictionNotice(tx, actor, { caseId, noticeGivenOn: v.noticeGivenOn });
    const u = await saveRequest(tx, r, {});
    await auditRequest(tx, actor, r, 'data_request.updated', { step: 'restriction_notice', caseId });
    return u;
   }, { allowDone: true });
}

/** Lifts the restriction of the request's case (refused by freeze.ts until the person was told). */
export async function liftRequestRestriction(actor: Actor, input: unknown) {
  const v = parseInput(liftRestrictionSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    const caseId = await ownRestriction(tx, r);
    await liftRestriction(tx, actor, { caseId });
    const u = await saveRequest(tx, r, {});
    await auditRequest(tx, actor, r, 'data_request.updated', { step: 'restriction_lifted', caseId });
    return u;
   }, { allowDone: true });
}

/** Refuses erasure on the ground of art. 17 ust. 3 lit. b or d, the basis recorded in full; restriction may then be placed instead. */
export async function refuseErasure(actor: Actor, input: unknown) {
  const v = parseInput(refuseErasureSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    if (r.kind !== 'erasure') throw new AppError('INVALID', 'Odmowa usunięcia dotyczy żądań usunięcia danych.');
    if (r.decision) throw new AppError('INVALID', 'Decyzja w sprawie tego żądania została już zapisana.');
    if (v.decidedOn < r.receivedOn) throw invalidError({ decidedOn: [`Data decyzji nie może być wcześniejsza niż wpływ żądania (${formatDate(r.receivedOn)}).`] });
    const u = await saveRequest(tx, r, { decision: 'refused', legalBasis: ERASURE_REFUSAL_BASES[v.basis], decisionNote: v.decisionNote ?? null, decidedOn: v.decidedOn });
    await auditRequest(tx, actor, r, 'data_request.decided', { decision: 'refused', basis: `art. 17 ust. 3 lit. ${v.basis}` });
    return u;
  });
}

/**
 * Carries out erasure where it is due: the case is closed (no longer worked with), its archival
 * period has ended, it is not yet anonymised and under no legal hold. The case is anonymised in the same transaction (irreversible,
 * confirmed on the form) and the request granted.
 */
export async function eraseRequestCase(actor: Actor, input: unknown) {
  const v = parseInput(eraseCaseSchema, input);
  return changeRequest(actor, v.id, v.version, async (tx, r) => {
    if (r.kind !== 'erasure') throw new AppError('INVALID', 'Anonimizacja dotyczy żądań usunięcia danych.');
    if (r.decision) throw new AppError('INVALID', 'Decyzja w sprawie tego żądania została już zapisana.');
    const today = clock.today();
    const [c] = r.caseId ? await tx.select({ status: cases.status, anonymisedAt: cases.anonymisedAt }).from(cases).where(eq(cases.id, r.caseId)).for('update') : [null];
    const blocker = erasureBlocker(c ?? null, r.caseId ? await holdInForce(tx, r.caseId, today) : null, r.caseId ? await caseRetentionEnd(tx, r.caseId) : null, today);
    if (blocker) throw new AppError('INVALID', blocker);
    await anonymiseCase(tx, r.caseId!, `żądanie ${r.number}`);
    const u = await saveRequest(tx, r, { decision: 'granted', legalBasis: ERASURE_GRANTED_BASIS, decidedOn: today });
    await auditRequest(tx, actor, r, 'data_request.decided', { decision: 'granted', step: 'case_anonymised', caseId: r.caseId });
    return u;
  });
}
