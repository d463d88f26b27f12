import { boolean, date, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { files, implementations } from './implementations';
import { institutions } from './institutions';
import { gminas, powiats, voivodeships } from './territory';

/*
 * Szkoła Kooperacji (trainings, zaświadczenia, training needs), e-szkoła (learning materials),
 * the good-practice catalogue, the activity records stage IV needs, the teams' answers to the
 * evaluation's key questions, and the cost-of-inaction calculator's rates.
 */

export const trainingKind = pgEnum('training_kind', ['basic', 'extended', 'specialist', 'study_visit']);
/** Which step of the schedule a basic training satisfies: 4 (animators, councillors) or 6.1 (PZK institutions). */
export const trainingStep = pgEnum('training_step', ['4', '6.1']);

export const trainings = pgTable(
  'trainings',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    kind: trainingKind().notNull(),
    topic: varchar({ length: 300 }).notNull(),
    heldOn: date({ mode: 'string' }).notNull(),
    place: varchar({ length: 300 }).notNull(),
    trainer: varchar({ length: 300 }).notNull(),
    description: text().notNull().default(''),
    /** Godziny dydaktyczne (45 minutes each), summed by the 9.2 and regional reports (step 7.1). */
    hours: numeric({ precision: 5, scale: 1, mode: 'number' }),
    /** For a basic training: the implementation whose schedule it serves, and which step. */
    implementationId: integer().references(() => implementations.id),
    step: trainingStep(),
    /** Set when attendance is closed: zaświadczenia issued, the schedule's step satisfied. */
    attendanceClosedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trainings_place_idx').on(t.voivodeshipId, t.heldOn)],
);

export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    trainingId: integer()
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    userId: uuid(),
    institutionId: integer().references(() => institutions.id),
    name: varchar({ length: 200 }).notNull(),
    function: varchar({ length: 200 }).notNull().default(''),
    gminaId: integer().references(() => gminas.id),
    attended: boolean().notNull().default(false),
    /** The zaświadczenie's number and verification code, once issued. */
    certificateNumber: varchar({ length: 30 }),
    verificationCode: varchar({ length: 12 }),
  },
  (t) => [index('training_participants_training_idx').on(t.trainingId), unique('training_participants_code').on(t.verificationCode)],
);

export const trainingNeeds = pgTable(
  'training_needs',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    year: smallint().notNull(),
    kind: trainingKind().notNull(),
    topic: varchar({ length: 300 }).notNull(),
    description: text().notNull().default(''),
    participants: smallint().notNull(),
    institutionName: varchar({ length: 300 }).notNull(),
    powiatId: integer().references(() => powiats.id),
    gminaId: integer().references(() => gminas.id),
    submittedBy: uuid().notNull(),
    submittedByName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_needs_year_idx').on(t.voivodeshipId, t.year)],
);

export const materialVisibility = pgEnum('material_visibility', ['public', 'members']);

/** e-szkoła: a learning material (text with headings, links, attached files) of a województwo. */
export const materials = pgTable(
  'materials',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    title: varchar({ length: 300 }).notNull(),
    summary: text().notNull().default(''),
    /** Plain text; lines starting with "## " are headings, URLs become links when shown. */
    body: text().notNull(),
    visibility: materialVisibility().notNull(),
    tags: text().array().notNull().default([]),
    /** Step codes of the model ("4", "6.1", "7.2") whose pages list this material. */
    steps: text().array().notNull().default([]),
    searchText: text().notNull(),
    version: integer().notNull().default(1),
    createdBy: uuid().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('materials_place_idx').on(t.voivodeshipId, t.visibility)],
);

export const materialFiles = pgTable(
  'material_files',
  {
    materialId: integer()
      .notNull()
      .references(() => materials.id, { onDelete: 'cascade' }),
    fileId: uuid()
      .notNull()
      .references(() => files.id),
    title: varchar({ length: 300 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.fileId] })],
);

export const practiceStatus = pgEnum('practice_status', ['proposed', 'published']);

/** A good practice, structured like the Kooperacje 3D sheets. */
export const goodPractices = pgTable(
  'good_practices',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    status: practiceStatus().notNull().default('proposed'),
    name: varchar({ length: 300 }).notNull(),
    level: varchar({ length: 300 }).notNull(),
    area: varchar({ length: 300 }).notNull(),
    description: text().notNull(),
    conditions: text().notNull(),
    /** The implementation process, one numbered step per item. */
    process: jsonb().$type<string[]>().notNull(),
    solution: text().notNull(),
    swotStrengths: text().notNull().default(''),
    swotWeaknesses: text().notNull().default(''),
    swotOpportunities: text().notNull().default(''),
    swotThreats: text().notNull().default(''),
    measures: text().notNull(),
    powiatId: integer().references(() => powiats.id),
    gminaId: integer().references(() => gminas.id),
    contact: varchar({ length: 500 }).notNull(),
    searchText: text().notNull(),
    proposedBy: uuid().notNull(),
    publishedBy: uuid(),
    publishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('good_practices_place_idx').on(t.voivodeshipId, t.status)],
);

export const activityKind = pgEnum('activity_kind', [
  'project_group',
  'project_community',
  'project_institutional',
  'community_action',
  'promotion',
  'authorities_presentation',
  'new_service',
  'programme_change',
]);

/** Step 7.3 / 10.1 activity of an implementation: projects, actions, work with the authorities. */
export const activityRecords = pgTable(
  'activity_records',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    implementationId: integer()
      .notNull()
      .references(() => implementations.id),
    gminaId: integer().references(() => gminas.id),
    kind: activityKind().notNull(),
    title: varchar({ length: 300 }).notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }),
    partners: text().notNull().default(''),
    participants: integer().notNull().default(0),
    outcome: text().notNull().default(''),
    fileId: uuid().references(() => files.id),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_records_impl_idx').on(t.implementationId, t.kind)],
);

/** The team's written answers to the model's eight key questions, and its recommendations (10.2). */
export const evaluationAnswers = pgTable('evaluation_answers', {
  implementationId: integer()
    .primaryKey()
    .references(() => implementations.id),
  answers: jsonb().$type<Record<string, string>>().notNull(),
  recommendations: text().notNull().default(''),
  version: integer().notNull().default(1),
  updatedBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A rate of the cost-of-inaction calculator, kept by ROPS with its source. */
export const costRates = pgTable(
  'cost_rates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    key: varchar({ length: 50 }).notNull(),
    label: varchar({ length: 300 }).notNull(),
    /** Złoty per unit. */
    amount: numeric({ precision: 12, scale: 2, mode: 'number' }).notNull(),
    unit: varchar({ length: 50 }).notNull(),
    source: text().notNull(),
    version: integer().notNull().default(1),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('cost_rates_key').on(t.voivodeshipId, t.key)],
);
