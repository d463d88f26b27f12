'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { proposePractice, publishPractice, updatePractice } from '@/lib/practices/practices';
import { runAction } from '@/lib/run-action';

const refresh = () => revalidatePath('/dobre-praktyki', 'layout');

export async function proposePracticeAction(input: unknown) {
  return runAction(async () => {
    const r = await proposePractice(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function updatePracticeAction(input: unknown) {
  return runAction(async () => {
    const r = await updatePractice(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function publishPracticeAction(input: unknown) {
  return runAction(async () => {
    const r = await publishPractice(await requireActor(), input);
    refresh();
    return r;
  });
}
