import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, powiats } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { notFoundError } from '@/lib/errors';

/** What the notification form offers a PCPR animator: the gminas of their own powiat. */
export async function notificationFormOptions(actor: Actor) {
  const db = getDb();
  // The role first: a role that never submits is refused (and audited) before any powiat is looked up.
  await authorize(actor, 'notification.submit');
  const [powiat] = await db.select().from(powiats).where(eq(powiats.id, actor.scope.powiatId ?? -1));
  if (!powiat) throw notFoundError('Nie znaleziono powiatu.');
  await authorize(actor, 'notification.submit', { voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, gminaId: null });
  const list = await db.select({ id: gminas.id, name: gminas.name, kind: gminas.kind }).from(gminas).where(eq(gminas.powiatId, powiat.id)).orderBy(asc(gminas.name));
  return { powiat: { id: powiat.id, name: powiat.name }, gminas: list };
}
