import { relations } from 'drizzle-orm';
import { type AnyPgColumn, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import type { DocumentContent } from '../../lib/documents/compose';
import type { TemplateBody } from '../../lib/documents/template';
import { files, implementations } from './implementations';
import { gminas, powiats, voivodeships } from './territory';

export const documentKind = pgEnum('document_kind', ['agreement_regional', 'agreement_powiat_gmina', 'agreement_pzk', 'pzk_accession', 'confidentiality_statement', 'annex']);
export const documentStatus = pgEnum('document_status', ['draft', 'ready', 'signed', 'amended', 'terminated']);

/**
 * Templates of printable documents, versioned per kind: an edit by a ROPS administrator inserts a
 * new version; documents keep the version they were made from. The model is national, so are they.
 */
export const documentTemplates = pgTable(
  'document_templates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: documentKind().notNull(),
    version: integer().notNull(),
    body: jsonb().$type<TemplateBody>().notNull(),
    changeNote: varchar({ length: 1000 }),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('document_templates_kind_version').on(t.kind, t.version)],
);

/** Numbers documents per kind and year ("PG/2026/0003") without gaps or duplicates under concurrency. */
export const documentCounters = pgTable(
  'document_counters',
  {
    kind: documentKind().notNull(),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);

export const documents = pgTable(
  'documents',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: documentKind().notNull(),
    templateId: integer()
      .notNull()
      .references(() => documentTemplates.id),
    number: varchar({ length: 40 }).notNull().unique(),
    title: varchar({ length: 300 }).notNull(),
    status: documentStatus().notNull().default('draft'),
    // Where it lives, for the policy: a regional agreement has only the województwo; a powiat–gmina
    // agreement the powiat (its gminas in document_gminas); PZK documents one gmina.
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer().references(() => powiats.id),
    gminaId: integer().references(() => gminas.id),
    implementationId: integer().references(() => implementations.id),
    /** The agreement an annex amends or a declaration joins. */
    parentId: integer().references((): AnyPgColumn => documents.id),
    content: jsonb().$type<DocumentContent>().notNull(),
    /** The current revision (document_revisions.revision); every saved change adds one. */
    revision: integer().notNull().default(1),
    /** Optimistic locking: every change must name the version it was based on. */
    version: integer().notNull().default(1),
    /** Signing date per party (same order as content.parties). */
    signedOn: jsonb().$type<(string | null)[]>(),
    /** The latest of the parties' signing dates: the day the agreement binds. */
    effectiveOn: date({ mode: 'string' }),
    scanFileId: uuid().references(() => files.id),
    terminatedOn: date({ mode: 'string' }),
    terminationReason: varchar({ length: 1000 }),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('documents_voivodeship_idx').on(t.voivodeshipId, t.kind),
    index('documents_powiat_idx').on(t.powiatId),
    index('documents_gmina_idx').on(t.gminaId),
    index('documents_implementation_idx').on(t.implementationId),
    index('documents_parent_idx').on(t.parentId),
  ],
);

/** The gminas a document concerns (a powiat–gmina agreement has several). */
export const documentGminas = pgTable(
  'document_gminas',
  {
    documentId: integer()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    gminaId: integer()
      .notNull()
      .references(() => gminas.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.gminaId] }), index('document_gminas_gmina_idx').on(t.gminaId)],
);

/**
 * Every saved state of a document's content: its history, and what a printed copy is checked
 * against — each revision has its own verification code, so an outdated printout is recognised.
 */
export const documentRevisions = pgTable(
  'document_revisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    documentId: integer()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    revision: integer().notNull(),
    content: jsonb().$type<DocumentContent>().notNull(),
    /** Normalised (no dashes), unique across all documents. */
    verificationCode: varchar({ length: 12 }).notNull().unique(),
    /**
     * The code of this revision's signed printout (with the parties' signing dates), set when the
     * revision is signed: the unsigned printout (verificationCode) and the signed one differ, so
     * each carries its own code. Normalised, unique across all documents; null until signed.
     */
    signedVerificationCode: varchar({ length: 12 }).unique(),
    note: varchar({ length: 300 }).notNull(),
    createdBy: uuid().notNull(),
    createdByName: varchar({ length: 200 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('document_revisions_document_revision').on(t.documentId, t.revision)],
);

/** What happened to a document (created, saved, marked ready, signed, annexed, terminated). */
export const documentEvents = pgTable(
  'document_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    documentId: integer()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid(),
    userName: varchar({ length: 200 }),
    text: text().notNull(),
  },
  (t) => [index('document_events_document_idx').on(t.documentId, t.at)],
);

export const documentsRelations = relations(documents, ({ one, many }) => ({
  template: one(documentTemplates, { fields: [documents.templateId], references: [documentTemplates.id] }),
  gminas: many(documentGminas),
  revisions: many(documentRevisions),
}));
export const documentGminasRelations = relations(documentGminas, ({ one }) => ({
  document: one(documents, { fields: [documentGminas.documentId], references: [documents.id] }),
  gmina: one(gminas, { fields: [documentGminas.gminaId], references: [gminas.id] }),
}));
export const documentRevisionsRelations = relations(documentRevisions, ({ one }) => ({
  document: one(documents, { fields: [documentRevisions.documentId], references: [documents.id] }),
}));

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentTemplateRow = typeof documentTemplates.$inferSelect;
export type DocumentStatus = (typeof documentStatus.enumValues)[number];
