'use client';
import { useRouter } from 'next/navigation';
import { ConfirmActionButton } from '@/components/forms/ConfirmActionButton';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import { liftHoldAction, placeHoldAction } from '@/app/(app)/admin/retencja/actions';
import { holdSchema } from '@/lib/retention/schemas';

/** A legal hold on one case of the list: why, and until when (the case is not destroyed meanwhile). */
export function HoldForm({ caseId, caseNumber, today }: { caseId: number; caseNumber: string; today: string }) {
  const router = useRouter();
  const defaults = { caseId: String(caseId), reason: '', until: '' };
  const { form, onSubmit, formError, submitting, done } = useActionForm(holdSchema, placeHoldAction, {
    defaultValues: defaults,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Blokada prawna sprawy ${caseNumber}`} className="max-w-xl rounded border border-slate-300 bg-slate-50 p-3">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 text-green-900">
          Założono blokadę prawną.
        </p>
      )}
      <input type="hidden" {...form.register('caseId')} />
      <TextAreaField form={form} name="reason" label="Powód blokady" rows={2} hint="Np. toczące się postępowanie, kontrola, żądanie sądu. Bez danych osobowych rodziny." required />
      <TextField narrow form={form} name="until" type="date" min={today} label="Blokada do dnia" hint="Po tym dniu sprawa wraca na listę do brakowania." required />
      <SubmitButton submitting={submitting}>Załóż blokadę</SubmitButton>
    </Form>
  );
}

/** "Zdejmij blokadę" on one hold, after a confirmation. */
export function LiftHoldButton({ holdId, caseNumber }: { holdId: number; caseNumber: string }) {
  return (
    <ConfirmActionButton
      label="Zdejmij blokadę…"
      name={`Zdejmij blokadę prawną sprawy ${caseNumber}`}
      confirmName={`Potwierdź zdjęcie blokady sprawy ${caseNumber}`}
      warning="Po zdjęciu blokady sprawa, której okres przechowywania minął, może wejść do partii brakowania."
      yes="Tak, zdejmij"
      busy="Zdejmowanie…"
      run={() => liftHoldAction({ holdId })}
    />
  );
}
