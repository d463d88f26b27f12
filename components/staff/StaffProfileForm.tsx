'use client';
import { useId, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Form } from '@/components/forms/Form';
import { FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { COMPETENCE_KEYS, COMPETENCES, RATING_VALUES, RATINGS, SPECIALISATION_CHOICES, SPECIALISATION_VALUES, type CompetenceKey } from '@/lib/staff/competences';
import { staffProfileSchema, type StaffProfileInput } from '@/lib/staff/schemas';

export interface StaffProfileFormValues {
  version: number;
  qualifications: string;
  specialisation: string;
  specialisationArea: string;
  competences: Record<string, number>;
  developmentPath: string;
}

const SPECIALISATION_OPTIONS = SPECIALISATION_VALUES.map((value) => ({ value, label: SPECIALISATION_CHOICES[value] }));

/** One competence: a fieldset whose legend is the competence; its five ratings in a row, stacked on a phone. */
function CompetenceRating({ form, competence }: { form: UseFormReturn<StaffProfileInput, unknown, unknown>; competence: CompetenceKey }) {
  const id = useId();
  const error = (form.formState.errors.competences as Record<string, { message?: string }> | undefined)?.[competence]?.message;
  return (
    <fieldset className="border-b border-slate-200 py-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium">{COMPETENCES[competence]}</legend>
      <div className="mt-1 flex flex-col gap-x-5 sm:flex-row sm:flex-wrap">
        {RATING_VALUES.map((r) => (
          <label key={r} className="flex min-h-11 items-center gap-2">
            <input type="radio" value={String(r)} className="h-5 w-5 shrink-0" aria-invalid={error ? true : undefined} {...form.register(`competences.${competence}` as never)} />
            {r} — {RATINGS[r]}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function StaffProfileForm({ initial, action }: { initial: StaffProfileFormValues; action: (input: StaffProfileInput) => Promise<ActionResult<{ version: number }>> }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(staffProfileSchema, action, {
    defaultValues: {
      ...initial,
      competences: Object.fromEntries(Object.entries(initial.competences).map(([k, v]) => [k, String(v)])),
    } as never,
    onSuccess: (data) => {
      if (data) form.setValue('version', data.version);
      setSaved(true);
    },
  });
  const specialisation = form.watch('specialisation');
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Mój profil zawodowy" className="max-w-4xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-3 text-green-900">
          Zapisano profil zawodowy.
        </p>
      )}
      <input type="hidden" {...form.register('version')} />

      <h2 className="mb-2 text-lg font-semibold">Kwalifikacje formalne</h2>
      <TextAreaField form={form} name="qualifications" label="Kwalifikacje" hint="Wykształcenie, uprawnienia, ukończone studia i kursy (poza Szkołą Kooperacji, której szkolenia dopisują się same)." rows={4} />
      <RadioField form={form} name="specialisation" label="Specjalizacja w zawodzie pracownik socjalny" options={SPECIALISATION_OPTIONS} />
      {specialisation !== 'none' && (
        <TextField form={form} name="specialisationArea" label="Dziedzina specjalizacji" hint="Np. praca socjalna ze społecznością lokalną (preferowana w modelu specjalizacja II stopnia)." required />
      )}

      <h2 className="mt-6 mb-2 text-lg font-semibold">Samoocena kompetencji</h2>
      <p className="mb-2 max-w-3xl text-slate-800">
        Umiejętności przydatne w pracy socjalnej w modelu (załącznik „Zasoby kadrowe”). Oceń każdą w skali od 1 do 5 — ocena pomaga dobrać osoby do zespołów (ZZK) i zaplanować szkolenia. Możesz pominąć te, których nie chcesz
        oceniać. Skala: 1 — potrzebuję wsparcia, 5 — mogę uczyć innych.
      </p>
      <div className="mb-6">
        {COMPETENCE_KEYS.map((k) => (
          <CompetenceRating key={k} form={form} competence={k} />
        ))}
      </div>

      <h2 className="mb-2 text-lg font-semibold">Rozwój zawodowy</h2>
      <TextAreaField form={form} name="developmentPath" label="Indywidualna ścieżka rozwoju" hint="Czego chcesz się nauczyć, jakie szkolenia, superwizje lub konsultacje są Ci potrzebne i kiedy." rows={5} />
      <SubmitButton submitting={submitting}>Zapisz profil</SubmitButton>
    </Form>
  );
}
