import { boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { institutions } from './institutions';
import { pzkMeetings, pzkMembers, pzks } from './pzk';
import { gminas, powiats, voivodeships } from './territory';

/*
 * Work with a person, family or group (step 7.2 of the model): the case account (konto
 * osoby/rodziny/grupy) of a PZK. Special-category data (RODO art. 9): every read goes through
 * lib/cases/access.ts, which writes each opening to the audit log.
 */

export const caseKind = pgEnum('case_kind', ['person', 'family', 'group']);
/**
 * referred → qualified (diagnosis, IPPs, monitoring) → after_care (goals reached) → closed;
 * referred → refused; qualified → handed_over (goals not reached, another institution takes over);
 * any open case → closed when a consent is withdrawn.
 */
export const caseStatus = pgEnum('case_status', ['referred', 'qualified', 'refused', 'after_care', 'handed_over', 'closed']);

export const cases = pgTable(
  'cases',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** "R/2026/0001": per województwo and year. */
    number: varchar({ length: 20 }).notNull(),
    pzkId: integer()
      .notNull()
      .references(() => pzks.id),
    // Where the case lives, copied from its PZK for scoped queries.
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    gminaId: integer()
      .notNull()
      .references(() => gminas.id),
    kind: caseKind().notNull(),
    status: caseStatus().notNull().default('referred'),
    /** Pracownik kluczowy: a user account (GOPS animator or a social worker, usually). */
    keyWorkerId: uuid().notNull(),
    qualifiedOn: date({ mode: 'string' }),
    /** A recorded decision allowing work past 12 months from qualification, with its new end. */
    extensionUntil: date({ mode: 'string' }),
    extensionReason: text(),
    /** The key worker told the PCPR animator of the planned end (at least a month before). */
    endAnnouncedOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    closedReason: text(),
    /** Anonymised (a destruction batch, or an erasure request): personal data gone, figures kept. */
    anonymisedAt: timestamp({ withTimezone: true }),
    /** Why, in Polish: "partia brakowania nr 3 (zgoda archiwum …)" or "żądanie RODO/2026/0001". */
    anonymisedReason: varchar({ length: 300 }),
    version: integer().notNull().default(1),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('cases_number').on(t.voivodeshipId, t.number),
    index('cases_pzk_idx').on(t.pzkId, t.status),
    index('cases_key_worker_idx').on(t.keyWorkerId, t.status),
    index('cases_place_idx').on(t.voivodeshipId, t.gminaId, t.status),
  ],
);

export const caseCounters = pgTable(
  'case_counters',
  {
    voivodeshipId: integer().notNull(),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.voivodeshipId, t.year] })],
);

/** The household (or group): PESEL optional, checked by checksum, masked in lists. */
export const caseMembers = pgTable(
  'case_members',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    firstName: varchar({ length: 100 }).notNull(),
    lastName: varchar({ length: 100 }).notNull(),
    birthYear: smallint(),
    /** Kept when anonymised instead of the birth year: "0–6", "7–17", "18–25", "26–59", "60+" (lib/retention/anonymise.ts). */
    ageBand: varchar({ length: 10 }),
    relation: varchar({ length: 100 }).notNull(),
    pesel: varchar({ length: 11 }),
    notes: text().notNull().default(''),
    position: integer().notNull().default(0),
    version: integer().notNull().default(1),
  },
  (t) => [index('case_members_case_idx').on(t.caseId)],
);

/** The case team (ZZK): PZK members assigned to the case. Only those with an account gain access. */
export const caseTeam = pgTable(
  'case_team',
  {
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    pzkMemberId: integer()
      .notNull()
      .references(() => pzkMembers.id),
    /** Copied from the PZK member when assigned: the access check reads it. */
    userId: uuid(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.pzkMemberId] }), index('case_team_user_idx').on(t.userId)],
);

export const consentKind = pgEnum('consent_kind', ['cooperation', 'data_sharing']);
export const consentForm = pgEnum('consent_form', ['written', 'oral', 'electronic']);

export const caseConsents = pgTable(
  'case_consents',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: consentKind().notNull(),
    givenOn: date({ mode: 'string' }).notNull(),
    form: consentForm().notNull(),
    /** Who gave it (a household member's name, or the legal guardian). */
    givenBy: varchar({ length: 200 }).notNull(),
    /** For data sharing: the named institutions. */
    institutions: text().notNull().default(''),
    withdrawnOn: date({ mode: 'string' }),
    withdrawnNote: text(),
    recordedBy: uuid().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_consents_case_idx').on(t.caseId)],
);

