import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { setClockForTests } from '@/lib/clock';
import { caseQualifications, cases, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createCase, recordConsent, saveHouseholdMember, saveTeam } from '@/lib/cases/cases';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument } from '@/lib/documents/documents';
import { getTrack } from '@/lib/implementations/tracks';
import { addMember } from '@/lib/pzk/members';
import { PODLASKIE, makeActor } from './factories';
import { accepted } from './implementation-factories';
import { TINY_PDF as PDF } from './upload-fixtures';

/**
 * The day the case tests live on: after every case record they date (referral 05.01.2027,
 * qualification 12.01.2027, checks and decisions up to mid-March 2027). The records' own dates
 * stay fixed; only "today" is chosen, once, by caseSetup.
 */
export const CASE_TODAY = '2027-03-31';
/*
 * The instant caseSetup puts the clock on: 10:00 UTC of CASE_TODAY; under KOOPERACJA_NOW (the New
 * Year's Eve run, scripts/test-new-year.ts) the same point of the day as that run — 00:30 in Warsaw,
 * while UTC still has the day before (31.03.2027 00:30 CEST = 30.03.2027 22:30 UTC) — so a date
 * rule reading "today" as a UTC date would refuse the records dated today and fail those tests.
 */
const CASE_TODAY_INSTANT = process.env.KOOPERACJA_NOW ? `${CASE_TODAY}T00:30:00+02:00` : `${CASE_TODAY}T10:00:00Z`;

/**
 * Runs `fn` with today moved to `day` (a check that needs a later today, e.g. a record dated past
 * the 12 months of work), then puts the clock back on CASE_TODAY.
 */
export async function onDay<T>(day: string, fn: () => Promise<T>): Promise<T> {
  setClockForTests(`${day}T10:00:00Z`);
  try {
    return await fn();
  } finally {
    setClockForTests(CASE_TODAY_INSTANT);
  }
}

/** Signs the PZK agreement of a track with the given institutions as extra parties. */
export async function signPzkAgreement(pcpr: Actor, track: { implementationId: number | null; gminaId: number | null }, extraInstitutionIds: number[]) {
  const { id } = await createDocument(pcpr, { kind: 'agreement_pzk', implementationId: track.implementationId, gminaId: track.gminaId });
  const d = await getDocument(pcpr, id);
  const t = d.template.body;
  const content = {
    ...d.document.content,
    place: 'Gminie',
    parties: [...d.document.content.parties, ...extraInstitutionIds.map((institutionId) => ({ ...d.document.content.parties[0], institutionId }))].map((p) => ({ ...p, representativeName: 'Jan Żak', representativeFunction: 'Dyrektor', tasks: 'Udział w spotkaniach' })),
    fields: Object.fromEntries(t.fields.map((f) => [f.key, d.document.content.fields[f.key] || (f.type === 'date' ? '2027-06-30' : 'treść')])),
  };
  await saveDraft(pcpr, { documentId: id, version: d.document.version, content });
  await changeStatus(pcpr, { documentId: id, version: 2 }, 'mark_ready');
  const ready = await getDocument(pcpr, id);
  await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2026-11-20') }, { name: 'skan.pdf', data: PDF });
}

/**
 * Two PZKs of one powiat (the first two gminas of `codes`, which must be unused in the test file):
 * in the first, the animators, a social worker, a signed member institution whose person is on the
 * member list with an account; in the second, a GOPS animator and a signed member — strangers to
 * the first PZK's cases. Plus a ROPS adviser and a PZK member of the first gmina not on any team.
 */
