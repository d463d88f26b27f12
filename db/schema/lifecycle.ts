import { bigint, boolean, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { cases, caseMembers } from './cases';
import { institutions } from './institutions';
import { voivodeships } from './territory';

/*
 * The data lifecycle under RODO (issue 16): retention classes (JRWA) as data, what has reached its
 * end, legal holds, destruction (anonymisation) batches approved with the state archive's consent,
 * the register of data-subject requests, and the verifications of the audit log's hash chains.
 */

/** JRWA categories: A kept permanently, B<n> for n full years, BE<n> reviewed by the state archive after n years. */
export const retentionCategory = pgEnum('retention_category', ['A', 'B', 'BE']);

/** The kinds of record with a retention rule (lib/retention/rules.ts says how each is counted). */
export const retentionRecordKind = pgEnum('retention_record_kind', ['family_case', 'account_request_rejected', 'login_failure', 'record_access_audit']);

/**
 * The national defaults, kept by the national administrator. A record kind counted in JRWA years
 * has `category` and `years` (A: years null); one counted in days (rejected account requests,
 * login failures) has `days`; record-access audit entries follow their record (`followsRecord`).
 */
export const retentionRules = pgTable('retention_rules', {
  kind: retentionRecordKind().primaryKey(),
  /** JRWA symbol of the class, e.g. "5131" (may be empty where the kind is not a file of a matter). */
  symbol: varchar({ length: 20 }).notNull().default(''),
  category: retentionCategory(),
  years: smallint(),
  days: smallint(),
  followsRecord: boolean().notNull().default(false),
  /** The legal basis and the reason, shown to administrators. */
  basis: text().notNull(),
  version: integer().notNull().default(1),
  updatedBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** An institution's own JRWA class for a record kind (its instrukcja kancelaryjna), overriding the default. */
export const institutionRetention = pgTable(
  'institution_retention',
  {
    institutionId: integer()
      .notNull()
      .references(() => institutions.id, { onDelete: 'cascade' }),
    kind: retentionRecordKind().notNull(),
    symbol: varchar({ length: 20 }).notNull().default(''),
    category: retentionCategory().notNull(),
    years: smallint(),
    basis: text().notNull().default(''),
    version: integer().notNull().default(1),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.kind] })],
);

/**
 * due: the retention period of a closed case ends by `dueOn` (marked by the background worker up to
 * 90 days ahead); held: a legal hold stops it; in_batch: in an approved destruction batch not yet
 * run; anonymised: done. A review (BE) is `due` too — the archive decides in its consent.
 */
export const retentionItemStatus = pgEnum('retention_item_status', ['due', 'held', 'in_batch', 'anonymised']);

export const retentionItems = pgTable(
  'retention_items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    /** The class applied when marked (the institution's own, else the default). */
    symbol: varchar({ length: 20 }).notNull().default(''),
    category: retentionCategory().notNull(),
    years: smallint(),
    /** The day the matter closed (the case's closing, refusal or hand-over). */
    closedOn: date({ mode: 'string' }).notNull(),
    /** 1 January of the year after closing, plus the years. */
    dueOn: date({ mode: 'string' }).notNull(),
    status: retentionItemStatus().notNull().default('due'),
    batchId: integer().references(() => destructionBatches.id),
    markedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [unique('retention_items_case').on(t.caseId), index('retention_items_place_idx').on(t.voivodeshipId, t.status, t.dueOn)],
);

/** A legal hold: the case is not destroyed while it is in force (until `until`, or lifted). */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    until: date({ mode: 'string' }).notNull(),
    placedBy: uuid().notNull(),
    placedByName: varchar({ length: 200 }).notNull(),
    placedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    liftedAt: timestamp({ withTimezone: true }),
    liftedBy: uuid(),
  },
  (t) => [index('legal_holds_case_idx').on(t.caseId, t.until)],
);

/** A destruction batch approved by a ROPS administrator with the state archive's consent; its cases are anonymised. */
export const destructionBatches = pgTable(
  'destruction_batches',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    /** The state archive's consent: its number (znak) and date. */
    consentNumber: varchar({ length: 100 }).notNull(),
    consentDate: date({ mode: 'string' }).notNull(),
    caseCount: integer().notNull(),
    approvedBy: uuid().notNull(),
    approvedByName: varchar({ length: 200 }).notNull(),
    approvedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    executedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('destruction_batches_place_idx').on(t.voivodeshipId, t.approvedAt)],
);

