import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { catalogueRecurringTasks, coachingSessions, occurrences, trackEvents, tracks } from '@/db/schema';
import { clock, setClockForTests } from '@/lib/clock';
import { deleteCoachingSession, listCoachingSessions, saveCoachingSession } from '@/lib/coaching/coaching';
import { evaluationReportPdf, regionalCsv, regionalReportPdf } from '@/lib/evaluation/documents';
import { getReport, regionalReport } from '@/lib/evaluation/evaluation';
import { sectionsFor } from '@/lib/evaluation/labels-3d';
import { loadPzk } from '@/lib/pzk/pzk';
import { addInstitutionParticipant, getTraining, saveTraining, saveTrainingAttendance } from '@/lib/school/trainings';
import { caseSetup, type CaseSetup } from '../case-factories';
import { DABROWA, JANOW, makeActor, makeInstitution } from '../factories';
import { usePdfText } from '../pdf-text';

/*
 * Step 7.1 of a rural PZK (issue 18 §3): internal mini-trainings, coaching and team supervision; a
 * supervision marks the gmina schedule's "Superwizja zespołowa" of its period done, and deleting
 * it puts the period back; the 9.2 figures count each under its own name; Szkoła Kooperacji
 * trainings carry didactic hours, summed per implementation and in the regional report.
 * The implementation starts on 04.01.2027; supervision is due every 3 months from month 4
 * (periods 04.04–03.07.2027, 04.07–03.10.2027, …).
 */

const pdfText = usePdfText('capacity');
const TODAY = '2027-09-30T10:00:00Z';

let s: CaseSetup;
let before: Date;

const session = (over: Record<string, unknown> = {}) => ({
  pzkId: s.pzk.id,
  version: 0,
  kind: 'supervision',
  heldOn: '2027-05-12',
  hours: '3',
  leader: 'dr Ewa Lipińska, superwizorka (Polskie Towarzystwo Psychologiczne)',
  participants: 'Animatorzy GOPS i PCPR, pracownicy socjalni',
  participantCount: '7',
  topic: 'Budowanie zespołu',
  ...over,
});

const codeOf = (p: Promise<unknown>) => p.then(() => 'allow', (e: { code?: string }) => e.code);

/** The gmina track's supervision occurrences, oldest period first. */
async function supervisionOccurrences() {
  return getDb()
    .select({ id: occurrences.id, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate, status: occurrences.status, doneOn: occurrences.doneOn, note: occurrences.note })
    .from(occurrences)
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(and(eq(occurrences.trackId, s.tracks[0].id), eq(catalogueRecurringTasks.code, 'superwizja')))
    .orderBy(occurrences.periodStart);
}
const occurrenceOn = async (day: string) => (await supervisionOccurrences()).find((o) => o.periodStart <= day && day <= o.dueDate)!;
const trackSummary = async () => (await getDb().select({ dues: tracks.openOccurrenceDues }).from(tracks).where(eq(tracks.id, s.tracks[0].id)))[0];

beforeAll(async () => {
  before = clock.now();
  s = await caseSetup([JANOW, DABROWA]);
  setClockForTests(TODAY);
});

afterAll(() => setClockForTests(before));

