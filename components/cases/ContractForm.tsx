'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { saveContractAction } from '@/app/(app)/sprawy/[id]/ipp/[ippId]/kontrakt/actions';
import { contractSchema } from '@/lib/cases/ipp-schemas';
import { Form } from '@/components/forms/Form';

export interface ContractValues {
  concludedOn: string;
  familyCommitments: string;
  workerCommitments: string;
  institutionCommitments: string;
  consequences: string;
}

/**
 * The kontrakt (optional), prefilled from the IPP: the family's commitments from the goals per
 * member, the institutions' from the tasks grouped by institution. It is saved with the IPP's
 * version (and bumps it): a stale form gets a conflict and keeps what was typed.
 */
export function ContractForm({ caseId, ippId, version, defaults, draft }: { caseId: number; ippId: number; version: number; defaults: ContractValues; draft: ContractValues }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(contractSchema, saveContractAction, {
    defaultValues: { caseId, ippId, version, ...defaults } as never,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version as never);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Kontrakt" className="max-w-3xl">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano kontrakt.
        </p>
      )}
      <TextField form={form} name="concludedOn" type="date" narrow label="Data zawarcia kontraktu" required />
      <TextAreaField form={form} name="familyCommitments" label="Zobowiązania rodziny" hint="Z celów IPP — cele całej rodziny, potem każdej osoby." required rows={8} />
      <TextAreaField form={form} name="workerCommitments" label="Zobowiązania pracownika kluczowego" required rows={4} />
      <TextAreaField form={form} name="institutionCommitments" label="Zobowiązania instytucji" hint="Z zadań IPP — według instytucji odpowiedzialnych." rows={8} />
      <TextAreaField form={form} name="consequences" label="Konsekwencje niedotrzymania ustaleń" rows={3} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton submitting={submitting}>Zapisz kontrakt</SubmitButton>
        <button
          type="button"
          className="rounded border border-brand-800 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
          onClick={() => {
            form.setValue('familyCommitments', draft.familyCommitments as never, { shouldDirty: true });
            form.setValue('institutionCommitments', draft.institutionCommitments as never, { shouldDirty: true });
            if (!String(form.getValues('workerCommitments') ?? '').trim()) form.setValue('workerCommitments', draft.workerCommitments as never, { shouldDirty: true });
          }}
        >
          Wypełnij ponownie na podstawie IPP
        </button>
      </div>
    </Form>
  );
}
