'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { submitNeedAction } from '@/app/(app)/szkola/actions';
import { needSchema, type NeedInput } from '@/lib/school/need-schemas';
import { TRAINING_KINDS } from '@/lib/school/training-schemas';
import { Form } from '@/components/forms/Form';

/** A training need reported to the ROPS adviser; the institution and territory come from the account. */
export function NeedForm({ defaults, from }: { defaults: NeedInput; from: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(needSchema, submitNeedAction, {
    defaultValues: defaults,
    onSuccess: () => {
      form.reset(defaults);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Zgłoszenie potrzeby szkoleniowej" className="mb-8 max-w-3xl rounded border border-slate-200 bg-slate-50 p-4">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-3 text-green-900">
          Zgłoszenie przekazano do ROPS.
        </p>
      )}
      <p className="mb-3 text-sm text-slate-700">Zgłaszasz jako: {from}.</p>
      <TextField narrow form={form} name="year" type="number" min={2024} max={2100} label="Rok" hint="Rok, na który planowane jest szkolenie." required />
      <RadioField form={form} name="kind" label="Rodzaj szkolenia" required options={Object.entries(TRAINING_KINDS).map(([value, label]) => ({ value, label }))} />
      <TextField form={form} name="topic" label="Temat" required />
      <TextAreaField form={form} name="description" label="Opis potrzeby" rows={4} hint="Dla kogo, dlaczego, w jakim zakresie." />
      <TextField narrow form={form} name="participants" type="number" min={1} max={999} label="Przewidywana liczba uczestników" required />
      <SubmitButton submitting={submitting}>Zgłoś potrzebę</SubmitButton>
    </Form>
  );
}
