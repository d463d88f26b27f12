'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';
import { saveMyProfile } from '@/lib/staff/staff';

export async function saveMyProfileAction(input: unknown) {
  return runAction(async () => {
    const r = await saveMyProfile(await requireActor(), input);
    revalidatePath('/konto/profil-zawodowy');
    return r;
  });
}
