import { describe, expect, it } from 'vitest';
import { aggregateFigures, totalFigures, type FigureRows } from '@/lib/evaluation/aggregate';
import { figureSections } from '@/lib/evaluation/labels';

const goal = (key: string, area: string, baseline: number, target: number) => ({ key, memberId: 1, area, title: `Cel ${key}`, baseline, target });

// A small implementation started on 01.09.2026, every row written out so the figures can be counted by hand.
const fixture: FigureRows = {
  startDate: '2026-09-01',
  pzkCount: 2,
  signedDocuments: [
    { partyInstitutionIds: [1, 2, 3] }, // PZK agreement of gmina A
    { partyInstitutionIds: [3, 4, null] }, // a declaration: institution 3 again, a party without an institution
    { partyInstitutionIds: [5] }, // PZK agreement of gmina B
  ],
  members: [
    { removed: false, proposed: false },
    { removed: false, proposed: false },
    { removed: false, proposed: false },
    { removed: true, proposed: false },
    { removed: false, proposed: true },
    { removed: false, proposed: false },
  ],
  workPlans: [{ versions: 3 }, { versions: 1 }],
  scheduleItems: [
    { status: 'done' },
    { status: 'done' },
    { status: 'done' },
    { status: 'in_progress' },
    { status: 'not_started' },
    { status: 'not_started' },
    { status: 'not_applicable' },
    { status: 'done' },
  ],
  meetings: [
    { published: true, present: 5, listed: 6 },
    { published: true, present: 3, listed: 6 },
    { published: true, present: 0, listed: 0 }, // held, no attendance list
    { published: false, present: 4, listed: 4 }, // minutes not published: not held yet
  ],
  consultations: 7,
  // Training 1 (basic, 16 h): two attended, one did not; 2 (extended, no hours given); 3 and 4 (specialist, 6 h and 1,5 h); 5 (visit, nobody attended).
  trainingParticipants: [
    { kind: 'basic', attended: true, trainingId: 1, hours: 16 },
    { kind: 'basic', attended: true, trainingId: 1, hours: 16 },
    { kind: 'basic', attended: false, trainingId: 1, hours: 16 },
    { kind: 'extended', attended: true, trainingId: 2, hours: null },
    { kind: 'specialist', attended: true, trainingId: 3, hours: 6 },
    { kind: 'specialist', attended: true, trainingId: 4, hours: 1.5 },
    { kind: 'study_visit', attended: false, trainingId: 5, hours: 8 },
  ],
  teamSessions: [
    { kind: 'internal_training', hours: 2, participantCount: 8 },
    { kind: 'internal_training', hours: 1.5, participantCount: 6 },
    { kind: 'coaching', hours: 3, participantCount: 2 },
    { kind: 'supervision', hours: 4, participantCount: 9 },
  ],
  caseSessions: [{ kind: 'supervision' }, { kind: 'workshop' }, { kind: 'supervision' }, { kind: 'team_review' }],
  services: [
    { status: 'published', createdAt: '2026-08-15T10:00:00.000Z', updatedAt: '2026-08-15T10:00:00.000Z', version: 1 }, // before the start, untouched
    { status: 'published', createdAt: '2026-08-20T10:00:00.000Z', updatedAt: '2026-10-02T10:00:00.000Z', version: 2 }, // updated since
    { status: 'published', createdAt: '2026-09-10T10:00:00.000Z', updatedAt: '2026-09-10T10:00:00.000Z', version: 1 }, // added since
    { status: 'published', createdAt: '2026-09-11T10:00:00.000Z', updatedAt: '2026-09-30T10:00:00.000Z', version: 3 }, // added (and edited) since
    { status: 'proposed', createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-10-01T10:00:00.000Z', version: 1 }, // a proposal: not on the list
  ],
  activities: [
    { kind: 'project_group', participants: 12 },
    { kind: 'project_group', participants: 8 },
    { kind: 'project_community', participants: 40 },
    { kind: 'promotion', participants: 0 },
    { kind: 'authorities_presentation', participants: 9 },
    { kind: 'programme_change', participants: 0 },
    { kind: 'community_action', participants: 25 },
  ],
  cases: [
    {
      status: 'after_care',
      qualifiedOn: '2026-10-01',
      outcome: 'goals_reached',
      ipps: [{ sequence: 1, startsOn: '2026-10-05', goals: [goal('a', 'zdrowie', 2, 6), goal('b', 'rodzinny', 3, 7)] }],
      // monitoring, then the final evaluation's results as the last entry
      entries: [
        { heldOn: '2026-11-05', scales: { a: 4, b: 4 } },
        { heldOn: '2027-01-10', scales: { a: 7, b: 6 } },
      ],
    },
    {
      status: 'qualified',
      qualifiedOn: '2026-10-20',
      outcome: null,
      ipps: [{ sequence: 1, startsOn: '2026-10-25', goals: [goal('c', 'zdrowie', 5, 8), goal('d', 'prawny', 1, 4)] }],
      entries: [{ heldOn: '2026-11-25', scales: { c: 6 } }],
    },
    { status: 'handed_over', qualifiedOn: '2026-09-15', outcome: 'not_reached', ipps: [], entries: [] },
    { status: 'referred', qualifiedOn: null, outcome: null, ipps: [], entries: [] },
    { status: 'refused', qualifiedOn: null, outcome: null, ipps: [], entries: [] },
  ],
};

describe('aggregateFigures', () => {
  const f = aggregateFigures(fixture);

  it('engagement: distinct institutions in force, people on the lists, plans, schedule', () => {
    expect(f.pzks).toBe(2);
    // {1,2,3} ∪ {3,4} ∪ {5} = {1,2,3,4,5}
    expect(f.institutionsEngaged).toBe(5);
    // 6 rows − 1 removed − 1 proposed
    expect(f.peopleEngaged).toBe(6 - 1 - 1);
    expect(f.workPlansSaved).toBe(2);
    expect(f.workPlanVersions).toBe(3 + 1);
    expect(f.scheduleDone).toBe(4);
    expect(f.scheduleTotal).toBe(8);
    expect(f.scheduleNotApplicable).toBe(1);
    // 4 done of 8 − 1 not applicable = 4/7 = 57.14… → 57
    expect(f.schedulePercent).toBe(Math.round((4 / 7) * 100));
    expect(f.schedulePercent).toBe(57);
  });

  it('meetings: held = minutes published; attendance over held meetings with a list', () => {
    expect(f.meetingsHeld).toBe(3);
    // (5 + 3) / 2 meetings = 4
    expect(f.averageAttendance).toBe(4);
    // 8 present of 12 listed = 66.7 → 67
    expect(f.attendanceRate).toBe(67);
    expect(f.consultations).toBe(7);
  });

  it('competences: attended trainings by kind, supervision sessions', () => {
    expect(f.trainings).toEqual({ basic: 2, extended: 1, specialist: 2, study_visit: 0 });
    expect(f.supervisions).toBe(2);
  });

  it('training hours: each training once, for the people who attended; unknown hours add people only', () => {
    expect(f.trainingHours.basic).toEqual({ trainings: 1, hours: 16, participants: 2 });
    expect(f.trainingHours.extended).toEqual({ trainings: 1, hours: 0, participants: 1 });
    expect(f.trainingHours.specialist).toEqual({ trainings: 2, hours: 7.5, participants: 2 });
    expect(f.trainingHours.study_visit).toEqual({ trainings: 0, hours: 0, participants: 0 });
    expect(f.trainingHours.total).toEqual({ trainings: 4, hours: 23.5, participants: 5 });
  });

  it('internal trainings, coaching and team supervision each under its own name', () => {
    expect(f.teamSessions).toEqual({
      internal_training: { sessions: 2, hours: 3.5, participants: 14 },
      coaching: { sessions: 1, hours: 3, participants: 2 },
      supervision: { sessions: 1, hours: 4, participants: 9 },
    });
    const lines = figureSections(f).flatMap((s) => s.lines);
    const value = (key: string) => lines.find((l) => l.key === key)?.value;
    expect(value('internalTrainings')).toBe('2');
    expect(value('internalTrainingHours')).toBe('3,5 godz.');
    expect(value('internalTrainingParticipants')).toBe('14');
    expect(value('coaching')).toBe('1');
    expect(value('coachingHours')).toBe('3 godz.');
    expect(value('teamSupervisions')).toBe('1');
    expect(value('teamSupervisionHours')).toBe('4 godz.');
    // Specialist trainings are their own line, no longer counted as coaching.
    expect(lines.find((l) => l.key === 'coaching')?.label).toBe('Coaching — sesje');
    expect(value('trainingSpecialist')).toBe('2');
    expect(value('hoursSpecialist')).toBe('7,5 godziny dydaktycznej dla 2 uczestników');
    expect(value('hoursTotal')).toBe('23,5 godziny dydaktycznej dla 5 uczestników');
    expect(value('hoursBasic')).toBe('16 godzin dydaktycznych dla 2 uczestników');  });

  it('services list and activities', () => {
    expect(f.servicesPublished).toBe(4);
    expect(f.servicesAdded).toBe(2);
    expect(f.servicesUpdated).toBe(1);
    expect(f.activities).toEqual({ project_group: 2, project_community: 1, project_institutional: 0, community_action: 1, promotion: 1, authorities_presentation: 1, new_service: 0, programme_change: 1 });
    expect(f.socialProjects).toBe(2 + 1 + 0);
    expect(f.activityParticipants).toBe(12 + 8 + 40 + 0 + 9 + 0 + 25);
  });

  it('cases: referred, qualified, goals reached, handed over', () => {
    expect(f.casesReferred).toBe(5);
    expect(f.casesQualified).toBe(3);
    expect(f.casesGoalsReached).toBe(1);
    expect(f.casesHandedOver).toBe(1);
  });

  it('scale change per area, all eight areas listed', () => {
    expect(f.areas.map((a) => a.area)).toEqual(['socjalny', 'spoleczno_integracyjny', 'zdrowie', 'prozawodowy', 'rodzinny', 'sport_kultura', 'prawny', 'edukacyjny']);
    const area = (k: string) => f.areas.find((a) => a.area === k)!;
    // zdrowie: a 2 → 7 (+5, reached 6), c 5 → 6 (+1, target 8 not reached): mean (5 + 1) / 2 = 3
    expect(area('zdrowie')).toEqual({ area: 'zdrowie', goals: 2, measured: 2, reached: 1, averageChange: (5 + 1) / 2 });
    // rodzinny: b 3 → 6 (+3, target 7 not reached)
    expect(area('rodzinny')).toEqual({ area: 'rodzinny', goals: 1, measured: 1, reached: 0, averageChange: 3 });
    // prawny: d never measured
    expect(area('prawny')).toEqual({ area: 'prawny', goals: 1, measured: 0, reached: 0, averageChange: null });
    expect(area('socjalny')).toEqual({ area: 'socjalny', goals: 0, measured: 0, reached: 0, averageChange: null });
  });

  it('the report words the figures in Polish', () => {
    const lines = figureSections(f).flatMap((s) => s.lines);
    const value = (label: string) => lines.find((l) => l.label === label)?.value;
    expect(value('Instytucje zaangażowane (porozumienie PZK lub deklaracja w mocy)')).toBe('5');
    expect(value('Podkroki harmonogramu wykonane')).toBe('4 z 7');
    expect(value('Realizacja harmonogramu')).toBe('57%');
    expect(value('Średnia obecność na spotkaniu (osoby)')).toBe('4');
    expect(value('Zdrowie')).toBe('+3');
    expect(value('Rodzinny')).toBe('+3');
    expect(value('Prawny')).toBe('—');
  });

  it('an empty implementation has zeros and no averages', () => {
    const e = aggregateFigures({ ...fixture, pzkCount: 0, signedDocuments: [], members: [], workPlans: [], scheduleItems: [], meetings: [], consultations: 0, trainingParticipants: [], teamSessions: [], caseSessions: [], services: [], activities: [], cases: [] });
    expect(e.institutionsEngaged).toBe(0);
    expect(e.schedulePercent).toBeNull();
    expect(e.averageAttendance).toBeNull();
    expect(e.attendanceRate).toBeNull();
    expect(e.areas.every((a) => a.averageChange === null)).toBe(true);
  });
});

describe('totalFigures', () => {
  it('pools the rows: distinct institutions, recomputed averages, summed "since the start" counts', () => {
    const other: FigureRows = {
      ...fixture,
      startDate: '2026-11-02',
      pzkCount: 1,
      signedDocuments: [{ partyInstitutionIds: [5, 6] }],
      meetings: [{ published: true, present: 2, listed: 2 }],
      // added on 20.10.2026: before this implementation's start, so not "added since"
      services: [{ status: 'published', createdAt: '2026-10-20T10:00:00.000Z', updatedAt: '2026-10-20T10:00:00.000Z', version: 1 }],
      cases: [],
    };
    const t = totalFigures([fixture, other]);
    expect(t.pzks).toBe(2 + 1);
    // {1..5} ∪ {5,6}
    expect(t.institutionsEngaged).toBe(6);
    expect(t.meetingsHeld).toBe(3 + 1);
    // (5 + 3 + 2) / 3 meetings with a list = 3.33… → 3.3
    expect(t.averageAttendance).toBe(3.3);
    // 2 from the first, 0 from the second
    expect(t.servicesAdded).toBe(2 + 0);
    expect(t.servicesUpdated).toBe(1 + 0);
    expect(t.casesReferred).toBe(5);
    // The same training attended from both implementations counts its hours once in the total.
    expect(t.trainingHours.basic).toEqual({ trainings: 1, hours: 16, participants: 4 });
    expect(t.teamSessions.internal_training.sessions).toBe(4);
  });
});
