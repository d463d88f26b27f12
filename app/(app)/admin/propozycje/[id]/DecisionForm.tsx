'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { proposalDecisionSchema } from '@/lib/model/schemas';
import { decideProposalAction } from '../actions';
import { Form } from '@/components/forms/Form';

/** Accept or return a proposal; a proposal made on an outdated version can only be returned. */
export function DecisionForm({ id, stale }: { id: number; stale: boolean }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(proposalDecisionSchema, decideProposalAction, {
    defaultValues: { id, decision: stale ? 'return' : undefined, note: '' },
    onSuccess: () => router.refresh(),
  });
  const options = [
    ...(stale ? [] : [{ value: 'accept', label: 'Przyjmij — zmiana zostanie wprowadzona jako nowa wersja' }]),
    { value: 'return', label: 'Zwróć autorowi z uzasadnieniem' },
  ];
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-2xl rounded border border-slate-300 bg-white p-4">
      <FormError message={formError} />
      <RadioField form={form} name="decision" label="Decyzja" required options={options} />
      <TextAreaField form={form} name="note" label="Uzasadnienie dla autora propozycji" hint="Wymagane przy zwrocie; trafi do autora e-mailem." rows={4} />
      <SubmitButton submitting={submitting}>Zapisz decyzję</SubmitButton>
    </Form>
  );
}
