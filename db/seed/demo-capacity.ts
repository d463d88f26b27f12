import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { catalogueRecurringTasks, coachingSessions, gminas, occurrences, pzks, tracks, users } from '../schema';
import { nextOccurrenceState, occurrenceForDate } from '../../lib/coaching/supervision-rule';
import { refreshTrackSummary } from '../../lib/implementations/summary';
import { clock } from '../../lib/clock';

/**
 * Step 7.1 in the demo (issue 18 §3): Dąbrowa Białostocka's PZK (rural) records an internal
 * mini-training, a coaching session and a team supervision; the supervision marks the gmina's
 * "Superwizja zespołowa" of its period done, as recording it in the app does. No family data.
 * Needs the demo implementations (seedDemoImplementations) and users.
 */
export async function seedDemoCapacity(tx: DbOrTx) {
  const [gops] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'gops.dabrowa@kooperacja.test'));
  const [row] = await tx
    .select({ pzk: pzks })
    .from(pzks)
    .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
    .where(eq(gminas.teryt, '2011013'));
  if (!gops || !row) return;
  const p = row.pzk;
  const place = { pzkId: p.id, voivodeshipId: p.voivodeshipId, powiatId: p.powiatId, gminaId: p.gminaId, createdBy: gops.id };
  await tx.insert(coachingSessions).values([
    { ...place, kind: 'internal_training', heldOn: '2026-10-14', hours: 2, leader: 'Tomasz Lewandowski, animator GOPS', participants: 'Członkowie PZK: szkoła, ośrodek zdrowia, policja, GOPS', participantCount: 9, topic: 'Karta oczekiwań i kwalifikacja rodziny — ćwiczenia na przykładach' },
    { ...place, kind: 'coaching', heldOn: '2026-11-04', hours: 3, leader: 'Anna Wiśniewska, coach (Fundacja „Razem”)', participants: 'Animatorzy GOPS i PCPR', participantCount: 2, topic: 'Prowadzenie spotkania PZK' },
  ]);
  // The supervision only once its day has come (the demo's "today" is the real one).
  const heldOn = '2026-12-02';
  if (clock.today() < heldOn) return;
  const windows = await tx
    .select({ id: occurrences.id, trackId: occurrences.trackId, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate, status: occurrences.status, doneOn: occurrences.doneOn, note: occurrences.note })
    .from(occurrences)
    .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(and(eq(tracks.kind, 'gmina'), eq(tracks.gminaId, p.gminaId), eq(tracks.implementationId, p.implementationId), isNull(tracks.closedAt), eq(catalogueRecurringTasks.code, 'superwizja')));
  const occurrenceId = occurrenceForDate(heldOn, windows);
  const topic = 'Omówienie diagnoz i programów pomocy, budowanie zespołu';
  await tx.insert(coachingSessions).values({ ...place, kind: 'supervision', heldOn, hours: 3, leader: 'dr Ewa Lipińska, superwizorka', participants: 'Animatorzy GOPS i PCPR, pracownicy socjalni', participantCount: 6, topic, occurrenceId });
  const occ = windows.find((w) => w.id === occurrenceId);
  const next = occ ? nextOccurrenceState(occ, [{ heldOn, topic }]) : null;
  if (occ && next) {
    await tx.update(occurrences).set(next).where(eq(occurrences.id, occ.id));
    await refreshTrackSummary(tx, [occ.trackId]);
  }
}
