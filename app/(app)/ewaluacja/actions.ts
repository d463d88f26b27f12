'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { deleteActivity, saveActivity, saveAnswers } from '@/lib/evaluation/evaluation';
import { runAction } from '@/lib/run-action';

const refresh = (implementationId: unknown) => {
  const id = Number(implementationId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/ewaluacja/${id}`, 'layout');
};

export async function saveAnswersAction(input: unknown) {
  return runAction(async () => {
    const r = await saveAnswers(await requireActor(), input);
    refresh((input as { implementationId?: unknown } | null)?.implementationId);
    return r;
  });
}

/** The activity form posts FormData: its fields and, optionally, an attachment. */
export async function saveActivityAction(formData: FormData) {
  return runAction(async () => {
    const file = formData.get('file');
    const fields = Object.fromEntries([...formData.entries()].filter(([k, v]) => k !== 'file' && typeof v === 'string'));
    const upload = file instanceof File && file.size > 0 ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null;
    const r = await saveActivity(await requireActor(), fields, upload);
    refresh(fields.implementationId);
    return r;
  });
}

export async function deleteActivityAction(input: unknown) {
  return runAction(async () => {
    await deleteActivity(await requireActor(), input);
    refresh((input as { implementationId?: unknown } | null)?.implementationId);
  });
}
