'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TaskStatus } from '@/db/schema';
import { ippCovering, monitoringSchema, NO_IPP_FOR_DATE } from '@/lib/cases/monitoring-schemas';
import { TASK_STATUS_LABELS } from '@/lib/cases/vocabulary';
import { formatDate } from '@/lib/text';
import { recordMonitoringAction } from './actions';
import { Form } from '@/components/forms/Form';

export interface FormTask {
  key: string;
  description: string;
  who: string;
  dueOn: string;
}
export interface FormGoal {
  key: string;
  title: string;
  memberLabel: string;
  baseline: number;
  target: number;
  tasks: FormTask[];
}
export interface FormIpp {
  id: number;
  sequence: number;
  startsOn: string;
  endsOn: string;
  goals: FormGoal[];
}

const statusOptions = Object.entries(TASK_STATUS_LABELS).map(([value, label]) => ({ value, label }));
const period = (i: FormIpp) => `IPP nr ${i.sequence} (${formatDate(i.startsOn)} – ${formatDate(i.endsOn)})`;

/**
 * The monthly monitoring meeting. The date picks the IPP whose period contains it; the form then
 * asks for a scale per goal of that IPP and a status per task, prefilled with the latest status.
 */
export function MonitoringForm({
  caseId,
  ipps,
  latestStatuses,
  defaultDate,
  minDate,
  maxDate,
}: {
  caseId: number;
  ipps: FormIpp[];
  latestStatuses: Record<string, TaskStatus>;
  defaultDate: string;
  minDate: string;
  maxDate: string;
}) {
  const router = useRouter();
  const valuesFor = (ipp: FormIpp | undefined) => ({
    scales: (ipp?.goals ?? []).map((g) => ({ goalKey: g.key, value: '' })),
    taskStatuses: (ipp?.goals ?? []).flatMap((g) => g.tasks.map((t) => ({ taskKey: t.key, status: latestStatuses[t.key] ?? 'planned' }))),
  });
  const initial = ippCovering(ipps, defaultDate);
  const blank = (heldOn: string) => ({ caseId, heldOn, satisfaction: '', notes: '', ...valuesFor(ippCovering(ipps, heldOn)) });
  const [shownId, setShownId] = useState<number | null>(initial?.id ?? null);
  const { form, onSubmit, formError, submitting, done } = useActionForm(monitoringSchema, recordMonitoringAction, {
    defaultValues: blank(defaultDate) as never,
    onSuccess: () => {
      form.reset(blank(form.getValues('heldOn') as string) as never);
      router.refresh();
    },
  });
  const heldOn = (form.watch('heldOn') as string | undefined) ?? '';
  const covering = ippCovering(ipps, heldOn);
  // A new date may fall in another IPP: its goals and tasks replace the fields.
  useEffect(() => {
    const id = covering?.id ?? null;
    if (id === shownId) return;
    setShownId(id);
    const v = valuesFor(covering);
    form.setValue('scales', v.scales as never);
    form.setValue('taskStatuses', v.taskStatuses as never);
  }, [covering?.id]);
  const ipp = ipps.find((i) => i.id === shownId);
  let taskIndex = 0;
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Nowe spotkanie monitorujące" className="max-w-3xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          Zapisano spotkanie monitorujące.
        </p>
      )}
      <TextField
        narrow
        form={form}
        name="heldOn"
        type="date"
        min={minDate}
        max={maxDate}
        label="Data spotkania"
        hint="Spotkanie z rodziną co najmniej raz w miesiącu. Data wskazuje IPP, którego cele oceniacie."
        required
      />
      <p aria-live="polite" className={`mb-4 rounded border p-3 ${ipp ? 'border-slate-300 bg-slate-50' : 'border-amber-700 bg-amber-50'}`}>
        {ipp
          ? `Spotkanie dotyczy celów ${period(ipp)}.`
          : `${NO_IPP_FOR_DATE}. ${ipps.length ? `Wybierz datę w okresie jednego z programów: ${ipps.map(period).join('; ')}.` : 'Najpierw zapisz IPP.'}`}
      </p>
      {ipp && (
        <fieldset className="mb-4">
          <legend className="mb-1 text-lg font-semibold">Skala dla każdego celu (0–10)</legend>
          <p className="mb-3 text-sm text-slate-700">0 — sytuacja najtrudniejsza, 10 — cel w pełni osiągnięty. Ocenę ustalcie razem z rodziną.</p>
          {ipp.goals.map((g, i) => (
            <div key={g.key}>
              <input type="hidden" {...form.register(`scales.${i}.goalKey` as never)} />
              <TextField
                narrow
                form={form}
                name={`scales.${i}.value` as never}
                type="number"
                min={0}
                max={10}
                step={1}
                label={`Skala: ${g.title} (${g.memberLabel})`}
                hint={`Punkt wyjścia ${g.baseline}, cel ${g.target}.`}
                required
              />
            </div>
          ))}
        </fieldset>
      )}
      <TextField
        narrow
        form={form}
        name="satisfaction"
        type="number"
        min={0}
        max={10}
        step={1}
        label="Zadowolenie rodziny ze zmian (0–10)"
        hint="0 — rodzina wcale nie jest zadowolona ze zmian, 10 — w pełni zadowolona."
        required
      />
      {ipp && ipp.goals.some((g) => g.tasks.length) && (
        <fieldset className="mb-4">
          <legend className="mb-1 text-lg font-semibold">Stan zadań</legend>
          <p className="mb-3 text-sm text-slate-700">Podpowiadamy stan zapisany na poprzednim spotkaniu.</p>
          {ipp.goals
            .filter((g) => g.tasks.length)
            .map((g) => (
              <fieldset key={g.key} className="mb-3 border-l-4 border-slate-200 pl-3">
                <legend className="font-medium">
                  Zadania celu: {g.title} ({g.memberLabel})
                </legend>
                {g.tasks.map((t) => {
                  const j = taskIndex++;
                  return (
                    <div key={t.key}>
                      <input type="hidden" {...form.register(`taskStatuses.${j}.taskKey` as never)} />
                      <SelectField
                        form={form}
                        name={`taskStatuses.${j}.status` as never}
                        label={`Stan zadania: ${t.description}`}
                        hint={`Realizuje: ${t.who || '—'}${t.dueOn ? `, termin ${formatDate(t.dueOn)}` : ''}.`}
                        options={statusOptions}
                        required
                      />
                    </div>
                  );
                })}
              </fieldset>
            ))}
        </fieldset>
      )}
      <TextAreaField form={form} name="notes" label="Notatki ze spotkania" hint="Ustalenia i zmiany w sytuacji rodziny." rows={4} />
      <SubmitButton submitting={submitting}>Zapisz spotkanie monitorujące</SubmitButton>
    </Form>
  );
}
