import { relations, sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { implementations } from './implementations';
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
