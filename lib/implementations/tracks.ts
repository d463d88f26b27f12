import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import {
  catalogueRecurringTasks,
  evidence,
  files,
  gminas,
  occurrences,
  powiats,
  scheduleChecks,
  scheduleItems,
  trackEvents,
  tracks,
  voivodeships,
} from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, mayEver } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { AppError, conflictError, invalidError, notFoundError, refusedError } from "@/lib/errors";
import { uploadProblem } from '@/lib/files';
import { storeUpload } from '@/lib/uploads';
import { loadCatalogue } from '@/lib/model/catalogue';
import { formatWindow } from '@/lib/model/dates';

import { deriveProgress, earlierUnfinished, type ItemState } from '@/lib/model/progress';
import { parseInput } from '@/lib/validation/parse';
import { checkSchema, evidenceTitleSchema, itemStatusSchema, occurrenceSchema } from './schemas';
import { CLOSED_CYCLE_MESSAGE } from './open-track';
import { refreshTrackSummary } from './summary';
import { clock } from '@/lib/clock';

const STATUS_LABEL = { not_started: 'nierozpoczęty', in_progress: 'w toku', done: 'wykonany', not_applicable: 'nie dotyczy' } as const;

async function trackPlace(db: DbOrTx, trackId: number) {
  const [t] = await db.select().from(tracks).where(eq(tracks.id, trackId));
  if (!t) throw notFoundError('Nie znaleziono wdrożenia.');
  return t;
}
const resourceOf = (t: { voivodeshipId: number; powiatId: number | null; gminaId: number | null }) => ({
  voivodeshipId: t.voivodeshipId,
  powiatId: t.powiatId,
  gminaId: t.gminaId,
});

/**
 * Throws unless the actor may read the implementation (a gmina's or the regional track). One outside
 * the actor's scope is "not found": unlike a gmina, its existence is not public.
 */
type SeenTrack = { id: number; kind: string; voivodeshipId: number; powiatId: number | null; gminaId: number | null };

async function sees(actor: Actor, t: SeenTrack): Promise<boolean> {
  return t.kind === 'regional' ? mayReadRegional(actor, t.voivodeshipId) : can(actor.scope, 'implementation.view', resourceOf(t));
}

async function mustSee(actor: Actor, t: SeenTrack, message = 'Nie znaleziono wdrożenia.') {
  if (!(await sees(actor, t))) throw refusedError('implementation', t.id, t.voivodeshipId, message);
}

/**
 * The regional track serves every implementation of its województwo: ROPS and WZK read it over
 * the województwo, the animators of any of its implementations through that implementation's
 * place (a gmina track of the województwo in their area).
 */
async function mayReadRegional(actor: Actor, voivodeshipId: number): Promise<boolean> {
  if (can(actor.scope, 'regional_track.view', { voivodeshipId })) return true;
  if (!mayEver(actor.scope, 'regional_track.view')) return false;
  const served = await getDb()
    .select({ voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId })
    .from(tracks)
    .where(and(eq(tracks.kind, 'gmina'), eq(tracks.voivodeshipId, voivodeshipId), scopeWhere(actor.scope, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId })))
    .limit(1);
  return served.some((p) => can(actor.scope, 'regional_track.view', p));
}

/** The regional track of the województwo of a gmina track, when the actor may read it (for a link). */
async function readableRegionalTrackId(actor: Actor, voivodeshipId: number): Promise<number | null> {
  const [r] = await getDb()
    .select({ id: tracks.id })
    .from(tracks)
    .where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, voivodeshipId)))
    .limit(1);
  return r && (await mayReadRegional(actor, voivodeshipId)) ? r.id : null;
}