/** RODO rights a person may exercise (art. 15, 16, 18, 17, 21). */
export const dataRequestKind = pgEnum('data_request_kind', ['access', 'rectification', 'restriction', 'erasure', 'objection']);
/** granted, partly granted, refused (with the legal basis); erasure refused may be offered as restriction. */
export const dataRequestDecision = pgEnum('data_request_decision', ['granted', 'partly_granted', 'refused']);

/**
 * The register of data-subject requests of a województwo. The answer is due a month after receipt
 * (art. 12(3)); it may be extended by two months with a recorded reason.
 */
export const dataRequests = pgTable(
  'data_requests',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** "RODO/2026/0001": per województwo and year. */
    number: varchar({ length: 20 }).notNull(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    kind: dataRequestKind().notNull(),
    /** Who asked (the person, or their representative) and how to answer them. */
    requesterName: varchar({ length: 200 }).notNull(),
    requesterContact: varchar({ length: 300 }).notNull().default(''),
    /** The case the request concerns (null when the person has no case here), and which household member. */
    caseId: integer().references(() => cases.id, { onDelete: 'set null' }),
    caseMemberId: integer().references(() => caseMembers.id, { onDelete: 'set null' }),
    /** What the person asks for, in their words (no special-category content needed). */
    subject: text().notNull().default(''),
    receivedOn: date({ mode: 'string' }).notNull(),
    /** received + 1 month; extendedUntil replaces it when extended (art. 12(3)). */
    dueOn: date({ mode: 'string' }).notNull(),
    extendedUntil: date({ mode: 'string' }),
    extensionReason: text(),
    /** The person was told of the extension (within the first month). */
    extensionNotifiedOn: date({ mode: 'string' }),
    decision: dataRequestDecision(),
    legalBasis: text(),
    decisionNote: text(),
    decidedOn: date({ mode: 'string' }),
    doneOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('data_requests_number').on(t.voivodeshipId, t.number), index('data_requests_open_idx').on(t.voivodeshipId, t.doneOn, t.dueOn), index('data_requests_case_idx').on(t.caseId)],
);

/**
 * A restriction of processing (art. 18) of a case: stored, read-only, no new processing. Lifted only
 * after the person was told (`noticeGivenOn`, before `liftedAt`).
 */
export const caseRestrictions = pgTable(
  'case_restrictions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    requestId: integer().references(() => dataRequests.id, { onDelete: 'set null' }),
    reason: text().notNull(),
    since: timestamp({ withTimezone: true }).notNull().defaultNow(),
    placedBy: uuid().notNull(),
    /** The day the person was told the restriction will be lifted (required before lifting). */
    noticeGivenOn: date({ mode: 'string' }),
    liftedAt: timestamp({ withTimezone: true }),
    liftedBy: uuid(),
  },
  (t) => [index('case_restrictions_case_idx').on(t.caseId, t.liftedAt)],
);

/** Per-year counters of request numbers. */
export const dataRequestCounters = pgTable(
  'data_request_counters',
  {
    voivodeshipId: integer().notNull(),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.voivodeshipId, t.year] })],
);

/** Login failures older than their retention, kept as a count per day (the rows are deleted). */
export const loginFailureCounts = pgTable('login_failure_counts', {
  day: date({ mode: 'string' }).primaryKey(),
  failures: integer().notNull(),
});

/** The head of each audit chain (one per województwo; 0 for entries outside any): its last seq and hash. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: integer().primaryKey(),
  seq: bigint({ mode: 'number' }).notNull(),
  hash: varchar({ length: 64 }).notNull(),
  entryId: bigint({ mode: 'number' }),
  at: timestamp({ withTimezone: true }),
});

/** A run of `audit:verify` (command line, background worker or the ROPS page): the first broken link, if any. */
export const auditVerifications = pgTable(
  'audit_verifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ok: boolean().notNull(),
    chains: integer().notNull(),
    entries: bigint({ mode: 'number' }).notNull(),
    brokenChain: integer(),
    brokenEntryId: bigint({ mode: 'number' }),
    brokenSeq: bigint({ mode: 'number' }),
    /** What is wrong, in Polish ("wpis nr 123: skrót się nie zgadza"). */
    problem: text(),
    /** worker | cli | user:<uuid> */
    runBy: varchar({ length: 60 }).notNull(),
  },
  (t) => [index('audit_verifications_at_idx').on(t.at)],
);
