import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { documents } from './documents';
import { implementations, notifications, occurrences, tracks } from './implementations';
import { institutions } from './institutions';
import { decisionStatus, pzkMeetings, pzks } from './pzk';
import { trainings } from './school';
import { gminas, powiats, voivodeships } from './territory';

/*
 * The regional level and the ends of the cycle (issue 18): the WZK at work, the województwo's
 * calendar with registration, the local diagnosis of step 2.1, evaluation questionnaires, and the
 * PZK's decision at 9.2 to continue or end.
 */

// ── WZK ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A meeting of the Wojewódzki Zespół Kooperacji (at least quarterly). Its members are the parties of
 * the signed regional agreement (lib/wzk), as a PZK's follow its agreement; published minutes mark
 * the regional track's "Spotkanie WZK" occurrence of the quarter done.
 */
export const wzkMeetings = pgTable(
  'wzk_meetings',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    occurrenceId: integer().references(() => occurrences.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull().default(120),
    place: varchar({ length: 300 }).notNull().default(''),
    onlineUrl: varchar({ length: 500 }).notNull().default(''),
    agenda: text().notNull().default(''),
    minutes: text().notNull().default(''),
    minutesPublishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('wzk_meetings_place_idx').on(t.voivodeshipId, t.startsAt)],
);

/** Attendance by institution (a party of the regional agreement): "i:<institutionId>" or "v:<voivodeshipId>". */
export const wzkAttendance = pgTable(
  'wzk_attendance',
  {
    meetingId: integer()
      .notNull()
      .references(() => wzkMeetings.id, { onDelete: 'cascade' }),
    partyKey: varchar({ length: 40 }).notNull(),
    partyName: varchar({ length: 300 }).notNull(),
    /** Who came for the party (names of staff, no family data). */
    personName: varchar({ length: 200 }).notNull().default(''),
    present: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.partyKey] })],
);

/** A WZK decision, tracked as a task with an owner (a party) and a due date. */
export const wzkDecisions = pgTable(
  'wzk_decisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => wzkMeetings.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    ownerPartyKey: varchar({ length: 40 }),
    ownerName: varchar({ length: 300 }).notNull().default(''),
    dueOn: date({ mode: 'string' }),
    status: decisionStatus().notNull().default('open'),
    doneAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [index('wzk_decisions_meeting_idx').on(t.meetingId)],
);

/**
 * The third level of evaluation: the WZK's regional evaluation and its recommendations, split as the
 * model splits them, one per województwo and year.
 */
export const regionalEvaluations = pgTable(
  'regional_evaluations',
  {
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    year: smallint().notNull(),
    evaluation: text().notNull().default(''),
    recommendationsLocal: text().notNull().default(''),
    recommendationsRegional: text().notNull().default(''),
    recommendationsLegal: text().notNull().default(''),
    recommendationsOzps: text().notNull().default(''),
    version: integer().notNull().default(1),
    updatedBy: uuid(),
    updatedByName: varchar({ length: 200 }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.voivodeshipId, t.year] })],
);

// ── The regional calendar ─────────────────────────────────────────────────────────────────────

export const regionalEventKind = pgEnum('regional_event_kind', ['info_meeting', 'animators_meeting', 'training', 'conference', 'other']);
export const registrationStatus = pgEnum('registration_status', ['confirmed', 'waiting', 'cancelled']);

/**
 * An event of the województwo's calendar kept by ROPS (info meetings of step 1, animators' meetings,
 * trainings, conferences). WZK meetings and Szkoła Kooperacji trainings join the calendar from their
 * own tables. A public event is listed without login and may take registrations.
 */
