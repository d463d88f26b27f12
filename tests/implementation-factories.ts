import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { notifications, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { unit } from './factories';

/** A complete notification for the given gminas (of the PCPR animator's powiat). */
export async function notificationFor(codes: string[], start = '2027-01-04') {
  const ids = await Promise.all(codes.map(async (t) => (await unit(t)).gminaId!));
  return {
    variant: 'rural',
    plannedStart: start,
    gminaIds: ids,
    targetGroup: 'Rodziny z dziećmi w kryzysie',
    people: [
      { function: 'animator_pcpr', name: 'Małgorzata Nowak' },
      { function: 'councillor_powiat', name: 'Jan Kowalczyk' },
      ...ids.flatMap((g, i) => [
        { function: 'animator_gops', name: `Animator ${i}`, gminaId: g },
        { function: 'councillor_gmina', name: `Radna ${i}`, gminaId: g },
      ]),
    ],
  };
}

/** Submitted by the PCPR animator and accepted by ROPS: returns the new tracks. */
export async function accepted(pcpr: Actor, rops: Actor, codes: string[], start = '2027-01-04') {
  const { id } = await submitNotification(pcpr, await notificationFor(codes, start));
  const [n] = await getDb().select({ version: notifications.version }).from(notifications).where(eq(notifications.id, id));
  const r = await reviewNotification(rops, { id, version: n.version, decision: 'accept' });
  return { notificationId: id, trackIds: r.trackIds! };
}

export async function trackOf(gminaTeryt: string) {
  const g = await unit(gminaTeryt);
  const [t] = await getDb().select().from(tracks).where(eq(tracks.gminaId, g.gminaId!));
  return t;
}

/** Białystok: a city with powiat rights (TERYT powiat 2061 ≥ 61), for Kooperacje 3D tests. */
export const BIALYSTOK = '2061011';
export const BIALYSTOK_POWIAT = '2061';

/**
 * A complete Kooperacje 3D notification for the given gminas: the OPS's network worker and the
 * town council's councillor for each gmina (no PCPR animator or powiat councillor is needed).
 */
export async function notification3dFor(codes: string[], start = '2027-01-04') {
  const ids = await Promise.all(codes.map(async (t) => (await unit(t)).gminaId!));
  return {
    variant: 'urban_3d',
    plannedStart: start,
    gminaIds: ids,
    targetGroup: 'Rodziny z dziećmi w kryzysie',
    people: ids.flatMap((g, i) => [
      { function: 'network_worker', name: `Pracownik ds. sieci ${i}`, gminaId: g },
      { function: 'councillor_gmina', name: `Radna miasta ${i}`, gminaId: g },
    ]),
  };
}

/** A Kooperacje 3D notification submitted (by a network worker of the gmina, or a PCPR animator) and accepted by ROPS. */
export async function accepted3d(submitter: Actor, rops: Actor, codes: string[], start = '2027-01-04') {
  const { id } = await submitNotification(submitter, await notification3dFor(codes, start));
  const [n] = await getDb().select({ version: notifications.version }).from(notifications).where(eq(notifications.id, id));
  const r = await reviewNotification(rops, { id, version: n.version, decision: 'accept' });
  return { notificationId: id, trackIds: r.trackIds! };
}
