'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { profileSchema } from '@/lib/pzk/schemas';
import { saveProfileAction } from '../../actions';
import { Form } from '@/components/forms/Form';

type Profile = { scope: string; competences: string; legalLimits: string; contactPerson: string; version: number } | null;

/** One institution's row of the presentation table, edited by the institution (or the PCPR animator). */
export function ProfileForm({ pzkId, institutionId, institutionName, profile }: { pzkId: number; institutionId: number; institutionName: string; profile: Profile }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(profileSchema, saveProfileAction, {
    defaultValues: { pzkId, institutionId, version: profile?.version ?? 0, scope: profile?.scope ?? '', competences: profile?.competences ?? '', legalLimits: profile?.legalLimits ?? '', contactPerson: profile?.contactPerson ?? '' },
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label={`Opis instytucji: ${institutionName}`} className="mt-3 rounded border border-slate-200 bg-slate-50 p-3">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-3 text-green-900">
          Zapisano.
        </p>
      )}
      <TextAreaField form={form} name="scope" label="Zakres działania" required rows={3} />
      <TextAreaField form={form} name="competences" label="Kompetencje (co instytucja może zaoferować zespołowi)" required rows={3} />
      <TextAreaField form={form} name="legalLimits" label="Ograniczenia prawne" hint="Np. czego nie może robić lub udostępniać bez zgody, tajemnica zawodowa." required rows={3} />
      <TextField form={form} name="contactPerson" label="Osoba do kontaktu" required />
      <SubmitButton submitting={submitting}>Zapisz opis</SubmitButton>
    </Form>
  );
}
