import { relations } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';
import { gminas, powiats, voivodeships } from './territory';

export const institutionType = pgEnum('institution_type', [
  'ops',
  'pcpr',
  'rops',
  'school',
  'kindergarten',
  'police',
  'health',
  'probation',
  'labour_office',
  'ngo',
  'wtz',
  'sds',
  'dps',
  'culture',
  'legal_aid',
  'other',
]);

export const institutions = pgTable(
  'institutions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: varchar({ length: 300 }).notNull(),
    type: institutionType().notNull(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    powiatId: integer().references(() => powiats.id),
    gminaId: integer().references(() => gminas.id),
    street: varchar({ length: 200 }).notNull(),
    postalCode: varchar({ length: 6 }).notNull(),
    city: varchar({ length: 100 }).notNull(),
    nip: varchar({ length: 10 }),
    regon: varchar({ length: 14 }),
    email: varchar({ length: 254 }),
    phone: varchar({ length: 30 }),
    // Optimistic locking: every update must name the version it was based on.
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('institutions_voivodeship_idx').on(t.voivodeshipId),
    index('institutions_powiat_idx').on(t.powiatId),
    index('institutions_gmina_idx').on(t.gminaId),
  ],
);

export const institutionsRelations = relations(institutions, ({ one }) => ({
  voivodeship: one(voivodeships, { fields: [institutions.voivodeshipId], references: [voivodeships.id] }),
  powiat: one(powiats, { fields: [institutions.powiatId], references: [powiats.id] }),
  gmina: one(gminas, { fields: [institutions.gminaId], references: [gminas.id] }),
}));

export type Institution = typeof institutions.$inferSelect;
export type InstitutionType = (typeof institutionType.enumValues)[number];
