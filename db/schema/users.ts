import { relations } from 'drizzle-orm';
import { index, inet, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { institutions } from './institutions';
import { gminas, powiats, voivodeships } from './territory';

export const userStatus = pgEnum('user_status', ['pending', 'active', 'rejected', 'disabled']);

export const role = pgEnum('role', [
  'rops_admin',
  'rops_adviser',
  'wzk_member',
  'pcpr_animator',
  'gops_animator',
  'social_worker',
  'pzk_member',
  'councillor',
  'family_expert',
  // Kooperacje 3D: the municipal OPS's network worker (pracownik ds. sieci) organises the PZK and the ZZK.
  'network_worker',
  // Keeps the national model (catalogue, document templates); created from the command line.
  'national_admin',
]);

export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  // Stored lower-cased by the form schema, so the unique index is case-insensitive in effect.
  email: varchar({ length: 254 }).notNull().unique(),
  name: varchar({ length: 200 }).notNull(),
  passwordHash: text().notNull(),
  status: userStatus().notNull().default('pending'),
  statusReason: varchar({ length: 1000 }),
  institutionId: integer().references(() => institutions.id),
  jobTitle: varchar({ length: 200 }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  decidedAt: timestamp({ withTimezone: true }),
  decidedBy: uuid(),
  /** The last successful login (accounts without one for 12 months are disabled, lib/accounts/inactive.ts). */
  lastLoginAt: timestamp({ withTimezone: true }),
  /** The warning e-mail sent 30 days before disabling for inactivity; cleared by the next login. */
  inactivityWarnedAt: timestamp({ withTimezone: true }),
  /** A rejected account request's personal fields were removed (after 90 days). */
  personalDataRemovedAt: timestamp({ withTimezone: true }),
});

// One row per role a user holds, each with its own scope. Which columns are set depends on the
// role's scope level (lib/auth/roles.ts); voivodeshipId is always set so ROPS can filter by it.
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: role().notNull(),
    // Null only for the national administrator, whose scope is the whole country.
    voivodeshipId: integer().references(() => voivodeships.id),
    powiatId: integer().references(() => powiats.id),
    gminaId: integer().references(() => gminas.id),
    institutionId: integer().references(() => institutions.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_assignments_user_idx').on(t.userId),
    index('role_assignments_voivodeship_idx').on(t.voivodeshipId),
  ],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: varchar({ length: 254 }).notNull(),
    // The client address as the front server saw it (lib/http/client-ip.ts); null when unknown.
    ip: inet(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_email_idx').on(t.email, t.at),
    index('login_failures_ip_idx').on(t.ip, t.at),
  ],
);

/**
 * Signed-in sessions. The JWT names one of these; each request checks it is neither revoked nor
 * expired, so signing out (here or everywhere), a password change or blocking the user ends it.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    ip: inet(),
    userAgent: varchar({ length: 300 }),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.createdAt)],
);

/** Per-IP rate limits of anonymous forms other than login (account requests). */
export const requestThrottle = pgTable(
  'request_throttle',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: varchar({ length: 40 }).notNull(),
    ip: inet(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('request_throttle_kind_ip_idx').on(t.kind, t.ip, t.at)],
);

export const usersRelations = relations(users, ({ many, one }) => ({
  assignments: many(roleAssignments),
  institution: one(institutions, { fields: [users.institutionId], references: [institutions.id] }),
}));
export const roleAssignmentsRelations = relations(roleAssignments, ({ one }) => ({
  user: one(users, { fields: [roleAssignments.userId], references: [users.id] }),
  voivodeship: one(voivodeships, { fields: [roleAssignments.voivodeshipId], references: [voivodeships.id] }),
  powiat: one(powiats, { fields: [roleAssignments.powiatId], references: [powiats.id] }),
  gmina: one(gminas, { fields: [roleAssignments.gminaId], references: [gminas.id] }),
  institution: one(institutions, { fields: [roleAssignments.institutionId], references: [institutions.id] }),
}));

export type User = typeof users.$inferSelect;
export type UserStatus = (typeof userStatus.enumValues)[number];
export type Role = (typeof role.enumValues)[number];
export type RoleAssignment = typeof roleAssignments.$inferSelect;
