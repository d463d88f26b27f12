'use client';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { Form } from '@/components/forms/Form';
import { FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import {
  completeRequestAction,
  decideRequestAction,
  eraseRequestCaseAction,
  extendRequestAction,
  liftRestrictionAction,
  recordRestrictionNoticeAction,
  refuseErasureAction,
  restrictRequestCaseAction,
} from '@/app/(app)/admin/rodo/[id]/actions';
import type { ActionResult } from '@/lib/action-result';
import {
  completeRequestSchema,
  decideRequestSchema,
  eraseCaseSchema,
  ERASURE_REFUSAL_LABELS,
  extendRequestSchema,
  liftRestrictionSchema,
  refuseErasureSchema,
  REQUEST_DECISION_KEYS,
  REQUEST_DECISIONS,
  restrictionNoticeSchema,
  restrictRequestSchema,
} from '@/lib/rodo/request-schemas';

/*
 * The forms of the steps on a data-subject request's page (app/(app)/admin/rodo/[id]). Each sends
 * the request's id and the version the page was opened with; the page is read again on success.
 */

interface Base {
  id: number;
  version: number;
}

function StepForm<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  action,
  defaults,
  label,
  submit,
  plain,
  children,
}: {
  schema: S;
  action: (input: z.input<S>) => Promise<ActionResult<unknown>>;
  defaults: Record<string, unknown>;
  label: string;
  submit: string;
  /** A form without required fields (a single button): no required-fields note. */
  plain?: boolean;
  children?: (form: UseFormReturn<z.input<S>, unknown, unknown>) => ReactNode;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(schema, action, { defaultValues: defaults as never, onSuccess: () => router.refresh() });
  const body = (
    <>
      <FormError message={formError} />
      {children?.(form as never)}
      <SubmitButton submitting={submitting}>{submit}</SubmitButton>
    </>
  );
  return plain ? (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="max-w-2xl">
      {body}
    </form>
  ) : (
    <Form onSubmit={onSubmit} noValidate aria-label={label} className="max-w-2xl">
      {body}
    </Form>
  );
}

export function ExtendForm({ id, version, today, latest }: Base & { today: string; latest: string }) {
  return (
    <StepForm schema={extendRequestSchema} action={extendRequestAction} defaults={{ id, version, extendedUntil: latest, extensionReason: '', extensionNotifiedOn: today }} label="Przedłużenie terminu" submit="Przedłuż termin">
      {(form) => (
        <>
          <TextField form={form} name="extendedUntil" label="Nowy termin odpowiedzi" type="date" required narrow max={latest} hint="Najwyżej o dwa miesiące po pierwotnym terminie." />
          <TextAreaField form={form} name="extensionReason" label="Przyczyna przedłużenia" hint="Np. skomplikowany charakter żądania lub liczba żądań (art. 12 ust. 3 RODO)." required rows={3} />
          <TextField form={form} name="extensionNotifiedOn" label="Dzień poinformowania osoby o przedłużeniu" type="date" required narrow max={today} />
        </>
      )}
    </StepForm>
  );
}

export function DecideForm({ id, version, today }: Base & { today: string }) {
  return (
    <StepForm schema={decideRequestSchema} action={decideRequestAction} defaults={{ id, version, decision: undefined, legalBasis: '', decisionNote: '', decidedOn: today }} label="Decyzja" submit="Zapisz decyzję">
      {(form) => (
        <>
          <SelectField form={form} name="decision" label="Decyzja" required options={REQUEST_DECISION_KEYS.map((k) => ({ value: k, label: REQUEST_DECISIONS[k] }))} />
          <TextAreaField form={form} name="legalBasis" label="Podstawa prawna" hint="Wymagana przy odmowie i przy uwzględnieniu w części." rows={2} />
          <TextAreaField form={form} name="decisionNote" label="Uzasadnienie lub notatka" hint="Np. co i gdzie poprawiono w sprawie (sprostowanie) albo jak rozpatrzono sprzeciw." rows={3} />
          <TextField form={form} name="decidedOn" label="Data decyzji" type="date" required narrow max={today} />
        </>
      )}
    </StepForm>
  );
}

