import { and, eq, sql } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseAttachments, caseConsents, caseDiagnoses, caseJournal, caseMembers, caseMonitoring, caseRestrictions, cases, caseSessions, caseTeam, files, ipps, ippTasks, ippTaskUpdates } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { CaseFreezeBanner } from '@/components/cases/CaseFreezeBanner';
import { openCase } from '@/lib/cases/access';
import { addAttachment, getAttachmentsPage, removeAttachment } from '@/lib/cases/attachments';
import { closeCase, getCaseOverview, recordConsent, saveHouseholdMember, saveTeam, withdrawConsent } from '@/lib/cases/cases';
import { getDiagnosis, saveDiagnosis } from '@/lib/cases/diagnosis';
import { getEvaluation } from '@/lib/cases/evaluation';
import { exportCase } from '@/lib/cases/export';
import { createNextIpp, listIpps, saveIpp } from '@/lib/cases/ipp';
import { addJournalEntry, getJournal } from '@/lib/cases/journal';
import { getMonitoring, recordMonitoring, recordSession } from '@/lib/cases/monitoring';
import { consentPaperPdf } from '@/lib/cases/family-papers';
import { diagnosisPdf, ippPdf, referralPdf } from '@/lib/cases/pdf';
import { activeCaseFacts } from '@/lib/cases/reminders';
import { reportTask } from '@/lib/cases/team-work';
import { clock } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';
import { caseFreeze, FROZEN_MESSAGES, FROZEN_PRINT_MESSAGES, LIFT_NEEDS_NOTICE, liftRestriction, placeRestriction, recordRestrictionNotice } from '@/lib/rodo/freeze';
import { formatDate } from '@/lib/text';
import { caseSetup, diagnosisInput, goalInput, ippInput, newCase, qualifiedCase, taskInput, type CaseSetup, type GoalInput } from '../case-factories';
import { makeActor, PODLASKIE } from '../factories';
import { TINY_PDF } from '../upload-fixtures';

// The PDF routes read the signed-in actor from the session: stand in for it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

/*
 * The freeze of a case (issue 16, item 2): restricted processing (RODO art. 18) or anonymised — the
 * case is stored and read, nothing new is recorded in it by any write path, none of its documents is
 * printed, and its export is refused (lib/rodo/freeze.ts, lib/cases/access.ts). Gminas of this file:
 * 2014042, 2014052 (powiat 2014).
 */

let s: CaseSetup;
let admin: Actor;
let caseId: number;
let ippId: number;
let mother: number;
/** A case handed over (the closing's own precondition), for closeCase. */
let handedOver: number;
let keptAttachment: number;
let goals: GoalInput[];
const db = () => getDb();

const REASON = 'Żądanie ograniczenia przetwarzania z dnia rozpatrywania sprostowania (art. 18 ust. 1 lit. a RODO)';

