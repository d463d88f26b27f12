'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveEmailPreferences } from '@/lib/notifications/notifications';
import { runAction } from '@/lib/run-action';

export async function savePreferencesAction(input: unknown) {
  return runAction(async () => {
    const r = await saveEmailPreferences(await requireActor(), input);
    revalidatePath('/konto/powiadomienia');
    return r;
  });
}
