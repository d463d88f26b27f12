'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { WORK_PLAN_SECTIONS, workPlanSchema, type WorkPlanKey } from '@/lib/pzk/work-plan-sections';
import { saveWorkPlanAction } from '../../actions';

/** The PCPR animator writes the plan; each save is a new version in its history. */
export function WorkPlanForm({ pzkId, version, content }: { pzkId: number; version: number; content: Partial<Record<WorkPlanKey, string>> }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(workPlanSchema, saveWorkPlanAction, {
    defaultValues: { pzkId, version, content: Object.fromEntries(WORK_PLAN_SECTIONS.map((s) => [s.key, content[s.key] ?? ''])) as Record<WorkPlanKey, string> },
    onSuccess: (data) => {
      const v = (data as { version: number }).version;
      form.setValue('version', v);
      setSaved(`Zapisano plan pracy (wersja ${v}).`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={(e) => (setSaved(null), onSubmit(e))} noValidate aria-label="Plan pracy zespołu" className="rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {saved}
        </p>
      )}
      {WORK_PLAN_SECTIONS.map((s) => (
        <TextAreaField key={s.key} form={form} name={`content.${s.key}`} label={s.label} hint={s.hint} rows={5} />
      ))}
      <SubmitButton submitting={submitting}>Zapisz plan pracy</SubmitButton>
    </form>
  );
}
