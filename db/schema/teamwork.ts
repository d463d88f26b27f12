import { date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { caseConsents, cases, ipps } from './cases';
import { files } from './implementations';
import { institutions } from './institutions';
import { pzks } from './pzk';
import { gminas, powiats, voivodeships } from './territory';

/*
 * The work of the whole team (issue 15): the IPP tasks as rows (so a partner institution can report
 * on its own task and the inbox can find them by institution), the case's dziennik współpracy, the
 * case files (signed papers, opinions, a genogram scan), invitations of PZK members' people, and
 * e-mail digests.
 */

/** A partner's report on its IPP task: nie rozpoczęte / w toku / wykonane / problem. */
export const ippTaskProgress = pgEnum('ipp_task_progress', ['not_started', 'in_progress', 'done', 'problem']);

/**
 * One row per task of an IPP (ipps.goals[].tasks[]), kept in step with the IPP by every save of it
 * (lib/cases/ipp.ts): the plan stays in the IPP; this row carries the task's institution and due
 * date for the inbox, and the partner's current report on it (status, dated note, version).
 */
export const ippTasks = pgTable(
  'ipp_tasks',
  {
    ippId: integer()
      .notNull()
      .references(() => ipps.id, { onDelete: 'cascade' }),
    taskKey: varchar({ length: 64 }).notNull(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    goalKey: varchar({ length: 64 }).notNull(),
    institutionId: integer().references(() => institutions.id),
    description: text().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    status: ippTaskProgress().notNull().default('not_started'),
    note: text().notNull().default(''),
    /** The day the note speaks of (typed by the partner; not in the future). */
    notedOn: date({ mode: 'string' }),
    updatedBy: uuid(),
    updatedByName: varchar({ length: 200 }),
    updatedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.ippId, t.taskKey] }),
    index('ipp_tasks_institution_idx').on(t.institutionId, t.status, t.dueOn),
    index('ipp_tasks_case_idx').on(t.caseId),
  ],
);

/** Every report on an IPP task, oldest first: what the key worker reads at the next monitoring. */
export const ippTaskUpdates = pgTable(
  'ipp_task_updates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    ippId: integer()
      .notNull()
      .references(() => ipps.id, { onDelete: 'cascade' }),
    taskKey: varchar({ length: 64 }).notNull(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    status: ippTaskProgress().notNull(),
    note: text().notNull().default(''),
    notedOn: date({ mode: 'string' }).notNull(),
    institutionId: integer().references(() => institutions.id),
    userId: uuid().notNull(),
    userName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ipp_task_updates_case_idx').on(t.caseId, t.createdAt), index('ipp_task_updates_task_idx').on(t.ippId, t.taskKey)],
);

/** The kinds of a dziennik współpracy entry. */
export const journalEntryKind = pgEnum('journal_entry_kind', ['visit', 'conversation', 'consultation', 'workshop', 'team_meeting', 'other']);

/** Dziennik współpracy: a dated contact or action of anyone on the case team (the WRZOS "karta pracy socjalnej" for the whole team). */
export const caseJournal = pgTable(
  'case_journal',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    happenedOn: date({ mode: 'string' }).notNull(),
    kind: journalEntryKind().notNull(),
    participants: text().notNull().default(''),
    note: text().notNull(),
    institutionId: integer().references(() => institutions.id),
    authorId: uuid().notNull(),
    authorName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_journal_case_idx').on(t.caseId, t.happenedOn)],
);

export const caseAttachmentKind = pgEnum('case_attachment_kind', ['consent', 'ipp_contract', 'opinion', 'genogram', 'other']);

/** A file of a case (akta): a signed consent, the signed IPP/contract, an opinion, a genogram scan. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: caseAttachmentKind().notNull(),
    /** The date of the paper itself (signed on, written on). */
    documentDate: date({ mode: 'string' }).notNull(),
    description: varchar({ length: 300 }).notNull().default(''),
    /** The step it belongs to: the consent it is the signed copy of, or the IPP. */
    consentId: integer().references(() => caseConsents.id, { onDelete: 'set null' }),
    ippId: integer().references(() => ipps.id, { onDelete: 'set null' }),
    fileId: uuid()
      .notNull()
      .references(() => files.id),
    uploadedBy: uuid().notNull(),
    uploadedByName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId, t.kind)],
);

/**
 * An invitation of a member institution's person to the platform, sent by a PCPR animator: a
 * single-use link valid 7 days, of which only the SHA-256 is kept. Accepting it makes an active
 * account with the role "Członek PZK" for the institution; ROPS administrators see every one and
 * may revoke it (and the account made with it).
 */
export const invitations = pgTable(
  'invitations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: varchar({ length: 64 }).notNull().unique(),
    email: varchar({ length: 254 }).notNull(),
    name: varchar({ length: 200 }).notNull(),
    jobTitle: varchar({ length: 200 }).notNull().default(''),
    institutionId: integer()
      .notNull()
      .references(() => institutions.id),
    pzkId: integer().references(() => pzks.id),
    // Where it lives, for the policy (the institution's place).
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer().references(() => powiats.id),
    gminaId: integer().references(() => gminas.id),
    invitedBy: uuid().notNull(),
    invitedByName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    /** The account made with it. */
    userId: uuid(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid(),
  },
  (t) => [index('invitations_place_idx').on(t.voivodeshipId, t.createdAt), index('invitations_email_idx').on(t.email)],
);

/** How a person wants e-mails of one kind: at once (the default, no row), in a daily or weekly digest, or not at all. */
export const emailDelivery = pgEnum('email_delivery', ['immediate', 'daily', 'weekly', 'none']);

export const notificationSettings = pgTable(
  'notification_settings',
  {
    userId: uuid().notNull(),
    kind: varchar({ length: 40 }).notNull(),
    delivery: emailDelivery().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** An event kept for a person's next digest instead of an e-mail of its own (subject and link only, never family data). */
export const digestItems = pgTable(
  'digest_items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid().notNull(),
    voivodeshipId: integer().references(() => voivodeships.id),
    kind: varchar({ length: 40 }).notNull(),
    pzkId: integer().references(() => pzks.id, { onDelete: 'cascade' }),
    subject: varchar({ length: 300 }).notNull(),
    link: varchar({ length: 500 }).notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The digest that carried it; null while waiting. */
    digestId: integer(),
  },
  (t) => [index('digest_items_waiting_idx').on(t.userId, t.digestId)],
);

export const digestPeriod = pgEnum('digest_period', ['daily', 'weekly']);

/** A digest sent (queued) to one person for one period; the unique key makes it once, whatever the number of workers. */
export const digests = pgTable(
  'digests',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid().notNull(),
    period: digestPeriod().notNull(),
    /** "2026-12-07" for a day, "2026-W50" for an ISO week. */
    periodKey: varchar({ length: 20 }).notNull(),
    outboxId: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('digests_once').on(t.userId, t.period, t.periodKey)],
);
