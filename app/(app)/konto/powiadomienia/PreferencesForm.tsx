'use client';
import { useState } from 'react';
import { FormError, RadioField, SubmitButton } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { DELIVERIES, type Delivery, type EmailKind } from '@/lib/notifications/kinds';
import { preferencesSchema } from '@/lib/notifications/preferences-schema';
import { savePreferencesAction } from './actions';

const OPTIONS = (Object.keys(DELIVERIES) as Delivery[]).map((value) => ({ value, label: DELIVERIES[value] }));

export function PreferencesForm({ kinds }: { kinds: { kind: EmailKind; label: string; delivery: Delivery }[] }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(preferencesSchema, savePreferencesAction, {
    defaultValues: { delivery: Object.fromEntries(kinds.map((k) => [k.kind, k.delivery])) as Record<EmailKind, Delivery> },
    onSuccess: () => setSaved(true),
  });
  return (
    <form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate className="max-w-2xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-3 text-green-900">
          Zapisano ustawienia powiadomień.
        </p>
      )}
      {kinds.map((k) => (
        <RadioField key={k.kind} form={form} name={`delivery.${k.kind}`} label={k.label} options={OPTIONS} />
      ))}
      <SubmitButton submitting={submitting}>Zapisz</SubmitButton>
    </form>
  );
}
