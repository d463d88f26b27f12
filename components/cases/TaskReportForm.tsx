'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import { reportTaskAction } from '@/app/(app)/sprawy/[id]/zadania/actions';
import { taskReportSchema } from '@/lib/cases/team-schemas';
import { TASK_PROGRESS_LABELS } from '@/lib/cases/vocabulary';

const statusOptions = Object.entries(TASK_PROGRESS_LABELS).map(([value, label]) => ({ value, label }));

/** A partner's report on one IPP task: status and a dated note (required for "problem"). */
export function TaskReportForm({
  caseId,
  ippId,
  taskKey,
  version,
  status,
  today,
  minDate,
  taskLabel,
}: {
  caseId: number;
  ippId: number;
  taskKey: string;
  version: number;
  status: string;
  today: string;
  minDate: string;
  taskLabel: string;
}) {
  const router = useRouter();
  const values = { caseId, ippId, taskKey, version, status, notedOn: today, note: '' };
  const { form, onSubmit, formError, submitting, done } = useActionForm(taskReportSchema, reportTaskAction, {
    defaultValues: values as never,
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Informacja o zadaniu: ${taskLabel}`} className="mt-3 max-w-xl rounded border border-slate-200 bg-slate-50 p-3">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          Zapisano informację o zadaniu.
        </p>
      )}
      <RadioField form={form} name="status" label="Stan zadania" options={statusOptions} required />
      <TextField narrow form={form} name="notedOn" type="date" min={minDate} max={today} label="Data" hint="Dzień, którego dotyczy notatka." required />
      <TextAreaField form={form} name="note" label="Notatka" hint="Przy statusie „problem” opisz, co się stało." rows={3} />
      <SubmitButton submitting={submitting}>Zapisz informację o zadaniu</SubmitButton>
    </Form>
  );
}
