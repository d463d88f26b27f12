'use client';
import { useRouter } from 'next/navigation';
import { CheckboxGroup, FormError, SubmitButton, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import { approveBatchAction } from '@/app/(app)/admin/retencja/actions';
import { count, WORDS } from '@/lib/plural';
import { batchSchema } from '@/lib/retention/schemas';

export interface BatchCandidate {
  id: number;
  version: number;
  label: string;
}

const WARNING = 'Anonimizacji nie można cofnąć: imiona i nazwiska, PESEL, dokładne daty urodzenia, adresy, notatki i pliki spraw z partii zostaną usunięte na zawsze. Zostaną tylko dane potrzebne do ewaluacji (liczby, przedziały wieku).';

/**
 * The destruction batch: the cases whose retention has ended (no hold in force), ticked, with the
 * state archive's consent (number, date). Asks once more before anything is anonymised.
 */
export function BatchForm({ candidates, today }: { candidates: BatchCandidate[]; today: string }) {
  const router = useRouter();
  const defaults = { itemIds: [] as string[], consentNumber: '', consentDate: '' };
  const { form, onSubmit, formError, submitting, done } = useActionForm(batchSchema, approveBatchAction, {
    defaultValues: defaults,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  const ticked = form.watch('itemIds')?.length ?? 0;
  return (
    <Form
      noValidate
      aria-label="Partia brakowania"
      className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (ticked > 0 && !window.confirm(`Zanonimizować ${count(ticked, WORDS.caseAcc)}? ${WARNING}`)) return;
        void onSubmit(e);
      }}
    >
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 text-green-900">
          Zatwierdzono partię brakowania — sprawy zostały zanonimizowane.
        </p>
      )}
      <div role="note" className="mb-4 rounded border-2 border-red-800 bg-red-50 p-3 text-red-900">
        <p className="font-semibold">Uwaga — operacja nieodwracalna.</p>
        <p>{WARNING}</p>
        <p className="mt-1">Zatwierdź partię dopiero po otrzymaniu zgody archiwum państwowego na brakowanie (ustawa o narodowym zasobie archiwalnym i archiwach).</p>
      </div>
      <CheckboxGroup form={form} name="itemIds" legend="Sprawy do brakowania" hint="Tylko sprawy, których okres przechowywania minął i które nie mają blokady prawnej." options={candidates.map((c) => ({ value: `${c.id}:${c.version}`, label: c.label }))} />
      <TextField form={form} name="consentNumber" label="Znak zgody archiwum państwowego" hint="Numer (znak) pisma archiwum wyrażającego zgodę na brakowanie." required />
      <TextField narrow form={form} name="consentDate" type="date" max={today} label="Data zgody" required />
      <SubmitButton submitting={submitting}>Zatwierdź partię i zanonimizuj</SubmitButton>
    </Form>
  );
}
