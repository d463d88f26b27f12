'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { notFoundError } from '@/lib/errors';
import { addPzkPost, createPzkThread } from '@/lib/forum/forum';
import { runAction } from '@/lib/run-action';

/** The PZK id is bound by the page, but arrives like any other input. */
function pzkIdOf(v: unknown): number {
  const id = Number(v);
  if (!Number.isInteger(id) || id <= 0) throw notFoundError('Nie znaleziono zespołu.');
  return id;
}

const refresh = (pzkId: number) => revalidatePath(`/pzk/${pzkId}/forum`, 'layout');

export async function createPzkThreadAction(pzkId: number, input: unknown) {
  return runAction(async () => {
    const id = pzkIdOf(pzkId);
    const r = await createPzkThread(await requireActor(), id, input);
    refresh(id);
    return r;
  });
}

export async function addPzkPostAction(pzkId: number, input: unknown) {
  return runAction(async () => {
    const id = pzkIdOf(pzkId);
    const r = await addPzkPost(await requireActor(), id, input);
    refresh(id);
    return r;
  });
}
