import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { gminas, notifications, occurrences, scheduleItems, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { ROLES } from '@/lib/auth/roles';
import { createDocument } from '@/lib/documents/documents';
import { getInstitution, updateInstitution } from '@/lib/institutions/institutions';
import { getNotification, resubmitNotification, reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { getTrack, setOccurrence, updateItemStatus } from '@/lib/implementations/tracks';
import { DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, WARSZAWA_POWIAT, makeActor, makeInstitution, unit } from '../factories';
import { accepted, notificationFor } from '../implementation-factories';

/*
 * A record that is not a TERYT unit (an institution, a notification, an implementation) and lies in
 * another województwo is "not found" — never "forbidden", which would confirm it exists. Each role
 * is tried twice: at home (where it does read such a record, so the check is not vacuous) and at the
 * same level in mazowieckie.
 */

const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code ?? String(e));

const READER_ROLES = (Object.keys(ROLES) as Role[]).filter((r) => r !== 'national_admin');

let foreignGmina: string;

beforeAll(async () => {
  const maz = await unit(MAZOWIECKIE);
  const [g] = await getDb().select({ teryt: gminas.teryt }).from(gminas).where(eq(gminas.voivodeshipId, maz.voivodeshipId)).limit(1);
  foreignGmina = g.teryt;
});

/** The role placed in gmina Janów's area (home) or at the same level in mazowieckie (abroad). */
function placeOf(role: Role, where: 'home' | 'abroad') {
  const level = ROLES[role].levels[0];
  if (level === 'voivodeship') return where === 'home' ? PODLASKIE : MAZOWIECKIE;
  if (level === 'powiat') return where === 'home' ? SOKOLSKI : WARSZAWA_POWIAT;
  return where === 'home' ? JANOW : foreignGmina;
}
const actorOf = (role: Role, where: 'home' | 'abroad') => makeActor(role, placeOf(role, where));

describe('institutions of another województwo', () => {
  it('are not found by any role that reads institutions at home', async () => {
    for (const role of READER_ROLES) {
      const home = await actorOf(role, 'home');
      // A member of a PZK reads its own institution; the others read one of gmina Janów.
      const target = role === 'pzk_member' ? { id: home.scope.institutionId! } : await makeInstitution(JANOW, 'school');
      expect(await code(getInstitution(home, target.id)), `${role} at home`).toBe('OK');
      const abroad = await actorOf(role, 'abroad');
      expect(await code(getInstitution(abroad, target.id)), `${role} abroad`).toBe('NOT_FOUND');
    }
  });

  it('are not found on a change either; a reader who may not change one is refused', async () => {
    const inst = await makeInstitution(JANOW, 'school');
    const edit = { id: inst.id, version: inst.version, name: 'Zmieniona nazwa', type: 'school', area: `g:${inst.gminaId}`, street: 'ul. Nowa 2', postalCode: '16-130', city: 'Janów', nip: '', regon: '', email: '', phone: '' };
    for (const role of ['rops_admin', 'pcpr_animator'] as const) {
      expect(await code(updateInstitution(await actorOf(role, 'abroad'), edit)), role).toBe('NOT_FOUND');
    }
    // The GOPS animator of Janów sees the school but does not keep the registry.
    expect(await code(updateInstitution(await actorOf('gops_animator', 'home'), edit))).toBe('FORBIDDEN');
    expect((await getInstitution(await actorOf('rops_admin', 'home'), inst.id)).institution.name).toBe(inst.name);
  });
});

describe('notifications and implementations of another województwo', () => {
  let pcpr: Actor;
  let rops: Actor;
  let acceptedId: number;
  let pendingId: number;
  let trackId: number;

  beforeAll(async () => {
    pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    rops = await makeActor('rops_adviser', PODLASKIE);
    const a = await accepted(pcpr, rops, [JANOW]);
    acceptedId = a.notificationId;
    trackId = a.trackIds[0];
    pendingId = (await submitNotification(pcpr, await notificationFor([DABROWA]))).id;
  });

  it('a notification is not found by the roles that read notifications at home', async () => {
    for (const role of ['pcpr_animator', 'rops_admin', 'rops_adviser'] as const) {
      expect(await code(getNotification(await actorOf(role, 'home'), acceptedId)), `${role} at home`).toBe('OK');
      const abroad = await actorOf(role, 'abroad');
      for (const id of [acceptedId, pendingId]) expect(await code(getNotification(abroad, id)), `${role} abroad`).toBe('NOT_FOUND');
    }
  });

  it('deciding or correcting another województwo\'s notification is not found either; it stays as it was', async () => {
    const [n] = await getDb().select({ version: notifications.version }).from(notifications).where(eq(notifications.id, pendingId));
    for (const role of ['rops_admin', 'rops_adviser'] as const) {
      expect(await code(reviewNotification(await actorOf(role, 'abroad'), { id: pendingId, version: n.version, decision: 'accept' })), role).toBe('NOT_FOUND');
    }
    expect(await code(resubmitNotification(await actorOf('pcpr_animator', 'abroad'), pendingId, n.version, await notificationFor([DABROWA])))).toBe('NOT_FOUND');
    // Its own PCPR animator reads it, but deciding is ROPS's.
    expect(await code(reviewNotification(pcpr, { id: pendingId, version: n.version, decision: 'accept' }))).toBe('FORBIDDEN');
    const [after] = await getDb().select({ status: notifications.status, version: notifications.version }).from(notifications).where(eq(notifications.id, pendingId));
    expect(after).toEqual({ status: 'submitted', version: n.version });
  });

  it('a role that never reads notifications gets the same refusal whether the notification exists or not', async () => {
    const gops = await actorOf('gops_animator', 'home');
    expect(await code(getNotification(gops, acceptedId))).toBe('FORBIDDEN');
    expect(await code(getNotification(gops, 99_999_999))).toBe('FORBIDDEN');
  });

  it('an implementation (a gmina\'s schedule) is not found by any role that reads implementations at home', async () => {
    for (const role of READER_ROLES) {
      expect(await code(getTrack(await actorOf(role, 'home'), trackId)), `${role} at home`).toBe('OK');
      expect(await code(getTrack(await actorOf(role, 'abroad'), trackId)), `${role} abroad`).toBe('NOT_FOUND');
    }
  });

  it('changing another województwo\'s schedule is not found; a reader at home who may not change it is refused', async () => {
    const [item] = await getDb().select().from(scheduleItems).where(eq(scheduleItems.trackId, trackId)).limit(1);
    const change = { itemId: item.id, version: item.version, status: 'in_progress', outOfOrderReason: 'test' };
    for (const role of ['rops_admin', 'rops_adviser', 'pcpr_animator', 'gops_animator'] as const) {
      expect(await code(updateItemStatus(await actorOf(role, 'abroad'), change)), role).toBe('NOT_FOUND');
    }
    expect(await code(updateItemStatus(await actorOf('wzk_member', 'home'), change))).toBe('FORBIDDEN');
    const [occ] = await getDb().select().from(occurrences).where(eq(occurrences.trackId, trackId)).limit(1);
    expect(occ, 'the gmina schedule has recurring tasks').toBeDefined();
    expect(await code(setOccurrence(await actorOf('rops_adviser', 'abroad'), { occurrenceId: occ.id, done: true }))).toBe('NOT_FOUND');
    expect(await code(setOccurrence(await actorOf('wzk_member', 'home'), { occurrenceId: occ.id, done: true }))).toBe('FORBIDDEN');
    const [unchanged] = await getDb().select({ version: scheduleItems.version }).from(scheduleItems).where(eq(scheduleItems.id, item.id));
    expect(unchanged.version).toBe(item.version);
  });

  it('a document for another województwo\'s implementation is not created, and the implementation is not found', async () => {
    const implementationId = (await getTrack(rops, trackId)).track.implementationId!;
    for (const role of ['rops_admin', 'rops_adviser', 'pcpr_animator'] as const) {
      expect(await code(createDocument(await actorOf(role, 'abroad'), { kind: 'agreement_powiat_gmina', implementationId })), role).toBe('NOT_FOUND');
    }
    // At home the WZK member reads the implementation but does not make its documents.
    expect(await code(createDocument(await actorOf('wzk_member', 'home'), { kind: 'agreement_powiat_gmina', implementationId }))).toBe('FORBIDDEN');
  });
});
