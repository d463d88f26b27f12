import { areaSummaries, goalSeries, type GoalSeries, type ScalingEntry, type ScalingIpp } from '@/lib/cases/scaling';
import { AREA_KEYS, type Area } from '@/lib/services/vocabulary';
import { dateInPoland } from '@/lib/clock';
import { sumHours } from '@/lib/school/hours';

/*
 * Stage IV figures (step 9.2), computed from what the platform already holds — nobody types them.
 * This file is the pure half: rows in, figures out (tests/unit/evaluation-figures.test.ts feeds it
 * a fixture). lib/evaluation/figures.ts reads the rows of one or many implementations.
 */

export const TRAINING_KINDS = ['basic', 'extended', 'specialist', 'study_visit'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const ACTIVITY_KINDS = [
  'project_group',
  'project_community',
  'project_institutional',
  'community_action',
  'promotion',
  'authorities_presentation',
  'new_service',
  'programme_change',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The raw rows of one implementation (or of several, merged) that the figures are made of. */
export interface FigureRows {
  /** yyyy-mm-dd: "since the implementation started" is measured from here. */
  startDate: string;
  pzkCount: number;
  /** PZK agreements and declarations of accession in force (signed or amended): their parties' institutions. */
  signedDocuments: { partyInstitutionIds: (number | null | undefined)[] }[];
  /** Every row of the PZKs' member lists. */
  members: { removed: boolean; proposed: boolean }[];
  /** One per PZK with a saved work plan: how many versions it has. */
  workPlans: { versions: number }[];
  /** The implementation's gmina schedules. */
  scheduleItems: { status: 'not_started' | 'in_progress' | 'done' | 'not_applicable' }[];
  /** Every meeting: whether its minutes are published, how many of the listed team were present. */
  meetings: { published: boolean; present: number; listed: number }[];
  /** Consultation slots (mobile consultation point) after the meetings. */
  consultations: number;
  /** Participations in Szkoła Kooperacji trainings counted for the implementation (with the training's didactic hours, null when not given). */
  trainingParticipants: { kind: TrainingKind; attended: boolean; trainingId: number; hours: number | null }[];
  /** Step 7.1 sessions of the PZKs' teams (lib/coaching): internal mini-trainings, coaching, team supervision. */
  teamSessions: { kind: TeamSessionKind; hours: number; participantCount: number }[];
  /** Sessions recorded in the cases: workshops, team reviews, supervision. */
  caseSessions: { kind: 'workshop' | 'team_review' | 'supervision' }[];
  /** The PZKs' services-list entries (ISO timestamps). */
  services: { status: 'published' | 'proposed'; createdAt: string; updatedAt: string; version: number }[];
  activities: { kind: ActivityKind; participants: number }[];
  cases: {
    status: 'referred' | 'qualified' | 'refused' | 'after_care' | 'handed_over' | 'closed';
    qualifiedOn: string | null;
    outcome: 'goals_reached' | 'not_reached' | null;
    /** The IPPs' goals and the monitoring meetings (and the final evaluation's results as the last entry). */
    ipps: ScalingIpp[];
    entries: ScalingEntry[];
  }[];
}

export const TEAM_SESSION_KINDS = ['internal_training', 'coaching', 'supervision'] as const;
export type TeamSessionKind = (typeof TEAM_SESSION_KINDS)[number];

/** Szkoła Kooperacji trainings of one kind: didactic hours of the trainings held (each once) for the people who attended. */
export interface TrainingHoursFigure {
  trainings: number;
  hours: number;
  participants: number;
}

/** A PZK's own step 7.1 sessions of one kind: how many, how long, how many people took part. */
export interface TeamSessionFigure {
  sessions: number;
  hours: number;
  participants: number;
}

export interface AreaFigure {
  area: Area;
  goals: number;
  measured: number;
  reached: number;
  averageChange: number | null;
}

export interface Figures {
  pzks: number;
  institutionsEngaged: number;
  peopleEngaged: number;
  workPlansSaved: number;
  workPlanVersions: number;
  scheduleDone: number;
  scheduleTotal: number;
  scheduleNotApplicable: number;
  /** done ÷ (total − not applicable), in whole percent; null with nothing to do. */
  schedulePercent: number | null;
  meetingsHeld: number;
  /** Mean number of team members present at a held meeting with an attendance list; null without one. */
  averageAttendance: number | null;
  /** Present ÷ listed over those meetings, in whole percent. */
  attendanceRate: number | null;
  consultations: number;
  /** Attendances per kind (a person at two trainings counts twice). */
  trainings: Record<TrainingKind, number>;
  /** Hours and participants per kind; `total` over all kinds. A training counts when one of the people counted attended it. */
  trainingHours: Record<TrainingKind | 'total', TrainingHoursFigure>;
  /** Families' cases discussed at supervision (case sessions). */
  supervisions: number;
  /** The PZKs' internal mini-trainings, coaching and team supervision (step 7.1), each under its own name. */
  teamSessions: Record<TeamSessionKind, TeamSessionFigure>;
  servicesPublished: number;
  servicesAdded: number;
  servicesUpdated: number;
  activities: Record<ActivityKind, number>;
  activityParticipants: number;
  socialProjects: number;
  casesReferred: number;
  casesQualified: number;
  casesGoalsReached: number;
  casesHandedOver: number;
  areas: AreaFigure[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Hours and participants of the trainings per kind and in total: a training's hours count once
 * however many of the people counted attended it (and not at all when none did); the participants
 * are the attendances. Trainings without hours (older records) add people but no hours.
 */
export function trainingHoursOf(rows: FigureRows['trainingParticipants']): Record<TrainingKind | 'total', TrainingHoursFigure> {
  const attended = rows.filter((p) => p.attended);
  const figure = (of: typeof attended): TrainingHoursFigure => {
    const held = new Map(of.map((p) => [p.trainingId, p.hours]));
    return { trainings: held.size, hours: sumHours([...held.values()]), participants: of.length };
  };
  return {
    ...(Object.fromEntries(TRAINING_KINDS.map((k) => [k, figure(attended.filter((p) => p.kind === k))])) as Record<TrainingKind, TrainingHoursFigure>),
    total: figure(attended),
  };
}

/** Aggregates the rows into the figures. Pure: same rows, same figures. */
export function aggregateFigures(r: FigureRows): Figures {
  const institutions = new Set<number>();
  for (const d of r.signedDocuments) for (const id of d.partyInstitutionIds) if (id != null) institutions.add(id);

  const scheduleDone = r.scheduleItems.filter((i) => i.status === 'done').length;
  const scheduleNotApplicable = r.scheduleItems.filter((i) => i.status === 'not_applicable').length;
  const applicable = r.scheduleItems.length - scheduleNotApplicable;

  const held = r.meetings.filter((m) => m.published);
  const withList = held.filter((m) => m.listed > 0);
  const present = withList.reduce((n, m) => n + m.present, 0);
  const listed = withList.reduce((n, m) => n + m.listed, 0);

  const trainings = Object.fromEntries(TRAINING_KINDS.map((k) => [k, 0])) as Record<TrainingKind, number>;
  for (const p of r.trainingParticipants) if (p.attended) trainings[p.kind]++;
  const trainingHours = trainingHoursOf(r.trainingParticipants);

  const teamSessions = Object.fromEntries(
    TEAM_SESSION_KINDS.map((k) => {
      const of = r.teamSessions.filter((t) => t.kind === k);
      return [k, { sessions: of.length, hours: sumHours(of.map((t) => t.hours)), participants: of.reduce((n, t) => n + t.participantCount, 0) }];
    }),
  ) as Record<TeamSessionKind, TeamSessionFigure>;

  const activities = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>;
  for (const a of r.activities) activities[a.kind]++;

  const start = r.startDate;
  const published = r.services.filter((s) => s.status === 'published');
  // The day in Poland on which the record was stamped.
  const since = (ts: string) => dateInPoland(new Date(ts)) >= start;

  // Goals are counted by key, once each: a goal of the whole household (cel rodzinny, memberId
  // null) is one goal of its area however many members the family has, never one per member.
  const series: GoalSeries[] = r.cases.flatMap((c) => goalSeries(c.ipps, c.entries));
  const byArea = new Map(areaSummaries(series).map((a) => [a.area, a]));

  return {
    pzks: r.pzkCount,
    institutionsEngaged: institutions.size,
    peopleEngaged: r.members.filter((m) => !m.removed && !m.proposed).length,
    workPlansSaved: r.workPlans.length,
    workPlanVersions: r.workPlans.reduce((n, p) => n + p.versions, 0),
    scheduleDone,
    scheduleTotal: r.scheduleItems.length,
    scheduleNotApplicable,
    schedulePercent: applicable > 0 ? Math.round((scheduleDone * 100) / applicable) : null,
    meetingsHeld: held.length,
    averageAttendance: withList.length ? round1(present / withList.length) : null,
    attendanceRate: listed ? Math.round((present * 100) / listed) : null,
    consultations: r.consultations,
    trainings,
    trainingHours,
    supervisions: r.caseSessions.filter((s) => s.kind === 'supervision').length,
    teamSessions,
    servicesPublished: published.length,
    servicesAdded: published.filter((s) => since(s.createdAt)).length,
    servicesUpdated: published.filter((s) => !since(s.createdAt) && s.version > 1 && since(s.updatedAt)).length,
    activities,
    activityParticipants: r.activities.reduce((n, a) => n + a.participants, 0),
    socialProjects: activities.project_group + activities.project_community + activities.project_institutional,
    casesReferred: r.cases.length,
    casesQualified: r.cases.filter((c) => c.qualifiedOn != null).length,
    casesGoalsReached: r.cases.filter((c) => c.outcome === 'goals_reached').length,
    casesHandedOver: r.cases.filter((c) => c.status === 'handed_over').length,
    areas: AREA_KEYS.map((area) => {
      const a = byArea.get(area);
      return { area, goals: a?.goals ?? 0, measured: a?.measured ?? 0, reached: a?.reached ?? 0, averageChange: a?.averageChange ?? null };
    }),
  };
}

/**
 * A województwo's totals over its implementations: the rows are pooled, so averages are recomputed
 * over all meetings and goals (not averaged per implementation) and an institution engaged in two
 * implementations counts once; "since the start" counts are summed, each against its own start.
 */
export function totalFigures(all: FigureRows[]): Figures {
  const pooled: FigureRows = {
    startDate: all.map((r) => r.startDate).sort()[0] ?? '0000-01-01',
    pzkCount: all.reduce((n, r) => n + r.pzkCount, 0),
    signedDocuments: all.flatMap((r) => r.signedDocuments),
    members: all.flatMap((r) => r.members),
    workPlans: all.flatMap((r) => r.workPlans),
    scheduleItems: all.flatMap((r) => r.scheduleItems),
    meetings: all.flatMap((r) => r.meetings),
    consultations: all.reduce((n, r) => n + r.consultations, 0),
    trainingParticipants: all.flatMap((r) => r.trainingParticipants),
    teamSessions: all.flatMap((r) => r.teamSessions),
    caseSessions: all.flatMap((r) => r.caseSessions),
    services: all.flatMap((r) => r.services),
    activities: all.flatMap((r) => r.activities),
    cases: all.flatMap((r) => r.cases),
  };
  const total = aggregateFigures(pooled);
  const each = all.map(aggregateFigures);
  total.servicesAdded = each.reduce((n, f) => n + f.servicesAdded, 0);
  total.servicesUpdated = each.reduce((n, f) => n + f.servicesUpdated, 0);
  return total;
}
