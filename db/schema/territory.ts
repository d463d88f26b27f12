import { relations } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, varchar } from 'drizzle-orm/pg-core';

export const gminaKind = pgEnum('gmina_kind', ['urban', 'rural', 'urban_rural']);

// Territorial units come from the TERC register (GUS); `teryt` is the register's code.
// `inRegister` turns false when a re-import no longer lists a unit that data still refers to.
export const voivodeships = pgTable('voivodeships', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  teryt: varchar({ length: 2 }).notNull().unique(),
  name: varchar({ length: 100 }).notNull(),
  inRegister: boolean().notNull().default(true),
  registerDate: date({ mode: 'string' }),
});

export const powiats = pgTable(
  'powiats',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    teryt: varchar({ length: 4 }).notNull().unique(),
    name: varchar({ length: 100 }).notNull(),
    isCity: boolean().notNull().default(false),
    inRegister: boolean().notNull().default(true),
    registerDate: date({ mode: 'string' }),
  },
  (t) => [index('powiats_voivodeship_idx').on(t.voivodeshipId)],
);

export const gminas = pgTable(
  'gminas',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    powiatId: integer()
      .notNull()
      .references(() => powiats.id),
    // Denormalised so that województwo-scoped queries need no join.
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    teryt: varchar({ length: 7 }).notNull().unique(),
    name: varchar({ length: 100 }).notNull(),
    kind: gminaKind().notNull(),
    inRegister: boolean().notNull().default(true),
    registerDate: date({ mode: 'string' }),
  },
  (t) => [
    index('gminas_powiat_idx').on(t.powiatId),
    index('gminas_voivodeship_idx').on(t.voivodeshipId),
  ],
);

export const voivodeshipsRelations = relations(voivodeships, ({ many }) => ({
  powiats: many(powiats),
}));
export const powiatsRelations = relations(powiats, ({ one, many }) => ({
  voivodeship: one(voivodeships, { fields: [powiats.voivodeshipId], references: [voivodeships.id] }),
  gminas: many(gminas),
}));
export const gminasRelations = relations(gminas, ({ one }) => ({
  powiat: one(powiats, { fields: [gminas.powiatId], references: [powiats.id] }),
  voivodeship: one(voivodeships, { fields: [gminas.voivodeshipId], references: [voivodeships.id] }),
}));

export type Voivodeship = typeof voivodeships.$inferSelect;
export type Powiat = typeof powiats.$inferSelect;
export type Gmina = typeof gminas.$inferSelect;
export type GminaKind = (typeof gminaKind.enumValues)[number];
