'use server';
import { revalidatePath } from 'next/cache';
import { givePurpose } from '@/lib/cases/access';
import { closeCase, createCase, recordConsent, removeHouseholdMember, saveHouseholdMember, saveReferral, saveTeam, withdrawConsent } from '@/lib/cases/cases';
import { requireActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/actor';
import { runAction } from '@/lib/run-action';

/** Every case form carries its caseId; the domain checks it like any other input. */
const refresh = (input: unknown) => {
  const id = Number((input as { caseId?: unknown } | null)?.caseId);
  if (Number.isInteger(id) && id > 0) revalidatePath(`/sprawy/${id}`, 'layout');
  revalidatePath('/sprawy');
};

const action =
  <T,>(fn: (actor: Actor, input: unknown) => Promise<T>) =>
  async (input: unknown) =>
    runAction(async () => {
      const r = await fn(await requireActor(), input);
      refresh(input);
      return r;
    });

export async function createCaseAction(input: unknown) {
  return action(createCase)(input);
}
export async function saveReferralAction(input: unknown) {
  return action(saveReferral)(input);
}
export async function saveHouseholdMemberAction(input: unknown) {
  return action(saveHouseholdMember)(input);
}
export async function removeHouseholdMemberAction(input: unknown) {
  return action(removeHouseholdMember)(input);
}
export async function recordConsentAction(input: unknown) {
  return action(recordConsent)(input);
}
export async function withdrawConsentAction(input: unknown) {
  return action(withdrawConsent)(input);
}
export async function saveTeamAction(input: unknown) {
  return action(saveTeam)(input);
}
export async function closeCaseAction(input: unknown) {
  return action(closeCase)(input);
}
export async function givePurposeAction(input: unknown) {
  return action(givePurpose)(input);
}
