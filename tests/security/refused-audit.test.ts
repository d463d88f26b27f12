import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, documents, notifications, scheduleItems } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { AuditEntity } from '@/lib/audit-labels';
import { listAuditEntries } from '@/lib/audit-log';
import { approveAccount } from '@/lib/accounts/review';
import { auditRefusal } from '@/lib/audit-refusal';
import { givePurpose, openCase } from '@/lib/cases/access';
import { saveHouseholdMember } from '@/lib/cases/cases';
import { exportCase } from '@/lib/cases/export';
import { referralPdf } from '@/lib/cases/pdf';
import { getDocument, getDocumentScan } from '@/lib/documents/documents';
import { clock, setClockForTests } from '@/lib/clock';
import { RefusedError } from '@/lib/errors';
import { evaluationReportPdf } from '@/lib/evaluation/documents';
import { getReport, saveAnswers } from '@/lib/evaluation/evaluation';
import { createPzkThread, createRegionalThread, getPzkThread, getRegionalThread } from '@/lib/forum/forum';
import { getNotification } from '@/lib/implementations/notifications';
import { addEvidence, getEvidenceFile } from '@/lib/implementations/tracks';
import { getInstitution } from '@/lib/institutions/institutions';
import { attachMaterialFile, createMaterial, getMaterial, getMaterialFile } from '@/lib/materials/materials';
import { getPractice, proposePractice } from '@/lib/practices/practices';
import { practicePdf } from '@/lib/practices/pdf';
import { getMeeting, saveAttendance, saveMeeting } from '@/lib/pzk/meetings';
import { getPzkTeam } from '@/lib/pzk/members';
import { getWorkPlan, saveWorkPlan } from '@/lib/pzk/work-plan';
import { WORK_PLAN_SECTIONS } from '@/lib/pzk/work-plan-sections';
import { runAction } from '@/lib/run-action';
import { getTraining, saveTraining } from '@/lib/school/trainings';
import { caseSetup, newCase, type CaseSetup } from '../case-factories';
import { JANOW, MAZOWIECKIE, PODLASKIE, makeActor, makeInstitution, unit } from '../factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

/*
 * An existing record refused to someone outside its scope is answered as before ("not found", or
 * "forbidden" for a reader who may not change it), and the refusal is written to the audit log of
 * the record's województwo: who, in which role, which record. Repeats by the same person within
 * 10 minutes only add to the entry's count. A record that does not exist writes nothing.
 */

// The adapters read the signed-in actor from the session: stand in for it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));

const MISSING = 999_999_999;
const WINDOW = 10 * 60_000;
/** Puts the app's clock in the middle of a 10-minute fold window (so two calls share it); returns that instant. */
function midWindow(): number {
  const mid = Math.floor(clock.now().getTime() / WINDOW) * WINDOW + WINDOW / 2;
  setClockForTests(new Date(mid));
  return mid;
}

let s: CaseSetup;
let caseId: number;
let podlaskie: number;
let ropsAdmin: Actor;

beforeAll(async () => {
  s = await caseSetup(['2003062', '2003072']);
  caseId = (await newCase(s)).caseId;
  podlaskie = (await unit(PODLASKIE)).voivodeshipId;
  ropsAdmin = await makeActor('rops_admin', PODLASKIE);
});

afterEach(() => {
  setClockForTests(null);
  session.actor = null;
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

/** What a server action does with the attempt: runAction, with `actor` signed in. */
async function asAction(actor: Actor | null, attempt: () => Promise<unknown>) {
  session.actor = actor;
  try {
    return await runAction(attempt);
  } finally {
    session.actor = null;
  }
}

function refusedEntries(actor: Actor | null, type: AuditEntity, id: string | number) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'access.refused'), actor ? eq(auditLog.userId, actor.userId) : isNull(auditLog.userId), eq(auditLog.entityType, type), eq(auditLog.entityId, String(id))));
}

async function refusalsBy(actor: Actor) {
  return getDb().select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.userId, actor.userId)));
}

interface Expected {
  code: 'NOT_FOUND' | 'FORBIDDEN';
  type: AuditEntity;
  id: string | number;
  message?: string | RegExp;
  /** The record's województwo (podlaskie unless said). */
  voivodeshipId?: number;
}

/**
 * The attempt throws a RefusedError naming the record; through runAction it writes one entry in the
 * record's województwo, a repeat in the same 10 minutes only counts, the next window writes anew.
 */
