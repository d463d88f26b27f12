'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { saveTrainingAction } from '@/app/(app)/szkola/actions';
import { TRAINING_KINDS, TRAINING_LIMITS, TRAINING_STEPS, trainingSchema, type TrainingInput } from '@/lib/school/training-schemas';
import { Form } from '@/components/forms/Form';

/** Records a training or edits one; a basic training names the implementation and step it serves. */
export function TrainingForm({ defaults, implementations }: { defaults: TrainingInput; implementations: Option[] }) {
  const router = useRouter();
  const editing = !!defaults.trainingId;
  const { form, onSubmit, formError, submitting } = useActionForm(trainingSchema, saveTrainingAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      const id = (data as { id: number }).id;
      router.push(`/szkola/szkolenia/${id}`);
      router.refresh();
    },
  });
  const basic = form.watch('kind') === 'basic';
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={editing ? 'Zmiana szkolenia' : 'Nowe szkolenie'} className="max-w-3xl">
      <FormError message={formError} />
      <RadioField form={form} name="kind" label="Rodzaj szkolenia" required options={Object.entries(TRAINING_KINDS).map(([value, label]) => ({ value, label }))} />
      <TextField form={form} name="topic" label="Temat" required />
      <TextField narrow form={form} name="heldOn" type="date" label="Data szkolenia" required />
      <TextField narrow form={form} name="hours" label="Liczba godzin dydaktycznych" hint={`Np. 8 albo 1,5 (z dokładnością do pół godziny, najwyżej ${TRAINING_LIMITS.maxHours}). Raporty z ewaluacji sumują godziny i uczestników.`} />
      <TextField form={form} name="place" label="Miejsce" hint="Np. siedziba ROPS albo gmina wdrażająca Model — adres i sala." required />
      <TextField form={form} name="trainer" label="Prowadzący" hint="Doradca lub pracownik ROPS, informatyk." required />
      <TextAreaField form={form} name="description" label="Opis" rows={4} />
      {basic && (
        <fieldset className="mb-4 rounded border border-slate-300 p-3">
          <legend className="px-1 text-lg font-semibold">Harmonogram wdrożenia</legend>
          <p className="mb-3 text-sm text-slate-700">
            Po zamknięciu listy obecności szkolenie podstawowe oznaczy wybrany krok jako wykonany we wszystkich gminach wdrożenia, a uczestnicy otrzymają zaświadczenia.
          </p>
          {implementations.length ? (
            <SelectField form={form} name="implementationId" label="Wdrożenie" hint="Przyjęte wdrożenia województwa: powiat i gminy." required options={implementations} />
          ) : (
            <p className="mb-4 text-slate-700">W województwie nie ma jeszcze przyjętych wdrożeń.</p>
          )}
          <RadioField form={form} name="step" label="Krok harmonogramu" required options={Object.entries(TRAINING_STEPS).map(([value, label]) => ({ value, label }))} />
        </fieldset>
      )}
      <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Dodaj szkolenie'}</SubmitButton>
    </Form>
  );
}
