'use client';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { CheckboxGroup, FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { saveEventAction } from '@/app/(app)/kalendarz/wydarzenia/actions';
import { EVENT_KINDS, eventSchema, type EventInput } from '@/lib/events/schemas';

const FLAG_OPTIONS = [
  { value: 'public', label: 'Wydarzenie publiczne (widoczne bez logowania)' },
  { value: 'registration', label: 'Zapisy przez formularz publiczny' },
];

/** Adds an event to the województwo's calendar or edits one (ROPS). */
export function EventForm({ defaults }: { defaults: EventInput }) {
  const router = useRouter();
  const editing = !!defaults.eventId;
  const { form, onSubmit, formError, done, submitting } = useActionForm(eventSchema, saveEventAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      const id = (data as { id: number }).id;
      router.push(`/kalendarz/wydarzenia/${id}`);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={editing ? 'Zmiana wydarzenia' : 'Nowe wydarzenie'} className="max-w-3xl">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano wydarzenie.
        </p>
      )}
      <RadioField form={form} name="kind" label="Rodzaj wydarzenia" required options={Object.entries(EVENT_KINDS).map(([value, label]) => ({ value, label }))} />
      <TextField form={form} name="title" label="Tytuł" required />
      <TextField narrow form={form} name="startsAt" type="datetime-local" label="Początek" required />
      <TextField narrow form={form} name="endsAt" type="datetime-local" label="Koniec" required />
      <TextField form={form} name="place" label="Miejsce" hint="Adres i sala; dla spotkania tylko online zostaw puste i podaj adres spotkania." />
      <TextField form={form} name="onlineUrl" type="url" label="Adres spotkania online" hint="Zaczyna się od https://." />
      <TextAreaField form={form} name="description" label="Opis i program" rows={5} />
      <CheckboxGroup form={form} name="flags" legend="Widoczność i zapisy" required={false} options={FLAG_OPTIONS} hint="Publiczne spotkanie informacyjne w I kwartale zostaje powiązane ze spotkaniem informacyjnym z harmonogramu województwa." />
      <TextField narrow form={form} name="capacity" type="number" label="Liczba miejsc" hint="Puste — bez limitu. Po zajęciu miejsc kolejne osoby trafiają na listę rezerwową." />
      <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Dodaj wydarzenie'}</SubmitButton>
    </Form>
  );
}