async function expectAuditedRefusal(actor: Actor, attempt: () => Promise<unknown>, x: Expected) {
  const voivodeshipId = x.voivodeshipId ?? podlaskie;
  const e = await failure(attempt());
  expect(e, `${x.type} ${x.id}`).toBeInstanceOf(RefusedError);
  const refused = e as RefusedError;
  expect(refused.code).toBe(x.code);
  if (x.message) expect(refused.message).toMatch(x.message);
  expect({ type: refused.entity.type, id: String(refused.entity.id), voivodeshipId: refused.entity.voivodeshipId }).toEqual({ type: x.type, id: String(x.id), voivodeshipId });
  // The domain function itself writes nothing: the adapters do.
  expect(await refusedEntries(actor, x.type, x.id)).toHaveLength(0);

  // Mid-window, so the two calls below certainly share their 10 minutes.
  const mid = midWindow();
  const answer = await asAction(actor, attempt);
  // The answer is what it was before auditing existed.
  expect(answer).toMatchObject({ ok: false, code: x.code, message: refused.message });
  const [entry, ...more] = await refusedEntries(actor, x.type, x.id);
  expect(more).toHaveLength(0);
  expect(entry).toMatchObject({ userId: actor.userId, userEmail: actor.email, role: actor.scope.role, voivodeshipId });
  expect(entry.details).toMatchObject({ answer: x.code === 'NOT_FOUND' ? 404 : 403 });

  await asAction(actor, attempt);
  expect(await refusedEntries(actor, x.type, x.id)).toHaveLength(1);
  const { rows } = await listAuditEntries(ropsAdmin, { action: 'access.refused', entityType: x.type, user: actor.email });
  expect(rows.filter((r) => r.entityId === String(x.id))).toEqual([expect.objectContaining({ id: entry.id, role: actor.scope.role, repeats: 1 })]);

  setClockForTests(new Date(mid + WINDOW));
  await asAction(actor, attempt);
  expect(await refusedEntries(actor, x.type, x.id)).toHaveLength(2);
  setClockForTests(null);
}