export async function caseSetup(codes: [string, string, ...string[]]) {
  const powiat = codes[0].slice(0, 4);
  const pcpr = await makeActor('pcpr_animator', powiat);
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const gops = await makeActor('gops_animator', codes[0]);
  const socialWorker = await makeActor('social_worker', codes[0]);
  const member = await makeActor('pzk_member', codes[0]);
  const outsider = await makeActor('pzk_member', codes[0]);
  const strangerGops = await makeActor('gops_animator', codes[1]);
  const strangerMember = await makeActor('pzk_member', codes[1]);
  const { trackIds } = await accepted(pcpr, rops, codes);
  const tracks = await Promise.all(trackIds.map(async (id) => (await getTrack(rops, id)).track));
  const pzkOf = async (t: (typeof tracks)[number]) => (await getDb().select().from(pzks).where(and(eq(pzks.implementationId, t.implementationId!), eq(pzks.gminaId, t.gminaId!))))[0];
  const [pzk, otherPzk] = [await pzkOf(tracks[0]), await pzkOf(tracks[1])];
  await signPzkAgreement(pcpr, tracks[0], [member.scope.institutionId!, outsider.scope.institutionId!]);
  await signPzkAgreement(pcpr, tracks[1], [strangerMember.scope.institutionId!]);
  const { id: memberRowId } = await addMember(pcpr, { pzkId: pzk.id, institutionId: member.scope.institutionId, name: 'Maria Szkolna', function: 'Pedagog szkolny', teamRole: 'invited', email: member.email });
  await addMember(pcpr, { pzkId: pzk.id, institutionId: outsider.scope.institutionId, name: 'Piotr Obcy', function: 'Dzielnicowy', teamRole: 'invited', email: outsider.email });
  await addMember(pcpr, { pzkId: otherPzk.id, institutionId: strangerMember.scope.institutionId, name: 'Olga Inna', function: 'Pedagog', teamRole: 'invited', email: strangerMember.email });
  // The cases of the tests are dated in 2027 (referral 05.01.2027, …): from here on the test's
  // "today" is CASE_TODAY, so no case record is dated in the future (lib/cases/date-rules.ts).
  setClockForTests(CASE_TODAY_INSTANT);
  return { pcpr, rops, gops, socialWorker, member, memberRowId, outsider, strangerGops, strangerMember, pzk, otherPzk, tracks };
}
export type CaseSetup = Awaited<ReturnType<typeof caseSetup>>;

/** A karta oczekiwań as the form sends it. */
export const referralInput = (pzkId: number, keyWorkerId: string, over: Record<string, unknown> = {}) => ({
  pzkId,
  kind: 'family',
  keyWorkerId,
  referringInstitutionId: '',
  referringInstitutionName: 'Szkoła Podstawowa w Gminie',
  referrerName: 'Maria Szkolna',
  referredOn: '2027-01-05',
  situation: 'Rodzina trzypokoleniowa: matka (54 l.), syn (28 l.), dziadek (74 l.).',
  reasons: 'Zagrożenie umieszczeniem matki i syna w DPS; dziadek przeciążony opieką.',
  expectations: 'Utrzymanie rodziny w środowisku domowym, wsparcie opieki.',
  expectedFrom: 'OPS, PCPR, WTZ, ŚDS, stowarzyszenie osób z niepełnosprawnościami',
  meetingId: '',
  ...over,
});

/**
 * A case referred by the GOPS animator (key worker: the social worker), with mother and son in the
 * household, both consents and the signed member on its team.
 */
export async function newCase(s: CaseSetup, over: Record<string, unknown> = {}) {
  const { id } = await createCase(s.gops, referralInput(s.pzk.id, s.socialWorker.userId, over));
  const { memberId: mother } = await saveHouseholdMember(s.gops, { caseId: id, firstName: 'Halina', lastName: 'Zięba', birthYear: '1972', relation: 'matka', pesel: '', notes: '' });
  const { memberId: son } = await saveHouseholdMember(s.gops, { caseId: id, firstName: 'Łukasz', lastName: 'Zięba', birthYear: '1998', relation: 'syn', pesel: '', notes: '' });
  await recordConsent(s.gops, { caseId: id, kind: 'cooperation', givenOn: '2027-01-05', form: 'written', givenBy: 'Halina Zięba', institutions: '' });
  await recordConsent(s.gops, { caseId: id, kind: 'data_sharing', givenOn: '2027-01-05', form: 'written', givenBy: 'Halina Zięba', institutions: 'OPS, PCPR, WTZ, ŚDS' });
  const [c] = await getDb().select({ version: cases.version }).from(cases).where(eq(cases.id, id));
  await saveTeam(s.gops, { caseId: id, version: c.version, keyWorkerId: s.socialWorker.userId, memberIds: [s.memberRowId] });
  return { caseId: id, mother, son };
}