describe('step 7.1 in a rural PZK', () => {
  it('the team-development tab is there for the animators of a rural PZK, not for its institutions', async () => {
    expect((await loadPzk(s.gops, s.pzk.id)).mayViewCoaching).toBe(true);
    expect((await loadPzk(s.pcpr, s.pzk.id)).mayViewCoaching).toBe(true);
    expect((await loadPzk(s.member, s.pzk.id)).mayViewCoaching).toBe(false);
  });

  it('the GOPS and PCPR animators record; a PZK member is refused and another gmina’s animator does not find the PZK', async () => {
    const internal = await saveCoachingSession(s.pcpr, session({ kind: 'internal_training', heldOn: '2027-03-20', hours: '1,5', leader: 'Maria Szkolna, pedagog szkolny', topic: 'Karta oczekiwań w praktyce szkoły', participantCount: '9' }));
    expect(internal.occurrenceId).toBeNull();
    await saveCoachingSession(s.gops, session({ kind: 'coaching', heldOn: '2027-04-02', hours: '2', leader: 'Anna Wiśniewska, coach', topic: '', participantCount: '2' }));
    const n = (await getDb().select({ id: coachingSessions.id }).from(coachingSessions).where(eq(coachingSessions.pzkId, s.pzk.id))).length;
    expect(await codeOf(saveCoachingSession(s.member, session({ kind: 'coaching' })))).toBe('FORBIDDEN');
    expect(await codeOf(listCoachingSessions(s.member, s.pzk.id))).toBe('FORBIDDEN');
    expect(await codeOf(saveCoachingSession(s.strangerGops, session({ kind: 'coaching' })))).toBe('NOT_FOUND');
    expect((await getDb().select({ id: coachingSessions.id }).from(coachingSessions).where(eq(coachingSessions.pzkId, s.pzk.id))).length).toBe(n);
    // An internal training without its topic is refused, nothing written.
    expect(await saveCoachingSession(s.gops, session({ kind: 'internal_training', topic: '' })).catch((e) => e.fieldErrors)).toEqual({ topic: ['Podaj temat szkolenia wewnętrznego.'] });
    const list = await listCoachingSessions(s.gops, s.pzk.id);
    expect(list.totals).toEqual({ internalTrainingHours: 1.5, coachingHours: 2, supervisionHours: 0, sessions: 2 });
  });

  it('a supervision marks its period’s occurrence done; deleting it puts the period back to planned', async () => {
    const occ = await occurrenceOn('2027-05-12');
    expect(occ).toMatchObject({ periodStart: '2027-04-04', dueDate: '2027-07-03', status: 'planned' });
    const openDues = async () => (await trackSummary()).dues.filter((d) => d === occ.dueDate).length;
    const openBefore = await openDues();
    expect(openBefore).toBeGreaterThan(0);

    const first = await saveCoachingSession(s.gops, session());
    expect(first.occurrenceId).toBe(occ.id);
    expect(await occurrenceOn('2027-05-12')).toMatchObject({ status: 'done', doneOn: '2027-05-12', note: 'Superwizja zespołowa: Budowanie zespołu' });
    // The track's summary (dashboards) no longer counts it as open.
    expect(await openDues()).toBe(openBefore - 1);
    const events = await getDb().select({ text: trackEvents.text }).from(trackEvents).where(eq(trackEvents.trackId, s.tracks[0].id));
    expect(events.map((e) => e.text)).toContain('Zapisano superwizję zespołową z 12.05.2027: superwizja w harmonogramie (okres 04.04.2027–03.07.2027) odbyta.');

    // A second supervision in the same period; deleting the first leaves the period done by the second.
    const second = await saveCoachingSession(s.pcpr, session({ heldOn: '2027-06-20', topic: 'Omówienie programów pomocy' }));
    await deleteCoachingSession(s.gops, { pzkId: s.pzk.id, sessionId: first.id, version: first.version });
    expect(await occurrenceOn('2027-05-12')).toMatchObject({ status: 'done', doneOn: '2027-06-20', note: 'Superwizja zespołowa: Omówienie programów pomocy' });

    await deleteCoachingSession(s.gops, { pzkId: s.pzk.id, sessionId: second.id, version: second.version });
    expect(await occurrenceOn('2027-05-12')).toMatchObject({ status: 'planned', doneOn: null, note: null });
    expect(await openDues()).toBe(openBefore);
  });

  it('moving a supervision’s date to another period moves the mark; outside every period it marks none', async () => {
    const saved = await saveCoachingSession(s.gops, session({ heldOn: '2027-06-01' }));
    const moved = await saveCoachingSession(s.gops, session({ sessionId: saved.id, version: saved.version, heldOn: '2027-08-03' }));
    expect(await occurrenceOn('2027-06-01')).toMatchObject({ status: 'planned', doneOn: null });
    expect(await occurrenceOn('2027-08-03')).toMatchObject({ status: 'done', doneOn: '2027-08-03' });
    expect(moved.occurrenceId).toBe((await occurrenceOn('2027-08-03')).id);
    // March is before the first supervision period (month 4): nothing to mark.
    const early = await saveCoachingSession(s.gops, session({ sessionId: saved.id, version: moved.version, heldOn: '2027-03-01' }));
    expect(early.occurrenceId).toBeNull();
    expect(await occurrenceOn('2027-08-03')).toMatchObject({ status: 'planned', doneOn: null });
    // Turning it into coaching keeps the schedule alone.
    await saveCoachingSession(s.gops, session({ sessionId: saved.id, version: early.version, kind: 'coaching', heldOn: '2027-08-03' }));
    expect(await occurrenceOn('2027-08-03')).toMatchObject({ status: 'planned' });
  });

  it('an occurrence ticked by hand stays done when a linked supervision is deleted', async () => {
    const occ = await occurrenceOn('2027-07-15');
    await getDb().update(occurrences).set({ status: 'done', doneOn: '2027-07-01', note: 'Superwizja u superwizora zewnętrznego' }).where(eq(occurrences.id, occ.id));
    const saved = await saveCoachingSession(s.gops, session({ heldOn: '2027-07-15' }));
    expect(await occurrenceOn('2027-07-15')).toMatchObject({ status: 'done', doneOn: '2027-07-01', note: 'Superwizja u superwizora zewnętrznego' });
    await deleteCoachingSession(s.gops, { pzkId: s.pzk.id, sessionId: saved.id, version: saved.version });
    expect(await occurrenceOn('2027-07-15')).toMatchObject({ status: 'done', doneOn: '2027-07-01' });
  });
});

