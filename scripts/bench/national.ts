/**
 * A national data set for the dashboard benchmark: every gmina in Poland (2,477 in 380 powiaty)
 * with an accepted implementation and a schedule at mixed progress. Written straight into the
 * database in large batches; the rows are what the app itself would have made (same catalogue,
 * same schedule generator).
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gminas, implementations, notifications, occurrences, powiats, scheduleChecks, scheduleItems, tracks, users } from '../../db/schema';
import { latestVersionId, loadCatalogue } from '../../lib/model/catalogue-load';
import { addMonths } from '../../lib/model/dates';
import { generateSchedule } from '../../lib/model/schedule';
import { refreshTrackSummary } from '../../lib/implementations/summary';

async function insertBatches<T>(rows: T[], size: number, insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * `skipGminasWithTracks`: leave out the gminas that already implement the model (the demo's), so the
 * set can sit beside the demo data (the inbox benchmark).
 */
export async function generateNationalData(db: Db, today: string, opts: { skipGminasWithTracks?: boolean } = {}) {
  const versionId = (await latestVersionId(db, 'rural'))!;
  const catalogue = (await loadCatalogue(db, versionId))!;
  const local = catalogue.substeps.filter((s) => s.level === 'local');
  const [owner] = await db
    .insert(users)
    .values({ email: `bench.${Date.now()}@kooperacja.test`, name: 'Bench', passwordHash: 'x', jobTitle: 'bench', status: 'active' })
    .returning({ id: users.id });
  const allPowiats = await db.select().from(powiats);
  const taken = opts.skipGminasWithTracks ? new Set((await db.select({ gminaId: tracks.gminaId }).from(tracks)).map((t) => t.gminaId)) : new Set<number | null>();
  const allGminas = (await db.select().from(gminas)).filter((g) => !taken.has(g.id));
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  // One implementation per powiat, started between 18 and 0 months before today.
  const implRows: { powiatId: number; voivodeshipId: number; start: string; notificationId?: number }[] = allPowiats.map((p) => ({
    powiatId: p.id,
    voivodeshipId: p.voivodeshipId,
    start: addMonths(today, -Math.floor(rnd() * 19)),
  }));
  const notes = await db
    .insert(notifications)
    .values(implRows.map((r, i) => ({ number: `B${Date.now().toString(36)}/${i}`, voivodeshipId: r.voivodeshipId, powiatId: r.powiatId, variant: 'rural' as const, plannedStart: r.start, status: 'accepted' as const, submittedBy: owner.id })))
    .returning({ id: notifications.id, powiatId: notifications.powiatId });
  const impls = await db
    .insert(implementations)
    .values(notes.map((n, i) => ({ notificationId: n.id, voivodeshipId: implRows[i].voivodeshipId, powiatId: n.powiatId, catalogueVersionId: versionId, startDate: implRows[i].start })))
    .returning({ id: implementations.id, powiatId: implementations.powiatId, startDate: implementations.startDate });
  const implOfPowiat = new Map(impls.map((i) => [i.powiatId, i]));

  const trackRows = await db
    .insert(tracks)
    .values(
      allGminas.map((g) => {
        const impl = implOfPowiat.get(g.powiatId)!;
        return { kind: 'gmina' as const, implementationId: impl.id, voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.id, catalogueVersionId: versionId, startDate: impl.startDate };
      }),
    )
    .returning({ id: tracks.id, startDate: tracks.startDate });

  const itemRows: (typeof scheduleItems.$inferInsert)[] = [];
  const occRows: (typeof occurrences.$inferInsert)[] = [];
  for (const t of trackRows) {
    const plan = generateSchedule({ substeps: local, recurring: catalogue.recurring.filter((r) => r.level === 'local') }, t.startDate);
    // Progress roughly in step with elapsed time, give or take: some gminas ahead, some late.
    const elapsed = Math.max(0, Math.min(1, (Date.parse(today) - Date.parse(t.startDate)) / (548 * 86_400_000)));
    const reached = Math.floor(plan.items.length * Math.max(0, Math.min(1, elapsed + (rnd() - 0.5) * 0.3)));
    plan.items.forEach((it, idx) => {
      const status = idx < reached ? (rnd() < 0.05 ? 'not_applicable' : 'done') : idx === reached ? 'in_progress' : 'not_started';
      itemRows.push({ trackId: t.id, substepId: it.substepId, plannedStart: it.plannedStart, plannedEnd: it.plannedEnd, status, actualEnd: status === 'done' ? it.plannedEnd : null });
    });
    for (const o of plan.occurrences) {
      occRows.push({ trackId: t.id, taskId: o.taskId, periodStart: o.periodStart, dueDate: o.dueDate, status: o.dueDate < today && rnd() < 0.85 ? 'done' : 'planned' });
    }
  }
  const insertedItems: { id: number; substepId: number }[] = [];
  await insertBatches(itemRows, 5000, async (part) => insertedItems.push(...(await db.insert(scheduleItems).values(part).returning({ id: scheduleItems.id, substepId: scheduleItems.substepId }))));
  const checklist = new Map(local.map((s) => [s.id, s.checklist.map((c) => c.id)]));
  const checkRows = insertedItems.flatMap((i) => (checklist.get(i.substepId) ?? []).map((checklistItemId) => ({ scheduleItemId: i.id, checklistItemId })));
  await insertBatches(checkRows, 10000, (part) => db.insert(scheduleChecks).values(part));
  await insertBatches(occRows, 5000, (part) => db.insert(occurrences).values(part));
  await refreshTrackSummary(db);
  await db.execute(sql`analyze`);
  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(tracks).where(eq(tracks.kind, 'gmina'))) as { n: number }[];
  return { tracks: n, items: itemRows.length, checks: checkRows.length, occurrences: occRows.length };
}
