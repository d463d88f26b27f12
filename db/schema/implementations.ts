import { relations, sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { catalogueChecklistItems, catalogueRecurringTasks, catalogueSubsteps, catalogueVersions, modelVariant } from './model';
import { gminas, powiats, voivodeships } from './territory';
import { role } from './users';

export const notificationStatus = pgEnum('notification_status', ['submitted', 'returned', 'accepted']);
export const notificationPersonFunction = pgEnum('notification_person_function', [
  'animator_pcpr',
  'animator_gops',
  'councillor_powiat',
  'councillor_gmina',
  'network_worker',
]);
export const trackKind = pgEnum('track_kind', ['gmina', 'regional']);
export const itemStatus = pgEnum('item_status', ['not_started', 'in_progress', 'done', 'not_applicable']);
export const occurrenceStatus = pgEnum('occurrence_status', ['planned', 'done', 'skipped']);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** The PCPR animator's notification to ROPS (step 2.4): a powiat and the gminas that decided. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    variant: modelVariant().notNull(),
    plannedStart: date({ mode: 'string' }).notNull(),
    targetGroup: varchar({ length: 1000 }),
    /** "ZG/2026/0004": what users call the notification (never its id); numbered per year of submission. */
    number: varchar({ length: 20 }).notNull().unique(),
    status: notificationStatus().notNull().default('submitted'),
    reviewComment: varchar({ length: 2000 }),
    submittedBy: uuid().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid(),
    /** The role the decider acted in (shown with their name: "who decided"). */
    decidedByRole: role(),
    decidedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [index('notifications_voivodeship_idx').on(t.voivodeshipId, t.status), index('notifications_powiat_idx').on(t.powiatId)],
);

/** Numbers notifications per year ("ZG/2026/0004") without gaps or duplicates under concurrency. */
export const notificationCounters = pgTable('notification_counters', {
  year: integer().primaryKey(),
  last: integer().notNull(),
});

export const notificationGminas = pgTable(
  'notification_gminas',
  {
    notificationId: integer()
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    gminaId: integer()
      .notNull()
      .references(() => gminas.id),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.gminaId] })],
);

export const notificationPeople = pgTable(
  'notification_people',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    notificationId: integer()
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    function: notificationPersonFunction().notNull(),
    name: varchar({ length: 200 }).notNull(),
    gminaId: integer().references(() => gminas.id),
    email: varchar({ length: 254 }),
  },
  (t) => [index('notification_people_notification_idx').on(t.notificationId)],
);

/** An accepted notification: one powiat, its gminas, a catalogue version and a start date. */
export const implementations = pgTable(
  'implementations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    notificationId: integer()
      .notNull()
      .unique()
      .references(() => notifications.id),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    catalogueVersionId: integer()
      .notNull()
      .references(() => catalogueVersions.id),
    startDate: date({ mode: 'string' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when every gmina's PZK decided to end (step 9.2): its gminas may be notified again. */
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('implementations_voivodeship_idx').on(t.voivodeshipId), index('implementations_powiat_idx').on(t.powiatId)],
);

/** A step of a track as summarised: done (every sub-step closed), started, or not started. */
export interface TrackStepState {
  step: number;
  state: 'done' | 'started' | 'todo';
  /** The earliest planned end of a sub-step still open (ISO date), null when none is. */
  openEnd: string | null;
}

/**
 * A schedule being worked through: each gmina of an implementation has its own (it moves at its
 * own pace), and each województwo has one regional track for stage I and ROPS's recurring tasks.
 */
export const tracks = pgTable(
  'tracks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: trackKind().notNull(),
    implementationId: integer().references(() => implementations.id),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer().references(() => powiats.id),
    gminaId: integer().references(() => gminas.id),
    catalogueVersionId: integer()
      .notNull()
      .references(() => catalogueVersions.id),
    startDate: date({ mode: 'string' }).notNull(),
    lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // A summary of the schedule below, recomputed from it in the same transaction as every change
    // (lib/implementations/summary.ts), so that dashboards over thousands of gminas read one row each.
    totalItems: integer().notNull().default(0),
    closedItems: integer().notNull().default(0),
    currentSubstepId: integer().references(() => catalogueSubsteps.id),
    // Open sub-steps' planned ends and labels, and planned occurrences' due dates and names, as
    // parallel arrays sorted by date: width_bucket() then counts the overdue ones in O(log n).
    openItemEnds: date({ mode: 'string' }).array().notNull().default(sql`'{}'`),
    openItemLabels: text().array().notNull().default(sql`'{}'`),
    openOccurrenceDues: date({ mode: 'string' }).array().notNull().default(sql`'{}'`),
    openOccurrenceLabels: text().array().notNull().default(sql`'{}'`),
    outOfOrder: text(),
    // Each step of the track (by number) with its state and the earliest planned end of its open
    // sub-steps, for the dashboard's strip of steps; "overdue" is judged against today when read.
    stepStates: jsonb().$type<TrackStepState[]>().notNull().default([]),
    /** Which cycle of the gmina's implementation this schedule is (1, then 2 after "continue" at 9.2). */
    cycle: smallint().notNull().default(1),
    /** Set when the cycle ended (a decision at 9.2): the schedule is then read-only, kept with its reports. */
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('tracks_voivodeship_idx').on(t.voivodeshipId),
    index('tracks_powiat_idx').on(t.powiatId),
    index('tracks_implementation_idx').on(t.implementationId),
    // A gmina implements the model once at a time (one open cycle); a województwo has one regional track.
    uniqueIndex('tracks_gmina_unique').on(t.gminaId).where(sql`${t.kind} = 'gmina' and ${t.closedAt} is null`),
    uniqueIndex('tracks_regional_unique').on(t.voivodeshipId).where(sql`${t.kind} = 'regional'`),
  ],
);

