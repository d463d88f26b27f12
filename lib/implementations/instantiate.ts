import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { implementations, occurrences, powiats, pzks, scheduleItems, trackEvents, tracks, type ItemLevel, type TrackStepState } from '@/db/schema';
import { loadCatalogue, type Catalogue } from '@/lib/model/catalogue-load';
import { formatWindow, isoToPolish, maxIso } from '@/lib/model/dates';
import { generateSchedule, regionalOccurrences, type PlannedItem, type PlannedOccurrence } from '@/lib/model/schedule';
import { notApplicableSteps } from '@/lib/model/variant';
import { AppError } from '@/lib/errors';
import { CLOSED_CYCLE_MESSAGE } from './open-track';
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
export async function createTrack(
  tx: DbOrTx,
  catalogue: Catalogue,
  startDate: string,
  place: TrackPlace,
  level: ItemLevel,
  who: { userId: string | null; name: string | null },
  /** A next cycle (lib/cycles): its number and the sub-steps it has; the PZK it continues is not formed again. */
  next?: { cycle: number; substepIds: number[] },
) {
  const plan = generateSchedule(catalogue, startDate);
  const items = plan.items.filter((i) => i.level === level && (!next || next.substepIds.includes(i.substepId)));
  const occ = plan.occurrences.filter((o) => o.level === level);
  const [track] = await tx
    .insert(tracks)
    .values({ ...place, kind: level === 'local' ? 'gmina' : 'regional', catalogueVersionId: catalogue.id, startDate, cycle: next?.cycle ?? 1, ...initialSummary(catalogue, items, occ) })
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
  if (level === 'local' && place.powiatId && items.length) await markNotApplicable(tx, catalogue, track.id, place.powiatId, who);
  // Each gmina of an implementation forms its Partnership Team (step 5).
  if (level === 'local' && !next && place.implementationId && place.powiatId && place.gminaId) {
    await tx.insert(pzks).values({ implementationId: place.implementationId, voivodeshipId: place.voivodeshipId, powiatId: place.powiatId, gminaId: place.gminaId });
  }
  return { trackId: track.id };
}

/**
 * The sub-steps that do not apply to the gmina (lib/model/variant.ts notApplicableSteps): in a city
 * with powiat rights the powiat–gmina agreement (step 3 and its sub-steps, whatever the variant) is
 * marked "nie dotyczy — miasto na prawach powiatu" from the start, with a history entry, and counts
 * as closed in the summary.
 */
async function markNotApplicable(tx: DbOrTx, catalogue: Catalogue, trackId: number, powiatId: number, who: { userId: string | null; name: string | null }) {
  const [powiat] = await tx.select({ teryt: powiats.teryt }).from(powiats).where(eq(powiats.id, powiatId));
  const na = powiat ? notApplicableSteps(powiat.teryt) : null;
  if (!na) return;
  const inCodes = (code: string) => na.codes.some((c) => code === c || code.startsWith(`${c}.`));
  const substeps = catalogue.substeps.filter((s) => inCodes(s.code));
  if (!substeps.length) return;
  await tx
    .update(scheduleItems)
    .set({ status: 'not_applicable', naReason: na.note, updatedBy: who.userId, updatedAt: sql`now()`, version: sql`${scheduleItems.version} + 1` })
    .where(and(eq(scheduleItems.trackId, trackId), inArray(scheduleItems.substepId, substeps.map((s) => s.id))));
  const names = substeps.map((s) => `${s.code} ${s.name}`).join('; ');
  await tx.insert(trackEvents).values({ trackId, userId: who.userId, userName: who.name, text: `${substeps.length === 1 ? 'Podkrok' : 'Podkroki'} ${names}: ${na.note}.` });
  await refreshTrackSummary(tx, [trackId]);
}

/** First key of the transaction lock taken while a województwo's regional track is created or grown. */
const REGIONAL_TRACK_LOCK = 14_001;

/**
 * Makes the województwo's regional track (stage I and ROPS's recurring tasks: WZK meetings,
 * promotion, info meetings) cover every implementation of the województwo — from the earliest
 * start to the latest end. The first accepted implementation creates it; each later one adds the
 * windows it needs (and widens a window cut short at the old end). Windows already there keep
 * their state; nothing is ever removed. Call it in the transaction that creates an implementation.
 */