beforeAll(async () => {
  s = await caseSetup(['2014042', '2014052']);
  admin = await makeActor('rops_admin', PODLASKIE);
  const made = await qualifiedCase(s);
  ({ caseId, mother } = made);
  const son = made.son;
  ({ id: ippId } = await createNextIpp(s.gops, { caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' }));
  goals = [
    goalInput(mother, {
      key: 'g-mother',
      tasks: [taskInput({ key: 't-free' })],
    }),
    goalInput(son, {
      key: 'g-son',
      area: 'edukacyjny',
      title: 'Powrót do nauki',
      tasks: [taskInput({ key: 't-school', institutionId: String(s.member.scope.institutionId), institutionName: '', dueOn: '2027-03-15' })],
    }),
  ];
  await saveIpp(s.gops, ippInput(caseId, ippId, 1, goals));
  ({ id: keptAttachment } = await addAttachment(s.gops, { caseId: String(caseId), kind: 'opinion', documentDate: '2027-02-10', description: 'Opinia szkoły', step: '' }, { name: 'opinia.pdf', data: TINY_PDF }));
  handedOver = (await newCase(s)).caseId;
  await db().update(cases).set({ status: 'handed_over' }).where(eq(cases.id, handedOver));
});

const restrict = (id: number, reason = REASON) => db().transaction((tx) => placeRestriction(tx, admin, { caseId: id, requestId: null, reason }));
const notice = (id: number, on = clock.today()) => db().transaction((tx) => recordRestrictionNotice(tx, admin, { caseId: id, noticeGivenOn: on }));
const lift = (id: number) => db().transaction((tx) => liftRestriction(tx, admin, { caseId: id }));
const anonymise = (id: number) => db().update(cases).set({ anonymisedAt: clock.now(), anonymisedReason: 'upływ okresu przechowywania (B10), zgoda archiwum nr AP.123' }).where(eq(cases.id, id));
/** Undoes the test's anonymisation mark (the real one is for good; the rows here were never anonymised). */
const unmark = (id: number) => db().update(cases).set({ anonymisedAt: null, anonymisedReason: null }).where(eq(cases.id, id));

const versionOf = async (id: number) => (await db().select({ version: cases.version }).from(cases).where(eq(cases.id, id)))[0].version;
const ippVersion = async () => (await db().select({ version: ipps.version }).from(ipps).where(eq(ipps.id, ippId)))[0].version;
const taskVersion = async () => (await db().select({ version: ippTasks.version }).from(ippTasks).where(and(eq(ippTasks.ippId, ippId), eq(ippTasks.taskKey, 't-school'))))[0].version;
const consentOf = async (id: number) => (await db().select({ id: caseConsents.id }).from(caseConsents).where(and(eq(caseConsents.caseId, id), eq(caseConsents.kind, 'cooperation'))))[0].id;

/** Everything a write could change in a case (and the files), to compare before and after a refusal. */
async function snapshot(id: number) {
  const n = async (table: PgTable, col: AnyPgColumn) =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(table).where(eq(col, id)))[0].n;
  const [c] = await db().select({ version: cases.version, status: cases.status, closedOn: cases.closedOn, keyWorkerId: cases.keyWorkerId }).from(cases).where(eq(cases.id, id));
  return {
    case: c,
    members: await db().select({ id: caseMembers.id, firstName: caseMembers.firstName, version: caseMembers.version }).from(caseMembers).where(eq(caseMembers.caseId, id)).orderBy(caseMembers.id),
    consents: await db().select({ id: caseConsents.id, withdrawnOn: caseConsents.withdrawnOn }).from(caseConsents).where(eq(caseConsents.caseId, id)).orderBy(caseConsents.id),
    diagnosis: await db().select({ version: caseDiagnoses.version }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, id)),
    ipps: await db().select({ id: ipps.id, version: ipps.version }).from(ipps).where(eq(ipps.caseId, id)).orderBy(ipps.id),
    tasks: await db().select({ key: ippTasks.taskKey, version: ippTasks.version, status: ippTasks.status }).from(ippTasks).where(eq(ippTasks.caseId, id)).orderBy(ippTasks.taskKey),
    monitoring: await n(caseMonitoring, caseMonitoring.caseId),
    sessions: await n(caseSessions, caseSessions.caseId),
    journal: await n(caseJournal, caseJournal.caseId),
    reports: await n(ippTaskUpdates, ippTaskUpdates.caseId),
    attachments: await n(caseAttachments, caseAttachments.caseId),
    team: await n(caseTeam, caseTeam.caseId),
    files: (await db().select({ n: sql<number>`count(*)::int` }).from(files))[0].n,
    audit: (await db().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(id)))))[0].n,
  };
}

