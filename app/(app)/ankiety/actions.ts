'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveTemplateVersion } from '@/lib/questionnaires/templates';
import { runAction } from '@/lib/run-action';

/** A new version of a template (or a new template of this ROPS). */
export async function saveTemplateAction(input: unknown) {
  return runAction(async () => {
    const r = await saveTemplateVersion(await requireActor(), input);
    revalidatePath('/ankiety');
    return r;
  });
}
