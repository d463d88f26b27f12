'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { createDiagnosis, finishDiagnosis, importDiagnosisFigures, reopenDiagnosis, saveDiagnosis } from '@/lib/diagnosis/diagnoses';
import { runAction } from '@/lib/run-action';

const refresh = (input: unknown) => {
  const id = Number((input as { diagnosisId?: unknown } | null)?.diagnosisId);
  revalidatePath('/diagnozy');
  if (Number.isInteger(id) && id > 0) revalidatePath(`/diagnozy/${id}`);
};

export async function createDiagnosisAction(input: unknown) {
  return runAction(async () => {
    const r = await createDiagnosis(await requireActor(), input);
    revalidatePath('/diagnozy');
    return r;
  });
}

export async function saveDiagnosisAction(input: unknown) {
  return runAction(async () => {
    const r = await saveDiagnosis(await requireActor(), input);
    refresh(input);
    return r;
  });
}

export async function importDiagnosisFiguresAction(input: unknown) {
  return runAction(async () => {
    const r = await importDiagnosisFigures(await requireActor(), input);
    refresh(input);
    return r;
  });
}

export async function finishDiagnosisAction(input: unknown) {
  return runAction(async () => {
    const r = await finishDiagnosis(await requireActor(), input);
    refresh(input);
    return r;
  });
}

export async function reopenDiagnosisAction(input: unknown) {
  return runAction(async () => {
    const r = await reopenDiagnosis(await requireActor(), input);
    refresh(input);
    return r;
  });
}