export const regionalEvents = pgTable(
  'regional_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    kind: regionalEventKind().notNull(),
    title: varchar({ length: 300 }).notNull(),
    description: text().notNull().default(''),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: varchar({ length: 300 }).notNull().default(''),
    onlineUrl: varchar({ length: 500 }).notNull().default(''),
    isPublic: boolean().notNull().default(false),
    /** Registration through the public form; null capacity = no limit. */
    registrationOpen: boolean().notNull().default(false),
    capacity: integer(),
    /** The Szkoła Kooperacji training this event announces, if any. */
    trainingId: integer().references(() => trainings.id),
    /** The regional track's occurrence it fulfils (info meeting of the year's first quarter). */
    occurrenceId: integer().references(() => occurrences.id),
    cancelledAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('regional_events_place_idx').on(t.voivodeshipId, t.startsAt)],
);

/** A registration for a public event; beyond the capacity it waits, and moves up when a place frees. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => regionalEvents.id, { onDelete: 'cascade' }),
    name: varchar({ length: 200 }).notNull(),
    institution: varchar({ length: 300 }).notNull(),
    email: varchar({ length: 254 }).notNull(),
    gminaId: integer().references(() => gminas.id),
    status: registrationStatus().notNull(),
    /** SHA-256 of the secret in the cancellation link. */
    cancelTokenHash: varchar({ length: 64 }).notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('event_registrations_event_idx').on(t.eventId, t.status, t.createdAt),
    uniqueIndex('event_registrations_email_unique').on(t.eventId, sql`lower(${t.email})`).where(sql`${t.status} <> 'cancelled'`),
  ],
);

/** Institutions of the registry ROPS invited to an event by e-mail. */
export const eventInvitations = pgTable(
  'event_invitations',
  {
    eventId: integer()
      .notNull()
      .references(() => regionalEvents.id, { onDelete: 'cascade' }),
    institutionId: integer()
      .notNull()
      .references(() => institutions.id),
    email: varchar({ length: 254 }).notNull(),
    sentBy: uuid(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.institutionId] })],
);

// ── Step 2.1: the local diagnosis ─────────────────────────────────────────────────────────────

/**
 * The powiat–gmina diagnosis of step 2.1: figures per gmina, problems and needs, resources, the
 * services available and what is missing. Made before the notification, which links to it.
 */
export const localDiagnoses = pgTable(
  'local_diagnoses',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    /** In Kooperacje 3D the town's own diagnosis: its gmina. */
    gminaId: integer().references(() => gminas.id),
    title: varchar({ length: 300 }).notNull(),
    madeOn: date({ mode: 'string' }).notNull(),
    problems: text().notNull().default(''),
    needs: text().notNull().default(''),
    resources: text().notNull().default(''),
    servicesAvailable: text().notNull().default(''),
    missing: text().notNull().default(''),
    targetGroup: text().notNull().default(''),
    /** Set when the diagnosis is finished: it may then be linked from a notification. */
    finishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('local_diagnoses_place_idx').on(t.voivodeshipId, t.powiatId)],
);

/** The figures of one gmina in a diagnosis (keys in lib/diagnosis: population, beneficiaries, …). */
export const localDiagnosisGminas = pgTable(
  'local_diagnosis_gminas',
  {
    diagnosisId: integer()
      .notNull()
      .references(() => localDiagnoses.id, { onDelete: 'cascade' }),
    gminaId: integer()
      .notNull()
      .references(() => gminas.id),
    figures: jsonb().$type<Record<string, number | null>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.diagnosisId, t.gminaId] })],
);

/** The diagnosis a notification's target group is justified by. */
export const notificationDiagnoses = pgTable('notification_diagnoses', {
  notificationId: integer()
    .primaryKey()
    .references(() => notifications.id, { onDelete: 'cascade' }),
  diagnosisId: integer()
    .notNull()
    .references(() => localDiagnoses.id),
});

// ── Questionnaires (stage IV) ─────────────────────────────────────────────────────────────────

export const questionnaireAudience = pgEnum('questionnaire_audience', ['family', 'institution', 'authority']);
export const questionnaireMode = pgEnum('questionnaire_mode', ['link', 'in_person']);

