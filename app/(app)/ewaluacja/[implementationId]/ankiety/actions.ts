'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { answerInPerson, giveLink } from '@/lib/questionnaires/links';
import { runAction } from '@/lib/run-action';

const refresh = (input: unknown) => {
  const id = Number((input as { implementationId?: unknown } | null)?.implementationId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/ewaluacja/${id}`, 'layout');
};

/** A new link: its address is shown once. */
export async function giveLinkAction(input: unknown) {
  return runAction(async () => {
    const r = await giveLink(await requireActor(), input);
    refresh(input);
    return { url: r.url };
  });
}

/** An answer filled in person with a family during a meeting. */
export async function answerInPersonAction(input: unknown) {
  return runAction(async () => {
    await answerInPerson(await requireActor(), input);
    refresh(input);
  });
}