/** Every write path of a case: the case it writes and the call (inputs valid, so only the freeze refuses). */
const WRITES: [name: string, target: () => number, call: () => Promise<unknown>][] = [
  ['saveHouseholdMember (new person)', () => caseId, () => saveHouseholdMember(s.gops, { caseId, firstName: 'Zofia', lastName: 'Zięba', birthYear: '2015', relation: 'córka', pesel: '', notes: '' })],
  [
    'saveHouseholdMember (change)',
    () => caseId,
    async () => {
      const [m] = await db().select({ version: caseMembers.version }).from(caseMembers).where(eq(caseMembers.id, mother));
      return saveHouseholdMember(s.gops, { caseId, memberId: mother, version: m.version, firstName: 'Halina', lastName: 'Zięba-Nowak', birthYear: '1972', relation: 'matka', pesel: '', notes: '' });
    },
  ],
  ['recordConsent', () => caseId, () => recordConsent(s.gops, { caseId, kind: 'cooperation', givenOn: '2027-02-01', form: 'oral', givenBy: 'Łukasz Zięba', institutions: '' })],
  ['withdrawConsent', () => caseId, async () => withdrawConsent(s.gops, { caseId, consentId: await consentOf(caseId), withdrawnOn: '2027-03-01', note: '' })],
  ['saveTeam', () => caseId, async () => saveTeam(s.gops, { caseId, version: await versionOf(caseId), keyWorkerId: s.socialWorker.userId, memberIds: [] })],
  ['saveDiagnosis', () => caseId, () => saveDiagnosis(s.gops, diagnosisInput(caseId, 0))],
  ['saveIpp', () => caseId, async () => saveIpp(s.gops, ippInput(caseId, ippId, await ippVersion(), goals, { endsOn: '2027-04-10' }))],
  ['createNextIpp', () => caseId, () => createNextIpp(s.gops, { caseId, startsOn: '2027-04-15', endsOn: '2027-07-14', pzkAttendance: 'in_person' })],
  [
    'recordMonitoring',
    () => caseId,
    () => recordMonitoring(s.socialWorker, { caseId, heldOn: '2027-02-15', scales: [{ goalKey: 'g-mother', value: '4' }], satisfaction: '6', taskStatuses: [{ taskKey: 't-school', status: 'in_progress' }], notes: '' }),
  ],
  ['recordSession', () => caseId, () => recordSession(s.gops, { caseId, kind: 'workshop', heldOn: '2027-01-20', participants: 'Rodzina', notes: '' })],
  ['journal (key worker)', () => caseId, () => addJournalEntry(s.socialWorker, { caseId, happenedOn: '2027-02-01', kind: 'visit', participants: 'Matka', note: 'Wizyta w domu' })],
  ['journal (team member)', () => caseId, () => addJournalEntry(s.member, { caseId, happenedOn: '2027-02-02', kind: 'conversation', participants: '', note: 'Rozmowa z pedagogiem' })],
  ['task report (team member)', () => caseId, async () => reportTask(s.member, { caseId: String(caseId), ippId: String(ippId), taskKey: 't-school', version: String(await taskVersion()), status: 'in_progress', notedOn: '2027-03-10', note: 'Uczeń przychodzi' })],
  ['addAttachment', () => caseId, () => addAttachment(s.gops, { caseId: String(caseId), kind: 'genogram', documentDate: '2027-02-10', description: 'Genogram', step: '' }, { name: 'genogram.pdf', data: TINY_PDF })],
  ['removeAttachment', () => caseId, () => removeAttachment(s.gops, { caseId, attachmentId: keptAttachment })],
  ['closeCase', () => handedOver, async () => closeCase(s.gops, { caseId: handedOver, version: await versionOf(handedOver), closedOn: '2027-03-30', reason: 'Przekazanie do innej instytucji' })],
];

