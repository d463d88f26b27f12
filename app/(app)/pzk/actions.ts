'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { acceptMember, addMember, removeMember, saveProfile } from '@/lib/pzk/members';
import { saveWorkPlan } from '@/lib/pzk/work-plan';
import { runAction } from '@/lib/run-action';

const refresh = () => revalidatePath('/pzk', 'layout');

export async function addMemberAction(input: unknown) {
  return runAction(async () => {
    const r = await addMember(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function acceptMemberAction(input: unknown) {
  return runAction(async () => {
    await acceptMember(await requireActor(), input);
    refresh();
  });
}

export async function removeMemberAction(input: unknown) {
  return runAction(async () => {
    await removeMember(await requireActor(), input);
    refresh();
  });
}

export async function saveProfileAction(input: unknown) {
  return runAction(async () => {
    const r = await saveProfile(await requireActor(), input);
    refresh();
    return r;
  });
}

export async function saveWorkPlanAction(input: unknown) {
  return runAction(async () => {
    const r = await saveWorkPlan(await requireActor(), input);
    refresh();
    return r;
  });
}
