import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseEvaluations, cases, caseMonitoring, caseSessions, ipps, pzkMembers, scheduleItems, services, trainingParticipants, trainings } from '@/db/schema';
import { certificatesPdf, evaluationReportPdf, indicatorsCsv, referencesPdf, regionalCsv, regionalReportPdf } from '@/lib/evaluation/documents';
import { deleteActivity, getReport, listActivities, listEvaluations, regionalReport, saveActivity, saveAnswers } from '@/lib/evaluation/evaluation';
import { implementationFigures } from '@/lib/evaluation/figures';
import { addConsultation, saveAttendance, saveMeeting, saveMinutes } from '@/lib/pzk/meetings';
import { addMember } from '@/lib/pzk/members';
import { saveWorkPlan } from '@/lib/pzk/work-plan';
import { WORK_PLAN_SECTIONS } from '@/lib/pzk/work-plan-sections';
import { caseSetup, newCase, qualifiedCase, type CaseSetup } from '../case-factories';
import { PODLASKIE, actorFor, makeActor } from '../factories';
import { seedDemo } from '@/db/seed/demo';
import { gminas, tracks, users } from '@/db/schema';
import { accepted } from '../implementation-factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

const LATER = new Date('2027-12-31T12:00:00Z');

const TMP = path.resolve('tests/.tmp');
const written: string[] = [];
afterAll(() => process.env.KEEP_PDF || written.forEach((f) => fs.rmSync(f, { force: true })));
function pdfText(pdf: Uint8Array, mode = '-layout') {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `eval-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, pdf);
  written.push(file);
  const text = execFileSync('pdftotext', [mode, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), landscape: /Page size:\s+841\.89 x 595\.28/.test(info) };
}

const activity = (implementationId: number, over: Record<string, unknown> = {}) => ({
  implementationId: String(implementationId),
  kind: 'project_group',
  title: 'Grupa wsparcia dla rodziców „Razem łatwiej”',
  startsOn: '2027-03-01',
  endsOn: '2027-05-31',
  gminaId: '',
  partners: 'Szkoła Podstawowa, Gminny Ośrodek Kultury',
  participants: '12',
  outcome: 'Dziesięć spotkań grupy, powstała grupa samopomocowa.',
  ...over,
});

const TEAM_ANSWERS = { '1': 'Tak, w dwóch rodzinach na trzy.', '6': 'Współpraca szkoły z GOPS.', '8': 'Planować wcześniej.' };
const TEAM_RECOMMENDATIONS = 'Kontynuować pracę Modelem; wpisać PZK do OZPS.';

/**
 * A small real implementation (powiat 2008: gminas 2008043 and 2008052, from 04.01.2027) with
 * everything stage IV counts, recorded through the domain functions where there are any.
 */
async function smallImplementation() {
  const s = await caseSetup(['2008043', '2008052']);
  const implementationId = s.tracks[0].implementationId!;
  const db = getDb();
  // People: caseSetup put Maria and Piotr on the first team, Olga on the second; add the PCPR animator
  // to the first, plus a removed and a merely proposed person (neither counts).
  const { id: annaId } = await addMember(s.pcpr, { pzkId: s.pzk.id, institutionId: '', name: 'Anna Żółkiewska', function: 'Animator PCPR', teamRole: 'animator_pcpr', email: '' });
  await db.insert(pzkMembers).values([
    { pzkId: s.pzk.id, name: 'Usunięty Członek', function: 'Radny', teamRole: 'councillor_gmina', removedAt: new Date() },
    { pzkId: s.otherPzk.id, name: 'Zgłoszona Osoba', function: 'Pedagog', teamRole: 'invited', proposed: true },
  ]);
  // Work plan: saved twice (two versions).
  const content = Object.fromEntries(WORK_PLAN_SECTIONS.map((x) => [x.key, 'Spotkania co miesiąc']));
  await saveWorkPlan(s.pcpr, { pzkId: s.pzk.id, version: 0, content });
  await saveWorkPlan(s.pcpr, { pzkId: s.pzk.id, version: 1, content: { ...content, topics: 'Przemoc domowa' } });
  // Meetings: one held (attendance 2 of the 3 on the team, minutes published, a consultation), one planned.
  const meetingBase = { pzkId: s.pzk.id, version: 0, kind: 'regular', durationMinutes: '120', place: 'Urząd Gminy', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '' };
  const { id: meetingId } = await saveMeeting(s.gops, { ...meetingBase, startsAt: '2027-05-10T10:00' });
  await saveMeeting(s.gops, { ...meetingBase, startsAt: '2027-06-14T10:00' });
  await saveAttendance(s.gops, { pzkId: s.pzk.id, meetingId, present: [s.memberRowId, annaId] });
  await addConsultation(s.gops, { pzkId: s.pzk.id, meetingId, specialist: 'Psycholog PCPR', startsAt: '2027-05-10T12:30', forWhom: 'Rodzice' });
  await saveMinutes(s.gops, { pzkId: s.pzk.id, meetingId, version: 1, minutes: 'Omówiono plan pracy.', publish: true });
  // Cases: one qualified and evaluated "goals reached" (a health goal 2 → 4 at monitoring → 7 at the
  // evaluation, target 6), with a supervision; one only referred.
  const c1 = await qualifiedCase(s, '2027-01-12');
  await newCase(s);
  const goal = { key: 'g1', memberId: c1.mother, area: 'zdrowie', title: 'Regularne wizyty u lekarza', expectedEffect: '', baseline: 2, target: 6, tasks: [] };
  const [ipp] = await db.insert(ipps).values({ caseId: c1.caseId, sequence: 1, startsOn: '2027-01-20', endsOn: '2027-04-19', goals: [goal], pzkAttendance: 'in_person' }).returning({ id: ipps.id });
  await db.insert(caseMonitoring).values({ caseId: c1.caseId, ippId: ipp.id, heldOn: '2027-02-20', scales: { g1: 4 }, satisfaction: 7, taskStatuses: {}, recordedBy: s.socialWorker.userId, recordedByName: 'Pracownik' });
  await db.insert(caseSessions).values([
    { caseId: c1.caseId, kind: 'supervision', heldOn: '2027-03-01', recordedBy: s.pcpr.userId },
    { caseId: c1.caseId, kind: 'workshop', heldOn: '2027-01-15', recordedBy: s.pcpr.userId },
  ]);
  await db.insert(caseEvaluations).values({ caseId: c1.caseId, evaluatedOn: '2027-11-10', results: { g1: 7 }, outcome: 'goals_reached', evaluatedBy: s.socialWorker.userId });
  await db.update(cases).set({ status: 'after_care' }).where(eq(cases.id, c1.caseId));
  // Services list of the first PZK: one added since the start, one older entry updated since, one
  // older untouched, one proposal.
  const entry = (over: Partial<typeof services.$inferInsert>) => ({ scope: 'pzk' as const, pzkId: s.pzk.id, voivodeshipId: s.pzk.voivodeshipId, powiatId: s.pzk.powiatId, providerName: 'GOPS', name: 'Usługa', description: 'Opis', searchText: 'usluga', ...over });
  await db.insert(services).values([
    entry({ createdAt: new Date('2027-02-01T10:00:00Z'), updatedAt: new Date('2027-02-01T10:00:00Z') }),
    entry({ createdAt: new Date('2026-12-01T10:00:00Z'), updatedAt: new Date('2027-03-01T10:00:00Z'), version: 2 }),
    entry({ createdAt: new Date('2026-12-02T10:00:00Z'), updatedAt: new Date('2026-12-02T10:00:00Z') }),
    entry({ status: 'proposed', createdAt: new Date('2027-02-02T10:00:00Z'), updatedAt: new Date('2027-02-02T10:00:00Z') }),
  ]);
  // Trainings: a basic one for this implementation (2 attended, 1 absent); a specialist one (coaching)
  // attended by someone of the first gmina after the start; another before the start (not counted).
  const training = (over: Pick<typeof trainings.$inferInsert, 'kind' | 'heldOn'> & Partial<typeof trainings.$inferInsert>) => ({ voivodeshipId: s.pzk.voivodeshipId, topic: 'Szkolenie', place: 'ROPS', trainer: 'Trener', createdBy: s.rops.userId, ...over });
  const [basic, coaching, early] = await db
    .insert(trainings)
    .values([training({ kind: 'basic', heldOn: '2027-02-10', implementationId, step: '6.1' }), training({ kind: 'specialist', heldOn: '2027-04-10' }), training({ kind: 'specialist', heldOn: '2026-06-10' })])
    .returning({ id: trainings.id });
  await db.insert(trainingParticipants).values([
    { trainingId: basic.id, name: 'Osoba A', attended: true },
    { trainingId: basic.id, name: 'Osoba B', attended: true },
    { trainingId: basic.id, name: 'Osoba C', attended: false },
    { trainingId: coaching.id, name: 'Osoba D', gminaId: s.pzk.gminaId, attended: true },
    { trainingId: early.id, name: 'Osoba E', gminaId: s.pzk.gminaId, attended: true },
  ]);
  // Activities: the GOPS animator's group project in its gmina; the PCPR animator's promotion action
  // and a presentation at the gmina council's social committee, with the committee's minutes attached.
  await saveActivity(s.gops, activity(implementationId, { gminaId: String(s.pzk.gminaId) }));
  await saveActivity(s.pcpr, activity(implementationId, { kind: 'promotion', title: 'Artykuł w gazecie gminnej', participants: '0', endsOn: '' }));
  await saveActivity(s.pcpr, activity(implementationId, { kind: 'authorities_presentation', title: 'Prezentacja na komisji ds. społecznych rady gminy', participants: '9', endsOn: '' }), { name: 'protokol-komisji.pdf', data: PDF });
  // The team's answers to the key questions and its recommendations, as the report prints them.
  await saveAnswers(s.pcpr, { implementationId, version: 0, answers: TEAM_ANSWERS, recommendations: TEAM_RECOMMENDATIONS });
  return { s, implementationId };
}

// Before any test: the demo seed makes the województwo's regional track, which later acceptances reuse
// (seeding after an acceptance in podlaskie would make a second one).
beforeAll(async () => {
  await seedDemo(getDb());
}, 120_000);

describe('stage IV evaluation of the demo data', () => {
  it('the demo implementation (Dąbrowa Białostocka, Korycin): its report as the ROPS adviser sees it', async () => {
    const db = getDb();
    const [t] = await db.select({ implementationId: tracks.implementationId }).from(tracks).innerJoin(gminas, eq(gminas.id, tracks.gminaId)).where(eq(gminas.teryt, '2011013'));
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'rops.doradca@kooperacja.test'));
    const adviser = await actorFor(u.id);
    const listed = (await listEvaluations(adviser)).rows.find((r) => r.id === t.implementationId)!;
    expect(listed.label).toBe('powiat sokólski, od 01.09.2026 (Dąbrowa Białostocka, Korycin)');
    const f = await implementationFigures(db, t.implementationId!, LATER);
    // The signed PZK agreement of Dąbrowa: PCPR, OPS, police, labour office (the declaration is not signed).
    expect(f.institutionsEngaged).toBe(4);
    // Dąbrowa's team: 10 rows, one only proposed.
    expect(f.peopleEngaged).toBe(9);
    // R/2026/0001 qualified, 0002 referred, 0003 goals reached, 0004 closed before qualification (consent withdrawn).
    expect([f.casesReferred, f.casesQualified, f.casesGoalsReached]).toEqual([4, 2, 1]);
    expect([f.activities.project_group, f.activities.promotion, f.activities.authorities_presentation]).toEqual([1, 1, 1]);
    const { text } = pdfText((await evaluationReportPdf(adviser, t.implementationId!, LATER)).pdf);
    expect(text).toContain('Gminy Dąbrowa Białostocka, Korycin');
    expect(text).toMatch(/Instytucje zaangażowane \(porozumienie PZK lub deklaracja w mocy\) 4\b/);
    expect(text).toMatch(/Osoby w zespołach \(członkowie PZK\) 9\b/);
    expect(text).toMatch(/Zgłoszone \(karty oczekiwań\) 4\b/);
    expect(text).toMatch(/Zakończone z osiągnięciem celów 1\b/);
    expect(text).toMatch(/Projekty socjalne grupowe 1\b/);
    expect(text).toMatch(/Działania promocyjne i upowszechniające 1\b/);
    expect(text).toMatch(/Prezentacje przed władzami \(komisje, sesje\) 1\b/);
    expect(text).toContain('Comiesięczne spotkania PZK z udziałem policji i urzędu pracy');
  }, 120_000);
});

describe('stage IV evaluation', () => {
  let s: CaseSetup;
  let implementationId: number;
  beforeAll(async () => {
    ({ s, implementationId } = await smallImplementation());
  }, 120_000);

  it('computes every figure from the data', async () => {
    const f = await implementationFigures(getDb(), implementationId, LATER);
    expect(f.pzks).toBe(2);
    // Agreement of the first gmina: the GOPS's institution (prefilled as the gmina's OPS), the member's
    // and the outsider's; of the second: the other GOPS's and the stranger member's → 3 + 2.
    expect(f.institutionsEngaged).toBe(3 + 2);
    // Maria, Piotr, Anna on the first team + Olga on the second; the removed and the proposed do not count.
    expect(f.peopleEngaged).toBe(3 + 1);
    expect(f.workPlansSaved).toBe(1);
    expect(f.workPlanVersions).toBe(2);
    const trackIds = s.tracks.map((t) => t.id);
    const [{ total, done, na }] = await getDb()
      .select({ total: sql<number>`count(*)::int`, done: sql<number>`count(*) filter (where status = 'done')::int`, na: sql<number>`count(*) filter (where status = 'not_applicable')::int` })
      .from(scheduleItems)
      .where(inArray(scheduleItems.trackId, trackIds));
    expect(f.scheduleTotal).toBe(total);
    expect(f.scheduleDone).toBe(done);
    expect(f.scheduleNotApplicable).toBe(na);
    expect(done).toBeGreaterThan(0); // the notification's sub-steps, done on acceptance
    expect(f.meetingsHeld).toBe(1);
    // 2 present of the 3 on the team
    expect(f.averageAttendance).toBe(2);
    expect(f.attendanceRate).toBe(Math.round((2 / 3) * 100));
    expect(f.consultations).toBe(1);
    expect(f.trainings).toEqual({ basic: 2, extended: 0, specialist: 1, study_visit: 0 });
    expect(f.supervisions).toBe(1);
    expect(f.servicesPublished).toBe(3);
    expect(f.servicesAdded).toBe(1);
    expect(f.servicesUpdated).toBe(1);
    expect(f.activities).toMatchObject({ project_group: 1, promotion: 1, authorities_presentation: 1, project_community: 0, new_service: 0 });
    expect(f.socialProjects).toBe(1);
    expect(f.activityParticipants).toBe(12 + 0 + 9);
    expect([f.casesReferred, f.casesQualified, f.casesGoalsReached, f.casesHandedOver]).toEqual([2, 1, 1, 0]);
    // zdrowie: 2 → 7 = +5, target 6 reached
    expect(f.areas.find((a) => a.area === 'zdrowie')).toEqual({ area: 'zdrowie', goals: 1, measured: 1, reached: 1, averageChange: 5 });
    expect(f.areas.filter((a) => a.goals > 0)).toHaveLength(1);
    // A consultation counts once its time has come.
    expect((await implementationFigures(getDb(), implementationId, new Date('2027-05-01T00:00:00Z'))).consultations).toBe(0);
  });

  it('animators record activities; limits of the GOPS animator; members read', async () => {
    const list = await listActivities(s.member, implementationId);
    expect(list.canManage).toBe(false);
    expect(list.activities.map((a) => a.title).sort()).toEqual(['Artykuł w gazecie gminnej', 'Grupa wsparcia dla rodziców „Razem łatwiej”', 'Prezentacja na komisji ds. społecznych rady gminy']);
    expect(list.activities.find((a) => a.kind === 'authorities_presentation')?.fileName).toBe('protokol-komisji.pdf');
    await expect(saveActivity(s.member, activity(implementationId))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The GOPS animator of the first gmina may not record for the second.
    await expect(saveActivity(s.gops, activity(implementationId, { gminaId: String(s.otherPzk.gminaId) }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { gminaId: [expect.any(String)] } });
    const bad = await saveActivity(s.gops, activity(implementationId, { title: '', startsOn: '', kind: 'x' })).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(['kind', 'startsOn', 'title']);
    await expect(saveActivity(s.gops, activity(implementationId, { startsOn: '2027-05-01', endsOn: '2027-04-01' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { endsOn: [expect.any(String)] } });
    await expect(saveActivity(s.gops, activity(implementationId), { name: 'x.txt', data: new TextEncoder().encode('tekst') })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: [expect.any(String)] } });
    // Edit, then delete; the other gmina's GOPS animator may not touch the first gmina's record.
    const { id } = await saveActivity(s.gops, activity(implementationId, { kind: 'community_action', title: 'Festyn rodzinny', gminaId: String(s.pzk.gminaId) }));
    await saveActivity(s.gops, activity(implementationId, { activityId: String(id), kind: 'community_action', title: 'Festyn rodzinny w parku', gminaId: String(s.pzk.gminaId), participants: '150' }));
    const edited = (await listActivities(s.rops, implementationId)).activities.find((a) => a.id === id)!;
    expect([edited.title, edited.participants, edited.canChange]).toEqual(['Festyn rodzinny w parku', 150, false]);
    await expect(deleteActivity(s.strangerGops, { implementationId, activityId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await deleteActivity(s.pcpr, { implementationId, activityId: id });
    expect((await listActivities(s.gops, implementationId)).activities.some((a) => a.id === id)).toBe(false);
    const logged = await getDb().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'activity'), eq(auditLog.entityId, String(id))));
    expect(logged.map((l) => l.action).sort()).toEqual(['activity.deleted', 'activity.saved', 'activity.saved']);
  });

  it('the team writes the answers to the key questions; a stale version is refused', async () => {
    // An implementation of its own (powiat 2012), whose team has not answered yet.
    const s = await caseSetup(['2012012', '2012022']);
    const implementationId = s.tracks[0].implementationId!;
    const first = await saveAnswers(s.gops, { implementationId, version: 0, answers: { '1': 'Tak, w dwóch rodzinach na trzy.', '6': 'Współpraca szkoły z GOPS.' }, recommendations: 'Kontynuować pracę Modelem.' });
    expect(first.version).toBe(1);
    await expect(saveAnswers(s.pcpr, { implementationId, version: 0, answers: {}, recommendations: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const second = await saveAnswers(s.pcpr, { implementationId, version: 1, answers: { '1': 'Tak, w dwóch rodzinach na trzy.', '6': 'Współpraca szkoły z GOPS.', '8': 'Planować wcześniej.' }, recommendations: 'Kontynuować pracę Modelem; wpisać PZK do OZPS.' });
    expect(second.version).toBe(2);
    await expect(saveAnswers(s.gops, { implementationId, version: 1, answers: {}, recommendations: '' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(saveAnswers(s.member, { implementationId, version: 2, answers: {}, recommendations: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const report = await getReport(s.member, implementationId);
    expect(report.answers?.answers['8']).toBe('Planować wcześniej.');
    expect(report.answers?.answers['2']).toBe('');
    expect([report.canManage, report.canCertify]).toEqual([false, false]);
    const rops = await getReport(s.rops, implementationId);
    expect([rops.canManage, rops.canCertify, rops.canRegional]).toEqual([false, true, true]);
  });

  it('someone of another implementation’s territory is refused', async () => {
    const pcpr = await makeActor('pcpr_animator', '2004');
    const rops = await makeActor('rops_adviser', PODLASKIE);
    await accepted(pcpr, rops, ['2004043', '2004053']);
    const gops = await makeActor('gops_animator', '2004043');
    const member = await makeActor('pzk_member', '2004043');
    for (const a of [pcpr, gops, member]) {
      await expect(getReport(a, implementationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(listActivities(a, implementationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(saveActivity(a, activity(implementationId))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(saveAnswers(a, { implementationId, version: 2, answers: {}, recommendations: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(evaluationReportPdf(a, implementationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await listEvaluations(a)).rows.map((r) => r.id)).not.toContain(implementationId);
    }
    // Their own implementation is listed; ours is listed for our member and ROPS.
    expect((await listEvaluations(gops)).rows).toHaveLength(1);
    expect((await listEvaluations(s.member)).rows.map((r) => r.id)).toEqual([implementationId]);
    expect((await listEvaluations(s.rops)).canRegional).toBe(true);
    expect((await listEvaluations(s.gops)).canRegional).toBe(false);
    // Certificates are ROPS's; the regional report is ROPS's and WZK's.
    await expect(certificatesPdf(s.pcpr, implementationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(referencesPdf(s.gops, implementationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(regionalReport(s.pcpr)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const wzk = await makeActor('wzk_member', PODLASKIE);
    expect((await regionalReport(wzk)).implementations.map((i) => i.id)).toContain(implementationId);
  });

  it('the report PDF holds the figures’ labels and values; the CSV has a BOM and semicolons', async () => {
    const { pdf, filename } = await evaluationReportPdf(s.rops, implementationId, LATER);
    expect(filename).toMatch(/\.pdf$/);
    const { text } = pdfText(pdf);
    expect(text).toContain('Raport z ewaluacji wdrożenia Modelu Kooperacji (krok 9.2)');
    expect(text).toMatch(/Instytucje zaangażowane \(porozumienie PZK lub deklaracja w mocy\) 5\b/);
    expect(text).toMatch(/Osoby w zespołach \(członkowie PZK\) 4\b/);
    expect(text).toMatch(/Spotkania PZK odbyte \(protokół opublikowany\) 1\b/);
    expect(text).toMatch(/Średnia obecność na spotkaniu \(osoby\) 2\b/);
    // Specialist trainings under their own name (9.2 "coaching" counted them until issue 18).
    expect(text).toMatch(/Udział w szkoleniach specjalistycznych 1\b/);
    expect(text).toMatch(/Projekty socjalne grupowe 1\b/);
    expect(text).toMatch(/Prezentacje przed władzami \(komisje, sesje\) 1\b/);
    expect(text).toMatch(/Zakończone z osiągnięciem celów 1\b/);
    expect(text).toMatch(/Zdrowie 1 1 1 \+5/);
    expect(text).toContain('Czy osiągnięto założone cele dla grup?');
    expect(text).toContain('Planować wcześniej.');
    expect(text).toContain('Kontynuować pracę Modelem; wpisać PZK do OZPS.');

    const { csv } = await indicatorsCsv(s.gops, implementationId, LATER);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split(/\r?\n/);
    expect(lines[0]).toBe('Obszar;Wskaźnik;Wartość');
    expect(lines).toContain('Zaangażowanie instytucji, pracowników i osób;Instytucje zaangażowane (porozumienie PZK lub deklaracja w mocy);5');
    expect(lines).toContain('Praca z osobami i rodzinami;Zgłoszone (karty oczekiwań);2');
  });

  it('regional report (landscape), certificates and references', async () => {
    const regional = await regionalReport(s.rops, LATER);
    const row = regional.implementations.find((i) => i.id === implementationId)!;
    expect(row.figures.meetingsHeld).toBe(1);
    expect(row.recommendations).toBe('Kontynuować pracę Modelem; wpisać PZK do OZPS.');
    expect(regional.totals.casesReferred).toBe(regional.implementations.reduce((n, i) => n + i.figures.casesReferred, 0));
    const r = pdfText((await regionalReportPdf(s.rops, LATER)).pdf);
    expect(r.landscape).toBe(true);
    expect(r.text).toContain('Razem');
    expect(r.text).toContain('Kontynuować pracę Modelem; wpisać PZK do OZPS.');
    const { csv } = await regionalCsv(s.rops, LATER);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(';');

    // A page per person: the 4 on the teams + the WZK members of the województwo (at least the one made here).
    await makeActor('wzk_member', PODLASKIE);
    const c = pdfText((await certificatesPdf(s.rops, implementationId)).pdf);
    expect(c.pages).toBeGreaterThanOrEqual(4 + 1);
    expect(c.text).toContain('CERTYFIKAT');
    expect(c.text).toContain('Anna Żółkiewska');
    expect(c.text).toContain('Olga Inna');
    expect(c.text).toContain('od 04.01.2027');
    // References (step 10.4): a page per referee — Anna (animator PCPR), the head of the OPS from the
    // signed PZK agreements, the notification's councillors, the member institutions and the two
    // teams (each kind in detail: evaluation-references.test.ts) — worded from the figures.
    const ref = pdfText((await referencesPdf(s.rops, implementationId, '2027-12-20', LATER)).pdf);
    expect(ref.pages).toBe(ref.text.split('REFERENCJE').length - 1);
    expect(ref.pages).toBeGreaterThanOrEqual(1 + 1 + 3 + 2);
    expect(ref.text).toContain('Anna Żółkiewska');
    expect(ref.text).toContain('Jan Kowalczyk');
    expect(ref.text).toContain('odbyły 1 spotkanie');
    expect(ref.text).toContain('włączono 5 instytucji');
    expect(ref.text).toContain('objęto 1 rodzinę lub osobę');
  });
});