describe('a restricted case (RODO art. 18)', () => {
  it.each(WRITES)('%s is refused with the restriction named, and changes nothing', async (_name, target, call) => {
    const id = target();
    await restrict(id);
    try {
      const before = await snapshot(id);
      await expect(call()).rejects.toMatchObject({ code: 'INVALID', message: FROZEN_MESSAGES.restricted });
      expect(await snapshot(id)).toEqual(before);
    } finally {
      await notice(id);
      await lift(id);
    }
  });

  it('sends no reminders: the case leaves the facts the reminders are computed from, and comes back when lifted', async () => {
    const inWork = async () => (await activeCaseFacts(db())).some((f) => f.id === caseId);
    expect(await inWork()).toBe(true);
    await restrict(caseId);
    expect(await inWork()).toBe(false);
    await notice(caseId);
    await lift(caseId);
    expect(await inWork()).toBe(true);
    await anonymise(caseId);
    expect(await inWork()).toBe(false);
    await unmark(caseId);
  });

  it('after lifting, the same work is recorded again', async () => {
    await restrict(caseId);
    await expect(addJournalEntry(s.socialWorker, { caseId, happenedOn: '2027-02-03', kind: 'visit', participants: '', note: 'Wizyta' })).rejects.toMatchObject({ message: FROZEN_MESSAGES.restricted });
    await notice(caseId);
    await lift(caseId);
    const { id } = await addJournalEntry(s.socialWorker, { caseId, happenedOn: '2027-02-03', kind: 'visit', participants: '', note: 'Wizyta' });
    expect(id).toBeGreaterThan(0);
    expect(await caseFreeze(db(), caseId)).toBeNull();
  });

  it('is still read: every page loads, says since when and why, and offers no form', async () => {
    const forms = async () => ({
      diagnosis: (await getDiagnosis(s.gops, caseId)).canEdit,
      monitoring: (await getMonitoring(s.gops, caseId)).canRecord,
      ipp: (await listIpps(s.gops, caseId)).canStart,
      evaluation: (await getEvaluation(s.gops, caseId)).canEvaluate,
      attachments: (await getAttachmentsPage(s.gops, caseId)).canAdd,
      removeAttachment: (await getAttachmentsPage(s.gops, caseId)).canRemove,
      team: (await getCaseOverview(s.gops, caseId)).options !== null,
      journal: (await getJournal(s.member, caseId)).case.canWrite,
    });
    const open = await forms();
    expect(Object.values(open).every(Boolean), JSON.stringify(open)).toBe(true);
    await restrict(caseId);
    try {
      expect(Object.values(await forms()).some(Boolean)).toBe(false);
      const o = await getCaseOverview(s.gops, caseId);
      expect(o.case.freeze).toMatchObject({ kind: 'restricted', reason: REASON });
      expect(o.members.map((m) => m.firstName)).toContain('Halina');
      expect((await openCase(s.member, caseId, 'ipp')).freeze?.kind).toBe('restricted');
      expect((await getAttachmentsPage(s.gops, caseId)).case.freeze?.kind).toBe('restricted');
      const journal = await getJournal(s.member, caseId);
      expect(journal.case).toMatchObject({ canWrite: false, freeze: { kind: 'restricted', reason: REASON } });
      const since = (await caseFreeze(db(), caseId))!.since;
      const html = renderToStaticMarkup(createElement(CaseFreezeBanner, { freeze: o.case.freeze }));
      expect(html).toContain('role="status"');
      expect(html).toContain('Przetwarzanie danych ograniczone (RODO art. 18)');
      expect(html).toContain(`Od ${formatDate(since)}: ${REASON}.`);
    } finally {
      await notice(caseId);
      await lift(caseId);
    }
  });

  it('prints nothing (409 with the reason) and exports nothing, and logs no print or export', async () => {
    await restrict(caseId);
    try {
      const before = await snapshot(caseId);
      for (const print of [() => referralPdf(s.gops, caseId), () => ippPdf(s.gops, caseId, ippId), () => consentPaperPdf(s.member, caseId)]) {
        await expect(print()).rejects.toMatchObject({ code: 'CONFLICT', message: FROZEN_PRINT_MESSAGES.restricted });
      }
      await expect(exportCase(s.gops, caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('tylko w ramach zarejestrowanego żądania osoby') });
      expect(await snapshot(caseId)).toEqual(before);

      session.actor = s.gops;
      const { GET } = await import('@/app/(app)/sprawy/[id]/pdf/karta/route');
      const path = `/sprawy/${caseId}/pdf/karta`;
      const res = await GET({ url: `http://localhost${path}`, nextUrl: new URL(`http://localhost${path}`) } as unknown as NextRequest, { params: Promise.resolve({ id: String(caseId) }) });
      expect(res.status).toBe(409);
      expect(res.headers.get('content-type')).toContain('text/plain');
      expect(await res.text()).toBe(FROZEN_PRINT_MESSAGES.restricted);
    } finally {
      await notice(caseId);
      await lift(caseId);
    }
    // Lifted: printing works again.
    expect((await referralPdf(s.gops, caseId)).pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is lifted only after the person was told (art. 18 ust. 3), once at a time, every step audited with ids only', async () => {
    const { caseId: id } = await newCase(s);
    await restrict(id);
    await expect(restrict(id, 'Drugie ograniczenie')).rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('już ograniczone') });
    await expect(lift(id)).rejects.toMatchObject({ code: 'INVALID', message: LIFT_NEEDS_NOTICE });
    expect((await caseFreeze(db(), id))?.kind).toBe('restricted');
    // The notice cannot be dated in the future, nor before the restriction.
    const tomorrow = addDays(clock.today(), 1);
    await expect(notice(id, tomorrow)).rejects.toMatchObject({ code: 'INVALID' });
    await expect(notice(id, '2027-01-01')).rejects.toMatchObject({ code: 'INVALID' });
    await notice(id);
    await lift(id);
    expect(await caseFreeze(db(), id)).toBeNull();
    await expect(lift(id)).rejects.toMatchObject({ code: 'INVALID' });
    const [r] = await db().select().from(caseRestrictions).where(eq(caseRestrictions.caseId, id));
    expect(r).toMatchObject({ reason: REASON, noticeGivenOn: clock.today(), placedBy: admin.userId, liftedBy: admin.userId });
    const entries = await db()
      .select({ action: auditLog.action, details: auditLog.details, userId: auditLog.userId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(id)), sql`${auditLog.action} like 'case.restrict%'`))
      .orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(['case.restricted', 'case.restriction_notice', 'case.restriction_lifted']);
    expect(entries.every((e) => e.userId === admin.userId)).toBe(true);
    expect(entries[0].details).toEqual({ restrictionId: r.id, requestId: null });
    expect(entries[1].details).toEqual({ restrictionId: r.id, requestId: null, noticeGivenOn: clock.today() });
    // Ids, kinds and dates only: never the reason's text.
    expect(JSON.stringify(entries)).not.toContain('ograniczenia przetwarzania');
    // A new restriction may be placed after the lifting.
    await restrict(id, 'Ponowne żądanie ograniczenia');
    expect(await caseFreeze(db(), id)).toMatchObject({ kind: 'restricted', reason: 'Ponowne żądanie ograniczenia' });
  });
});

