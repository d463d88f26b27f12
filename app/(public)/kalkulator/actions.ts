'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { saveCostRate } from '@/lib/calculator/service';
import { runAction } from '@/lib/run-action';

export async function saveCostRateAction(input: unknown) {
  return runAction(async () => {
    const r = await saveCostRate(await requireActor(), input);
    revalidatePath('/kalkulator', 'layout');
    return r;
  });
}
