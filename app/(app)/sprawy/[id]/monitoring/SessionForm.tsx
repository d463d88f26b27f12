'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { sessionSchema } from '@/lib/cases/monitoring-schemas';
import { SESSION_KINDS } from '@/lib/cases/vocabulary';
import { recordSessionAction } from './actions';
import { Form } from '@/components/forms/Form';

const kindOptions = Object.entries(SESSION_KINDS).map(([value, label]) => ({ value, label }));

/** A diagnostic-evaluation workshop, a team review of the IPP or a supervision session. */
export function SessionForm({ caseId, today, minDate, ipps, meetings }: { caseId: number; today: string; minDate: string; ipps: Option[]; meetings: Option[] }) {
  const router = useRouter();
  const blank = { caseId, kind: '', heldOn: today, ippId: '', meetingId: '', participants: '', notes: '' };
  const { form, onSubmit, formError, submitting, done } = useActionForm(sessionSchema, recordSessionAction, {
    defaultValues: blank as never,
    onSuccess: () => {
      form.reset(blank as never);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Nowy warsztat, przegląd IPP lub superwizja" className="max-w-3xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          Zapisano.
        </p>
      )}
      <RadioField form={form} name="kind" label="Rodzaj spotkania" options={kindOptions} required />
      <TextField narrow form={form} name="heldOn" type="date" min={minDate} max={today} label="Data" required />
      <SelectField form={form} name="ippId" label="Dotyczy IPP (opcjonalnie)" options={ipps} placeholder="— bez wskazania IPP —" hint="Przegląd przez zespół dotyczy zwykle bieżącego IPP." />
      <SelectField form={form} name="meetingId" label="Spotkanie PZK (opcjonalnie)" options={meetings} placeholder="— poza spotkaniem PZK —" hint="Jeśli odbyło się w trakcie spotkania Partnerskiego Zespołu Kooperacji." />
      <TextAreaField form={form} name="participants" label="Uczestnicy" rows={2} required />
      <TextAreaField form={form} name="notes" label="Notatki" rows={3} />
      <SubmitButton submitting={submitting}>Zapisz warsztat, przegląd lub superwizję</SubmitButton>
    </Form>
  );
}
