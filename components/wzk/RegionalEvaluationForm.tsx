'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { REGIONAL_EVALUATION_FIELDS, regionalEvaluationSchema, type RegionalEvaluationInput } from '@/lib/wzk/schemas';
import { saveRegionalEvaluationAction } from '@/app/(app)/wzk/actions';

/** The WZK's regional evaluation of a year and its recommendations (optimistic locking on version). */
export function RegionalEvaluationForm({ defaults }: { defaults: RegionalEvaluationInput }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(regionalEvaluationSchema, saveRegionalEvaluationAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version);
      setMessage('Zapisano ewaluację regionalną.');
      router.refresh();
    },
  });
  return (
    <form onSubmit={(e) => (setMessage(null), onSubmit(e))} noValidate aria-label={`Ewaluacja regionalna WZK za ${defaults.year} r.`} className="max-w-3xl">
      <FormError message={formError} />
      {message && (
        <p role="status" className="mb-3 text-green-900">
          {message}
        </p>
      )}
      {REGIONAL_EVALUATION_FIELDS.map((f) => (
        <TextAreaField key={f.key} form={form} name={f.key} label={f.label} hint={f.hint || undefined} rows={f.key === 'evaluation' ? 8 : 4} />
      ))}
      <SubmitButton submitting={submitting}>Zapisz ewaluację</SubmitButton>
    </form>
  );
}
