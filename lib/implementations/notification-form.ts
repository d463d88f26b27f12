import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import type { ModelVariant } from '@/db/schema';
import { unsafeBusyGminas, submitterHome, type BusyGmina } from './notifications';
import { polishOrder } from '@/lib/polish-order';
import { unsafeFinishedDiagnoses } from '@/lib/diagnosis/diagnoses';

const BUSY_LABELS: Record<BusyGmina['state'], string> = { implementing: 'już wdraża', waiting: 'czeka na decyzję ROPS', returned: 'w zgłoszeniu zwróconym do poprawy' };

/**
 * What the notification form offers: a PCPR animator the gminas of their own powiat; a Kooperacje
 * 3D network worker only its own gmina, with the variant fixed (`fixedVariant`). Each gmina is
 * marked when it cannot be chosen — it already implements the model or waits in another
 * notification (`exceptNotification`: the one being corrected, whose own gminas stay free).
 */
export async function notificationFormOptions(actor: Actor, exceptNotification?: number) {
  const db = getDb();
  // The role first: a role that never submits is refused (and audited) before any powiat is looked up.
  await authorize(actor, 'notification.submit');
  const { powiat, ownGmina, place } = await submitterHome(db, actor.scope);
  await authorize(actor, 'notification.submit', place);
  const list = ownGmina ? [ownGmina] : await db.select({ id: gminas.id, name: gminas.name, kind: gminas.kind }).from(gminas).where(eq(gminas.powiatId, powiat.id)).orderBy(polishOrder(gminas.name));
  const busy = await unsafeBusyGminas(
    db,
    list.map((g) => g.id),
    exceptNotification,
  );
  // The finished local diagnoses (step 2.1) the target group may be justified by.
  const diagnoses = await unsafeFinishedDiagnoses(db, powiat.id, ownGmina?.id ?? null);
  return {
    powiat: { id: powiat.id, name: powiat.name },
    diagnoses,
    /** The network worker notifies Kooperacje 3D only (null: the submitter chooses). */
    fixedVariant: (ownGmina ? 'urban_3d' : null) as ModelVariant | null,
    gminas: list.map((g) => {
      const b = busy.get(g.id);
      return { ...g, busy: b ? { state: b.state, label: BUSY_LABELS[b.state], number: b.number } : null };
    }),
  };
}
