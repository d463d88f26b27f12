import { boolean, date, index, integer, jsonb, numeric, pgEnum, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { occurrences } from './implementations';
import { pzkMembers, pzks } from './pzk';
import { gminas, powiats, voivodeships } from './territory';
import { users } from './users';

/*
 * Kooperacje 3D (issue 17): the work of a town's ZZK (Zadaniowe Zespoły Kooperacyjne) with one
 * person or family, coaching and supervision of the people who work in them, and the staff
 * profiles the OPS chooses them by. Where the rural model has the same thing, its tables serve both.
 */

/** A ZZK meeting of one case: who took part, with or without the family; its decisions are tasks. */
export const zzkMeetings = pgTable(
  'zzk_meetings',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    heldOn: date({ mode: 'string' }).notNull(),
    /** The person or family took part (the pilot counts "39 spotkań ZZK, w tym 9 z udziałem rodziny"). */
    familyPresent: boolean().notNull(),
    /** The case team's people present (pzk_members ids), and others by name ("kurator Jan Nowak"). */
    presentMemberIds: integer().array().notNull(),
    otherParticipants: text().notNull().default(''),
    /** What was discussed: the protocol's body (special-category data: anonymised with the case). */
    summary: text().notNull().default(''),
    recordedBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [index('zzk_meetings_case_idx').on(t.caseId, t.heldOn)],
);

export const zzkDecisionStatus = pgEnum('zzk_decision_status', ['open', 'done']);

/** A decision of a ZZK meeting: a task with an owner on the case team and a due date. */
export const zzkDecisions = pgTable(
  'zzk_decisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => zzkMeetings.id, { onDelete: 'cascade' }),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    ownerMemberId: integer().references(() => pzkMembers.id),
    dueOn: date({ mode: 'string' }),
    status: zzkDecisionStatus().notNull().default('open'),
    doneAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [index('zzk_decisions_meeting_idx').on(t.meetingId), index('zzk_decisions_case_idx').on(t.caseId, t.status)],
);

/** Step 7.1 of every variant: coaching, team supervision, and the PZK's internal mini-trainings. */
export const coachingKind = pgEnum('coaching_kind', ['coaching', 'supervision', 'internal_training']);

/**
 * Coaching and supervision of the people working in a town's ZZK (pilot: "ponad 500 godzin
 * coachingu", "superwizja w ramach ZZK"). Lives in its PZK's gmina; hours are summed per town.
 * No family data: participants are staff.
 */
export const coachingSessions = pgTable(
  'coaching_sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    pzkId: integer()
      .notNull()
      .references(() => pzks.id, { onDelete: 'cascade' }),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    gminaId: integer()
      .notNull()
      .references(() => gminas.id),
    kind: coachingKind().notNull(),
    heldOn: date({ mode: 'string' }).notNull(),
    /** In hours, to the half hour (1.5). */
    hours: numeric({ precision: 5, scale: 1, mode: 'number' }).notNull(),
    /** The coach or supervisor (often from outside: a name and where from). */
    leader: varchar({ length: 300 }).notNull(),
    participants: text().notNull(),
    participantCount: smallint().notNull(),
    topic: text().notNull().default(''),
    /** A supervision's "Superwizja zespołowa" occurrence of the gmina's schedule, marked done by it. */
    occurrenceId: integer().references(() => occurrences.id),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [index('coaching_sessions_pzk_idx').on(t.pzkId, t.heldOn), index('coaching_sessions_place_idx').on(t.voivodeshipId, t.gminaId)],
);

export const specialisationDegree = pgEnum('specialisation_degree', ['none', 'first', 'second']);

/**
 * A social worker's or network worker's staff profile (kooperacje-3d-zasoby-kadrowe: "rozpoznanie
 * zasobów kadrowych i dokonanie doboru"; WRZOS: "indywidualna ścieżka rozwoju"). Trainings of the
 * Szkoła Kooperacji are not stored here: they are read from the training lists.
 */
export const staffProfiles = pgTable('staff_profiles', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  qualifications: text().notNull().default(''),
  specialisation: specialisationDegree().notNull().default('none'),
  specialisationArea: varchar({ length: 300 }).notNull().default(''),
  /** The competence self-assessment: competence key (lib/staff/competences.ts) → 1..5. */
  competences: jsonb().$type<Record<string, number>>().notNull().default({}),
  developmentPath: text().notNull().default(''),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type ZzkMeetingRow = typeof zzkMeetings.$inferSelect;
export type CoachingSessionRow = typeof coachingSessions.$inferSelect;
export type StaffProfileRow = typeof staffProfiles.$inferSelect;
