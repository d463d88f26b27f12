import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { gminas, implementations, notifications, occurrences, scheduleItems, tracks } from '@/db/schema';
import { dashboardRows, ownImplementations } from '@/lib/implementations/dashboard';
import { refreshTrackSummary } from '@/lib/implementations/summary';
import { resubmitNotification, reviewNotification, submitNotification, getNotification } from '@/lib/implementations/notifications';
import { addEvidence, getTrack, toggleCheck, updateItemStatus } from '@/lib/implementations/tracks';
import { editRecurring, editStep, editSubstep, getCatalogue } from '@/lib/model/catalogue';
import { AppError } from '@/lib/errors';
import { CHOROSZCZ, DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeNationalAdmin } from '../factories';
import { accepted, notificationFor, trackOf } from '../implementation-factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);

describe('notification → acceptance → schedule', () => {
  it('refuses an incomplete notification with Polish errors and writes nothing', async () => {
    // Notifications of other tests of this file: the refused ones below add none to them.
    const [{ n: atStart }] = await getDb().select({ n: count() }).from(notifications);
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    const bad = await notificationFor([JANOW]);
    bad.people = bad.people.filter((p) => p.function !== 'councillor_gmina');
    const err = (await submitNotification(pcpr, bad).catch((e) => e)) as AppError;
    expect(err.code).toBe('INVALID');
    expect(err.fieldErrors?.people).toContain('Dla każdej zaznaczonej gminy wskaż animatora GOPS i radnego gminy.');
    const other = (await submitNotification(pcpr, await notificationFor([CHOROSZCZ])).catch((e) => e)) as AppError;
    expect(other.fieldErrors?.gminaIds?.[0]).toBeTruthy();
    const [{ n }] = await getDb().select({ n: count() }).from(notifications);
    expect(n).toBe(atStart);
    await expect(submitNotification(await makeActor('gops_animator', JANOW), await notificationFor([JANOW]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ROPS returns it with a comment, the animator corrects it, ROPS accepts: schedules for each gmina', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const { id } = await submitNotification(pcpr, await notificationFor(['2011032', '2011043', '2011052']));

    // Another województwo's ROPS is not told the notification exists; its PCPR reads it but may not decide.
    await expect(reviewNotification(await makeActor('rops_adviser', MAZOWIECKIE), { id, version: 1, decision: 'accept' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reviewNotification(pcpr, { id, version: 1, decision: 'accept' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reviewNotification(rops, { id, version: 1, decision: 'return' })).rejects.toMatchObject({ code: 'INVALID' });

    await reviewNotification(rops, { id, version: 1, decision: 'return', comment: 'Proszę uzupełnić grupę docelową.' });
    const returned = await getNotification(pcpr, id);
    expect(returned.notification).toMatchObject({ status: 'returned', reviewComment: 'Proszę uzupełnić grupę docelową.' });
    await resubmitNotification(pcpr, id, 2, await notificationFor(['2011032', '2011043', '2011052']));
    const { trackIds } = await reviewNotification(rops, { id, version: 3, decision: 'accept' });
    expect(trackIds).toHaveLength(3);
    if (!trackIds) throw new Error("no tracks");

    const db = getDb();
    const [impl] = await db.select().from(implementations).where(eq(implementations.notificationId, id));
    expect(impl.startDate).toBe('2027-01-04');
    const track = await getTrack(rops, trackIds[0], '2027-01-10');
    // Stage I belongs to the regional track; the gmina's schedule starts with stage II.
    expect(track.items.map((i) => i.substep.code)).not.toContain('1.1');
    expect(track.items.find((i) => i.substep.code === '2.4')?.status).toBe('done');
    expect(track.items.find((i) => i.substep.code === '3')).toMatchObject({ plannedStart: expect.any(String), status: 'not_started' });
    const stageIIIWindow = track.items.filter((i) => i.substep.stageNumber === 3);
    expect(stageIIIWindow.every((i) => i.plannedStart >= '2027-04-04' && i.plannedEnd <= '2028-05-03')).toBe(true);
    expect(track.progress).toMatchObject({ stage: 2, step: 2 });
    const monthly = track.occurrences.filter((o) => o.task.cadence === 'monthly');
    expect(monthly).toHaveLength(15);

    const [regional] = await db.select().from(tracks).where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, impl.voivodeshipId)));
    const regionalItems = await db.select({ n: count() }).from(scheduleItems).where(eq(scheduleItems.trackId, regional.id));
    expect(regionalItems[0].n).toBe(2);
    const regionalOcc = await db.select({ n: count() }).from(occurrences).where(eq(occurrences.trackId, regional.id));
    expect(regionalOcc[0].n).toBeGreaterThan(0);

    // The summary written with a new track equals the one read back from its schedule.
    const summaryOf = async (id: number) => {
      const [t] = await db.select().from(tracks).where(eq(tracks.id, id));
      return [t.totalItems, t.closedItems, t.currentSubstepId, t.openItemEnds, t.openItemLabels, t.openOccurrenceDues, t.openOccurrenceLabels, t.stepStates];
    };
    const asWritten = await summaryOf(regional.id);
    await refreshTrackSummary(db, [regional.id]);
    expect(await summaryOf(regional.id)).toEqual(asWritten);

    // A gmina cannot be notified twice.
    const again = (await submitNotification(pcpr, await notificationFor(['2011032'])).catch((e) => e)) as AppError;
    expect(again.fieldErrors?.gminaIds?.[0]).toMatch(/już wdraża model/);
  });
});

describe('working through the schedule', () => {
  it('a GOPS animator ticks the checklist and completes a sub-step of their gmina only', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    const rops = await makeActor('rops_adviser', PODLASKIE);
    await accepted(pcpr, rops, [JANOW, DABROWA]);
    const gops = await makeActor('gops_animator', JANOW);
    const janow = await getTrack(gops, (await trackOf(JANOW)).id, '2027-01-10');
    const s21 = janow.items.find((i) => i.substep.code === '2.1')!;
    await toggleCheck(gops, { itemId: s21.id, checklistItemId: s21.checks[0].id, done: true });
    await updateItemStatus(gops, { itemId: s21.id, version: s21.version, status: 'done' });
    const after = await getTrack(gops, janow.track.id, '2027-01-10');
    expect(after.items.find((i) => i.id === s21.id)).toMatchObject({ status: 'done', actualEnd: expect.any(String) });
    expect(after.items.find((i) => i.id === s21.id)!.checks[0].done).toBe(true);
    expect(after.events.map((e) => e.text).join('\n')).toMatch(/2\.1/);

    // Two people saving the same version: the second is refused.
    await expect(updateItemStatus(gops, { itemId: s21.id, version: s21.version, status: 'in_progress' })).rejects.toMatchObject({ code: 'CONFLICT' });

    const dabrowa = await trackOf(DABROWA);
    // Another gmina's implementation is not found (its existence is not confirmed).
    await expect(getTrack(gops, dabrowa.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateItemStatus(gops, { itemId: s21.id + 1000000, version: 1, status: 'done' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const dabrowaItem = (await getTrack(pcpr, dabrowa.id)).items[0];
    await expect(updateItemStatus(gops, { itemId: dabrowaItem.id, version: dabrowaItem.version, status: 'done' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getTrack(await makeActor('pcpr_animator', '2002'), dabrowa.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // WZK reads but does not write.
    const wzk = await makeActor('wzk_member', PODLASKIE);
    expect((await getTrack(wzk, dabrowa.id)).canUpdate).toBe(false);
    await expect(updateItemStatus(wzk, { itemId: dabrowaItem.id, version: dabrowaItem.version, status: 'done' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // The dashboard row moves with it; a GOPS animator sees only their own gmina.
    const rows = await dashboardRows(rops, {}, '2027-01-10');
    const row = rows.find((r) => r.gminaTeryt === JANOW)!;
    expect(row.closed).toBe(2);
    expect(row.stage).toBe(2);
    expect((await ownImplementations(gops, '2027-01-10')).map((r) => r.gminaTeryt)).toEqual([JANOW]);
    await expect(dashboardRows(gops)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await dashboardRows(await makeActor('rops_adviser', MAZOWIECKIE))).toEqual([]);
  });

  it('a sub-step whose evidence is a signed document needs a file — checked by content', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    await accepted(pcpr, await makeActor('rops_admin', PODLASKIE), ['2011062']);
    const t = await getTrack(pcpr, (await trackOf('2011062')).id);
    const step3 = t.items.find((i) => i.substep.code === '3')!;
    const refused = (await updateItemStatus(pcpr, { itemId: step3.id, version: step3.version, status: 'done', outOfOrderReason: 'test' }).catch((e) => e)) as AppError;
    expect(refused.fieldErrors?.status?.[0]).toMatch(/wymaga dowodu/);
    const exe = (await addEvidence(pcpr, { itemId: step3.id, title: 'Porozumienie', fileName: 'porozumienie.pdf', data: EXE }).catch((e) => e)) as AppError;
    expect(exe.fieldErrors?.file?.[0]).toMatch(/PDF, JPEG i PNG/);
    await addEvidence(pcpr, { itemId: step3.id, title: 'Podpisane porozumienie', fileName: 'skan.pdf', data: PDF });
    await updateItemStatus(pcpr, { itemId: step3.id, version: step3.version, status: 'done', outOfOrderReason: 'Porozumienie podpisano wcześniej' });
    const after = await getTrack(pcpr, t.track.id);
    expect(after.items.find((i) => i.id === step3.id)?.evidence[0]).toMatchObject({ title: 'Podpisane porozumienie', fileName: 'skan.pdf' });
  });

  it('starting stage III while stage II is open needs a reason, which the dashboard shows', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    const rops = await makeActor('rops_adviser', PODLASKIE);
    await accepted(pcpr, rops, ['2011072']);
    const t = await getTrack(pcpr, (await trackOf('2011072')).id);
    const s61 = t.items.find((i) => i.substep.code === '6.1')!;
    const err = (await updateItemStatus(pcpr, { itemId: s61.id, version: s61.version, status: 'in_progress' }).catch((e) => e)) as AppError;
    expect(err.fieldErrors?.outOfOrderReason?.[0]).toMatch(/Podaj powód/);
    await updateItemStatus(pcpr, { itemId: s61.id, version: s61.version, status: 'in_progress', outOfOrderReason: 'Szkolenie ROPS dostępne tylko w tym terminie' });
    const row = (await dashboardRows(rops)).find((r) => r.gminaTeryt === '2011072')!;
    expect(row.outOfOrder).toBe('6.1: Szkolenie ROPS dostępne tylko w tym terminie');
    // "Not applicable" needs a reason too.
    const s53 = t.items.find((i) => i.substep.code === '5.3')!;
    const na = (await updateItemStatus(pcpr, { itemId: s53.id, version: s53.version, status: 'not_applicable' }).catch((e) => e)) as AppError;
    expect(na.fieldErrors?.naReason).toBeTruthy();
  });

  it('the dashboard SQL derives the same stage, step, progress and overdue as deriveProgress()', async () => {
    const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    const rops = await makeActor('rops_adviser', PODLASKIE);
    await accepted(pcpr, rops, ['2011083', '2011093', '2011102']);
    const db = getDb();
    const statuses = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const ids = (await dashboardRows(rops)).map((r) => r.trackId);
    for (const trackId of ids) {
      const items = await db.select({ id: scheduleItems.id }).from(scheduleItems).where(eq(scheduleItems.trackId, trackId));
      for (const it of items) await db.update(scheduleItems).set({ status: statuses[Math.floor(rnd() * 4)] }).where(eq(scheduleItems.id, it.id));
    }
    // Written behind the domain functions' back, so the summary is refreshed by hand.
    await refreshTrackSummary(db, ids);
    const today = '2027-09-15';
    const rows = await dashboardRows(rops, {}, today);
    for (const row of rows) {
      const t = await getTrack(rops, row.trackId, today);
      const overdueOcc = t.occurrences.filter((o) => o.status === 'planned' && o.dueDate < today).length;
      expect([row.stage, row.step, row.percentDone, row.overdue]).toEqual([t.progress.stage, t.progress.step, t.progress.percentDone, t.progress.overdue.length + overdueOcc]);
    }
    const overdueOnly = await dashboardRows(rops, { overdueOnly: true, sort: 'zaleglosci', desc: true }, today);
    expect(overdueOnly.every((r) => r.overdue > 0)).toBe(true);
    expect(overdueOnly.map((r) => r.overdue)).toEqual([...overdueOnly.map((r) => r.overdue)].sort((a, b) => b - a));
  });
});

describe('catalogue versions', () => {
  it('an edit creates a new version; running implementations keep theirs; stale edits are refused', async () => {
    const admin = await makeActor('rops_admin', PODLASKIE);
    // Powiat białostocki: the other tests in this file use every gmina of powiat sokólski.
    const pcpr = await makeActor('pcpr_animator', '2002');
    const { trackIds } = await accepted(pcpr, admin, ['2002013']);
    const { catalogue } = await getCatalogue(admin, 'rural');
    const s61 = catalogue.substeps.find((s) => s.code === '6.1')!;
    const edit = { versionId: catalogue.id, code: '6.1', name: 'Szkolenie podmiotów PZK (zmienione)', description: s61.description, startMonth: 4, durationMonths: 2, checklist: 'Punkt pierwszy\nPunkt drugi', note: 'Dłuższe okno' };
    await expect(editSubstep(pcpr, edit)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The catalogue is kept by the national administrator (ROPS proposes: tests/security/national-model.test.ts).
    const national = await makeNationalAdmin();
    const bad = (await editSubstep(national, { ...edit, startMonth: 1 }).catch((e) => e)) as AppError;
    expect(bad.fieldErrors?.startMonth?.[0]).toMatch(/oknie etapu/);
    const v2 = await editSubstep(national, edit);
    expect(v2.version).toBe(catalogue.version + 1);
    await expect(editSubstep(national, edit)).rejects.toMatchObject({ code: 'CONFLICT' });

    const latest = await getCatalogue(admin, 'rural');
    const edited = latest.catalogue.substeps.find((s) => s.code === '6.1')!;
    expect(edited.name).toBe('Szkolenie podmiotów PZK (zmienione)');
    expect(edited.checklist.map((c) => c.text)).toEqual(['Punkt pierwszy', 'Punkt drugi']);
    // The running implementation still shows the old wording.
    const running = await getTrack(admin, trackIds[0]);
    expect(running.catalogue.id).toBe(catalogue.id);
    expect(running.items.find((i) => i.substep.code === '6.1')!.substep.name).toBe(s61.name);
    // A new one starts on the new version.
    const fresh = await accepted(pcpr, admin, ['2002023']);
    expect((await getTrack(admin, fresh.trackIds[0])).catalogue.id).toBe(latest.catalogue.id);
    const g = await getDb().select({ n: count() }).from(gminas);
    expect(g[0].n).toBe(2477);
  });

  it('steps and recurring tasks are edited the same way; a recurring window must run forwards', async () => {
    const admin = await makeNationalAdmin();
    const { catalogue } = await getCatalogue(admin, 'urban_3d');
    const pzk = catalogue.recurring.find((r) => r.cadence === 'monthly')!;
    const backwards = (await editRecurring(admin, { versionId: catalogue.id, code: pzk.code, name: pzk.name, description: pzk.description, cadence: 'monthly', fromMonth: 10, toMonth: 4 }).catch((e) => e)) as AppError;
    expect(backwards.fieldErrors?.toMonth).toEqual(['Miesiąc końcowy nie może być wcześniejszy niż początkowy.']);
    await expect(editStep(await makeActor('rops_adviser', PODLASKIE), { versionId: catalogue.id, number: 6, name: 'x', description: 'y' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const v2 = await editRecurring(admin, { versionId: catalogue.id, code: pzk.code, name: 'Spotkanie PZK (dwa razy w miesiącu zalecane)', description: pzk.description, cadence: 'monthly', fromMonth: 4, toMonth: 16 });
    const v3 = await editStep(admin, { versionId: v2.id, number: 6, name: 'Przygotowanie PZK do pracy', description: 'Nowy opis kroku 6.', note: 'Krótsza nazwa' });
    const latest = (await getCatalogue(admin, 'urban_3d')).catalogue;
    expect(latest.id).toBe(v3.id);
    expect(latest.recurring.find((r) => r.code === pzk.code)).toMatchObject({ name: 'Spotkanie PZK (dwa razy w miesiącu zalecane)', toMonth: 16 });
    expect(latest.steps.find((s) => s.number === 6)).toMatchObject({ name: 'Przygotowanie PZK do pracy', description: 'Nowy opis kroku 6.' });
    // Everything else is carried over unchanged.
    expect(latest.substeps.map((s) => [s.code, s.name, s.checklist.length])).toEqual(catalogue.substeps.map((s) => [s.code, s.name, s.checklist.length]));
  });
});
