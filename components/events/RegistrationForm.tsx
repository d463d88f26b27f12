'use client';
import { useState } from 'react';
import { Form } from '@/components/forms/Form';
import { FormError, SelectField, SubmitButton, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { registerAction } from '@/app/(public)/wydarzenia/actions';
import { registrationSchema } from '@/lib/events/schemas';

/** The public registration form of an event; beyond the capacity the person lands on the waiting list. */
export function RegistrationForm({ eventId, gminas, full }: { eventId: number; gminas: Option[]; full: boolean }) {
  const [result, setResult] = useState<'confirmed' | 'waiting' | null>(null);
  const defaults = { eventId, name: '', institution: '', email: '', gminaId: '' };
  const { form, onSubmit, formError, submitting } = useActionForm(registrationSchema, registerAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      setResult((data as { status: 'confirmed' | 'waiting' }).status);
      form.reset(defaults);
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Zapis na wydarzenie" className="max-w-2xl">
      <FormError message={formError} />
      {result && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          {result === 'confirmed'
            ? 'Zapisano. Potwierdzenie z linkiem do rezygnacji wysłaliśmy na podany adres e-mail.'
            : 'Wszystkie miejsca są zajęte — jesteś na liście rezerwowej. Gdy zwolni się miejsce, dostaniesz wiadomość e-mail.'}
        </p>
      )}
      {full && <p className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">Wszystkie miejsca są zajęte. Możesz zapisać się na listę rezerwową.</p>}
      <TextField form={form} name="name" label="Imię i nazwisko" autoComplete="name" required />
      <TextField form={form} name="institution" label="Instytucja" required />
      <TextField form={form} name="email" type="email" label="E-mail" autoComplete="email" hint="Na ten adres wyślemy potwierdzenie i link do rezygnacji." required />
      <SelectField form={form} name="gminaId" label="Gmina" options={gminas} required />
      <SubmitButton submitting={submitting}>{full ? 'Zapisz na listę rezerwową' : 'Zapisz się'}</SubmitButton>
    </Form>
  );
}
