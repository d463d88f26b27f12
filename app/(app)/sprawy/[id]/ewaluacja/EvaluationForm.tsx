'use client';
import { useId } from 'react';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { afterCareEarliestEnd, evaluationSchema, VISIT_INTERVALS, type EvaluationInput } from '@/lib/cases/evaluation-schemas';
import { EVALUATION_OUTCOMES, NOT_REACHED_PATHS } from '@/lib/cases/vocabulary';
import { formatDate } from '@/lib/text';
import { saveEvaluationAction } from './actions';
import { Form } from '@/components/forms/Form';

/** A goal as the form shows it: what it is, where it started, where it should get, the last value. */
export interface FormGoal {
  key: string;
  title: string;
  memberName: string;
  areaLabel: string;
  baseline: number;
  target: number;
  lastScale: number | null;
  lastScaleOn: string | null;
}

export type EvaluationDefaults = Omit<EvaluationInput, 'caseId' | 'version'>;

const isIso = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * The final evaluation: the scale reached per goal (prefilled with the latest monitoring), the
 * outcome and what follows from it. Re-saving overwrites, with a version check.
 */
export function EvaluationForm({ caseId, version, goals, institutions, defaults }: { caseId: number; version: number; goals: FormGoal[]; institutions: Option[]; defaults: EvaluationDefaults }) {
  const router = useRouter();
  const inviteId = useId();
  const { form, onSubmit, formError, submitting, done } = useActionForm(evaluationSchema, saveEvaluationAction, {
    defaultValues: { caseId, version, ...defaults } as never,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version as never);
      router.refresh();
    },
  });
  const outcome = form.watch('outcome') as string | undefined;
  const path = form.watch('notReachedPath') as string | undefined;
  const evaluatedOn = form.watch('evaluatedOn');
  const resultsError = (form.formState.errors.results as { message?: string; root?: { message?: string } } | undefined);
  const resultsMessage = resultsError?.message ?? resultsError?.root?.message;
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Ewaluacja końcowa" className="max-w-3xl">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano ewaluację końcową.
        </p>
      )}
      <TextField narrow form={form} name="evaluatedOn" type="date" label="Data ewaluacji" required />

      <fieldset className="mb-4" aria-describedby={resultsMessage ? 'wyniki-blad' : undefined}>
        <legend className="mb-1 text-lg font-semibold">Osiągnięte wartości skali (0–10)</legend>
        <p className="mb-2 text-sm text-slate-700">Dla każdego celu ze wszystkich IPP sprawy. Pola wypełniono ostatnią wartością z monitoringu — popraw je, jeśli trzeba.</p>
        {resultsMessage && (
          <p id="wyniki-blad" className="mb-2 text-sm font-medium text-red-800">
            {resultsMessage}
          </p>
        )}
        {goals.map((g, i) => (
          <div key={g.key} className="mb-3 rounded border border-slate-200 bg-white p-3">
            <TextField
              narrow
              form={form}
              name={`results.${i}.scale` as never}
              type="number"
              min={0}
              max={10}
              step={1}
              label={`Osiągnięta wartość: ${g.title} (${g.memberName})`}
              hint={`Obszar: ${g.areaLabel}. Na początku: ${g.baseline}, cel: ${g.target}. ${g.lastScale != null && g.lastScaleOn ? `Ostatni monitoring (${formatDate(g.lastScaleOn)}): ${g.lastScale}.` : 'Brak pomiaru w monitoringu.'}`}
              required
            />
          </div>
        ))}
      </fieldset>

      <RadioField form={form} name="outcome" label="Wynik ewaluacji" required options={Object.entries(EVALUATION_OUTCOMES).map(([value, label]) => ({ value, label }))} />

      {outcome === 'goals_reached' && (
        <fieldset className="mb-4 rounded border border-slate-300 p-3">
          <legend className="px-1 text-lg font-semibold">Plan monitoringu trwałości zmiany</legend>
          <TextField
            narrow
            form={form}
            name="contactUntil"
            type="date"
            label="Kontakt z rodziną do dnia"
            hint={`Co najmniej 6 miesięcy po ewaluacji${isIso(evaluatedOn) ? ` — najwcześniej ${formatDate(afterCareEarliestEnd(evaluatedOn))}` : ''}.`}
            required
          />
          <RadioField form={form} name="visitEveryMonths" label="Wizyty (coraz rzadsze) — jak często" required options={Object.entries(VISIT_INTERVALS).map(([value, label]) => ({ value, label }))} />
          <TextAreaField form={form} name="firstAidKit" label="„Apteczka pierwszej pomocy” — plan uzgodniony z rodziną i ekspertem rodzinnym" required rows={4} />
          <TextField form={form} name="familyExpertName" label="Ekspert rodzinny (imię i nazwisko)" required />
        </fieldset>
      )}

      {outcome === 'not_reached' && (
        <fieldset className="mb-4 rounded border border-slate-300 p-3">
          <legend className="px-1 text-lg font-semibold">Cele nieosiągnięte — dalsze postępowanie</legend>
          <RadioField form={form} name="notReachedPath" label="Dalsze postępowanie" required options={Object.entries(NOT_REACHED_PATHS).map(([value, label]) => ({ value, label }))} />
          {path === 'hand_over' && (
            <>
              <SelectField form={form} name="handoverInstitutionId" label="Instytucja przejmująca — z PZK" options={institutions} placeholder="— spoza listy —" />
              <TextField form={form} name="handoverInstitutionName" label="Instytucja przejmująca — nazwa (jeśli nie ma jej na liście)" />
              <TextAreaField form={form} name="handoverWhat" label="Co przekazano instytucji" required rows={3} />
            </>
          )}
          {path === 'new_goals' && <p className="text-sm text-slate-700">Sprawa pozostaje w realizacji — zespół przygotowuje nowy IPP z nowymi celami.</p>}
        </fieldset>
      )}

      <div className="mb-4">
        <label htmlFor={inviteId} className="flex items-center gap-2">
          <input id={inviteId} type="checkbox" className="h-5 w-5" {...form.register('inviteAsFamilyExpert')} />
          Zaprosić rodzinę do PZK jako eksperta rodzinnego
        </label>
      </div>
      <TextAreaField form={form} name="summary" label="Podsumowanie ewaluacji" required rows={5} />
      <SubmitButton submitting={submitting}>Zapisz ewaluację końcową</SubmitButton>
    </Form>
  );
}