export function CompleteForm({ id, version, today }: Base & { today: string }) {
  return (
    <StepForm schema={completeRequestSchema} action={completeRequestAction} defaults={{ id, version, doneOn: today }} label="Zakończenie realizacji" submit="Oznacz jako zrealizowane">
      {(form) => <TextField form={form} name="doneOn" label="Data udzielenia odpowiedzi osobie" type="date" required narrow max={today} />}
    </StepForm>
  );
}

export function RestrictForm({ id, version, offered }: Base & { offered?: boolean }) {
  return (
    <StepForm
      schema={restrictRequestSchema}
      action={restrictRequestCaseAction}
      defaults={{ id, version, reason: offered ? 'Ograniczenie przetwarzania zamiast usunięcia danych (art. 17 ust. 3 RODO)' : '' }}
      label="Ograniczenie przetwarzania"
      submit="Ogranicz przetwarzanie"
    >
      {(form) => <TextAreaField form={form} name="reason" label="Powód ograniczenia" hint="Widoczny w sprawie na banerze: sprawa tylko do odczytu, bez nowych czynności." required rows={2} />}
    </StepForm>
  );
}

export function NoticeForm({ id, version, today }: Base & { today: string }) {
  return (
    <StepForm schema={restrictionNoticeSchema} action={recordRestrictionNoticeAction} defaults={{ id, version, noticeGivenOn: today }} label="Poinformowanie o zniesieniu ograniczenia" submit="Poinformowano osobę o zniesieniu">
      {(form) => <TextField form={form} name="noticeGivenOn" label="Dzień poinformowania osoby" hint="Osobę informuje się przed zniesieniem ograniczenia (art. 18 ust. 3 RODO)." type="date" required narrow max={today} />}
    </StepForm>
  );
}

export function LiftForm({ id, version }: Base) {
  return <StepForm schema={liftRestrictionSchema} action={liftRestrictionAction} defaults={{ id, version }} label="Zniesienie ograniczenia" submit="Znieś ograniczenie" plain />;
}

export function RefuseErasureForm({ id, version, today }: Base & { today: string }) {
  return (
    <StepForm schema={refuseErasureSchema} action={refuseErasureAction} defaults={{ id, version, basis: undefined, decisionNote: '', decidedOn: today }} label="Odmowa usunięcia danych" submit="Odmów usunięcia">
      {(form) => (
        <>
          <RadioField form={form} name="basis" label="Podstawa odmowy" required options={(['b', 'd'] as const).map((k) => ({ value: k, label: ERASURE_REFUSAL_LABELS[k] }))} />
          <TextAreaField form={form} name="decisionNote" label="Uzasadnienie" rows={3} />
          <TextField form={form} name="decidedOn" label="Data decyzji" type="date" required narrow max={today} />
        </>
      )}
    </StepForm>
  );
}

export function EraseForm({ id, version }: Base) {
  return (
    <StepForm schema={eraseCaseSchema} action={eraseRequestCaseAction} defaults={{ id, version, confirm: false }} label="Anonimizacja danych sprawy" submit="Zanonimizuj dane sprawy">
      {(form) => {
        const error = form.formState.errors.confirm?.message as string | undefined;
        return (
          <div className="mb-4">
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1 h-5 w-5" aria-invalid={error ? true : undefined} aria-required aria-describedby={error ? 'erase-confirm-error' : undefined} {...form.register('confirm' as never)} />
              <span>
                Rozumiem, że anonimizacja jest nieodwracalna: imiona, nazwiska, PESEL, daty urodzenia, adresy, notatki i załączniki sprawy zostaną usunięte
                <span className="text-red-800"> *</span>
              </span>
            </label>
            {error && (
              <p id="erase-confirm-error" className="mt-1 text-sm font-medium text-red-800">
                {error}
              </p>
            )}
          </div>
        );
      }}
    </StepForm>
  );
}
