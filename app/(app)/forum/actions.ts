'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { addRegionalPost, createRegionalThread } from '@/lib/forum/forum';
import { runAction } from '@/lib/run-action';

const refresh = () => revalidatePath('/forum', 'layout');

export async function createRegionalThreadAction(input: unknown) {
  return runAction(async () => {
    const r = await createRegionalThread(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function addRegionalPostAction(input: unknown) {
  return runAction(async () => {
    const r = await addRegionalPost(await requireActor(), input);
    refresh();
    return r;
  });
}
