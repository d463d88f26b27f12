'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { attachMaterialFile, createMaterial, deleteMaterial, detachMaterialFile, updateMaterial } from '@/lib/materials/materials';
import { runAction } from '@/lib/run-action';

const refresh = () => {
  revalidatePath('/e-szkola', 'layout');
  revalidatePath('/model', 'layout');
};

export async function createMaterialAction(input: unknown) {
  return runAction(async () => {
    const r = await createMaterial(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function updateMaterialAction(input: unknown) {
  return runAction(async () => {
    const r = await updateMaterial(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function deleteMaterialAction(input: unknown) {
  return runAction(async () => {
    const r = await deleteMaterial(await requireActor(), input);
    refresh();
    return r;
  });
}

/** The upload form posts FormData: the material, the file's title and the file. */
export async function attachMaterialFileAction(formData: FormData) {
  return runAction(async () => {
    const file = formData.get('file');
    const r = await attachMaterialFile(await requireActor(), {
      materialId: formData.get('materialId'),
      title: formData.get('title'),
      fileName: file instanceof File ? file.name : '',
      data: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
    });
    refresh();
    return r;
  });
}

export async function detachMaterialFileAction(input: unknown) {
  return runAction(async () => {
    const r = await detachMaterialFile(await requireActor(), input);
    refresh();
    return r;
  });
}
