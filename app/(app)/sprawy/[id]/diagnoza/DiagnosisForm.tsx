'use client';
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { CheckboxGroup, FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { DIAGNOSIS_LIMITS, diagnosisSchema, type DiagnosisInput } from '@/lib/cases/diagnosis-schemas';
import { DIAGNOSIS_TOOL_KEYS, DIAGNOSIS_TOOLS } from '@/lib/cases/vocabulary';
import { saveDiagnosisAction } from './actions';
import { Form } from '@/components/forms/Form';

export type DiagnosisDefaults = Omit<DiagnosisInput, 'caseId' | 'version'>;

const emptyInstitution = { institutionName: '', expectations: '' };

/**
 * The multi-dimensional diagnosis. Saved with the version it was opened at: when someone else
 * saved meanwhile, the server refuses and everything typed here stays in the form.
 */
export function DiagnosisForm({ caseId, version, defaults, dateHint }: { caseId: number; version: number; defaults: DiagnosisDefaults; dateHint: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(diagnosisSchema, saveDiagnosisAction, {
    defaultValues: { caseId, version, ...defaults } as never,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version as never);
      router.refresh();
    },
  });
  const institutions = useFieldArray({ control: form.control, name: 'institutionExpectations' as never });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Diagnoza wielowymiarowa" className="max-w-3xl">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano diagnozę.
        </p>
      )}
      <TextField form={form} name="diagnosedOn" type="date" narrow label="Data diagnozy" hint={dateHint} required />
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Diagnoza sytuacji</legend>
        <TextAreaField form={form} name="causes" label="Przyczyny i źródła trudności" required rows={4} />
        <TextAreaField form={form} name="strengths" label="Mocne strony rodziny" rows={3} />
        <TextAreaField form={form} name="weaknesses" label="Słabe strony rodziny" rows={3} />
        <TextAreaField form={form} name="resources" label="Zasoby rodziny" rows={3} />
        <TextAreaField form={form} name="deficits" label="Deficyty rodziny" rows={3} />
        <TextAreaField form={form} name="familyExpectations" label="Oczekiwania i potrzeby rodziny" rows={3} />
      </fieldset>

      <fieldset className="mb-4">
        <legend className="mb-1 text-lg font-semibold">Oczekiwania instytucji</legend>
        <p className="mb-2 text-sm text-slate-700">Czego oczekuje każda z instytucji pracujących z rodziną.</p>
        {institutions.fields.length === 0 && <p className="mb-2 text-slate-700">Nie dodano jeszcze instytucji.</p>}
        {institutions.fields.map((field, i) => (
          <div key={field.id} className="mb-3 rounded border border-slate-200 bg-white p-3">
            <TextField form={form} name={`institutionExpectations.${i}.institutionName` as never} label={`Instytucja ${i + 1} — nazwa`} required />
            <TextAreaField form={form} name={`institutionExpectations.${i}.expectations` as never} label={`Instytucja ${i + 1} — oczekiwania`} required rows={2} />
            <button type="button" onClick={() => institutions.remove(i)} className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
              Usuń instytucję {i + 1}
            </button>
          </div>
        ))}
        {institutions.fields.length < DIAGNOSIS_LIMITS.institutions && (
          <button type="button" onClick={() => institutions.append(emptyInstitution as never)} className="rounded border border-brand-800 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-slate-100">
            Dodaj instytucję
          </button>
        )}
      </fieldset>

      <fieldset className="mb-4">
        <legend className="mb-1 text-lg font-semibold">Analiza SWOT</legend>
        <p className="mb-2 text-sm text-slate-700">Jedna pozycja w wierszu.</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextAreaField form={form} name="swotStrengths" label="SWOT — mocne strony" rows={4} />
          <TextAreaField form={form} name="swotWeaknesses" label="SWOT — słabe strony" rows={4} />
          <TextAreaField form={form} name="swotOpportunities" label="SWOT — szanse" rows={4} />
          <TextAreaField form={form} name="swotThreats" label="SWOT — zagrożenia" rows={4} />
        </div>
      </fieldset>

      <CheckboxGroup form={form} name="tools" legend="Zastosowane narzędzia diagnostyczne" required={false} options={DIAGNOSIS_TOOL_KEYS.map((k) => ({ value: k, label: DIAGNOSIS_TOOLS[k] }))} />
      <TextField form={form} name="toolsOther" label="Inne narzędzia (jakie)" />
      <SubmitButton submitting={submitting}>Zapisz diagnozę</SubmitButton>
    </Form>
  );
}