/** Everything the implementation page shows, after checking the actor may see this gmina. */
export async function getTrack(actor: Actor, trackId: number, today = clock.today()) {
  const db = getDb();
  const t = await trackPlace(db, trackId);
  await mustSee(actor, t);
  const [catalogue, place, items, checks, occ, ev, events, regionalTrackId] = await Promise.all([
    loadCatalogue(db, t.catalogueVersionId),
    db
      .select({ gminaName: gminas.name, gminaTeryt: gminas.teryt, gminaKind: gminas.kind, powiatName: powiats.name, voivodeshipName: voivodeships.name })
      .from(voivodeships)
      .leftJoin(powiats, eq(powiats.id, t.powiatId ?? -1))
      .leftJoin(gminas, eq(gminas.id, t.gminaId ?? -1))
      .where(eq(voivodeships.id, t.voivodeshipId)),
    db.select().from(scheduleItems).where(eq(scheduleItems.trackId, trackId)),
    db
      .select({ scheduleItemId: scheduleChecks.scheduleItemId, checklistItemId: scheduleChecks.checklistItemId, done: scheduleChecks.done, doneAt: scheduleChecks.doneAt })
      .from(scheduleChecks)
      .innerJoin(scheduleItems, eq(scheduleItems.id, scheduleChecks.scheduleItemId))
      .where(eq(scheduleItems.trackId, trackId)),
    db.select().from(occurrences).where(eq(occurrences.trackId, trackId)).orderBy(asc(occurrences.dueDate)),
    db
      .select({ id: evidence.id, scheduleItemId: evidence.scheduleItemId, title: evidence.title, fileId: evidence.fileId, fileName: files.name, size: files.size, createdAt: evidence.createdAt })
      .from(evidence)
      .innerJoin(scheduleItems, eq(scheduleItems.id, evidence.scheduleItemId))
      .leftJoin(files, eq(files.id, evidence.fileId))
      .where(eq(scheduleItems.trackId, trackId)),
    db.select().from(trackEvents).where(eq(trackEvents.trackId, trackId)).orderBy(desc(trackEvents.at), desc(trackEvents.id)).limit(100),
    t.kind === 'regional' ? Promise.resolve(null) : readableRegionalTrackId(actor, t.voivodeshipId),
  ]);
  if (!catalogue) throw notFoundError('Nie znaleziono katalogu wdrożenia.');
  const substepById = new Map(catalogue.substeps.map((s) => [s.id, s]));
  const rows = items
    .map((i) => {
      const s = substepById.get(i.substepId)!;
      return {
        ...i,
        substep: s,
        checks: s.checklist.map((c) => ({ ...c, done: checks.find((k) => k.scheduleItemId === i.id && k.checklistItemId === c.id)?.done ?? false })),
        evidence: ev.filter((e) => e.scheduleItemId === i.id),
      };
    })
    .sort((a, b) => a.substep.position - b.substep.position);
  const states: ItemState[] = rows.map((r) => ({
    id: r.id,
    position: r.substep.position,
    stage: r.substep.stageNumber,
    step: r.substep.stepNumber,
    code: r.substep.code,
    name: r.substep.name,
    status: r.status,
    plannedEnd: r.plannedEnd,
    outOfOrderReason: r.outOfOrderReason,
  }));
  const taskById = new Map(catalogue.recurring.map((r) => [r.id, r]));
  return {
    track: t,
    place: place[0],
    catalogue,
    items: rows,
    progress: deriveProgress(states, today),
    occurrences: occ.map((o) => ({ ...o, task: taskById.get(o.taskId)! })),
    events,
    today,
    canUpdate: !t.closedAt && can(actor.scope, 'schedule.update', resourceOf(t)),
    /** The województwo's regional track, for a link, when the reader may open it. */
    regionalTrackId,
  };
}

async function itemForUpdate(actor: Actor, itemId: number) {
  const db = getDb();
  const [row] = await db.select({ item: scheduleItems, track: tracks }).from(scheduleItems).innerJoin(tracks, eq(tracks.id, scheduleItems.trackId)).where(eq(scheduleItems.id, itemId));
  if (!row) throw notFoundError('Nie znaleziono pozycji harmonogramu.');
  await mustSee(actor, row.track, 'Nie znaleziono pozycji harmonogramu.');
  await authorize(actor, 'schedule.update', resourceOf(row.track));
  refuseClosed(row.track);
  return row;
}

/** An earlier cycle's schedule is read-only (closed by the PZK's decision at step 9.2). */
function refuseClosed(t: { closedAt: Date | null }) {
  if (t.closedAt) throw new AppError('INVALID', CLOSED_CYCLE_MESSAGE);
}

/** Records a change in the track's history and brings its summary (and last activity) up to date (same transaction). */
async function logEvent(tx: DbOrTx, actor: Actor, trackId: number, text: string) {
  await tx.insert(trackEvents).values({ trackId, userId: actor.userId, userName: actor.name, text });
  await refreshTrackSummary(tx, [trackId]);
}

