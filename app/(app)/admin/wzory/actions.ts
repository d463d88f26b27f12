'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveTemplateVersion } from '@/lib/documents/templates';
import { proposeTemplateChange } from '@/lib/model/proposals';
import { runAction } from '@/lib/run-action';

/** Saves the edited template as a new version; a stale base version comes back as CONFLICT. */
export async function saveTemplateAction(input: unknown) {
  return runAction(async () => {
    const saved = await saveTemplateVersion(await requireActor(), input);
    revalidatePath('/admin/wzory', 'layout');
    return saved;
  });
}

/** A ROPS administrator's proposed template change, for the national administrator to decide. */
export async function proposeTemplateAction(input: unknown) {
  return runAction(async () => {
    const proposal = await proposeTemplateChange(await requireActor(), input);
    revalidatePath('/admin/propozycje', 'layout');
    return proposal;
  });
}
