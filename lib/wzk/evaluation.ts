import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { regionalEvaluations } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { clock } from '@/lib/clock';
import { conflictError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { EVALUATION_YEARS, regionalEvaluationSchema } from './schemas';

/*
 * The third level of evaluation: the WZK's evaluation of the vertical cooperation (województwo,
 * powiaty, gminy) and its recommendations, one per województwo and year. Read with the regional
 * report (regional_report.view), written by ROPS and WZK members (regional_evaluation.write).
 */

/** `?rok=` of the regional report: a four-digit year in range, else the current year. */
export function evaluationYear(rok: string | string[] | undefined): number {
  const y = typeof rok === 'string' && /^\d{4}$/.test(rok) ? Number(rok) : NaN;
  return y >= EVALUATION_YEARS.min && y <= EVALUATION_YEARS.max ? y : clock.year();
}

export async function regionalEvaluationOf(db: DbOrTx, voivodeshipId: number, year: number) {
  const [row] = await db
    .select()
    .from(regionalEvaluations)
    .where(and(eq(regionalEvaluations.voivodeshipId, voivodeshipId), eq(regionalEvaluations.year, year)));
  if (!row) return null;
  const { updatedBy: _u, ...rest } = row;
  return rest;
}
export type RegionalEvaluation = NonNullable<Awaited<ReturnType<typeof regionalEvaluationOf>>>;

/** The evaluation of the actor's województwo for `year` (null when none was written yet). */
export async function getRegionalEvaluation(actor: Actor, year = clock.year()) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'regional_report.view', { voivodeshipId });
  return { year, evaluation: await regionalEvaluationOf(getDb(), voivodeshipId, year), canWrite: can(actor.scope, 'regional_evaluation.write', { voivodeshipId }) };
}

/** Saves the year's evaluation: version 0 writes the first one; later saves name the version they edited. */
export async function saveRegionalEvaluation(actor: Actor, input: unknown) {
  const v = parseInput(regionalEvaluationSchema, input);
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'regional_evaluation.write', { voivodeshipId });
  const fields = {
    evaluation: v.evaluation,
    recommendationsLocal: v.recommendationsLocal,
    recommendationsRegional: v.recommendationsRegional,
    recommendationsLegal: v.recommendationsLegal,
    recommendationsOzps: v.recommendationsOzps,
    updatedBy: actor.userId,
    updatedByName: actor.name,
    updatedAt: clock.now(),
  };
  return getDb().transaction(async (tx) => {
    const [saved] =
      v.version === 0
        ? await tx
            .insert(regionalEvaluations)
            .values({ ...fields, voivodeshipId, year: v.year })
            .onConflictDoNothing()
            .returning({ year: regionalEvaluations.year, version: regionalEvaluations.version })
        : await tx
            .update(regionalEvaluations)
            .set({ ...fields, version: sql`${regionalEvaluations.version} + 1` })
            .where(and(eq(regionalEvaluations.voivodeshipId, voivodeshipId), eq(regionalEvaluations.year, v.year), eq(regionalEvaluations.version, v.version)))
            .returning({ year: regionalEvaluations.year, version: regionalEvaluations.version });
    if (!saved) throw conflictError();
    await audit(tx, actor, { action: 'regional_evaluation.saved', entityType: 'regional_evaluation', entityId: `${voivodeshipId}:${v.year}`, voivodeshipId, details: { year: v.year, version: saved.version } });
    return saved;
  });
}
