import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { cases, catalogueSubsteps, cycleDecisions, implementations, pzks, scheduleItems, tracks } from '@/db/schema';
import { setClockForTests } from '@/lib/clock';
import { decideCycle } from '@/lib/cycles/cycles';
import { dashboardRows } from '@/lib/implementations/dashboard';
import { unsafeBusyGminas } from '@/lib/implementations/notifications';
import { toggleCheck, updateItemStatus } from '@/lib/implementations/tracks';
import { AppError } from '@/lib/errors';
import { CHOROSZCZ, DABROWA, JANOW, PODLASKIE, SOKOLSKI, makeActor, unit } from '../factories';
import { accepted } from '../implementation-factories';

const CLOSED = 'Ten cykl wdrożenia jest zamknięty — zmiany wprowadzaj w bieżącym cyklu.';
const SZUDZIALOWO = '2011102';
const START = '2027-01-04';

/** Marks the track's sub-steps through 9.1 done (written to the table: the setup, not under test). */
async function reach92(trackId: number) {
  const db = getDb();
  const [s91] = await db.select({ position: catalogueSubsteps.position }).from(catalogueSubsteps).innerJoin(scheduleItems, eq(scheduleItems.substepId, catalogueSubsteps.id)).where(and(eq(scheduleItems.trackId, trackId), eq(catalogueSubsteps.code, '9.1')));
  const items = await db.select({ id: scheduleItems.id, position: catalogueSubsteps.position }).from(scheduleItems).innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId)).where(eq(scheduleItems.trackId, trackId));
  const ids = items.filter((i) => i.position <= s91.position).map((i) => i.id);
  await db.update(scheduleItems).set({ status: 'done', actualEnd: '2028-05-20' }).where(inArray(scheduleItems.id, ids));
}

const codesOf = async (trackId: number) =>
  (await getDb().select({ code: catalogueSubsteps.code }).from(scheduleItems).innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId)).where(eq(scheduleItems.trackId, trackId))).map((r) => r.code);