/** One question of a template: a scale, single or multiple choice, or an open question. */
export interface QuestionnaireQuestion {
  key: string;
  kind: 'scale' | 'single' | 'multiple' | 'open';
  text: string;
  /** For single/multiple choice. */
  options?: string[];
  /** For a scale: its ends (1..max) and their labels. */
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  required?: boolean;
}

/**
 * An evaluation questionnaire kept by ROPS as data, versioned: a change adds a version, answers keep
 * the version they were given to. voivodeshipId null: the model's own templates, shared by all.
 */
export const questionnaireTemplates = pgTable(
  'questionnaire_templates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer().references(() => voivodeships.id),
    key: varchar({ length: 60 }).notNull(),
    version: integer().notNull().default(1),
    audience: questionnaireAudience().notNull(),
    title: varchar({ length: 300 }).notNull(),
    intro: text().notNull().default(''),
    questions: jsonb().$type<QuestionnaireQuestion[]>().notNull(),
    active: boolean().notNull().default(true),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('questionnaire_templates_key_idx').on(t.key, t.version)],
);

/**
 * A questionnaire given out for one implementation: by link (anonymous, no login, one answer per
 * link; only the secret's SHA-256 is kept) or filled in person with a family during a meeting.
 */
export const questionnaireLinks = pgTable(
  'questionnaire_links',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer()
      .notNull()
      .references(() => questionnaireTemplates.id),
    implementationId: integer()
      .notNull()
      .references(() => implementations.id),
    gminaId: integer().references(() => gminas.id),
    mode: questionnaireMode().notNull(),
    tokenHash: varchar({ length: 64 }).unique(),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('questionnaire_links_impl_idx').on(t.implementationId, t.templateId)],
);

/** An answer: no name, no account; one per link. */
export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    linkId: integer()
      .notNull()
      .references(() => questionnaireLinks.id),
    templateId: integer()
      .notNull()
      .references(() => questionnaireTemplates.id),
    implementationId: integer()
      .notNull()
      .references(() => implementations.id),
    answers: jsonb().$type<Record<string, string | number | string[]>>().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('questionnaire_responses_link').on(t.linkId), index('questionnaire_responses_impl_idx').on(t.implementationId, t.templateId)],
);

// ── After month 18: the next cycle ────────────────────────────────────────────────────────────

export const cycleDecision = pgEnum('cycle_decision', ['continue', 'end']);

/** An open case listed when a cycle ended: handed over to someone, or staying with the GOPS. */
export interface ClosingCase {
  caseId: number;
  number: string;
  keyWorkerName: string | null;
  handedTo: string | null;
}

/**
 * The PZK's decision at step 9.2 about its gmina's cycle: continue (a new cycle starts at 2.2) or
 * end (the gmina is free for a new notification later). Recorded with the document or minutes.
 */
export const cycleDecisions = pgTable(
  'cycle_decisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    implementationId: integer()
      .notNull()
      .references(() => implementations.id),
    pzkId: integer()
      .notNull()
      .references(() => pzks.id),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    gminaId: integer()
      .notNull()
      .references(() => gminas.id),
    /** The cycle decided on (its track); unique: a cycle is decided once. */
    trackId: integer()
      .notNull()
      .unique()
      .references(() => tracks.id),
    decision: cycleDecision().notNull(),
    decidedOn: date({ mode: 'string' }).notNull(),
    /** What records it: the minutes of a PZK meeting, a document, or a description (e.g. "uchwała nr …"). */
    meetingId: integer().references(() => pzkMeetings.id),
    documentId: integer().references(() => documents.id),
    basis: varchar({ length: 500 }).notNull().default(''),
    /** The next cycle's track, for "continue". */
    newTrackId: integer().references(() => tracks.id),
    /** The cases still open when the cycle ended, and what happened to them. */
    openCases: jsonb().$type<ClosingCase[]>().notNull().default([]),
    createdBy: uuid().notNull(),
    createdByName: varchar({ length: 200 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cycle_decisions_impl_idx').on(t.implementationId)],
);
