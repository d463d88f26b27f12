'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { addEvidence, setOccurrence, toggleCheck, updateItemStatus } from '@/lib/implementations/tracks';
import { decideCycle } from '@/lib/cycles/cycles';
import { runAction } from '@/lib/run-action';

const refresh = () => revalidatePath('/wdrozenia', 'layout');

export async function updateItemStatusAction(input: unknown) {
  return runAction(async () => {
    const r = await updateItemStatus(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function toggleCheckAction(input: unknown) {
  return runAction(async () => {
    const r = await toggleCheck(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function setOccurrenceAction(input: unknown) {
  return runAction(async () => {
    await setOccurrence(await requireActor(), input);
    refresh();
  });
}

export async function addEvidenceAction(formData: FormData) {
  return runAction(async () => {
    const file = formData.get('file');
    const data = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const r = await addEvidence(await requireActor(), {
      itemId: formData.get('itemId'),
      title: formData.get('title'),
      fileName: file instanceof File ? file.name : '',
      data,
    });
    refresh();
    return r;
  });
}

export async function decideCycleAction(input: unknown) {
  return runAction(async () => {
    const r = await decideCycle(await requireActor(), input);
    refresh();
    return r;
  });
}
