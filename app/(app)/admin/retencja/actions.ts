'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { approveBatch, liftHold, placeHold } from '@/lib/retention/retention';
import { runAction } from '@/lib/run-action';

const refresh = () => revalidatePath('/admin/retencja');

export async function placeHoldAction(input: unknown) {
  return runAction(async () => {
    const r = await placeHold(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function liftHoldAction(input: unknown) {
  return runAction(async () => {
    await liftHold(await requireActor(), input);
    refresh();
  });
}

export async function approveBatchAction(input: unknown) {
  return runAction(async () => {
    const r = await approveBatch(await requireActor(), input);
    refresh();
    return r;
  });
}
