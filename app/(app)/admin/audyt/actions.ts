'use server';
import { revalidatePath } from 'next/cache';
import { verifyMyAuditChains } from '@/lib/audit-log';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';

/** "Sprawdź teraz": verifies the chains of the actor's województwo. */
export async function verifyAuditChainsAction() {
  return runAction(async () => {
    const r = await verifyMyAuditChains(await requireActor());
    revalidatePath('/admin/audyt');
    return r;
  });
}
