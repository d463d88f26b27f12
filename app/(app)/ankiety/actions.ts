'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveTemplateVersion, setTemplateActive } from '@/lib/questionnaires/templates';
import { runAction } from '@/lib/run-action';

/** A new version of a template (or a new template of this ROPS). */
export async function saveTemplateAction(input: unknown) {
  return runAction(async () => {
    const r = await saveTemplateVersion(await requireActor(), input);
    revalidatePath('/ankiety');
    return r;
  });
}

/** One version of this ROPS's own template switched off or on. */
export async function setTemplateActiveAction(input: unknown) {
  return runAction(async () => {
    const r = await setTemplateActive(await requireActor(), input);
    revalidatePath('/ankiety');
    return r;
  });
}