async function errorOf(p: Promise<unknown>) {
  const e = await p.then(() => null, (x) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

let setup: Awaited<ReturnType<typeof make>>;
async function make() {
  const pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const gops = await makeActor('gops_animator', DABROWA);
  const otherPcpr = await makeActor('pcpr_animator', CHOROSZCZ.slice(0, 4));
  const { trackIds } = await accepted(pcpr, rops, [JANOW, DABROWA], START);
  const [janow, dabrowa] = await Promise.all(trackIds.map(async (id) => (await getDb().select().from(tracks).where(eq(tracks.id, id)))[0]));
  return { pcpr, rops, gops, otherPcpr, janow: janow.gminaId === (await unit(JANOW)).gminaId ? janow : dabrowa, dabrowa: janow.gminaId === (await unit(JANOW)).gminaId ? dabrowa : janow };
}

beforeAll(async () => {
  setClockForTests('2028-06-10T10:00:00Z');
  setup = await make();
});
afterAll(() => setClockForTests(null));

describe('the PZK decision at step 9.2', () => {
  it('refuses a decision before the cycle reached 9.2, and one from another powiat, writing nothing', async () => {
    const input = { trackId: setup.janow.id, decision: 'continue', decidedOn: '2028-06-04', basis: 'Uchwała PZK nr 5/2028' };
    const early = await errorOf(decideCycle(setup.pcpr, input));
    expect(early.code).toBe('INVALID');
    expect(early.message).toContain('9.1');
    const foreign = await errorOf(decideCycle(setup.otherPcpr, input));
    expect(foreign.code).toBe('NOT_FOUND');
    const rops = await errorOf(decideCycle(setup.rops, input));
    expect(rops.code).toBe('FORBIDDEN');
    expect(await getDb().select().from(cycleDecisions)).toHaveLength(0);
  });

  it('refuses a decision without what records it, dated in the future or before the cycle', async () => {
    await reach92(setup.janow.id);
    const none = await errorOf(decideCycle(setup.pcpr, { trackId: setup.janow.id, decision: 'continue', decidedOn: '2028-06-04', basis: '' }));
    expect(none.fieldErrors?.basis?.[0]).toContain('protokół spotkania PZK');
    const future = await errorOf(decideCycle(setup.pcpr, { trackId: setup.janow.id, decision: 'continue', decidedOn: '2028-06-11', basis: 'Uchwała' }));
    expect(future.fieldErrors?.decidedOn?.[0]).toContain('z przyszłości');
    const before = await errorOf(decideCycle(setup.pcpr, { trackId: setup.janow.id, decision: 'continue', decidedOn: '2026-12-31', basis: 'Uchwała' }));
    expect(before.fieldErrors?.decidedOn?.[0]).toContain('04.01.2027');
  });

  it('continue: a new open cycle 2 from 2.2 on the same PZK; the old one read-only; decided once', async () => {
    const db = getDb();
    const pzksBefore = await db.select().from(pzks).where(eq(pzks.gminaId, setup.janow.gminaId!));
    const r = await decideCycle(setup.pcpr, { trackId: setup.janow.id, decision: 'continue', decidedOn: '2028-06-04', basis: 'Uchwała PZK nr 5/2028' });
    expect(r.newTrackId).toBeTruthy();
    const [oldT] = await db.select().from(tracks).where(eq(tracks.id, setup.janow.id));
    const [newT] = await db.select().from(tracks).where(eq(tracks.id, r.newTrackId!));
    expect(oldT.closedAt).not.toBeNull();
    expect(newT).toMatchObject({ cycle: 2, closedAt: null, startDate: '2028-06-04', implementationId: setup.janow.implementationId, gminaId: setup.janow.gminaId });
    const codes = await codesOf(newT.id);
    expect(codes).toContain('2.2');
    expect(codes).toContain('9.2');
    expect(codes).not.toContain('2.1');
    // 2.2 in the first month of the new cycle.
    const [first] = await db.select({ plannedStart: scheduleItems.plannedStart }).from(scheduleItems).innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId)).where(and(eq(scheduleItems.trackId, newT.id), eq(catalogueSubsteps.code, '2.2')));
    expect(first.plannedStart).toBe('2028-06-04');
    expect(newT.closedItems).toBe(0);
    expect(newT.totalItems).toBe(codes.length);
    // 9.2 of the old cycle done by the decision.
    const [old92] = await db.select({ status: scheduleItems.status, notes: scheduleItems.notes }).from(scheduleItems).innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId)).where(and(eq(scheduleItems.trackId, oldT.id), eq(catalogueSubsteps.code, '9.2')));
    expect(old92.status).toBe('done');
    expect(old92.notes).toContain('04.06.2028');
    // The PZK continues: no second one, same row.
    expect(await db.select().from(pzks).where(eq(pzks.gminaId, setup.janow.gminaId!))).toEqual(pzksBefore);

    // The old cycle is read-only.
    const [item] = await db.select().from(scheduleItems).where(eq(scheduleItems.trackId, oldT.id)).limit(1);
    const write = await errorOf(updateItemStatus(setup.pcpr, { itemId: item.id, version: item.version, status: 'in_progress', outOfOrderReason: 'x' }));
    expect(write.message).toBe(CLOSED);
    const tick = await errorOf(toggleCheck(setup.pcpr, { itemId: item.id, checklistItemId: 1, done: true }));
    expect(tick.message).toBe(CLOSED);
    const [after] = await db.select().from(scheduleItems).where(eq(scheduleItems.id, item.id));
    expect(after).toEqual(item);

    // Twice refused.
    const twice = await errorOf(decideCycle(setup.pcpr, { trackId: setup.janow.id, decision: 'end', decidedOn: '2028-06-05', basis: 'Uchwała' }));
    expect(twice.message).toMatch(/zamknięty|już zapisana/);

    // The dashboard shows cycle 2 (one row for Janów, the new track).
    const rows = (await dashboardRows(setup.rops)).filter((x) => x.gminaName === 'Janów');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ trackId: newT.id, cycle: 2, ended: false });
    // Janów still implements: it cannot be notified again.
    expect((await unsafeBusyGminas(db, [setup.janow.gminaId!])).get(setup.janow.gminaId!)?.state).toBe('implementing');
    const [impl] = await db.select().from(implementations).where(eq(implementations.id, setup.janow.implementationId!));
    expect(impl.closedAt).toBeNull();
  });

  it('end: the open cases are listed, the gmina is free, the implementation closes when no gmina track is open', async () => {
    const db = getDb();
    await reach92(setup.dabrowa.id);
    const [pzk] = await db.select().from(pzks).where(and(eq(pzks.implementationId, setup.dabrowa.implementationId!), eq(pzks.gminaId, setup.dabrowa.gminaId!)));
    const place = { pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, kind: 'family' as const, keyWorkerId: setup.gops.userId, createdBy: setup.gops.userId };
    const [c1, c2] = await db
      .insert(cases)
      .values([
        { ...place, number: 'R/2028/0901', status: 'qualified' },
        { ...place, number: 'R/2028/0902', status: 'referred' },
        { ...place, number: 'R/2028/0903', status: 'closed' },
      ])
      .returning({ id: cases.id });
    const r = await decideCycle(setup.gops, { trackId: setup.dabrowa.id, decision: 'end', decidedOn: '2028-06-08', basis: 'Protokół zebrania PZK', handovers: [{ caseId: c2.id, handedTo: 'PCPR w Sokółce' }] });
    expect(r.openCases).toBe(2);
    const [d] = await db.select().from(cycleDecisions).where(eq(cycleDecisions.trackId, setup.dabrowa.id));
    expect(d.openCases).toEqual([
      { caseId: c1.id, number: 'R/2028/0901', keyWorkerName: setup.gops.name, handedTo: null },
      { caseId: c2.id, number: 'R/2028/0902', keyWorkerName: setup.gops.name, handedTo: 'PCPR w Sokółce' },
    ]);
    // Dąbrowa is free; the implementation still has Janów's open cycle 2.
    expect((await unsafeBusyGminas(db, [setup.dabrowa.gminaId!])).has(setup.dabrowa.gminaId!)).toBe(false);
    const [impl] = await db.select().from(implementations).where(eq(implementations.id, setup.dabrowa.implementationId!));
    expect(impl.closedAt).toBeNull();
    const row = (await dashboardRows(setup.rops)).find((x) => x.gminaName === 'Dąbrowa Białostocka');
    expect(row).toMatchObject({ trackId: setup.dabrowa.id, ended: true });
  });

  it('closes the implementation once its last open cycle ends', async () => {
    const db = getDb();
    const [t] = await db.select().from(tracks).where(and(eq(tracks.gminaId, setup.janow.gminaId!), eq(tracks.cycle, 2)));
    await reach92(t.id);
    await decideCycle(setup.pcpr, { trackId: t.id, decision: 'end', decidedOn: '2028-06-09', basis: 'Uchwała PZK nr 6/2028' });
    const [impl] = await db.select().from(implementations).where(eq(implementations.id, setup.janow.implementationId!));
    expect(impl.closedAt).not.toBeNull();
    expect((await unsafeBusyGminas(db, [setup.janow.gminaId!, setup.dabrowa.gminaId!])).size).toBe(0);
    // A different gmina of the powiat is unaffected by any of this.
    expect((await unsafeBusyGminas(db, [(await unit(SZUDZIALOWO)).gminaId!])).size).toBe(0);
  });
});
