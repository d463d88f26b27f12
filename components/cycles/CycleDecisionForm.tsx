'use client';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { CYCLE_DECISIONS, cycleDecisionSchema, type CycleDecisionInput } from '@/lib/cycles/schemas';

const DECISION_OPTIONS = (Object.keys(CYCLE_DECISIONS) as (keyof typeof CYCLE_DECISIONS)[]).map((value) => ({ value, label: CYCLE_DECISIONS[value] }));

/**
 * The PZK's decision at step 9.2: continue (a new cycle from 2.2) or end. For "end", each case still
 * in work may be named as handed over; left empty, it stays with the GOPS.
 */
export function CycleDecisionForm({
  defaults,
  minDate,
  maxDate,
  meetings,
  documents,
  openCases,
  action,
}: {
  defaults: CycleDecisionInput;
  minDate: string;
  maxDate: string;
  meetings: { value: string; label: string }[];
  documents: { value: string; label: string }[];
  openCases: { caseId: number; number: string; keyWorkerName: string | null }[];
  action: (input: CycleDecisionInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(cycleDecisionSchema, action, {
    defaultValues: defaults,
    onSuccess: () => router.refresh(),
  });
  const ending = form.watch('decision') === 'end';
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Decyzja PZK o kontynuacji prac" className="max-w-3xl">
      <FormError message={formError} />
      <RadioField form={form} name="decision" label="Decyzja PZK" required options={DECISION_OPTIONS} />
      <TextField narrow form={form} name="decidedOn" type="date" min={minDate} max={maxDate} label="Data decyzji" hint="Nie wcześniej niż początek cyklu i nie później niż dziś. Nowy cykl zaczyna się w tym dniu." required />
      <p className="mb-2 text-sm text-slate-700">Co dokumentuje decyzję — wskaż co najmniej jedno:</p>
      <SelectField form={form} name="meetingId" label="Protokół spotkania PZK" hint="Spotkania tego PZK z opublikowanym protokołem." options={meetings} placeholder="— brak —" />
      <SelectField form={form} name="documentId" label="Podpisany dokument gminy" options={documents} placeholder="— brak —" />
      <TextAreaField form={form} name="basis" label="Opis" hint="Np. numer uchwały PZK albo miejsce przechowywania protokołu." rows={2} />
      {ending && (
        <fieldset className="mb-4">
          <legend className="mb-2 font-semibold">Sprawy w toku ({openCases.length})</legend>
          {openCases.length === 0 ? (
            <p>PZK nie prowadzi spraw w toku.</p>
          ) : (
            <>
              <p className="mb-2 text-sm text-slate-700">Zostają w GOPS, chyba że wpiszesz, komu sprawę przekazano.</p>
              {openCases.map((c, i) => (
                <TextField key={c.caseId} form={form} name={`handovers.${i}.handedTo`} label={`Sprawa ${c.number}${c.keyWorkerName ? ` (pracownik kluczowy: ${c.keyWorkerName})` : ''} — przekazana do`} />
              ))}
            </>
          )}
        </fieldset>
      )}
      <SubmitButton submitting={submitting}>Zapisz decyzję</SubmitButton>
    </Form>
  );
}
