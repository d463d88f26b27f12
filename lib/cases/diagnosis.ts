import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseDiagnoses, caseSessions, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { AppError, conflictError, invalidError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { caseForWork, openCase } from './access';
import { caseDateErrors } from './date-rules';
import { diagnosisSchema } from './diagnosis-schemas';
import { clock } from '@/lib/clock';

/*
 * The multi-dimensional diagnosis with its SWOT (step 7.2): one row per case, edited over time
 * while the case is in progress. A stale form gets CONFLICT and nothing is overwritten.
 */

/** The diagnosis page: the diagnosis (or null before the first save) and the workshops recorded. */
export async function getDiagnosis(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'diagnoza');
  const db = getDb();
  const [[row], [workshops]] = await Promise.all([
    db.select({ d: caseDiagnoses, updatedByName: users.name }).from(caseDiagnoses).leftJoin(users, eq(users.id, caseDiagnoses.updatedBy)).where(eq(caseDiagnoses.caseId, caseId)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseSessions)
      .where(and(eq(caseSessions.caseId, caseId), eq(caseSessions.kind, 'workshop'))),
  ]);
  return {
    case: c,
    diagnosis: row ? { ...row.d, updatedByName: row.updatedByName } : null,
    workshops: workshops?.n ?? 0,
    canEdit: c.access === 'write' && c.status === 'qualified' && !c.freeze,
  };
}

/** Saves the diagnosis (first save: version 0). Returns the new version for the form. */
export async function saveDiagnosis(actor: Actor, input: unknown) {
  const v = parseInput(diagnosisSchema, input);
  return getDb().transaction(async (tx) => {
    // The case row is locked until the end of the transaction: saves of one case queue up.
    const c = await caseForWork(tx, actor, v.caseId);
    if (c.status !== 'qualified') throw new AppError('INVALID', 'Diagnozę prowadzi się w sprawie zakwalifikowanej do współpracy (w realizacji).');
    const [row] = await tx.select({ version: caseDiagnoses.version }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, c.id));
    if ((row?.version ?? 0) !== v.version) throw conflictError();
    const dateErrors = caseDateErrors({ diagnosedOn: { record: 'diagnosis', on: v.diagnosedOn } }, { qualification: c.qualifiedOn });
    if (Object.keys(dateErrors).length) throw invalidError(dateErrors);
    const values = {
      diagnosedOn: v.diagnosedOn,
      causes: v.causes,
      strengths: v.strengths,
      weaknesses: v.weaknesses,
      resources: v.resources,
      deficits: v.deficits,
      familyExpectations: v.familyExpectations,
      institutionExpectations: v.institutionExpectations,
      swotStrengths: v.swotStrengths,
      swotWeaknesses: v.swotWeaknesses,
      swotOpportunities: v.swotOpportunities,
      swotThreats: v.swotThreats,
      tools: v.tools,
      toolsOther: v.toolsOther ?? '',
      updatedBy: actor.userId,
      updatedAt: clock.now(),
    };
    const version = v.version + 1;
    if (row) {
      const updated = await tx
        .update(caseDiagnoses)
        .set({ ...values, version })
        .where(and(eq(caseDiagnoses.caseId, c.id), eq(caseDiagnoses.version, v.version)))
        .returning({ version: caseDiagnoses.version });
      if (!updated.length) throw conflictError();
    } else {
      await tx.insert(caseDiagnoses).values({ caseId: c.id, ...values, version });
    }
    await audit(tx, actor, { action: 'case.diagnosis_saved', entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details: { version } });
    return { version };
  });
}