/**
 * Changes a sub-step's status. Rules: "not applicable" needs a reason; leaving the normal path
 * (working on a later stage while an earlier one is open) needs a reason; a sub-step whose
 * evidence is a document cannot be done without one attached.
 */
export async function updateItemStatus(actor: Actor, input: unknown) {
  const v = parseInput(itemStatusSchema, input);
  const { item, track } = await itemForUpdate(actor, v.itemId);
  const db = getDb();
  const catalogue = (await loadCatalogue(db, track.catalogueVersionId))!;
  const substep = catalogue.substeps.find((s) => s.id === item.substepId)!;
  const siblings = await db.select({ id: scheduleItems.id, status: scheduleItems.status, substepId: scheduleItems.substepId, plannedEnd: scheduleItems.plannedEnd }).from(scheduleItems).where(eq(scheduleItems.trackId, track.id));
  const states: ItemState[] = siblings.map((s) => {
    const c = catalogue.substeps.find((x) => x.id === s.substepId)!;
    return { id: s.id, position: c.position, stage: c.stageNumber, step: c.stepNumber, code: c.code, name: c.name, status: s.status, plannedEnd: s.plannedEnd };
  });
  const errors: Record<string, string[]> = {};
  if (v.status === 'not_applicable' && !v.naReason) errors.naReason = ['Podaj, dlaczego ten podkrok nie dotyczy gminy.'];
  const leaving = (v.status === 'in_progress' || v.status === 'done') && earlierUnfinished(states, states.find((s) => s.id === item.id)!).length > 0;
  if (leaving && !v.outOfOrderReason && !item.outOfOrderReason) {
    errors.outOfOrderReason = ['Wcześniejszy etap nie jest zakończony. Podaj powód rozpoczęcia tego podkroku przed jego zakończeniem.'];
  }
  if (v.status === 'done' && substep.evidence !== 'none') {
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(evidence).where(eq(evidence.scheduleItemId, item.id));
    const satisfiedBySystem = substep.evidence === 'notification' && item.status === 'done';
    if (n === 0 && !satisfiedBySystem) errors.status = [`Ten podkrok wymaga dowodu: ${substep.evidenceLabel}. Dołącz plik, zanim oznaczysz go jako wykonany.`];
  }
  if (v.actualStart && v.actualEnd && v.actualEnd < v.actualStart) errors.actualEnd = ['Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.'];
  if (Object.keys(errors).length) throw invalidError(errors);

  const today = clock.today();
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(scheduleItems)
      .set({
        status: v.status,
        actualStart: v.actualStart ?? (v.status !== 'not_started' ? (item.actualStart ?? today) : null),
        actualEnd: v.status === 'done' ? (v.actualEnd ?? item.actualEnd ?? today) : null,
        naReason: v.status === 'not_applicable' ? v.naReason : null,
        outOfOrderReason: leaving ? (v.outOfOrderReason ?? item.outOfOrderReason) : item.outOfOrderReason,
        notes: v.notes ?? null,
        updatedBy: actor.userId,
        updatedAt: sql`now()`,
        version: sql`${scheduleItems.version} + 1`,
      })
      .where(and(eq(scheduleItems.id, item.id), eq(scheduleItems.version, v.version)))
      .returning({ id: scheduleItems.id, version: scheduleItems.version });
    if (!changed.length) throw conflictError();
    const reason = v.status === 'not_applicable' ? ` (powód: ${v.naReason})` : leaving && v.outOfOrderReason ? ` poza kolejnością (powód: ${v.outOfOrderReason})` : '';
    await logEvent(tx, actor, track.id, `Podkrok ${substep.code} „${substep.name}”: ${STATUS_LABEL[item.status]} → ${STATUS_LABEL[v.status]}${reason}.`);
    await audit(tx, actor, { action: 'schedule.status_changed', entityType: 'schedule_item', entityId: item.id, voivodeshipId: track.voivodeshipId, details: { from: item.status, to: v.status } });
    return changed[0];
  });
}

