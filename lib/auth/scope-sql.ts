import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from './policy';

export interface ScopeColumns {
  voivodeshipId: PgColumn;
  powiatId?: PgColumn;
  gminaId?: PgColumn;
  institutionId?: PgColumn;
}

const none = sql`false`;

/**
 * The SQL twin of `covers()` in policy.ts: a list query puts this in its `where`, so a row outside
 * the caller's scope is never read. tests/integration/scope.test.ts checks the two agree.
 */
export function scopeWhere(scope: Scope, cols: ScopeColumns): SQL {
  const inVoivodeship = eq(cols.voivodeshipId, scope.voivodeshipId);
  const byPowiat = () => (cols.powiatId && scope.powiatId != null ? eq(cols.powiatId, scope.powiatId) : none);
  const byGmina = () => (cols.gminaId && scope.gminaId != null ? eq(cols.gminaId, scope.gminaId) : none);
  switch (scope.level) {
    case 'national':
      return none;
    case 'voivodeship':
      return inVoivodeship;
    case 'powiat':
      return and(inVoivodeship, byPowiat())!;
    case 'gmina':
      return and(inVoivodeship, byGmina())!;
    case 'institution':
      if (cols.institutionId) return and(inVoivodeship, eq(cols.institutionId, scope.institutionId ?? -1))!;
      if (scope.gminaId != null) return and(inVoivodeship, byGmina())!;
      return and(
        inVoivodeship,
        byPowiat(),
        cols.gminaId ? sql`${cols.gminaId} is null` : sql`true`,
      )!;
  }
}
