'use server';
import { revalidatePath } from 'next/cache';
import { approveAccount, disableAccount, enableAccount, rejectAccount } from '@/lib/accounts/review';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';

export async function approveAction(input: unknown) {
  return runAction(async () => {
    await approveAccount(await requireActor(), input);
    revalidatePath('/admin/wnioski');
  });
}

export async function rejectAction(input: unknown) {
  return runAction(async () => {
    await rejectAccount(await requireActor(), input);
    revalidatePath('/admin/wnioski');
  });
}

export async function disableAction(input: unknown) {
  return runAction(async () => {
    await disableAccount(await requireActor(), input);
    revalidatePath('/admin/uzytkownicy');
  });
}

export async function enableAction(input: unknown) {
  return runAction(async () => {
    await enableAccount(await requireActor(), input);
    revalidatePath('/admin/uzytkownicy');
  });
}
