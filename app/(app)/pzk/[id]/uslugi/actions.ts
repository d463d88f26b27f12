'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { notFoundError } from '@/lib/errors';
import { runAction } from '@/lib/run-action';
import { approvePzkService, createPzkService, deletePzkService, importPzkServices, updatePzkService } from '@/lib/services/services';

/** The PZK id is bound by the page, but arrives like any other input. */
function pzkIdOf(v: unknown): number {
  const id = Number(v);
  if (!Number.isInteger(id) || id <= 0) throw notFoundError('Nie znaleziono zespołu.');
  return id;
}

const refresh = (pzkId: number) => revalidatePath(`/pzk/${pzkId}/uslugi`, 'layout');

export async function createPzkServiceAction(pzkId: number, input: unknown) {
  return runAction(async () => {
    const id = pzkIdOf(pzkId);
    const r = await createPzkService(await requireActor(), id, input);
    refresh(id);
    return r;
  });
}

export async function updatePzkServiceAction(pzkId: number, input: unknown) {
  return runAction(async () => {
    const id = pzkIdOf(pzkId);
    const r = await updatePzkService(await requireActor(), id, input);
    refresh(id);
    return r;
  });
}

export async function deletePzkServiceAction(pzkId: number, input: unknown) {
  return runAction(async () => {
    const id = pzkIdOf(pzkId);
    const r = await deletePzkService(await requireActor(), id, input);
    refresh(id);
    return r;
  });
}

export async function approvePzkServiceAction(pzkId: number, input: unknown) {
  return runAction(async () => {
    const id = pzkIdOf(pzkId);
    const r = await approvePzkService(await requireActor(), id, input);
    refresh(id);
    return r;
  });
}

export async function importPzkServicesAction(pzkId: number, chunk: unknown) {
  return runAction(async () => {
    const id = pzkIdOf(pzkId);
    const r = await importPzkServices(await requireActor(), id, chunk);
    refresh(id);
    return r;
  });
}