describe('an anonymised case', () => {
  it.each(WRITES)('%s is refused as anonymised, and changes nothing', async (_name, target, call) => {
    const id = target();
    await anonymise(id);
    try {
      const before = await snapshot(id);
      await expect(call()).rejects.toMatchObject({ code: 'INVALID', message: FROZEN_MESSAGES.anonymised });
      expect(await snapshot(id)).toEqual(before);
    } finally {
      await unmark(id);
    }
  });

  it('is read with the banner, never printed nor exported, and cannot be restricted', async () => {
    await anonymise(caseId);
    try {
      const o = await getCaseOverview(s.gops, caseId);
      expect(o.case.freeze).toMatchObject({ kind: 'anonymised', reason: 'upływ okresu przechowywania (B10), zgoda archiwum nr AP.123' });
      const html = renderToStaticMarkup(createElement(CaseFreezeBanner, { freeze: o.case.freeze }));
      expect(html).toContain(`Dane osobowe usunięto (anonimizacja) ${formatDate(o.case.freeze!.since)} — upływ okresu przechowywania`);
      await expect(diagnosisPdf(s.gops, caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: FROZEN_PRINT_MESSAGES.anonymised });
      await expect(exportCase(s.gops, caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('zanonimizowana') });
      await expect(restrict(caseId)).rejects.toMatchObject({ code: 'INVALID' });
      // Anonymised wins over a restriction placed before.
      await unmark(caseId);
      await restrict(caseId);
      await anonymise(caseId);
      expect((await caseFreeze(db(), caseId))?.kind).toBe('anonymised');
    } finally {
      await unmark(caseId);
      if ((await caseFreeze(db(), caseId))?.kind === 'restricted') {
        await notice(caseId);
        await lift(caseId);
      }
    }
  });

  it('a case without a freeze has none, and the banner renders nothing', async () => {
    expect(await caseFreeze(db(), caseId)).toBeNull();
    expect(renderToStaticMarkup(createElement(CaseFreezeBanner, { freeze: null }))).toBe('');
  });
});
