'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { addAttachment, removeAttachment } from '@/lib/cases/attachments';
import { runAction } from '@/lib/run-action';

const refresh = (caseId: unknown) => {
  const id = Number(caseId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/sprawy/${id}`, 'layout');
};

/** The attachment form posts FormData: its fields and the file. */
export async function addAttachmentAction(formData: FormData) {
  return runAction(async () => {
    const file = formData.get('file');
    const fields = Object.fromEntries([...formData.entries()].filter(([k, v]) => k !== 'file' && typeof v === 'string'));
    const upload = file instanceof File && file.size > 0 ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null;
    const r = await addAttachment(await requireActor(), fields, upload);
    refresh(fields.caseId);
    return r;
  });
}

export async function removeAttachmentAction(input: unknown) {
  return runAction(async () => {
    await removeAttachment(await requireActor(), input);
    refresh((input as { caseId?: unknown } | null)?.caseId);
  });
}
