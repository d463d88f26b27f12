import { relations } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';

export const modelVariant = pgEnum('model_variant', ['rural', 'urban_3d']);
export const itemLevel = pgEnum('item_level', ['regional', 'local']);
export const cadence = pgEnum('cadence', ['monthly', 'quarterly', 'every_3_months', 'yearly_q1', 'q1_q3']);
export const evidenceKind = pgEnum('evidence_kind', [
  'none',
  'notification',
  'agreement_regional',
  'agreement_powiat_gmina',
  'agreement_pzk',
  'confidentiality_statement',
  'training_attendance',
  'document',
]);

/**
 * The model catalogue is versioned as a whole: an edit by a ROPS administrator copies the current
 * version of the variant into a new one; implementations keep the version they started with.
 */
export const catalogueVersions = pgTable(
  'catalogue_versions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    variant: modelVariant().notNull(),
    version: integer().notNull(),
    name: varchar({ length: 200 }).notNull(),
    description: text().notNull(),
    durationMonths: smallint().notNull(),
    note: varchar({ length: 1000 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [unique('catalogue_versions_variant_version').on(t.variant, t.version)],
);

export const catalogueStages = pgTable(
  'catalogue_stages',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    versionId: integer()
      .notNull()
      .references(() => catalogueVersions.id, { onDelete: 'cascade' }),
    number: smallint().notNull(),
    name: varchar({ length: 300 }).notNull(),
    description: text().notNull(),
    level: itemLevel().notNull(),
    startMonth: smallint().notNull(),
    durationMonths: smallint().notNull(),
  },
  (t) => [index('catalogue_stages_version_idx').on(t.versionId)],
);

export const catalogueSteps = pgTable(
  'catalogue_steps',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    versionId: integer()
      .notNull()
      .references(() => catalogueVersions.id, { onDelete: 'cascade' }),
    stageId: integer()
      .notNull()
      .references(() => catalogueStages.id, { onDelete: 'cascade' }),
    number: smallint().notNull(),
    name: varchar({ length: 300 }).notNull(),
    description: text().notNull(),
  },
  (t) => [index('catalogue_steps_version_idx').on(t.versionId)],
);

export const catalogueSubsteps = pgTable(
  'catalogue_substeps',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    versionId: integer()
      .notNull()
      .references(() => catalogueVersions.id, { onDelete: 'cascade' }),
    stepId: integer()
      .notNull()
      .references(() => catalogueSteps.id, { onDelete: 'cascade' }),
    code: varchar({ length: 8 }).notNull(),
    // Order along the model's normal path (stage, step, sub-step).
    position: smallint().notNull(),
    name: varchar({ length: 300 }).notNull(),
    description: text().notNull(),
    responsible: jsonb().$type<string[]>().notNull(),
    level: itemLevel().notNull(),
    startMonth: smallint().notNull(),
    durationMonths: smallint().notNull(),
    evidence: evidenceKind().notNull(),
    evidenceLabel: varchar({ length: 300 }).notNull(),
  },
  (t) => [index('catalogue_substeps_version_idx').on(t.versionId), unique('catalogue_substeps_version_code').on(t.versionId, t.code)],
);

export const catalogueChecklistItems = pgTable(
  'catalogue_checklist_items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    substepId: integer()
      .notNull()
      .references(() => catalogueSubsteps.id, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    text: varchar({ length: 500 }).notNull(),
  },
  (t) => [index('catalogue_checklist_substep_idx').on(t.substepId)],
);

export const catalogueRecurringTasks = pgTable(
  'catalogue_recurring_tasks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    versionId: integer()
      .notNull()
      .references(() => catalogueVersions.id, { onDelete: 'cascade' }),
    code: varchar({ length: 40 }).notNull(),
    name: varchar({ length: 300 }).notNull(),
    description: text().notNull(),
    responsible: jsonb().$type<string[]>().notNull(),
    cadence: cadence().notNull(),
    level: itemLevel().notNull(),
    fromMonth: smallint().notNull(),
    toMonth: smallint().notNull(),
  },
  (t) => [index('catalogue_recurring_version_idx').on(t.versionId)],
);

export const catalogueVersionsRelations = relations(catalogueVersions, ({ many }) => ({
  stages: many(catalogueStages),
  steps: many(catalogueSteps),
  substeps: many(catalogueSubsteps),
  recurring: many(catalogueRecurringTasks),
}));
export const catalogueStagesRelations = relations(catalogueStages, ({ one, many }) => ({
  version: one(catalogueVersions, { fields: [catalogueStages.versionId], references: [catalogueVersions.id] }),
  steps: many(catalogueSteps),
}));
export const catalogueStepsRelations = relations(catalogueSteps, ({ one, many }) => ({
  version: one(catalogueVersions, { fields: [catalogueSteps.versionId], references: [catalogueVersions.id] }),
  stage: one(catalogueStages, { fields: [catalogueSteps.stageId], references: [catalogueStages.id] }),
  substeps: many(catalogueSubsteps),
}));
export const catalogueSubstepsRelations = relations(catalogueSubsteps, ({ one, many }) => ({
  version: one(catalogueVersions, { fields: [catalogueSubsteps.versionId], references: [catalogueVersions.id] }),
  step: one(catalogueSteps, { fields: [catalogueSubsteps.stepId], references: [catalogueSteps.id] }),
  checklist: many(catalogueChecklistItems),
}));
export const catalogueChecklistItemsRelations = relations(catalogueChecklistItems, ({ one }) => ({
  substep: one(catalogueSubsteps, { fields: [catalogueChecklistItems.substepId], references: [catalogueSubsteps.id] }),
}));
export const catalogueRecurringTasksRelations = relations(catalogueRecurringTasks, ({ one }) => ({
  version: one(catalogueVersions, { fields: [catalogueRecurringTasks.versionId], references: [catalogueVersions.id] }),
}));

export type ModelVariant = (typeof modelVariant.enumValues)[number];
export type EvidenceKind = (typeof evidenceKind.enumValues)[number];
export type Cadence = (typeof cadence.enumValues)[number];
export type ItemLevel = (typeof itemLevel.enumValues)[number];

export const proposalStatus = pgEnum('model_proposal_status', ['pending', 'accepted', 'returned']);

/**
 * A ROPS administrator's proposed change to the national model (a catalogue edit or a document
 * template version). The national administrator accepts it — the edit is then applied as they
 * would apply it — or returns it with a reason.
 */
export const modelChangeProposals = pgTable(
  'model_change_proposals',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // 'substep' | 'step' | 'recurring' | 'template'
    kind: varchar({ length: 20 }).notNull(),
    // The edit form's input, exactly as the direct edit takes it.
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    summary: varchar({ length: 300 }).notNull(),
    voivodeshipId: integer().notNull(),
    proposedBy: uuid().notNull(),
    proposedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: proposalStatus().notNull().default('pending'),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: varchar({ length: 2000 }),
  },
  (t) => [index('model_change_proposals_status_idx').on(t.status, t.proposedAt), index('model_change_proposals_voivodeship_idx').on(t.voivodeshipId, t.proposedAt)],
);
