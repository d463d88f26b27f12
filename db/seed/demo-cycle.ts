import { and, eq, inArray, lt, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { catalogueSubsteps, gminas, implementations, notificationGminas, notificationPeople, notifications, occurrences, powiats, scheduleChecks, scheduleItems, trackEvents, users } from '../schema';
import { clock } from '../../lib/clock';
import { createTrack } from '../../lib/implementations/instantiate';
import { nextNotificationNumber } from '../../lib/implementations/notification-counter';
import { refreshTrackSummary } from '../../lib/implementations/summary';
import { latestVersionId, loadCatalogue } from '../../lib/model/catalogue-load';
import { addMonths } from '../../lib/model/dates';

/** Szudziałowo (powiat sokólski): unused by the rest of the demo. */
const SZUDZIALOWO = '2011102';

/**
 * Issue 18 §6: Szudziałowo started about 17 months ago and has done every sub-step through 9.1 (and
 * every past recurring task), so the PCPR animator (pcpr@) can record the PZK's decision at step
 * 9.2 on its schedule page — continue (cycle 2 from 2.2) or end. Dates follow the clock, so the demo
 * is at 9.2 whenever it is seeded.
 */
export async function seedDemoCycle(tx: DbOrTx) {
  const today = clock.today();
  const start = addMonths(today, -16); // today lies in month 17, the month of 9.1–9.3
  const [pcpr] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, 'pcpr@kooperacja.test'));
  const [rops] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, 'rops.doradca@kooperacja.test'));
  const [powiat] = await tx.select().from(powiats).where(eq(powiats.teryt, '2011'));
  const [gmina] = await tx.select().from(gminas).where(eq(gminas.teryt, SZUDZIALOWO));
  const versionId = (await latestVersionId(tx, 'rural'))!;
  const catalogue = (await loadCatalogue(tx, versionId))!;
  const who = { userId: rops.id, name: rops.name };

  const [n] = await tx
    .insert(notifications)
    .values({ number: await nextNotificationNumber(tx, clock.year()), voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, variant: 'rural', plannedStart: start, status: 'accepted', submittedBy: pcpr.id, decidedBy: rops.id, decidedByRole: 'rops_adviser', decidedAt: new Date(`${start}T10:00:00Z`), targetGroup: 'Osoby starsze i ich rodziny' })
    .returning({ id: notifications.id });
  await tx.insert(notificationGminas).values({ notificationId: n.id, gminaId: gmina.id });
  await tx.insert(notificationPeople).values([
    { notificationId: n.id, function: 'animator_pcpr', name: 'Małgorzata Nowak' },
    { notificationId: n.id, function: 'councillor_powiat', name: 'Henryk Sadowski' },
    { notificationId: n.id, function: 'animator_gops', name: 'Barbara Sokołowska', gminaId: gmina.id },
    { notificationId: n.id, function: 'councillor_gmina', name: 'Zdzisław Kamiński', gminaId: gmina.id },
  ]);
  const [impl] = await tx.insert(implementations).values({ notificationId: n.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, catalogueVersionId: versionId, startDate: start }).returning({ id: implementations.id });
  const { trackId } = await createTrack(tx, catalogue, start, { implementationId: impl.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, gminaId: gmina.id }, 'local', who);

  // Every sub-step up to and including 9.1 done, on its planned end (today at the latest).
  const [s91] = await tx.select({ position: catalogueSubsteps.position }).from(catalogueSubsteps).where(and(eq(catalogueSubsteps.versionId, versionId), eq(catalogueSubsteps.code, '9.1')));
  const upTo = tx.select({ id: catalogueSubsteps.id }).from(catalogueSubsteps).where(and(eq(catalogueSubsteps.versionId, versionId), lte(catalogueSubsteps.position, s91.position)));
  const items = await tx.select({ id: scheduleItems.id, plannedStart: scheduleItems.plannedStart, plannedEnd: scheduleItems.plannedEnd }).from(scheduleItems).where(and(eq(scheduleItems.trackId, trackId), inArray(scheduleItems.substepId, upTo)));
  for (const i of items) {
    const end = i.plannedEnd < today ? i.plannedEnd : today;
    await tx.update(scheduleItems).set({ status: 'done', actualStart: i.plannedStart < end ? i.plannedStart : end, actualEnd: end, updatedBy: pcpr.id, updatedAt: new Date(`${end}T12:00:00Z`) }).where(eq(scheduleItems.id, i.id));
  }
  if (items.length) await tx.update(scheduleChecks).set({ done: true, doneBy: pcpr.id, doneAt: new Date(`${today}T09:00:00Z`) }).where(inArray(scheduleChecks.scheduleItemId, items.map((i) => i.id)));
  await tx.update(occurrences).set({ status: 'done', doneOn: today }).where(and(eq(occurrences.trackId, trackId), lt(occurrences.dueDate, today)));
  await tx.insert(trackEvents).values({ trackId, userId: pcpr.id, userName: pcpr.name, text: 'Podkroki do 9.1 wykonane — PZK podsumowuje efekty i decyduje o kontynuacji prac (krok 9.2).' });
  await refreshTrackSummary(tx, [trackId]);
}
