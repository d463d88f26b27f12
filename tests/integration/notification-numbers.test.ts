import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, gminas, notifications } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { roleLabel } from '@/lib/auth/roles';
import { clock, setClockForTests } from '@/lib/clock';
import type { AppError } from '@/lib/errors';
import { notificationFormOptions } from '@/lib/implementations/notification-form';
import { getNotification, listNotifications, resubmitNotification, reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { PODLASKIE, SOKOLSKI, makeActor, unit } from '../factories';
import { notificationFor } from '../implementation-factories';

/*
 * Issue 14, items 7 and 8: a notification is named "ZG/<year>/<0000>" (never its id), numbered per
 * year at submission; the form marks and the server refuses gminas that already implement the
 * model or wait in another notification; a decided notification says who decided and when.
 */

let pcpr: Actor;
let rops: Actor;
/** Eight gminas of powiat sokólski, each test its own (a notified gmina stays busy). */
let g: { teryt: string; name: string; id: number }[];

beforeAll(async () => {
  pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  rops = await makeActor('rops_adviser', PODLASKIE);
  const powiat = await unit(SOKOLSKI);
  g = (await getDb().select({ teryt: gminas.teryt, name: gminas.name, id: gminas.id }).from(gminas).where(eq(gminas.powiatId, powiat.powiatId!)).orderBy(asc(gminas.teryt))).slice(-8);
  expect(g).toHaveLength(8);
});

afterEach(() => setClockForTests(null));

const NUMBER = /^ZG\/(\d{4})\/(\d{4})$/;
const seqOf = (n: string) => Number(NUMBER.exec(n)![2]);
const versionOf = async (id: number) => (await getDb().select({ v: notifications.version }).from(notifications).where(eq(notifications.id, id)))[0].v;

describe('notification numbers ZG/<year>/<0000>', () => {
  it('are given at submission, per year in Polish time, one after another, and named everywhere instead of the id', async () => {
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Poland: the new year's first number.
    setClockForTests('2030-12-31T23:30:00Z');
    const first = await submitNotification(pcpr, await notificationFor([g[0].teryt]));
    expect(first.number).toBe('ZG/2031/0001');
    setClockForTests('2031-03-02T10:00:00Z');
    const second = await submitNotification(pcpr, await notificationFor([g[1].teryt]));
    expect(second.number).toBe('ZG/2031/0002');
    setClockForTests(null);
    const now = await submitNotification(pcpr, await notificationFor([g[2].teryt]));
    expect(now.number).toMatch(new RegExp(`^ZG/${clock.year()}/\\d{4}$`));

    const list = await listNotifications(rops);
    expect(list.find((r) => r.id === first.id)?.number).toBe('ZG/2031/0001');
    expect((await getNotification(pcpr, second.id)).notification.number).toBe('ZG/2031/0002');

    // The audit entry names it by its number too; a return and a correction keep the number.
    const [entry] = await getDb().select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.entityType, 'notification'), eq(auditLog.entityId, String(first.id)), eq(auditLog.action, 'notification.submitted')));
    expect(entry.details).toMatchObject({ number: 'ZG/2031/0001' });
    await reviewNotification(rops, { id: first.id, version: 1, decision: 'return', comment: 'Proszę poprawić datę.' });
    const again = await resubmitNotification(pcpr, first.id, 2, await notificationFor([g[0].teryt]));
    expect(again.number).toBe('ZG/2031/0001');

  });

  it.runIf(process.env.TEST_DB_BACKEND === 'postgres')('three submissions at once get three different, consecutive numbers (PostgreSQL)', async () => {
    setClockForTests('2033-05-05T10:00:00Z');
    const actors = await Promise.all([0, 1, 2].map(() => makeActor('pcpr_animator', SOKOLSKI)));
    const inputs = await Promise.all([5, 6, 7].map((i) => notificationFor([g[i].teryt])));
    const numbers = (await Promise.all(actors.map((a, i) => submitNotification(a, inputs[i])))).map((r) => r.number);
    expect(numbers.every((n) => n.startsWith('ZG/2033/'))).toBe(true);
    expect(numbers.map(seqOf).sort((a, b) => a - b)).toEqual([1, 2, 3]);
  });
});

describe('gminas that implement or wait cannot be notified again', () => {
  it('the form marks them and the server refuses them beside the field, in Polish', async () => {
    const { id, number } = await submitNotification(pcpr, await notificationFor([g[3].teryt]));

    let options = await notificationFormOptions(pcpr);
    expect(options.gminas.find((x) => x.id === g[3].id)?.busy).toEqual({ state: 'waiting', label: 'czeka na decyzję ROPS', number });
    expect(options.gminas.filter((x) => x.busy === null).length).toBeGreaterThan(0);
    // The notification being corrected does not block its own gminas.
    expect((await notificationFormOptions(pcpr, id)).gminas.find((x) => x.id === g[3].id)?.busy).toBeNull();

    const waiting = (await submitNotification(pcpr, await notificationFor([g[3].teryt])).catch((e) => e)) as AppError;
    expect(waiting.code).toBe('INVALID');
    expect(waiting.fieldErrors?.gminaIds).toEqual([`Gmina ${g[3].name} czeka na decyzję ROPS (zgłoszenie ${number}).`]);

    await reviewNotification(rops, { id, version: 1, decision: 'accept' });
    options = await notificationFormOptions(pcpr);
    expect(options.gminas.find((x) => x.id === g[3].id)?.busy).toEqual({ state: 'implementing', label: 'już wdraża', number });
    const implementing = (await submitNotification(pcpr, await notificationFor([g[3].teryt])).catch((e) => e)) as AppError;
    expect(implementing.fieldErrors?.gminaIds).toEqual([`Gmina ${g[3].name} już wdraża model (zgłoszenie ${number}).`]);
  });
});

describe('a decided notification says who decided and when', () => {
  it('returned and accepted: the ROPS person, the role they acted in and the moment', async () => {
    const { id } = await submitNotification(pcpr, await notificationFor([g[4].teryt]));
    expect((await getNotification(pcpr, id)).decision).toBeNull();
    await reviewNotification(rops, { id, version: 1, decision: 'return', comment: 'Proszę uzupełnić grupę docelową.' });
    const returned = await getNotification(pcpr, id);
    expect(returned.decision).toMatchObject({ status: 'returned', name: rops.name, role: roleLabel('rops_adviser') });
    expect(returned.decision!.at).toBeInstanceOf(Date);

    await resubmitNotification(pcpr, id, 2, await notificationFor([g[4].teryt]));
    expect((await getNotification(pcpr, id)).decision).toBeNull();
    const admin = await makeActor('rops_admin', PODLASKIE);
    await reviewNotification(admin, { id, version: 3, decision: 'accept' });
    expect((await getNotification(rops, id)).decision).toMatchObject({ status: 'accepted', name: admin.name, role: roleLabel('rops_admin') });
  });
});