export async function toggleCheck(actor: Actor, input: unknown) {
  const v = parseInput(checkSchema, input);
  const { item, track } = await itemForUpdate(actor, v.itemId);
  return getDb().transaction(async (tx) => {
    const changed = await tx
      .update(scheduleChecks)
      .set({ done: v.done, doneBy: v.done ? actor.userId : null, doneAt: v.done ? sql`now()` : null })
      .where(and(eq(scheduleChecks.scheduleItemId, item.id), eq(scheduleChecks.checklistItemId, v.checklistItemId)))
      .returning({ done: scheduleChecks.done });
    if (!changed.length) throw notFoundError('Nie ma takiego punktu listy kontrolnej.');
    const catalogue = (await loadCatalogue(tx, track.catalogueVersionId))!;
    const s = catalogue.substeps.find((x) => x.id === item.substepId)!;
    const text = s.checklist.find((c) => c.id === v.checklistItemId)?.text ?? '';
    await logEvent(tx, actor, track.id, `${v.done ? 'Odhaczono' : 'Cofnięto odhaczenie'} w podkroku ${s.code}: „${text}”.`);
    return changed[0];
  });
}

export async function setOccurrence(actor: Actor, input: unknown) {
  const v = parseInput(occurrenceSchema, input);
  const db = getDb();
  const [row] = await db
    .select({ o: occurrences, track: tracks, taskName: catalogueRecurringTasks.name })
    .from(occurrences)
    .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(eq(occurrences.id, v.occurrenceId));
  if (!row) throw notFoundError('Nie znaleziono terminu.');
  await mustSee(actor, row.track, 'Nie znaleziono terminu.');
  await authorize(actor, 'schedule.update', resourceOf(row.track));
  refuseClosed(row.track);
  return db.transaction(async (tx) => {
    await tx
      .update(occurrences)
      .set({ status: v.done ? 'done' : 'planned', doneOn: v.done ? clock.today() : null, note: v.note ?? null })
      .where(eq(occurrences.id, v.occurrenceId));
    await logEvent(tx, actor, row.track.id, `${v.done ? 'Odnotowano realizację' : 'Cofnięto realizację'} zadania cyklicznego „${row.taskName}” w okresie: ${formatWindow(row.o.periodStart, row.o.dueDate)}.`);
  });
}

/** Attaches an uploaded file as evidence of a sub-step. The file's type is judged by its content. */
export async function addEvidence(actor: Actor, input: { itemId: unknown; title: unknown; fileName: string; data: Uint8Array }) {
  const v = parseInput(evidenceTitleSchema, { itemId: input.itemId, title: input.title });
  const problem = await uploadProblem(input.data);
  if (problem) throw invalidError({ file: [problem] });
  const { item, track } = await itemForUpdate(actor, v.itemId);
  return getDb().transaction(async (tx) => {
    const file = await storeUpload(tx, { name: input.fileName, data: input.data }, actor.userId);
    const [row] = await tx.insert(evidence).values({ scheduleItemId: item.id, title: v.title, fileId: file.id, createdBy: actor.userId }).returning({ id: evidence.id });
    await logEvent(tx, actor, track.id, `Dołączono dowód „${v.title}” (${input.fileName}).`);
    await audit(tx, actor, { action: 'schedule.evidence_added', entityType: 'schedule_item', entityId: item.id, voivodeshipId: track.voivodeshipId, details: { sha256: file.sha256 } });
    return { id: row.id, fileId: file.id };
  });
}

/** A file attached to a schedule item, for download — only to those who may see the implementation. */
export async function getEvidenceFile(actor: Actor, fileId: string) {
  const db = getDb();
  const rows = await db
    .select({ name: files.name, mime: files.mime, data: files.data, track: tracks })
    .from(files)
    .innerJoin(evidence, eq(evidence.fileId, files.id))
    .innerJoin(scheduleItems, eq(scheduleItems.id, evidence.scheduleItemId))
    .innerJoin(tracks, eq(tracks.id, scheduleItems.trackId))
    .where(eq(files.id, fileId));
  if (!rows.length) throw notFoundError('Nie znaleziono pliku.');
  // One file may be the evidence of several gminas' tracks (a signed agreement of the powiat and
  // its gminas): whoever sees any of them may download it.
  for (const r of rows) if (await sees(actor, r.track)) return r;
  await mustSee(actor, rows[0].track, 'Nie znaleziono pliku.'); // refuses (and records it)
  return rows[0];
}