/** A record that does not exist: a plain NOT_FOUND, and nothing in the audit log. */
async function expectPlainNotFound(actor: Actor, attempt: () => Promise<unknown>) {
  const e = await failure(attempt());
  expect(e).toMatchObject({ code: 'NOT_FOUND' });
  expect(e).not.toBeInstanceOf(RefusedError);
  const before = (await refusalsBy(actor)).length;
  expect(await asAction(actor, attempt)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect((await refusalsBy(actor)).length).toBe(before);
}

describe('cases (konta osób/rodzin)', () => {
  it('opening another gmina\'s case is audited; a missing case is not', async () => {
    const stranger = await makeActor('gops_animator', '2003072');
    await expectAuditedRefusal(stranger, () => openCase(stranger, caseId), { code: 'NOT_FOUND', type: 'case', id: caseId, message: 'Nie znaleziono sprawy.' });
    await expectPlainNotFound(stranger, () => openCase(stranger, MISSING));
  });

  it('printing it as a member of another PZK is audited', async () => {
    await expectAuditedRefusal(s.strangerMember, () => referralPdf(s.strangerMember, caseId), { code: 'NOT_FOUND', type: 'case', id: caseId });
  });

  it('exporting it from another województwo is audited in the case\'s województwo; a team reader is refused as before', async () => {
    const mazowsze = await makeActor('rops_adviser', MAZOWIECKIE);
    await expectAuditedRefusal(mazowsze, () => exportCase(mazowsze, caseId), { code: 'NOT_FOUND', type: 'case', id: caseId });
    // ROPS of another województwo cannot state a purpose for it either.
    expect(await failure(givePurpose(mazowsze, { caseId, purpose: 'Superwizja sprawy na prośbę PCPR' }))).toMatchObject({ code: 'NOT_FOUND', entity: { type: 'case' } });
    const reader = await makeActor('pzk_member', '2003062');
    expect(await failure(exportCase(s.member, caseId))).toMatchObject({ code: 'FORBIDDEN', entity: { type: 'case', id: caseId } });
    await expectPlainNotFound(reader, () => exportCase(reader, MISSING));
  });

  it('a change by a reader of the case team is FORBIDDEN, and audited', async () => {
    const change = () => saveHouseholdMember(s.member, { caseId, firstName: 'Jan', lastName: 'Zięba', birthYear: '1950', relation: 'dziadek', pesel: '', notes: '' });
    await expectAuditedRefusal(s.member, change, { code: 'FORBIDDEN', type: 'case', id: caseId, message: 'Zmiany w sprawie wprowadza pracownik kluczowy lub animator.' });
  });
});

describe('documents', () => {
  it('another gmina\'s agreement and its scan are audited; a missing document is not', async () => {
    const [doc] = await getDb().select({ id: documents.id }).from(documents).where(and(eq(documents.kind, 'agreement_pzk'), eq(documents.gminaId, s.tracks[0].gminaId!)));
    const stranger = await makeActor('gops_animator', '2003072');
    await expectAuditedRefusal(stranger, () => getDocument(stranger, doc.id), { code: 'NOT_FOUND', type: 'document', id: doc.id, message: 'Nie znaleziono dokumentu.' });
    const other = await makeActor('social_worker', '2003072');
    await expectAuditedRefusal(other, () => getDocumentScan(other, doc.id), { code: 'NOT_FOUND', type: 'document', id: doc.id });
    await expectPlainNotFound(other, () => getDocumentScan(other, MISSING));
  });
});

describe('partnership teams (PZK)', () => {
  it('another gmina\'s PZK is audited; a member changing the plan is refused and audited; a missing PZK is not', async () => {
    const stranger = await makeActor('gops_animator', '2003072');
    await expectAuditedRefusal(stranger, () => getPzkTeam(stranger, s.pzk.id), { code: 'NOT_FOUND', type: 'pzk', id: s.pzk.id, message: 'Nie znaleziono zespołu.' });
    expect(await failure(getWorkPlan(stranger, s.pzk.id))).toMatchObject({ code: 'NOT_FOUND', entity: { type: 'pzk' } });
    const content = Object.fromEntries(WORK_PLAN_SECTIONS.map((x) => [x.key, 'Spotkania co miesiąc']));
    await expectAuditedRefusal(s.member, () => saveWorkPlan(s.member, { pzkId: s.pzk.id, version: 0, content }), { code: 'FORBIDDEN', type: 'pzk', id: s.pzk.id, message: 'Skład i strony zespołu prowadzi animator PCPR.' });
    await expectPlainNotFound(stranger, () => getPzkTeam(stranger, MISSING));
  });

  it('a meeting opened by a non-member is audited as that meeting; a member who does not run meetings is refused', async () => {
    const base = { pzkId: s.pzk.id, version: 0, kind: 'regular', durationMinutes: '90', place: 'Urząd Gminy', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '' };
    const { id: meetingId } = await saveMeeting(s.gops, { ...base, startsAt: '2027-05-10T10:00' });
    const stranger = await makeActor('pzk_member', '2003072');
    await expectAuditedRefusal(stranger, () => getMeeting(stranger, s.pzk.id, meetingId), { code: 'NOT_FOUND', type: 'pzk_meeting', id: meetingId, message: 'Nie znaleziono zespołu.' });
    // A meeting that is not the team's: the refusal is the team's.
    expect(await failure(getMeeting(stranger, s.pzk.id, MISSING))).toMatchObject({ code: 'NOT_FOUND', entity: { type: 'pzk', id: s.pzk.id } });
    await expectAuditedRefusal(s.member, () => saveAttendance(s.member, { pzkId: s.pzk.id, meetingId, present: [] }), {
      code: 'FORBIDDEN',
      type: 'pzk_meeting',
      id: meetingId,
      message: 'Spotkania zespołu planują i prowadzą animatorzy: PCPR i GOPS.',
    });
    await expectPlainNotFound(stranger, () => getMeeting(stranger, MISSING, meetingId));
  });

  it('a thread of the members-only forum, and a regional thread of another województwo, are audited', async () => {
    const { id: threadId } = await createPzkThread(s.gops, s.pzk.id, { title: 'Plan spotkań', body: 'Proponuję drugi poniedziałek miesiąca.' });
    const stranger = await makeActor('pzk_member', '2003072');
    await expectAuditedRefusal(stranger, () => getPzkThread(stranger, s.pzk.id, threadId), { code: 'NOT_FOUND', type: 'forum', id: threadId });
    const { id: regional } = await createRegionalThread(s.gops, { title: 'Superwizja w powiecie', body: 'Kto prowadzi superwizje?' });
    const mazowsze = await makeActor('gops_animator', '1465011');
    await expectAuditedRefusal(mazowsze, () => getRegionalThread(mazowsze, regional), { code: 'NOT_FOUND', type: 'forum', id: regional, message: 'Nie znaleziono wątku.' });
    await expectPlainNotFound(mazowsze, () => getRegionalThread(mazowsze, MISSING));
  });
});

describe('the implementation: evaluation report and evidence files', () => {
  it('another powiat\'s evaluation report and its PDF are audited; a member who may not write it is refused', async () => {
    const implementationId = s.tracks[0].implementationId!;
    const elsewhere = await makeActor('gops_animator', JANOW);
    await expectAuditedRefusal(elsewhere, () => getReport(elsewhere, implementationId), { code: 'NOT_FOUND', type: 'evaluation', id: implementationId, message: 'Nie znaleziono wdrożenia.' });
    const other = await makeActor('pcpr_animator', '2011');
    await expectAuditedRefusal(other, () => evaluationReportPdf(other, implementationId), { code: 'NOT_FOUND', type: 'evaluation', id: implementationId });
    const wzk = await makeActor('wzk_member', PODLASKIE);
    await expectAuditedRefusal(wzk, () => saveAnswers(wzk, { implementationId: String(implementationId), version: 0, answers: {}, recommendations: '' }), {
      code: 'FORBIDDEN',
      type: 'evaluation',
      id: implementationId,
      message: 'Odpowiedzi zespołu zapisują animatorzy wdrożenia i radni odpowiedzialni za ewaluację.',
    });
    await expectPlainNotFound(elsewhere, () => getReport(elsewhere, MISSING));
  });

  it('another gmina\'s evidence file is audited as its implementation; a missing file is not', async () => {
    const [item] = await getDb().select().from(scheduleItems).where(eq(scheduleItems.trackId, s.tracks[0].id)).limit(1);
    const { fileId } = await addEvidence(s.pcpr, { itemId: item.id, title: 'Lista obecności', fileName: 'lista.pdf', data: PDF });
    const stranger = await makeActor('gops_animator', '2003072');
    await expectAuditedRefusal(stranger, () => getEvidenceFile(stranger, fileId), { code: 'NOT_FOUND', type: 'implementation', id: s.tracks[0].id, message: 'Nie znaleziono pliku.' });
    await expectPlainNotFound(stranger, () => getEvidenceFile(stranger, crypto.randomUUID()));
  });
});

describe('Szkoła Kooperacji, e-szkoła, good practices', () => {
  it('another województwo\'s training is audited in the training\'s województwo', async () => {
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const { id } = await saveTraining(rops, {
      version: 0,
      kind: 'basic',
      topic: 'Szkolenie podstawowe — zasady kooperacji',
      heldOn: '2027-02-15',
      place: 'ROPS w Białymstoku',
      trainer: 'Jadwiga Kołodziejczyk',
      description: 'Program szkolenia podstawowego.',
      implementationId: String(s.tracks[0].implementationId),
      step: '4',
    });
    const mazowsze = await makeActor('rops_adviser', MAZOWIECKIE);
    await expectAuditedRefusal(mazowsze, () => getTraining(mazowsze, id), { code: 'NOT_FOUND', type: 'training', id, message: 'Nie znaleziono szkolenia.' });
    await expectPlainNotFound(mazowsze, () => getTraining(mazowsze, MISSING));
  });

  it('a members-only material and its file, asked for from another województwo, are audited', async () => {
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const m = await createMaterial(rops, { title: 'Praca z rodziną w zespole', summary: 'Materiał wewnętrzny.', body: 'Treść.', visibility: 'members', tags: 'rodzina', steps: ['7.2'] });
    const { fileId } = await attachMaterialFile(rops, { materialId: m.id, title: 'Wzór notatki', fileName: 'wzor.pdf', data: PDF });
    const mazowsze = await makeActor('gops_animator', '1465011');
    await expectAuditedRefusal(mazowsze, () => getMaterialFile(mazowsze, fileId), { code: 'NOT_FOUND', type: 'material', id: m.id, message: 'Nie znaleziono pliku.' });
    const other = await makeActor('rops_adviser', MAZOWIECKIE);
    await expectAuditedRefusal(other, () => getMaterial(other, m.id), { code: 'NOT_FOUND', type: 'material', id: m.id, message: 'Nie znaleziono materiału e-szkoły.' });
    await expectPlainNotFound(mazowsze, () => getMaterialFile(mazowsze, crypto.randomUUID()));
  });

  it('an unpublished good practice is audited for a signed-in stranger and for an anonymous visitor', async () => {
    const janow = await unit(JANOW);
    const author = await makeActor('gops_animator', JANOW);
    const p = await proposePractice(author, {
      name: 'Wspólny kalendarz spotkań zespołu',
      level: 'Etap pracy kooperacyjnej',
      area: 'Organizacja pracy PZK',
      description: 'Instytucje gminy uzgadniają terminy spotkań na cały rok.',
      conditions: 'Zawiązany PZK.',
      process: [{ text: 'Zebranie propozycji terminów.' }],
      solution: 'Roczny kalendarz spotkań.',
      swotStrengths: 'Przewidywalność.',
      swotWeaknesses: 'Sztywność terminów.',
      swotOpportunities: 'Wspólny transport.',
      swotThreats: 'Zmiany kadrowe.',
      measures: 'Frekwencja powyżej 80%.',
      powiatId: String(janow.powiatId),
      gminaId: String(janow.gminaId),
      contact: 'GOPS w Janowie',
    });
    const colleague = await makeActor('social_worker', JANOW);
    await expectAuditedRefusal(colleague, () => getPractice(colleague, p.id), { code: 'NOT_FOUND', type: 'good_practice', id: p.id, message: 'Nie znaleziono dobrej praktyki.' });
    // Without an account: one entry with no user, its repeats counted all the same.
    midWindow();
    expect(await asAction(null, () => practicePdf(null, p.id))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await asAction(null, () => practicePdf(null, p.id));
    const anonymous = await refusedEntries(null, 'good_practice', p.id);
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({ userId: null, role: null, voivodeshipId: janow.voivodeshipId });
    await expectPlainNotFound(colleague, () => getPractice(colleague, MISSING));
  });
});

describe('registry and notifications (already refused as "not found")', () => {
  it('another województwo\'s institution is audited', async () => {
    const inst = await makeInstitution(JANOW, 'school');
    const mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
    await expectAuditedRefusal(mazowsze, () => getInstitution(mazowsze, inst.id), { code: 'NOT_FOUND', type: 'institution', id: inst.id, message: 'Nie znaleziono instytucji.' });
    await expectPlainNotFound(mazowsze, () => getInstitution(mazowsze, MISSING));
  });

  it('deciding on another województwo\'s account is audited in the account\'s województwo', async () => {
    const pending = await makeActor('social_worker', JANOW, { status: 'pending' });
    const mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
    await expectAuditedRefusal(mazowsze, () => approveAccount(mazowsze, { userId: pending.userId }), { code: 'NOT_FOUND', type: 'user', id: pending.userId, message: 'Nie znaleziono takiego konta.' });
    await expectPlainNotFound(mazowsze, () => approveAccount(mazowsze, { userId: crypto.randomUUID() }));
  });

  it('another województwo\'s notification is audited', async () => {
    const [n] = await getDb().select({ id: notifications.id }).from(notifications).where(eq(notifications.powiatId, s.pcpr.scope.powiatId!)).limit(1);
    const mazowsze = await makeActor('rops_adviser', MAZOWIECKIE);
    await expectAuditedRefusal(mazowsze, () => getNotification(mazowsze, n.id), { code: 'NOT_FOUND', type: 'notification', id: n.id, message: 'Nie znaleziono zgłoszenia.' });
    await expectPlainNotFound(mazowsze, () => getNotification(mazowsze, MISSING));
  });
});

describe('auditRefusal', () => {
  it('writes the signed-in actor\'s refusal straight from the error, in the record\'s województwo', async () => {
    const stranger = await makeActor('social_worker', '2003072');
    const e = (await failure(openCase(stranger, caseId))) as RefusedError;
    midWindow();
    session.actor = stranger;
    await auditRefusal(e);
    await auditRefusal(e);
    await auditRefusal(e);
    const entries = await refusedEntries(stranger, 'case', caseId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ role: 'social_worker', voivodeshipId: podlaskie });
    const { rows } = await listAuditEntries(ropsAdmin, { action: 'access.refused', user: stranger.email });
    expect(rows).toEqual([expect.objectContaining({ entityType: 'case', entityId: String(caseId), repeats: 2 })]);
  });
});
