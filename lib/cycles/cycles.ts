import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { cases, catalogueSubsteps, catalogueVersions, cycleDecisions, documents, implementations, pzkMeetings, pzks, scheduleItems, trackEvents, tracks, users, type ClosingCase } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { IN_WORK_STATUSES } from '@/lib/cases/vocabulary';
import { AppError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { createTrack } from '@/lib/implementations/instantiate';
import { refreshTrackSummary } from '@/lib/implementations/summary';
import { latestVersionId, loadCatalogue } from '@/lib/model/catalogue-load';
import { isoToPolish } from '@/lib/model/dates';
import { parseInput } from '@/lib/validation/parse';
import { DECISION_SUBSTEP, mayDecideCycle, nextCycleSubsteps } from './rules';
import { cycleDecisionSchema } from './schemas';

/*
 * Step 9.2: the PZK decides to continue (a next cycle of the same implementation from step 2.2,
 * the closed cycle read-only with its reports) or to end (the gmina is free again; cases still in
 * work are listed — they stay with the GOPS unless handed over). One decision per cycle (track).
 */

const NOT_FOUND = 'Nie znaleziono wdrożenia.';

async function gminaTrack(db: DbOrTx, actor: Actor, trackId: number) {
  const [t] = await db.select().from(tracks).where(and(eq(tracks.id, trackId), eq(tracks.kind, 'gmina')));
  if (!t) throw notFoundError(NOT_FOUND);
  const place = { voivodeshipId: t.voivodeshipId, powiatId: t.powiatId, gminaId: t.gminaId };
  if (!can(actor.scope, 'implementation.view', place)) throw refusedError('implementation', t.id, t.voivodeshipId, NOT_FOUND);
  return { track: t, place, canDecide: can(actor.scope, 'cycle.decide', place) };
}

async function pzkOf(db: DbOrTx, t: { implementationId: number | null; gminaId: number | null }) {
  const [p] = await db
    .select({ id: pzks.id })
    .from(pzks)
    .where(and(eq(pzks.implementationId, t.implementationId ?? -1), eq(pzks.gminaId, t.gminaId ?? -1)));
  return p ?? null;
}

async function cycleItems(db: DbOrTx, trackId: number) {
  return db
    .select({ id: scheduleItems.id, code: catalogueSubsteps.code, position: catalogueSubsteps.position, status: scheduleItems.status })
    .from(scheduleItems)
    .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
    .where(eq(scheduleItems.trackId, trackId));
}

/** The PZK's cases still in work (numbers and key workers only — no family data). */
async function casesInWork(db: DbOrTx, pzkId: number) {
  return db
    .select({ caseId: cases.id, number: cases.number, keyWorkerName: users.name })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.keyWorkerId))
    .where(and(eq(cases.pzkId, pzkId), inArray(cases.status, [...IN_WORK_STATUSES])))
    .orderBy(asc(cases.number));
}