export const scheduleItems = pgTable(
  'schedule_items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    trackId: integer()
      .notNull()
      .references(() => tracks.id, { onDelete: 'cascade' }),
    substepId: integer()
      .notNull()
      .references(() => catalogueSubsteps.id),
    plannedStart: date({ mode: 'string' }).notNull(),
    plannedEnd: date({ mode: 'string' }).notNull(),
    status: itemStatus().notNull().default('not_started'),
    actualStart: date({ mode: 'string' }),
    actualEnd: date({ mode: 'string' }),
    /** Why it does not apply (status not_applicable). */
    naReason: varchar({ length: 1000 }),
    /** Why it was started before the earlier stage was finished (shown on the dashboard). */
    outOfOrderReason: varchar({ length: 1000 }),
    notes: text(),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [index('schedule_items_track_idx').on(t.trackId, t.status, t.plannedEnd)],
);

export const scheduleChecks = pgTable(
  'schedule_checks',
  {
    scheduleItemId: integer()
      .notNull()
      .references(() => scheduleItems.id, { onDelete: 'cascade' }),
    checklistItemId: integer()
      .notNull()
      .references(() => catalogueChecklistItems.id),
    done: boolean().notNull().default(false),
    doneBy: uuid(),
    doneAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.scheduleItemId, t.checklistItemId] })],
);

export const occurrences = pgTable(
  'occurrences',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    trackId: integer()
      .notNull()
      .references(() => tracks.id, { onDelete: 'cascade' }),
    taskId: integer()
      .notNull()
      .references(() => catalogueRecurringTasks.id),
    periodStart: date({ mode: 'string' }).notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    status: occurrenceStatus().notNull().default('planned'),
    doneOn: date({ mode: 'string' }),
    note: varchar({ length: 1000 }),
  },
  (t) => [index('occurrences_track_idx').on(t.trackId, t.status, t.dueDate)],
);

/** Uploaded files, kept in the database so both backends and backups hold everything. */
export const files = pgTable('files', {
  id: uuid().primaryKey().defaultRandom(),
  name: varchar({ length: 255 }).notNull(),
  mime: varchar({ length: 100 }).notNull(),
  size: integer().notNull(),
  sha256: varchar({ length: 64 }).notNull(),
  data: bytea().notNull(),
  uploadedBy: uuid().notNull(),
  uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const evidence = pgTable(
  'evidence',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    scheduleItemId: integer()
      .notNull()
      .references(() => scheduleItems.id, { onDelete: 'cascade' }),
    title: varchar({ length: 300 }).notNull(),
    fileId: uuid().references(() => files.id),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_item_idx').on(t.scheduleItemId)],
);

/** What happened on a track, in words, for its history list. */
export const trackEvents = pgTable(
  'track_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    trackId: integer()
      .notNull()
      .references(() => tracks.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid(),
    userName: varchar({ length: 200 }),
    text: varchar({ length: 1000 }).notNull(),
  },
  (t) => [index('track_events_track_idx').on(t.trackId, t.at)],
);

export const notificationsRelations = relations(notifications, ({ one, many }) => ({
  powiat: one(powiats, { fields: [notifications.powiatId], references: [powiats.id] }),
  gminas: many(notificationGminas),
  people: many(notificationPeople),
}));
export const notificationGminasRelations = relations(notificationGminas, ({ one }) => ({
  notification: one(notifications, { fields: [notificationGminas.notificationId], references: [notifications.id] }),
  gmina: one(gminas, { fields: [notificationGminas.gminaId], references: [gminas.id] }),
}));
export const notificationPeopleRelations = relations(notificationPeople, ({ one }) => ({
  notification: one(notifications, { fields: [notificationPeople.notificationId], references: [notifications.id] }),
  gmina: one(gminas, { fields: [notificationPeople.gminaId], references: [gminas.id] }),
}));

export type Notification = typeof notifications.$inferSelect;
export type NotificationStatus = (typeof notificationStatus.enumValues)[number];
export type NotificationPersonFunction = (typeof notificationPersonFunction.enumValues)[number];
export type Track = typeof tracks.$inferSelect;
export type ScheduleItem = typeof scheduleItems.$inferSelect;
export type ItemStatus = (typeof itemStatus.enumValues)[number];
