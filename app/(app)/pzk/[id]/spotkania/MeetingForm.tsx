'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { AGENDA_AREAS, MEETING_KINDS, meetingSchema, type MeetingInput } from '@/lib/pzk/meeting-schemas';
import { saveMeetingAction } from './actions';
import { Form } from '@/components/forms/Form';

/** Plans a meeting or edits one. On a conflict the typed values stay in the form. */
export function MeetingForm({ defaults, scheduleNote }: { defaults: MeetingInput; scheduleNote?: string }) {
  const router = useRouter();
  const editing = !!defaults.meetingId;
  const { form, onSubmit, formError, submitting } = useActionForm(meetingSchema, saveMeetingAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      const id = (data as { id: number }).id;
      router.push(`/pzk/${defaults.pzkId}/spotkania/${id}`);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={editing ? 'Zmiana spotkania' : 'Planowanie spotkania'} className="max-w-3xl">
      <FormError message={formError} />
      {scheduleNote && <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">{scheduleNote}</p>}
      <RadioField form={form} name="kind" label="Rodzaj spotkania" required options={Object.entries(MEETING_KINDS).map(([value, label]) => ({ value, label }))} />
      <TextField narrow form={form} name="startsAt" type="datetime-local" label="Data i godzina rozpoczęcia" hint="Czas polski. Spotkanie interwencyjne można zwołać w dowolnym terminie, także na dziś." required />
      <TextField narrow form={form} name="durationMinutes" type="number" min={15} max={480} step={15} label="Czas trwania (minuty)" required />
      <TextField form={form} name="place" label="Miejsce" hint="Adres i sala. Jeśli spotkanie jest tylko online, zostaw puste i podaj link." />
      <TextField narrow form={form} name="onlineUrl" type="url" label="Link do spotkania online" hint="Tylko adres zaczynający się od https://." />
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Porządek spotkania — trzy obszary modelu</legend>
        <p className="mb-3 text-sm text-slate-700">Porządek trafia do kalendarzy uczestników. Nie wpisuj danych osób ani rodzin — przypadki opisuj ogólnie.</p>
        {AGENDA_AREAS.map((a) => (
          <TextAreaField key={a.key} form={form} name={a.key} label={a.label} rows={3} />
        ))}
      </fieldset>
      <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Zaplanuj spotkanie'}</SubmitButton>
    </Form>
  );
}
