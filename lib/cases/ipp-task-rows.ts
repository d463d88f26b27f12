import { and, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ippTasks, type IppGoal, type TaskStatus } from '@/db/schema';
import { clock } from '@/lib/clock';

// Free of 'server-only': the demo seed keeps its IPPs' task rows with it too (db/seed/demo-cases.ts).

/**
 * Keeps ipp_tasks in step with an IPP's goals (every save and creation of an IPP, lib/cases/ipp.ts):
 * rows of new tasks are added, the plan's fields of kept tasks refreshed (their status, note and
 * version stay), rows of removed tasks deleted. A new IPP continuing `previousIppId` carries each
 * continued task's latest report over (same task keys).
 */
export async function syncIppTasks(tx: DbOrTx, ipp: { id: number; caseId: number; goals: readonly IppGoal[] }, previousIppId?: number) {
  const wanted = ipp.goals.flatMap((g) =>
    g.tasks.map((t) => ({ ippId: ipp.id, taskKey: t.key, caseId: ipp.caseId, goalKey: g.key, institutionId: t.institutionId ?? null, description: t.description, dueOn: t.dueOn })),
  );
  const keys = wanted.map((w) => w.taskKey);
  await tx.delete(ippTasks).where(and(eq(ippTasks.ippId, ipp.id), keys.length ? notInArray(ippTasks.taskKey, keys) : undefined));
  if (!wanted.length) return;
  const carried = new Map<string, typeof ippTasks.$inferSelect>();
  if (previousIppId !== undefined) {
    const previous = await tx.select().from(ippTasks).where(and(eq(ippTasks.ippId, previousIppId), inArray(ippTasks.taskKey, keys)));
    for (const p of previous) carried.set(p.taskKey, p);
  }
  await tx
    .insert(ippTasks)
    .values(
      wanted.map((w) => {
        const p = carried.get(w.taskKey);
        return p ? { ...w, status: p.status, note: p.note, notedOn: p.notedOn, updatedBy: p.updatedBy, updatedByName: p.updatedByName, updatedAt: p.updatedAt } : w;
      }),
    )
    .onConflictDoUpdate({
      target: [ippTasks.ippId, ippTasks.taskKey],
      set: { goalKey: sql`excluded.goal_key`, institutionId: sql`excluded.institution_id`, description: sql`excluded.description`, dueOn: sql`excluded.due_on` },
    });
}

/** The key worker's statuses at a monitoring meeting, in the words of the team's reports; a dropped task keeps its own. */
const FROM_MONITORING = { planned: 'not_started', in_progress: 'in_progress', done: 'done' } as const satisfies Partial<Record<TaskStatus, string>>;

/**
 * What the key worker records at a monitoring meeting becomes the tasks' current state (the team's
 * tasks page and inbox follow it: a task done there leaves the partner's inbox). A partner's form
 * opened before is then out of date (the version moves on) and is refused, not lost.
 */
export async function tasksFromMonitoring(tx: DbOrTx, ippId: number, statuses: Record<string, TaskStatus>, heldOn: string, by: { userId: string; name: string }) {
  for (const [status, progress] of Object.entries(FROM_MONITORING)) {
    const keys = Object.keys(statuses).filter((k) => statuses[k] === status);
    if (!keys.length) continue;
    await tx
      .update(ippTasks)
      .set({ status: progress, notedOn: heldOn, updatedBy: by.userId, updatedByName: by.name, updatedAt: clock.now(), version: sql`${ippTasks.version} + 1` })
      .where(and(eq(ippTasks.ippId, ippId), inArray(ippTasks.taskKey, keys), ne(ippTasks.status, progress)));
  }
}
