'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SubmitButton, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { newIppSchema } from '@/lib/cases/ipp-schemas';
import { PZK_ATTENDANCE } from '@/lib/cases/vocabulary';
import { formatDate } from '@/lib/text';
import { createNextIppAction } from './actions';
import { Form } from '@/components/forms/Form';

/** Starts the next IPP: its period and the family's decision; the goals follow on the IPP's page. */
export function NewIppForm({
  caseId,
  sequence,
  continuesFrom,
  caseEnd,
  defaults,
}: {
  caseId: number;
  sequence: number;
  continuesFrom: number | null;
  caseEnd: string | null;
  defaults: { startsOn: string; endsOn: string; pzkAttendance: string };
}) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(newIppSchema, createNextIppAction, {
    defaultValues: { caseId, ...defaults } as never,
    onSuccess: (data) => router.push(`/sprawy/${caseId}/ipp/${(data as { id: number }).id}`),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Nowy IPP ${sequence}`} className="max-w-2xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      <p className="mb-3 text-sm text-slate-700">
        {continuesFrom
          ? `IPP ${sequence} przejmie cele i zadania IPP ${continuesFrom} (te same cele — monitoring i wykres postępów trwają dalej); wartości na początku — z ostatniego spotkania monitorującego. Zaczyna się najwcześniej dzień po zakończeniu IPP ${continuesFrom}.`
          : 'Pierwszy IPP zaczyna się bez celów — dodasz je na następnej stronie: cele poszczególnych osób i cele całej rodziny (cel rodzinny).'}
      </p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="startsOn" type="date" label="Początek IPP" required />
        <TextField form={form} name="endsOn" type="date" label="Koniec IPP" required hint={`Najwyżej 3 miesiące (np. 01.01–31.03).${caseEnd ? ` Praca z rodziną trwa do ${formatDate(caseEnd)}.` : ''}`} />
      </div>
      <RadioField form={form} name="pzkAttendance" label="Decyzja rodziny o udziale w spotkaniach PZK" required options={Object.entries(PZK_ATTENDANCE).map(([value, label]) => ({ value, label }))} />
      <SubmitButton submitting={submitting}>Rozpocznij IPP {sequence}</SubmitButton>
    </Form>
  );
}