/** What the schedule page shows of the cycle: its decision, the cycles before and after, the form's choices. */
export async function cycleView(actor: Actor, trackId: number) {
  const db = getDb();
  const { track, canDecide } = await gminaTrack(db, actor, trackId);
  const [decision] = await db.select().from(cycleDecisions).where(eq(cycleDecisions.trackId, track.id));
  const siblings = await db
    .select({ id: tracks.id, cycle: tracks.cycle })
    .from(tracks)
    .where(and(eq(tracks.kind, 'gmina'), eq(tracks.implementationId, track.implementationId ?? -1), eq(tracks.gminaId, track.gminaId ?? -1)))
    .orderBy(asc(tracks.cycle));
  const previous = siblings.find((s) => s.cycle === track.cycle - 1) ?? null;
  const next = siblings.find((s) => s.cycle === track.cycle + 1) ?? null;
  const rule = mayDecideCycle(await cycleItems(db, track.id));
  const pzk = await pzkOf(db, track);
  const formOpen = !decision && !track.closedAt && canDecide && rule.ok && pzk != null;
  const [meetings, docs, openCases, [impl]] = await Promise.all([
    formOpen
      ? db
          .select({ id: pzkMeetings.id, startsAt: pzkMeetings.startsAt })
          .from(pzkMeetings)
          .where(and(eq(pzkMeetings.pzkId, pzk!.id), isNotNull(pzkMeetings.minutesPublishedAt)))
          .orderBy(desc(pzkMeetings.startsAt))
      : Promise.resolve([]),
    formOpen
      ? db
          .select({ id: documents.id, number: documents.number, title: documents.title })
          .from(documents)
          .where(and(eq(documents.gminaId, track.gminaId ?? -1), inArray(documents.status, ['signed', 'amended'])))
          .orderBy(desc(documents.id))
      : Promise.resolve([]),
    formOpen ? casesInWork(db, pzk!.id) : Promise.resolve([]),
    db.select({ closedAt: implementations.closedAt }).from(implementations).where(eq(implementations.id, track.implementationId ?? -1)),
  ]);
  return {
    track: { id: track.id, cycle: track.cycle, startDate: track.startDate, closedAt: track.closedAt },
    decision: decision
      ? { decision: decision.decision, decidedOn: decision.decidedOn, basis: decision.basis, meetingId: decision.meetingId, documentId: decision.documentId, openCases: decision.openCases, createdByName: decision.createdByName }
      : null,
    implementationClosed: impl?.closedAt != null,
    previousTrackId: previous?.id ?? null,
    previousCycle: previous?.cycle ?? null,
    nextTrackId: next?.id ?? null,
    nextCycle: next?.cycle ?? null,
    /** The form is shown (the actor may decide, the cycle reached 9.2, no decision yet). */
    formOpen,
    /** Why the form is not there yet, for those who may decide. */
    notYet: !decision && !track.closedAt && canDecide && !rule.ok ? rule.reason : null,
    meetings,
    documents: docs,
    openCases,
  };
}

