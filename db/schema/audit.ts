import { bigint, index, inet, integer, jsonb, pgTable, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { role } from './users';

// Append-only: a trigger (migration 0001) rejects UPDATE and DELETE.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid(),
    userEmail: varchar({ length: 254 }),
    role: role(),
    action: varchar({ length: 100 }).notNull(),
    entityType: varchar({ length: 50 }).notNull(),
    entityId: varchar({ length: 100 }),
    // The województwo the entry belongs to, so each ROPS browses only its own.
    voivodeshipId: integer(),
    ip: inet(),
    // Repeats of the same event (same actor, same record, same window) are counted in
    // audit_folds under this key instead of written again.
    foldKey: varchar({ length: 200 }),
    details: jsonb().$type<Record<string, unknown>>(),
    // The hash chain (lib/audit-chain.ts): one chain per województwo (0: none), `seq` counts from 1
    // without gaps, `hash` covers this entry and `prevHash` (the previous entry's hash).
    chain: integer().notNull(),
    seq: bigint({ mode: 'number' }).notNull(),
    prevHash: varchar({ length: 64 }).notNull(),
    hash: varchar({ length: 64 }).notNull(),
  },
  (t) => [
    unique('audit_log_chain_seq').on(t.chain, t.seq),
    index('audit_log_voivodeship_at_idx').on(t.voivodeshipId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_user_idx').on(t.userId, t.at),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;

/** How many times an event folded into one audit entry happened again in its window. */
export const auditFolds = pgTable('audit_folds', {
  key: varchar({ length: 200 }).primaryKey(),
  repeats: integer().notNull().default(0),
  lastAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
