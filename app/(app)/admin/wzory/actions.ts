'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveTemplateVersion } from '@/lib/documents/templates';
import { runAction } from '@/lib/run-action';

/** Saves the edited template as a new version; a stale base version comes back as CONFLICT. */
export async function saveTemplateAction(input: unknown) {
  return runAction(async () => {
    const saved = await saveTemplateVersion(await requireActor(), input);
    revalidatePath('/admin/wzory', 'layout');
    return saved;
  });
}
