'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { CheckboxGroup, FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { agendaPointsOf, MEETING_KINDS, type MeetingKind } from '@/lib/pzk/meeting-kinds';
import { AGENDA_AREAS, meetingSchema, type MeetingInput } from '@/lib/pzk/meeting-schemas';
import { saveMeetingAction } from './actions';
import { Form } from '@/components/forms/Form';

/**
 * Plans a meeting or edits one. On a conflict the typed values stay in the form. `kinds` are the
 * PZK's variant's (lib/pzk/meeting-kinds.ts): a kind with its own agenda points (Kooperacje 3D
 * forming meetings) shows them as checkboxes in place of the model's three agenda areas.
 */
export function MeetingForm({ defaults, kinds, scheduleNote }: { defaults: MeetingInput; kinds: MeetingKind[]; scheduleNote?: string }) {
  const router = useRouter();
  const editing = !!defaults.meetingId;
  const { form, onSubmit, formError, submitting } = useActionForm(meetingSchema, saveMeetingAction, {
    defaultValues: { ...defaults, agendaDone: defaults.agendaDone ?? [] },
    onSuccess: (data) => {
      const id = (data as { id: number }).id;
      router.push(`/pzk/${defaults.pzkId}/spotkania/${id}`);
      router.refresh();
    },
  });
  const kind = (form.watch('kind') ?? 'regular') as MeetingKind;
  const points = agendaPointsOf(kind);
  // Another kind's points are not this kind's: drop them when the kind changes.
  useEffect(() => {
    const keys = new Set(agendaPointsOf(kind).map((p) => p.key));
    const current = (form.getValues('agendaDone') ?? []) as string[];
    const kept = current.filter((k) => keys.has(k));
    if (kept.length !== current.length) form.setValue('agendaDone', kept);
  }, [kind, form]);
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={editing ? 'Zmiana spotkania' : 'Planowanie spotkania'} className="max-w-3xl">
      <FormError message={formError} />
      {scheduleNote && <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">{scheduleNote}</p>}
      <RadioField form={form} name="kind" label="Rodzaj spotkania" required options={kinds.map((value) => ({ value, label: MEETING_KINDS[value] }))} />
      <TextField narrow form={form} name="startsAt" type="datetime-local" label="Data i godzina rozpoczęcia" hint="Czas polski. Spotkanie interwencyjne można zwołać w dowolnym terminie, także na dziś." required />
      <TextField narrow form={form} name="durationMinutes" type="number" min={15} max={480} step={15} label="Czas trwania (minuty)" required />
      <TextField form={form} name="place" label="Miejsce" hint="Adres i sala. Jeśli spotkanie jest tylko online, zostaw puste i podaj link." />
      <TextField narrow form={form} name="onlineUrl" type="url" label="Link do spotkania online" hint="Tylko adres zaczynający się od https://." />
      {points.length ? (
        <CheckboxGroup
          form={form}
          name="agendaDone"
          required={false}
          legend={`Porządek spotkania — ${MEETING_KINDS[kind]}`}
          hint="Punkty porządku trafiają do kalendarzy uczestników. Po spotkaniu zaznacz te, które zostały zrealizowane."
          options={points.map((p) => ({ value: p.key, label: p.label }))}
        />
      ) : (
        <fieldset className="mb-4">
          <legend className="mb-2 text-lg font-semibold">Porządek spotkania — trzy obszary modelu</legend>
          <p className="mb-3 text-sm text-slate-700">Porządek trafia do kalendarzy uczestników. Nie wpisuj danych osób ani rodzin — przypadki opisuj ogólnie.</p>
          {AGENDA_AREAS.map((a) => (
            <TextAreaField key={a.key} form={form} name={a.key} label={a.label} rows={3} />
          ))}
        </fieldset>
      )}
      <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Zaplanuj spotkanie'}</SubmitButton>
    </Form>
  );
}
