'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { changeStatus, createDocument, saveDraft, signDocument, terminateDocument } from '@/lib/documents/documents';
import { runAction } from '@/lib/run-action';

const refresh = () => {
  revalidatePath('/dokumenty', 'layout');
  revalidatePath('/wdrozenia', 'layout');
};

export async function createDocumentAction(input: unknown) {
  return runAction(async () => {
    const r = await createDocument(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function saveDraftAction(input: unknown) {
  return runAction(async () => {
    const r = await saveDraft(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function markReadyAction(input: unknown) {
  return runAction(async () => {
    const r = await changeStatus(await requireActor(), input, 'mark_ready');
    refresh();
    return r;
  });
}

export async function reopenAction(input: unknown) {
  return runAction(async () => {
    const r = await changeStatus(await requireActor(), input, 'reopen');
    refresh();
    return r;
  });
}

export async function terminateAction(input: unknown) {
  return runAction(async () => {
    const r = await terminateDocument(await requireActor(), input);
    refresh();
    return r;
  });
}

/** The signing form posts multipart data: a date per party and the scan. */
export async function signAction(formData: FormData) {
  return runAction(async () => {
    const file = formData.get('file');
    const data = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const r = await signDocument(
      await requireActor(),
      { documentId: formData.get('documentId'), version: formData.get('version'), signedOn: formData.getAll('signedOn').map(String) },
      { name: file instanceof File ? file.name : '', data },
    );
    refresh();
    return r;
  });
}