export async function coverRegionalTrack(tx: DbOrTx, voivodeshipId: number, catalogue: Catalogue, who: { userId: string | null; name: string | null }) {
  // Two acceptances at once in one województwo: one creates or grows the track, the other waits.
  await tx.execute(sql`select pg_advisory_xact_lock(${REGIONAL_TRACK_LOCK}::int, ${voivodeshipId}::int)`);
  const starts = (await tx.select({ startDate: implementations.startDate }).from(implementations).where(eq(implementations.voivodeshipId, voivodeshipId))).map((i) => i.startDate);
  if (!starts.length) return null;
  let [track] = await tx.select().from(tracks).where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, voivodeshipId))).orderBy(asc(tracks.id)).limit(1);
  if (!track) {
    const earliest = [...starts].sort()[0];
    const { trackId } = await createTrack(tx, catalogue, earliest, { implementationId: null, voivodeshipId, powiatId: null, gminaId: null }, 'regional', who);
    [track] = await tx.select().from(tracks).where(eq(tracks.id, trackId));
  }
  // The track's own catalogue version names its tasks.
  const own = track.catalogueVersionId === catalogue.id ? catalogue : (await loadCatalogue(tx, track.catalogueVersionId))!;
  const planned = regionalOccurrences(own.recurring, track.startDate, starts);
  const existing = await tx.select({ id: occurrences.id, taskId: occurrences.taskId, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate }).from(occurrences).where(eq(occurrences.trackId, track.id));
  const byKey = new Map(existing.map((o) => [`${o.taskId}@${o.periodStart}`, o]));
  const added = planned.filter((p) => !byKey.has(`${p.taskId}@${p.periodStart}`));
  const widened = planned.filter((p) => {
    const o = byKey.get(`${p.taskId}@${p.periodStart}`);
    return o && p.dueDate > o.dueDate;
  });
  for (const p of widened) await tx.update(occurrences).set({ dueDate: p.dueDate }).where(eq(occurrences.id, byKey.get(`${p.taskId}@${p.periodStart}`)!.id));
  if (added.length) await tx.insert(occurrences).values(added.map((o) => ({ trackId: track.id, taskId: o.taskId, periodStart: o.periodStart, dueDate: o.dueDate })));
  if (added.length || widened.length) {
    const last = [...added, ...widened].map((o) => o.dueDate).reduce(maxIso);
    const lastWindow = [...added, ...widened].find((o) => o.dueDate === last)!;
    await tx.insert(trackEvents).values({
      trackId: track.id,
      userId: who.userId,
      userName: who.name,
      text: `Zadania wojewódzkie objęły nowe wdrożenie: terminy do ${isoToPolish(last)} (ostatni okres: ${formatWindow(lastWindow.periodStart, lastWindow.dueDate)}).`,
    });
    await refreshTrackSummary(tx, [track.id]);
  }
  return { trackId: track.id, added: added.length, widened: widened.length };
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
    stepStates: initialStepStates(items.map((i) => ({ step: substep.get(i.substepId)!.stepNumber, plannedEnd: i.plannedEnd }))),
  };
}

/** Every step not started, with the earliest planned end of its sub-steps (as refreshTrackSummary() reads it). */
function initialStepStates(items: { step: number; plannedEnd: string }[]): TrackStepState[] {
  const ends = new Map<number, string>();
  for (const i of items) if (!ends.has(i.step) || i.plannedEnd < ends.get(i.step)!) ends.set(i.step, i.plannedEnd);
  return [...ends].sort(([a], [b]) => a - b).map(([step, openEnd]) => ({ step, state: 'todo', openEnd }));
}

/**
 * The sub-steps whose evidence is a given kind get it: marked done with the date and a note.
 * `filter.codes` narrows them to sub-steps of the given step codes ("4" → "4" and "4.x"; "6.1" →
 * "6.1" and "6.1.x") — a basic training serves one step, though steps 4 and 6.1 share the kind.
 * A null `kind` takes the sub-steps of `filter.codes` whatever their evidence (a 3D initiating
 * meeting completes 5.1 or 5.2, whose evidence is the checklist).
 */
export async function satisfyEvidence(
  tx: DbOrTx,
  trackIds: number[],
  catalogue: Catalogue,
  kind: string | null,
  on: string,
  note: string,
  who: { userId: string | null; name: string | null },
  filter: { codes?: string[] } = {},
) {
  const inCodes = (code: string) => !filter.codes || filter.codes.some((c) => code === c || code.startsWith(`${c}.`));
  if (kind === null && !filter.codes?.length) return; // never every sub-step at once
  const substepIds = catalogue.substeps.filter((s) => (kind === null || s.evidence === kind) && inCodes(s.code)).map((s) => s.id);
  if (!substepIds.length || !trackIds.length) return;
  const closed = await tx.select({ id: tracks.id }).from(tracks).where(and(inArray(tracks.id, trackIds), isNotNull(tracks.closedAt)));
  if (closed.length) throw new AppError('INVALID', CLOSED_CYCLE_MESSAGE);
  await tx
    .update(scheduleItems)
    .set({ status: 'done', actualEnd: on, actualStart: sql`coalesce(${scheduleItems.actualStart}, ${on})`, notes: note, updatedBy: who.userId, updatedAt: sql`now()`, version: sql`${scheduleItems.version} + 1` })
    .where(and(inArray(scheduleItems.trackId, trackIds), inArray(scheduleItems.substepId, substepIds)));
  await tx.insert(trackEvents).values(trackIds.map((trackId) => ({ trackId, userId: who.userId, userName: who.name, text: note })));
  await refreshTrackSummary(tx, trackIds);
}