/** Karta oczekiwań: who refers, why, what is expected and by whom; presented at a PZK meeting. */
export const caseReferrals = pgTable('case_referrals', {
  caseId: integer()
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  referringInstitutionId: integer().references(() => institutions.id),
  referringInstitutionName: varchar({ length: 300 }).notNull(),
  referrerName: varchar({ length: 200 }).notNull(),
  referredOn: date({ mode: 'string' }).notNull(),
  situation: text().notNull(),
  reasons: text().notNull(),
  expectations: text().notNull(),
  expectedFrom: text().notNull(),
  meetingId: integer().references(() => pzkMeetings.id),
  version: integer().notNull().default(1),
  updatedBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const qualificationDecision = pgEnum('qualification_decision', ['qualified', 'refused']);

export interface PositiveOpinion {
  institutionId: number | null;
  institutionName: string;
  reason: string;
}

export const caseQualifications = pgTable('case_qualifications', {
  caseId: integer()
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  decision: qualificationDecision().notNull(),
  decidedOn: date({ mode: 'string' }).notNull(),
  opinions: jsonb().$type<PositiveOpinion[]>().notNull(),
  welfareVerifiedOn: date({ mode: 'string' }),
  pcprConsultedOn: date({ mode: 'string' }),
  /** Keys of QUALIFICATION_CRITERIA (lib/cases/vocabulary.ts). */
  criteria: text().array().notNull(),
  refusalReason: text(),
  meetingId: integer().references(() => pzkMeetings.id),
  decidedBy: uuid().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export interface InstitutionExpectation {
  institutionName: string;
  expectations: string;
}

/** The multi-dimensional diagnosis with its SWOT; one per case, edited over time. */
export const caseDiagnoses = pgTable('case_diagnoses', {
  caseId: integer()
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  causes: text().notNull().default(''),
  strengths: text().notNull().default(''),
  weaknesses: text().notNull().default(''),
  resources: text().notNull().default(''),
  deficits: text().notNull().default(''),
  familyExpectations: text().notNull().default(''),
  institutionExpectations: jsonb().$type<InstitutionExpectation[]>().notNull().default([]),
  swotStrengths: text().notNull().default(''),
  swotWeaknesses: text().notNull().default(''),
  swotOpportunities: text().notNull().default(''),
  swotThreats: text().notNull().default(''),
  /** Keys of DIAGNOSIS_TOOLS. */
  tools: text().array().notNull().default([]),
  toolsOther: text().notNull().default(''),
  /** The day the diagnosis was made (typed on the form; not before the qualification, not in the future). */
  diagnosedOn: date({ mode: 'string' }).notNull(),
  version: integer().notNull().default(1),
  updatedBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A task under an IPP goal: from the PZK's services list or written freely. */
export interface IppTask {
  /** Stable across saves and across IPPs (monitoring refers to it). */
  key: string;
  serviceId: number | null;
  description: string;
  institutionId: number | null;
  institutionName: string;
  person: string;
  dueOn: string;
}

export interface IppGoal {
  /** Stable across saves and carried to the next IPP, so progress is charted over the whole case. */
  key: string;
  /** The household member the goal is for; null: a goal of the whole household (cel rodzinny). */
  memberId: number | null;
  /** One of the eight areas of the services list (lib/services/vocabulary.ts). */
  area: string;
  title: string;
  expectedEffect: string;
  baseline: number;
  target: number;
  tasks: IppTask[];
}

export interface IppContract {
  concludedOn: string;
  familyCommitments: string;
  workerCommitments: string;
  institutionCommitments: string;
  consequences: string;
}

/** Why a household member has no goal of their own in an IPP ("nie dotyczy — dziecko w wieku 4 lat…"). */
export interface IppMemberReason {
  memberId: number;
  reason: string;
}

export const familyPzkAttendance = pgEnum('family_pzk_attendance', ['in_person', 'through_key_worker']);

/** Indywidualny program pomocy: at most 3 months; the next continues from the previous. */
export const ipps = pgTable(
  'ipps',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    sequence: integer().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    goals: jsonb().$type<IppGoal[]>().notNull(),
    /** Members without a goal of their own and the recorded reason (lib/cases/ipp-rules.ts). */
    memberReasons: jsonb().$type<IppMemberReason[]>().notNull().default([]),
    pzkAttendance: familyPzkAttendance().notNull(),
    acceptedOn: date({ mode: 'string' }),
    acceptedMeetingId: integer().references(() => pzkMeetings.id),
    contract: jsonb().$type<IppContract>(),
    version: integer().notNull().default(1),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('ipps_case_sequence').on(t.caseId, t.sequence)],
);

export const TASK_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The key worker's (at least) monthly meeting with the family: scaling per goal, satisfaction. */
export const caseMonitoring = pgTable(
  'case_monitoring',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    ippId: integer()
      .notNull()
      .references(() => ipps.id),
    heldOn: date({ mode: 'string' }).notNull(),
    /** Goal key → scale 0–10. */
    scales: jsonb().$type<Record<string, number>>().notNull(),
    /** The family's satisfaction with the changes, 0–10. */
    satisfaction: smallint().notNull(),
    /** Task key → status. */
    taskStatuses: jsonb().$type<Record<string, TaskStatus>>().notNull(),
    notes: text().notNull().default(''),
    recordedBy: uuid().notNull(),
    recordedByName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_monitoring_case_idx').on(t.caseId, t.heldOn)],
);

export const caseSessionKind = pgEnum('case_session_kind', ['workshop', 'team_review', 'supervision']);

/** Diagnostic-evaluation workshops (≥ 2), quarterly team reviews of the IPP, supervision (≥ 1). */
export const caseSessions = pgTable(
  'case_sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: caseSessionKind().notNull(),
    heldOn: date({ mode: 'string' }).notNull(),
    ippId: integer().references(() => ipps.id),
    meetingId: integer().references(() => pzkMeetings.id),
    participants: text().notNull().default(''),
    notes: text().notNull().default(''),
    recordedBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_sessions_case_idx').on(t.caseId, t.kind)],
);

export const evaluationOutcome = pgEnum('evaluation_outcome', ['goals_reached', 'not_reached']);
export const notReachedPath = pgEnum('not_reached_path', ['hand_over', 'new_goals']);

export interface AfterCarePlan {
  contactUntil: string;
  visitEveryMonths: number;
  firstAidKit: string;
  familyExpertName: string;
}

/** The final evaluation (at most 12 months after qualification, or within a recorded extension). */
export const caseEvaluations = pgTable('case_evaluations', {
  caseId: integer()
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  evaluatedOn: date({ mode: 'string' }).notNull(),
  /** Goal key → scale reached. */
  results: jsonb().$type<Record<string, number>>().notNull(),
  outcome: evaluationOutcome().notNull(),
  summary: text().notNull().default(''),
  afterCare: jsonb().$type<AfterCarePlan>(),
  notReachedPath: notReachedPath(),
  handoverInstitutionId: integer().references(() => institutions.id),
  handoverInstitutionName: varchar({ length: 300 }),
  handoverWhat: text(),
  inviteAsFamilyExpert: boolean().notNull().default(false),
  version: integer().notNull().default(1),
  evaluatedBy: uuid().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * ROPS opens a case for supervision only with a stated purpose; it holds for that user and case
 * until `expiresAt`, and every opening in that time carries it into the audit log.
 */
export const caseAccessPurposes = pgTable(
  'case_access_purposes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid().notNull(),
    purpose: text().notNull(),
    givenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('case_access_purposes_idx').on(t.caseId, t.userId, t.expiresAt)],
);

/** A printed case document's verification code: which record, which version. */
export const casePrints = pgTable(
  'case_prints',
  {
    code: varchar({ length: 12 }).primaryKey(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** referral | diagnosis | ipp | contract | evaluation | congratulations */
    kind: varchar({ length: 20 }).notNull(),
    recordId: integer().notNull(),
    recordVersion: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('case_prints_record').on(t.kind, t.recordId, t.recordVersion)],
);

export const caseReminderKind = pgEnum('case_reminder_kind', ['monitoring_overdue', 'ipp_ending', 'case_11_months', 'case_over_12_months']);

/**
 * Reminders computed by the background worker (lib/cases/reminders.ts), never on page load. One
 * row per occurrence (`dueKey`), so each is e-mailed once; resolved when no longer due.
 */
export const caseReminders = pgTable(
  'case_reminders',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: caseReminderKind().notNull(),
    dueKey: varchar({ length: 20 }).notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique('case_reminders_occurrence').on(t.caseId, t.kind, t.dueKey), index('case_reminders_open_idx').on(t.caseId, t.resolvedAt)],
);

export type CaseRow = typeof cases.$inferSelect;
export type CaseStatus = (typeof caseStatus.enumValues)[number];
export type IppRow = typeof ipps.$inferSelect;
export type CaseReminderKind = (typeof caseReminderKind.enumValues)[number];
