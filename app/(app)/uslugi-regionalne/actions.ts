'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';
import { createRegionalService, deleteRegionalService, importRegionalServices, updateRegionalService } from '@/lib/services/services';

const refresh = () => revalidatePath('/uslugi', 'layout');

export async function createRegionalServiceAction(input: unknown) {
  return runAction(async () => {
    const r = await createRegionalService(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function updateRegionalServiceAction(input: unknown) {
  return runAction(async () => {
    const r = await updateRegionalService(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function deleteRegionalServiceAction(input: unknown) {
  return runAction(async () => {
    const r = await deleteRegionalService(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function importRegionalServicesAction(chunk: unknown) {
  return runAction(async () => {
    const r = await importRegionalServices(await requireActor(), chunk);
    refresh();
    return r;
  });
}
