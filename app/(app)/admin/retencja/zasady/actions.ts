'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveInstitutionRetention, saveRetentionRule } from '@/lib/retention/retention';
import { runAction } from '@/lib/run-action';

export async function saveRetentionRuleAction(input: unknown) {
  return runAction(async () => {
    const r = await saveRetentionRule(await requireActor(), input);
    revalidatePath('/admin/retencja/zasady');
    return r;
  });
}

/** An institution's own JRWA class: edited on the institution's page, listed on the rules page. */
export async function saveInstitutionRetentionAction(input: unknown) {
  return runAction(async () => {
    const r = await saveInstitutionRetention(await requireActor(), input);
    const id = Number((input as { institutionId?: unknown } | null)?.institutionId);
    if (Number.isInteger(id) && id > 0) revalidatePath(`/instytucje/${id}`);
    revalidatePath('/admin/retencja/zasady');
    return r;
  });
}
