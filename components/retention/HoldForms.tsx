'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
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
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lift = async () => {
    setBusy(true);
    const r = await callAction(() => liftHoldAction({ holdId }));
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setConfirming(false);
    router.refresh();
  };
  return (
    <div className="mt-1 flex flex-col gap-2">
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)} aria-label={`Zdejmij blokadę prawną sprawy ${caseNumber}`} className="min-h-11 self-start rounded border border-slate-600 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
          Zdejmij blokadę…
        </button>
      ) : (
        <div role="group" aria-label={`Potwierdź zdjęcie blokady sprawy ${caseNumber}`} className="rounded border border-slate-300 bg-slate-50 p-2 text-sm">
          <p className="mb-2">Po zdjęciu blokady sprawa, której okres przechowywania minął, może wejść do partii brakowania.</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} onClick={() => void lift()} className="min-h-11 rounded bg-brand-800 px-3 py-2 font-medium text-white hover:bg-brand-900">
              {busy ? 'Zdejmowanie…' : 'Tak, zdejmij'}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)} className="min-h-11 rounded border border-slate-500 bg-white px-3 py-2 hover:bg-slate-100">
              Nie
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
