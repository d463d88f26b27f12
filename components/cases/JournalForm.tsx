'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import { addJournalEntryAction } from '@/app/(app)/sprawy/[id]/dziennik/actions';
import { journalEntrySchema } from '@/lib/cases/team-schemas';
import { JOURNAL_KINDS } from '@/lib/cases/vocabulary';

const kindOptions = Object.entries(JOURNAL_KINDS).map(([value, label]) => ({ value, label }));

/** A new entry of the dziennik współpracy: date, kind, who took part, a short note. */
export function JournalForm({ caseId, today, minDate }: { caseId: number; today: string; minDate: string }) {
  const router = useRouter();
  const blank = { caseId, happenedOn: today, kind: '', participants: '', note: '' };
  const { form, onSubmit, formError, submitting, done } = useActionForm(journalEntrySchema, addJournalEntryAction, {
    defaultValues: blank as never,
    onSuccess: () => {
      form.reset(blank as never);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Nowy wpis w dzienniku współpracy" className="max-w-3xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          Dodano wpis.
        </p>
      )}
      <TextField narrow form={form} name="happenedOn" type="date" min={minDate} max={today} label="Data" required />
      <RadioField form={form} name="kind" label="Rodzaj kontaktu lub działania" options={kindOptions} required />
      <TextAreaField form={form} name="participants" label="Kto brał udział" rows={2} />
      <TextAreaField form={form} name="note" label="Krótka notatka" rows={3} required />
      <SubmitButton submitting={submitting}>Dodaj wpis</SubmitButton>
    </Form>
  );
}
