import { and, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { occurrences, pzks, scheduleItems, trackEvents, tracks, type ItemLevel } from '@/db/schema';
import type { Catalogue } from '@/lib/model/catalogue-load';
import { generateSchedule, type PlannedItem, type PlannedOccurrence } from '@/lib/model/schedule';
import { refreshTrackSummary } from './summary';

interface TrackPlace {
  implementationId: number | null;
  voivodeshipId: number;
  powiatId: number | null;
  gminaId: number | null;
}

/**
 * Creates a track and its dated schedule (sub-steps with their checklists, recurring occurrences)
 * from a catalogue version: local items for a gmina track, regional ones for the regional track.
 * A handful of bulk inserts, whatever the catalogue's size.
 */
export async function createTrack(tx: DbOrTx, catalogue: Catalogue, startDate: string, place: TrackPlace, level: ItemLevel, who: { userId: string | null; name: string | null }) {
  const plan = generateSchedule(catalogue, startDate);
  const items = plan.items.filter((i) => i.level === level);
  const occ = plan.occurrences.filter((o) => o.level === level);
  const [track] = await tx
    .insert(tracks)
    .values({ ...place, kind: level === 'local' ? 'gmina' : 'regional', catalogueVersionId: catalogue.id, startDate, ...initialSummary(catalogue, items, occ) })
    .returning({ id: tracks.id });
  if (items.length) {
    await tx.insert(scheduleItems).values(items.map((i) => ({ trackId: track.id, substepId: i.substepId, plannedStart: i.plannedStart, plannedEnd: i.plannedEnd })));
    // Every item's checklist, unticked, straight from the catalogue inside the database.
    await tx.execute(sql`
      insert into schedule_checks (schedule_item_id, checklist_item_id)
      select schedule_items.id, catalogue_checklist_items.id
      from schedule_items join catalogue_checklist_items on catalogue_checklist_items.substep_id = schedule_items.substep_id
      where schedule_items.track_id = ${track.id}`);
  }
  if (occ.length) await tx.insert(occurrences).values(occ.map((o) => ({ trackId: track.id, taskId: o.taskId, periodStart: o.periodStart, dueDate: o.dueDate })));
  await tx.insert(trackEvents).values({ trackId: track.id, userId: who.userId, userName: who.name, text: 'Utworzono harmonogram wdrożenia.' });
  // Each gmina of an implementation forms its Partnership Team (step 5).
  if (level === 'local' && place.implementationId && place.powiatId && place.gminaId) {
    await tx.insert(pzks).values({ implementationId: place.implementationId, voivodeshipId: place.voivodeshipId, powiatId: place.powiatId, gminaId: place.gminaId });
  }
  return { trackId: track.id };
}

/**
 * The summary of a schedule nobody has touched yet, worked out from the plan itself — the same
 * values refreshTrackSummary() would read back (a test checks), one query fewer per new track.
 */
export function initialSummary(catalogue: Catalogue, items: PlannedItem[], occ: PlannedOccurrence[]) {
  const substep = new Map(catalogue.substeps.map((s) => [s.id, s]));
  const task = new Map(catalogue.recurring.map((r) => [r.id, r]));
  const byPath = [...items].sort((a, b) => substep.get(a.substepId)!.position - substep.get(b.substepId)!.position);
  const byEnd = [...items].sort((a, b) => a.plannedEnd.localeCompare(b.plannedEnd) || substep.get(a.substepId)!.position - substep.get(b.substepId)!.position);
  const byDue = [...occ].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    totalItems: items.length,
    closedItems: 0,
    currentSubstepId: byPath[0]?.substepId ?? null,
    openItemEnds: byEnd.map((i) => i.plannedEnd),
    openItemLabels: byEnd.map((i) => `${substep.get(i.substepId)!.code} ${substep.get(i.substepId)!.name}`),
    openOccurrenceDues: byDue.map((o) => o.dueDate),
    openOccurrenceLabels: byDue.map((o) => task.get(o.taskId)!.name),
  };
}

/**
 * The sub-steps whose evidence is a given kind get it: marked done with the date and a note.
 * `filter.codes` narrows them to sub-steps of the given step codes ("4" → "4" and "4.x"; "6.1" →
 * "6.1" and "6.1.x") — a basic training serves one step, though steps 4 and 6.1 share the kind.
 */
export async function satisfyEvidence(
  tx: DbOrTx,
  trackIds: number[],
  catalogue: Catalogue,
  kind: string,
  on: string,
  note: string,
  who: { userId: string | null; name: string | null },
  filter: { codes?: string[] } = {},
) {
  const inCodes = (code: string) => !filter.codes || filter.codes.some((c) => code === c || code.startsWith(`${c}.`));
  const substepIds = catalogue.substeps.filter((s) => s.evidence === kind && inCodes(s.code)).map((s) => s.id);
  if (!substepIds.length || !trackIds.length) return;
  await tx
    .update(scheduleItems)
    .set({ status: 'done', actualEnd: on, actualStart: sql`coalesce(${scheduleItems.actualStart}, ${on})`, notes: note, updatedBy: who.userId, updatedAt: sql`now()`, version: sql`${scheduleItems.version} + 1` })
    .where(and(inArray(scheduleItems.trackId, trackIds), inArray(scheduleItems.substepId, substepIds)));
  await tx.insert(trackEvents).values(trackIds.map((trackId) => ({ trackId, userId: who.userId, userName: who.name, text: note })));
  await refreshTrackSummary(tx, trackIds);
}

