'use client';
import { useRouter } from 'next/navigation';
import type { UseFormReturn } from 'react-hook-form';
import { FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { createCaseAction, saveReferralAction } from '@/app/(app)/sprawy/actions';
import { CASE_KINDS } from '@/lib/cases/vocabulary';
import { newCaseSchema, referralSchema } from '@/lib/cases/schemas';
import { Form } from '@/components/forms/Form';

export interface ReferralDefaults {
  referringInstitutionId: string;
  referringInstitutionName: string;
  referrerName: string;
  referredOn: string;
  situation: string;
  reasons: string;
  expectations: string;
  expectedFrom: string;
  meetingId: string;
}

type ReferralValues = ReferralDefaults;

interface Options {
  institutions: Option[];
  meetings: Option[];
}

/** The karta oczekiwań's own questions: who refers, why, what is expected, by whom. */
function ReferralFields({ form, options }: { form: unknown; options: Options }) {
  // Both forms (new case, edit) hold these fields under the same names.
  const f = form as UseFormReturn<ReferralValues, unknown, unknown>;
  return (
    <>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Zgłaszający</legend>
        <SelectField form={f} name="referringInstitutionId" label="Instytucja zgłaszająca (z zespołu)" options={options.institutions} placeholder="— spoza listy (wpisz nazwę) —" />
        <TextField form={f} name="referringInstitutionName" label="Nazwa instytucji spoza listy" hint="Tylko gdy instytucji nie ma na liście zespołu." />
        <TextField form={f} name="referrerName" label="Osoba zgłaszająca" required />
        <TextField form={f} name="referredOn" type="date" narrow label="Data zgłoszenia" required />
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Karta oczekiwań</legend>
        <TextAreaField form={f} name="situation" label="Kogo dotyczy zgłoszenie (opis sytuacji)" required rows={4} />
        <TextAreaField form={f} name="reasons" label="Dlaczego zgłaszamy (przyczyny)" required rows={4} />
        <TextAreaField form={f} name="expectations" label="Czego oczekujemy (oczekiwane zmiany)" required rows={3} />
        <TextAreaField form={f} name="expectedFrom" label="Od kogo oczekujemy działań (instytucje)" required rows={2} />
        <SelectField form={f} name="meetingId" label="Spotkanie PZK, na którym przedstawiono zgłoszenie" options={options.meetings} placeholder="— jeszcze nie przedstawiono —" />
      </fieldset>
    </>
  );
}

/** Opening a case: the PZK, who it concerns, the key worker, and the karta oczekiwań. */
export function NewCaseForm({ pzkId, keyWorkers, options, defaults }: { pzkId: number; keyWorkers: Option[]; options: Options; defaults: ReferralDefaults & { keyWorkerId: string } }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(newCaseSchema, createCaseAction, {
    defaultValues: { pzkId, kind: 'family', ...defaults } as never,
    onSuccess: (data) => router.push(`/sprawy/${(data as { id: number }).id}`),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Zgłoszenie osoby lub rodziny" className="max-w-3xl">
      <FormError message={formError} />
      <RadioField form={form} name="kind" label="Zgłoszenie dotyczy" required options={Object.entries(CASE_KINDS).map(([value, label]) => ({ value, label }))} />
      <SelectField form={form} name="keyWorkerId" label="Pracownik kluczowy" required options={keyWorkers} hint="Animator GOPS lub pracownik socjalny gminy — prowadzi konto i kontakt z rodziną." />
      <ReferralFields form={form} options={options} />
      <p className="mb-4 text-sm text-slate-700">Osoby z gospodarstwa domowego i zgody dodasz na koncie sprawy po jej założeniu.</p>
      <SubmitButton submitting={submitting}>Zgłoś i załóż sprawę</SubmitButton>
    </Form>
  );
}

/** Editing the karta oczekiwań; a stale form gets a conflict and keeps what was typed. */
export function ReferralForm({ caseId, version, options, defaults }: { caseId: number; version: number; options: Options; defaults: ReferralDefaults }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(referralSchema, saveReferralAction, {
    defaultValues: { caseId, version, ...defaults } as never,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version as never);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Karta oczekiwań" className="max-w-3xl">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano kartę oczekiwań.
        </p>
      )}
      <ReferralFields form={form} options={options} />
      <SubmitButton submitting={submitting}>Zapisz kartę oczekiwań</SubmitButton>
    </Form>
  );
}