/** Records the PZK's decision at step 9.2 and starts the next cycle or ends the work, in one transaction. */
export async function decideCycle(actor: Actor, input: unknown) {
  const v = parseInput(cycleDecisionSchema, input);
  const db = getDb();
  const { track, canDecide } = await gminaTrack(db, actor, v.trackId);
  if (!canDecide) throw refusedChange('implementation', track.id, track.voivodeshipId, 'Decyzję PZK o kontynuacji prac zapisują animatorzy PCPR i GOPS oraz pracownik ds. sieci.');
  const pzk = await pzkOf(db, track);
  if (!pzk || !track.implementationId || !track.gminaId || !track.powiatId) throw notFoundError('Nie znaleziono PZK tej gminy.');
  const errors: Record<string, string[]> = {};
  if (v.decidedOn < track.startDate) errors.decidedOn = [`Data decyzji nie może być wcześniejsza niż początek cyklu (${isoToPolish(track.startDate)}).`];
  if (v.meetingId) {
    const [m] = await db.select({ id: pzkMeetings.id }).from(pzkMeetings).where(and(eq(pzkMeetings.id, v.meetingId), eq(pzkMeetings.pzkId, pzk.id), isNotNull(pzkMeetings.minutesPublishedAt)));
    if (!m) errors.meetingId = ['Wybierz spotkanie tego PZK z opublikowanym protokołem.'];
  }
  if (v.documentId) {
    const [d] = await db.select({ id: documents.id }).from(documents).where(and(eq(documents.id, v.documentId), eq(documents.gminaId, track.gminaId), inArray(documents.status, ['signed', 'amended'])));
    if (!d) errors.documentId = ['Wybierz podpisany dokument tej gminy.'];
  }
  if (Object.keys(errors).length) throw invalidError(errors);
  const who = { userId: actor.userId, name: actor.name };

  return db.transaction(async (tx) => {
    // Two decisions at once: the second waits here, then sees the first.
    const [locked] = await tx.select({ closedAt: tracks.closedAt }).from(tracks).where(eq(tracks.id, track.id)).for('update');
    const [earlier] = await tx.select({ id: cycleDecisions.id }).from(cycleDecisions).where(eq(cycleDecisions.trackId, track.id));
    if (earlier || locked.closedAt) throw new AppError('CONFLICT', 'Decyzja PZK o tym cyklu została już zapisana.');
    const items = await cycleItems(tx, track.id);
    const rule = mayDecideCycle(items);
    if (!rule.ok) throw invalidError({ decision: [rule.reason] }, rule.reason);

    // 9.2 is done by the decision itself; the cycle is then closed (read-only).
    const note = `Decyzja PZK z ${isoToPolish(v.decidedOn)}: ${v.decision === 'continue' ? 'kontynuacja prac (nowy cykl od kroku 2.2)' : 'zakończenie prac'}.`;
    const decisionItem = items.find((i) => i.code === DECISION_SUBSTEP)!;
    await tx
      .update(scheduleItems)
      .set({ status: 'done', actualStart: sql`coalesce(${scheduleItems.actualStart}, ${v.decidedOn})`, actualEnd: v.decidedOn, notes: note, updatedBy: actor.userId, updatedAt: sql`now()`, version: sql`${scheduleItems.version} + 1` })
      .where(eq(scheduleItems.id, decisionItem.id));
    await tx.update(tracks).set({ closedAt: sql`now()` }).where(eq(tracks.id, track.id));

    let newTrackId: number | null = null;
    let openCases: ClosingCase[] = [];
    if (v.decision === 'continue') {
      const [cv] = await tx.select({ variant: catalogueVersions.variant }).from(catalogueVersions).where(eq(catalogueVersions.id, track.catalogueVersionId));
      const catalogue = (await loadCatalogue(tx, (await latestVersionId(tx, cv.variant))!))!;
      const place = { implementationId: track.implementationId!, voivodeshipId: track.voivodeshipId, powiatId: track.powiatId!, gminaId: track.gminaId! };
      const substepIds = nextCycleSubsteps(catalogue.substeps).map((s) => s.id);
      ({ trackId: newTrackId } = await createTrack(tx, catalogue, v.decidedOn, place, 'local', who, { cycle: track.cycle + 1, substepIds }));
      await tx.insert(trackEvents).values([
        { trackId: track.id, userId: who.userId, userName: who.name, text: `${note} Cykl ${track.cycle} zamknięty — harmonogram tylko do odczytu.` },
        { trackId: newTrackId, userId: who.userId, userName: who.name, text: `Cykl ${track.cycle + 1} od kroku 2.2 (decyzja PZK z ${isoToPolish(v.decidedOn)}, katalog w wersji ${catalogue.version}).` },
      ]);
    } else {
      const handed = new Map(v.handovers.map((h) => [h.caseId, h.handedTo]));
      openCases = (await casesInWork(tx, pzk.id)).map((c) => ({ caseId: c.caseId, number: c.number, keyWorkerName: c.keyWorkerName, handedTo: handed.get(c.caseId) || null }));
      await tx.insert(trackEvents).values({ trackId: track.id, userId: who.userId, userName: who.name, text: `${note} Sprawy w toku: ${openCases.length}.` });
      const [stillOpen] = await tx
        .select({ id: tracks.id })
        .from(tracks)
        .where(and(eq(tracks.kind, 'gmina'), eq(tracks.implementationId, track.implementationId!), sql`${tracks.closedAt} is null`))
        .limit(1);
      if (!stillOpen) await tx.update(implementations).set({ closedAt: sql`now()` }).where(eq(implementations.id, track.implementationId!));
    }
    await refreshTrackSummary(tx, [track.id]);
    const [saved] = await tx
      .insert(cycleDecisions)
      .values({
        implementationId: track.implementationId!,
        pzkId: pzk.id,
        voivodeshipId: track.voivodeshipId,
        powiatId: track.powiatId!,
        gminaId: track.gminaId!,
        trackId: track.id,
        decision: v.decision,
        decidedOn: v.decidedOn,
        meetingId: v.meetingId ?? null,
        documentId: v.documentId ?? null,
        basis: v.basis,
        newTrackId,
        openCases,
        createdBy: actor.userId,
        createdByName: actor.name,
      })
      .returning({ id: cycleDecisions.id });
    await audit(tx, actor, {
      action: 'cycle.decided',
      entityType: 'implementation',
      entityId: track.id,
      voivodeshipId: track.voivodeshipId,
      details: { decisionId: saved.id, decision: v.decision, cycle: track.cycle, newTrackId, openCases: openCases.length },
    });
    return { id: saved.id, decision: v.decision, newTrackId, openCases: openCases.length };
  });
}
