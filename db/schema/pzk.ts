import { relations, sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { implementations, occurrences } from './implementations';
import { institutions } from './institutions';
import { gminas, powiats, voivodeships } from './territory';

/** The roles in a Partnership Team: the core (trzon) of the model, and members invited later. */
export const pzkTeamRole = pgEnum('pzk_team_role', [
  'animator_pcpr',
  'social_worker_pcpr',
  'animator_gops',
  'social_worker_gops',
  'councillor_gmina',
  'councillor_powiat',
  'lzi_chair',
  'leader_expert',
  'invited',
  // Kooperacje 3D: the OPS's pracownik ds. sieci, who organises the PZK and the ZZK.
  'network_worker',
]);

/** A gmina's Partnerski Zespół Kooperacji, one per gmina of an implementation. */
export const pzks = pgTable(
  'pzks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    implementationId: integer()
      .notNull()
      .references(() => implementations.id),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    gminaId: integer()
      .notNull()
      .references(() => gminas.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('pzks_implementation_gmina').on(t.implementationId, t.gminaId), index('pzks_voivodeship_idx').on(t.voivodeshipId), index('pzks_powiat_idx').on(t.powiatId)],
);

/**
 * A person in the team, for an institution (or on their own, e.g. the leader-expert). Whether the
 * institution is a full member is not stored: it follows the signed PZK agreement and declarations.
 */
export const pzkMembers = pgTable(
  'pzk_members',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    pzkId: integer()
      .notNull()
      .references(() => pzks.id, { onDelete: 'cascade' }),
    institutionId: integer().references(() => institutions.id),
    /** The person's platform account, when they have one. */
    userId: uuid(),
    name: varchar({ length: 200 }).notNull(),
    function: varchar({ length: 200 }).notNull(),
    teamRole: pzkTeamRole().notNull(),
    email: varchar({ length: 254 }),
    phone: varchar({ length: 30 }),
    /** Proposed by someone other than the PCPR animator, who has not accepted yet. */
    proposed: boolean().notNull().default(false),
    proposedBy: uuid(),
    removedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pzk_members_pzk_idx').on(t.pzkId), index('pzk_members_user_idx').on(t.userId), index('pzk_members_institution_idx').on(t.institutionId)],
);

/** Tabela prezentacji podmiotów: what each member institution can offer the team. */
export const pzkInstitutionProfiles = pgTable(
  'pzk_institution_profiles',
  {
    pzkId: integer()
      .notNull()
      .references(() => pzks.id, { onDelete: 'cascade' }),
    institutionId: integer()
      .notNull()
      .references(() => institutions.id),
    scope: text().notNull(),
    competences: text().notNull(),
    legalLimits: text().notNull(),
    contactPerson: varchar({ length: 300 }).notNull(),
    version: integer().notNull().default(1),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('pzk_profiles_pzk_institution').on(t.pzkId, t.institutionId)],
);

export const serviceScope = pgEnum('service_scope', ['pzk', 'regional']);
export const serviceStatus = pgEnum('service_status', ['published', 'proposed']);

/**
 * Lista aktywności i usług: a gmina–powiat list per PZK, and the regional list kept by ROPS
 * (public). `searchText` is the entry's words lower-cased without diacritics (lib/services/normalize.ts)
 * so that "osob starszych" finds "osób starszych"; a full-text index makes it fast.
 */
export const services = pgTable(
  'services',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    scope: serviceScope().notNull(),
    status: serviceStatus().notNull().default('published'),
    pzkId: integer().references(() => pzks.id, { onDelete: 'cascade' }),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer().references(() => powiats.id),
    providerInstitutionId: integer().references(() => institutions.id),
    providerName: varchar({ length: 300 }).notNull(),
    name: varchar({ length: 300 }).notNull(),
    description: text().notNull(),
    targetGroups: text().array().notNull().default(sql`'{}'`),
    areas: text().array().notNull().default(sql`'{}'`),
    conditions: text().notNull().default(''),
    cost: varchar({ length: 300 }).notNull().default(''),
    place: varchar({ length: 300 }).notNull().default(''),
    contact: varchar({ length: 500 }).notNull().default(''),
    referral: text().notNull().default(''),
    /** Karta usługi (Kooperacje 3D): the person at the provider who coordinates the cooperation. */
    coordinator: varchar({ length: 300 }).notNull().default(''),
    lastReviewedOn: date({ mode: 'string' }),
    searchText: text().notNull(),
    proposedBy: uuid(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('services_scope_idx').on(t.voivodeshipId, t.scope, t.status),
    index('services_pzk_idx').on(t.pzkId),
    index('services_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
  ],
);

export const pzksRelations = relations(pzks, ({ one, many }) => ({
  gmina: one(gminas, { fields: [pzks.gminaId], references: [gminas.id] }),
  members: many(pzkMembers),
}));
export const pzkMembersRelations = relations(pzkMembers, ({ one }) => ({
  pzk: one(pzks, { fields: [pzkMembers.pzkId], references: [pzks.id] }),
  institution: one(institutions, { fields: [pzkMembers.institutionId], references: [institutions.id] }),
}));

export type PzkTeamRole = (typeof pzkTeamRole.enumValues)[number];
export type ServiceRow = typeof services.$inferSelect;

/** The work plan (plan pracy, step 6.2): its current text, and every saved version below. */
export const pzkWorkPlans = pgTable('pzk_work_plans', {
  pzkId: integer()
    .primaryKey()
    .references(() => pzks.id, { onDelete: 'cascade' }),
  content: jsonb().$type<Record<string, string>>().notNull(),
  version: integer().notNull().default(1),
  updatedBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const pzkWorkPlanVersions = pgTable(
  'pzk_work_plan_versions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    pzkId: integer()
      .notNull()
      .references(() => pzks.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    content: jsonb().$type<Record<string, string>>().notNull(),
    createdBy: uuid(),
    createdByName: varchar({ length: 200 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('pzk_work_plan_versions_pzk_version').on(t.pzkId, t.version)],
);

/** initiating / formalising: the 2 + 1 meetings that form a PZK in Kooperacje 3D (lib/pzk/meeting-kinds.ts). */
export const meetingKind = pgEnum('meeting_kind', ['regular', 'intervention', 'initiating', 'formalising']);
export const decisionStatus = pgEnum('decision_status', ['open', 'done']);

/** A PZK meeting: monthly ones come from the schedule, intervention ones at short notice. */
export const pzkMeetings = pgTable(
  'pzk_meetings',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    pzkId: integer()
      .notNull()
      .references(() => pzks.id, { onDelete: 'cascade' }),
    kind: meetingKind().notNull().default('regular'),
    /** The schedule's monthly occurrence this meeting fulfils, if any. */
    occurrenceId: integer().references(() => occurrences.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull().default(120),
    place: varchar({ length: 300 }).notNull().default(''),
    onlineUrl: varchar({ length: 500 }).notNull().default(''),
    /** The model's three areas of a meeting's agenda. */
    agendaResources: text().notNull().default(''),
    agendaCases: text().notNull().default(''),
    agendaMethods: text().notNull().default(''),
    /** The keys of the kind's own agenda points done at the meeting (lib/pzk/meeting-kinds.ts). */
    agendaDone: text().array().notNull().default(sql`'{}'`),
    minutes: text().notNull().default(''),
    minutesPublishedAt: timestamp({ withTimezone: true }),
    /** Changes with every edit: the ICS SEQUENCE, so calendars update the event. */
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pzk_meetings_pzk_idx').on(t.pzkId, t.startsAt)],
);

export const pzkAttendance = pgTable(
  'pzk_attendance',
  {
    meetingId: integer()
      .notNull()
      .references(() => pzkMeetings.id, { onDelete: 'cascade' }),
    memberId: integer()
      .notNull()
      .references(() => pzkMembers.id),
    present: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** Ustalenia: decisions with an owner and a due date, tracked as tasks. */
export const pzkDecisions = pgTable(
  'pzk_decisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => pzkMeetings.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    ownerMemberId: integer().references(() => pzkMembers.id),
    dueOn: date({ mode: 'string' }),
    status: decisionStatus().notNull().default('open'),
    doneAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [index('pzk_decisions_meeting_idx').on(t.meetingId)],
);

/** The "mobile consultation point" after a meeting: a specialist, a time, for whom. */
export const pzkConsultations = pgTable(
  'pzk_consultations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer()
      .notNull()
      .references(() => pzkMeetings.id, { onDelete: 'cascade' }),
    specialist: varchar({ length: 300 }).notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    forWhom: varchar({ length: 300 }).notNull(),
  },
  (t) => [index('pzk_consultations_meeting_idx').on(t.meetingId)],
);

/**
 * The secret in a user's calendar feed URL (a calendar app cannot log in). Only its SHA-256 is
 * kept; regenerating replaces it, so the old URL stops working.
 */
export const calendarTokens = pgTable('calendar_tokens', {
  userId: uuid().primaryKey(),
  tokenHash: varchar({ length: 64 }).notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