/**
 * A case already qualified on `qualifiedOn` — written straight to the tables, for tests of the
 * later steps (the qualification's own rules are tested through its function).
 */
export async function qualifiedCase(s: CaseSetup, qualifiedOn = '2027-01-12', over: Record<string, unknown> = {}) {
  const made = await newCase(s, over);
  const db = getDb();
  await db.insert(caseQualifications).values({
    caseId: made.caseId,
    decision: 'qualified',
    decidedOn: qualifiedOn,
    opinions: [{ institutionId: s.member.scope.institutionId, institutionName: 'Szkoła', reason: 'Realna szansa na zmianę' }],
    welfareVerifiedOn: qualifiedOn,
    pcprConsultedOn: qualifiedOn,
    criteria: ['chronic_crisis'],
    decidedBy: s.gops.userId,
  });
  await db.update(cases).set({ status: 'qualified', qualifiedOn }).where(eq(cases.id, made.caseId));
  return made;
}

/** Form input of one IPP task, goal and IPP, as the IPP form sends them. */
export const taskInput = (over: Record<string, unknown> = {}) => ({
  key: randomUUID(),
  serviceId: '',
  description: 'Umówienie wizyty u lekarza rodzinnego',
  institutionId: '',
  institutionName: 'Przychodnia w Gminie',
  person: 'Anna Nowak',
  dueOn: '2027-02-15',
  ...over,
});

export const goalInput = (memberId: number, over: Record<string, unknown> = {}) => ({
  key: randomUUID(),
  memberId: String(memberId),
  area: 'zdrowie',
  title: 'Regularne leczenie',
  expectedEffect: 'Wizyty u lekarza co miesiąc',
  baseline: '2',
  target: '6',
  tasks: [taskInput()],
  ...over,
});

export type GoalInput = ReturnType<typeof goalInput>;

export const ippInput = (caseId: number, ippId: number, version: number, goals: GoalInput[], over: Record<string, unknown> = {}) => ({
  caseId: String(caseId),
  ippId: String(ippId),
  version: String(version),
  startsOn: '2027-01-15',
  endsOn: '2027-04-14',
  pzkAttendance: 'in_person',
  acceptedOn: '',
  acceptedMeetingId: '',
  goals,
  ...over,
});

/** The form of the multidimensional diagnosis (step 7.2), filled in. */
export const diagnosisInput = (caseId: number, version: number, over: Record<string, unknown> = {}) => ({
  caseId: String(caseId),
  version: String(version),
  diagnosedOn: '2027-01-20',
  causes: 'Przewlekła choroba matki, brak wsparcia opieki nad dziadkiem.',
  strengths: 'Silne więzi rodzinne.',
  weaknesses: 'Izolacja społeczna.',
  resources: 'Własne mieszkanie.',
  deficits: 'Brak dochodu syna.',
  familyExpectations: 'Pomoc w opiece nad dziadkiem.',
  institutionExpectations: [{ institutionName: 'Szkoła Podstawowa', expectations: 'Regularny kontakt z wychowawcą.' }],
  swotStrengths: 'więzi rodzinne\nmotywacja syna',
  swotWeaknesses: 'izolacja',
  swotOpportunities: 'WTZ w gminie',
  swotThreats: 'pogorszenie zdrowia matki',
  tools: ['wywiad', 'genogram', 'swot'],
  toolsOther: 'Skala samodzielności',
  ...over,
});