describe('the 9.2 figures and the regional report', () => {
  let trainingId: number;

  beforeAll(async () => {
    // One supervision (3 h, 7 people) left after the tests above; the internal training (1,5 h, 9 people)
    // and coaching (2 h, 2 people) above; the supervision turned into coaching adds 3 h (7 people) of coaching.
    await saveCoachingSession(s.gops, session({ heldOn: '2027-09-10', hours: '3', topic: 'Superwizja zespołu' }));
    const rops = await makeActor('rops_adviser', '20');
    const inst = await makeInstitution(JANOW, 'school', 'Szkoła Podstawowa w Janowie');
    ({ id: trainingId } = await saveTraining(rops, { version: 0, kind: 'specialist', topic: 'Praca z rodziną z problemem uzależnień', heldOn: '2027-05-20', hours: '6,5', place: 'ROPS w Białymstoku', trainer: 'Jan Trener', description: '' }));
    const a = await addInstitutionParticipant(rops, { trainingId, institutionId: String(inst.id), name: 'Zofia Żak', function: 'Pedagog' });
    const b = await addInstitutionParticipant(rops, { trainingId, institutionId: String(inst.id), name: 'Łucja Kęska', function: 'Nauczycielka' });
    await addInstitutionParticipant(rops, { trainingId, institutionId: String(inst.id), name: 'Nieobecna Osoba', function: 'Psycholog' });
    await saveTrainingAttendance(rops, { trainingId, attended: [a.id, b.id] });
  });

  it('the training keeps its hours typed with a comma', async () => {
    expect((await getTraining(s.rops, trainingId)).training.hours).toBe(6.5);
    expect(await codeOf(saveTraining(s.rops, { version: 0, kind: 'specialist', topic: 'X', heldOn: '2027-05-20', hours: '6,3', place: 'ROPS', trainer: 'T', description: '' }))).toBe('INVALID');
  });

  it('counts internal trainings, coaching and team supervision each under its own name, with hours', async () => {
    const r = await getReport(s.rops, s.tracks[0].implementationId!);
    expect(r.figures.teamSessions).toEqual({
      internal_training: { sessions: 1, hours: 1.5, participants: 9 },
      coaching: { sessions: 2, hours: 5, participants: 9 },
      supervision: { sessions: 1, hours: 3, participants: 7 },
    });
    expect(r.figures.trainings.specialist).toBe(2);
    expect(r.figures.trainingHours.specialist).toEqual({ trainings: 1, hours: 6.5, participants: 2 });
    const lines = Object.fromEntries(sectionsFor(r.figures, 'rural').flatMap((x) => x.lines.map((l) => [l.label, l.value])));
    expect(lines['Szkolenia wewnętrzne (mini-szkolenia) — liczba']).toBe('1');
    expect(lines['Coaching — godziny']).toBe('5 godz.');
    expect(lines['Superwizje zespołowe — liczba']).toBe('1');
    expect(lines['Udział w szkoleniach specjalistycznych']).toBe('2');
    expect(lines['Szkolenia specjalistyczne']).toBe('6,5 godziny dydaktycznej dla 2 uczestników');
    expect(lines['Razem (wszystkie szkolenia)']).toBe('6,5 godziny dydaktycznej dla 2 uczestników');
    expect(lines['Coaching i szkolenia specjalistyczne']).toBeUndefined();
  });

  it('prints them in the report PDF with Polish letters', async () => {
    const text = pdfText((await evaluationReportPdf(s.rops, s.tracks[0].implementationId!)).pdf);
    expect(text).toMatch(/Szkolenia wewnętrzne \(mini-szkolenia\) — liczba 1\b/);
    expect(text).toMatch(/Szkolenia wewnętrzne — godziny 1,5 godz\./);
    expect(text).toMatch(/Superwizje zespołowe — godziny 3 godz\./);
    expect(text).toMatch(/Coaching — sesje 2\b/);
    expect(text).toContain('6,5 godziny dydaktycznej dla 2 uczestników');
  });

  it('the regional report sums training hours and participants', async () => {
    const r = await regionalReport(s.rops);
    expect(r.totals.trainingHours.total).toMatchObject({ hours: 6.5, participants: 2 });
    expect(r.totals.teamSessions.supervision.sessions).toBe(1);
    const text = pdfText((await regionalReportPdf(s.rops)).pdf);
    expect(text).toContain('Szkoła Kooperacji — godziny dydaktyczne i uczestnicy');
    // The narrow table columns wrap the sentence; its words are all there.
    expect(text).toMatch(/6,5\b[^]*godziny[^]*dydaktycznej[^]*dla 2\b[^]*uczestników/);
    const { csv } = await regionalCsv(s.rops);
    expect(String(csv)).toContain('Rozwój zespołu: szkolenia wewnętrzne, coaching, superwizja (krok 7.1): Szkolenia wewnętrzne (mini-szkolenia) — liczba');
    expect(String(csv)).toContain('Szkoła Kooperacji — godziny dydaktyczne i uczestnicy: Razem (wszystkie szkolenia)');
  });
});
