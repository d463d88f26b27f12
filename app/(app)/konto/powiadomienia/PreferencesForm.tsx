'use client';
import { useState } from 'react';
import { FormError, SubmitButton } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { preferencesSchema } from '@/lib/notifications/preferences-schema';
import { savePreferencesAction } from './actions';

export function PreferencesForm({ kinds }: { kinds: { kind: string; label: string; on: boolean }[] }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(preferencesSchema, savePreferencesAction, {
    defaultValues: { on: kinds.filter((k) => k.on).map((k) => k.kind) as never },
    onSuccess: () => setSaved(true),
  });
  return (
    <form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate className="rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-3 text-green-900">
          Zapisano ustawienia powiadomień.
        </p>
      )}
      <fieldset className="mb-4">
        <legend className="font-medium">Wysyłaj mi e-mail, gdy w moim PZK:</legend>
        {kinds.map((k) => (
          <label key={k.kind} className="mt-2 flex items-center gap-2">
            <input type="checkbox" value={k.kind} className="h-5 w-5" {...form.register('on')} />
            {k.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton submitting={submitting}>Zapisz</SubmitButton>
    </form>
  );
}
