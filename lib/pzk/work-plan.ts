import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { pzkWorkPlans, pzkWorkPlanVersions } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { conflictError, notFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { loadPzk } from './pzk';
import { workPlanSchema } from './work-plan-sections';

/** The work plan and its history: members read it; the PCPR animator writes it. */
export async function getWorkPlan(actor: Actor, pzkId: number, version?: number) {
  const pzk = await loadPzk(actor, pzkId, 'member');
  const db = getDb();
  const [[plan], history] = await Promise.all([
    db.select().from(pzkWorkPlans).where(eq(pzkWorkPlans.pzkId, pzkId)),
    db
      .select({ version: pzkWorkPlanVersions.version, createdAt: pzkWorkPlanVersions.createdAt, createdByName: pzkWorkPlanVersions.createdByName, content: pzkWorkPlanVersions.content })
      .from(pzkWorkPlanVersions)
      .where(eq(pzkWorkPlanVersions.pzkId, pzkId))
      .orderBy(desc(pzkWorkPlanVersions.version)),
  ]);
  const shown = version ? history.find((h) => h.version === version) : null;
  if (version && !shown) throw notFoundError('Nie ma takiej wersji planu pracy.');
  return {
    pzk,
    plan: plan ?? null,
    /** An earlier version being looked at, if asked for. */
    shown: shown ?? null,
    history: history.map(({ content: _content, ...h }) => h),
    canEdit: pzk.access === 'manage',
  };
}

/** Saves the plan as a new version; a save based on an older version is refused (nothing lost). */
export async function saveWorkPlan(actor: Actor, input: unknown) {
  const v = parseInput(workPlanSchema, input);
  const pzk = await loadPzk(actor, v.pzkId, 'manage');
  return getDb().transaction(async (tx) => {
    const saved =
      v.version === 0
        ? await tx.insert(pzkWorkPlans).values({ pzkId: pzk.id, content: v.content, updatedBy: actor.userId }).onConflictDoNothing().returning({ version: pzkWorkPlans.version })
        : await tx
            .update(pzkWorkPlans)
            .set({ content: v.content, version: sql`${pzkWorkPlans.version} + 1`, updatedBy: actor.userId, updatedAt: sql`now()` })
            .where(and(eq(pzkWorkPlans.pzkId, pzk.id), eq(pzkWorkPlans.version, v.version)))
            .returning({ version: pzkWorkPlans.version });
    if (!saved.length) throw conflictError();
    const version = saved[0].version;
    await tx.insert(pzkWorkPlanVersions).values({ pzkId: pzk.id, version, content: v.content, createdBy: actor.userId, createdByName: actor.name });
    await audit(tx, actor, { action: 'pzk.work_plan_saved', entityType: 'pzk', entityId: pzk.id, voivodeshipId: pzk.voivodeshipId, details: { version } });
    return { version };
  });
}
