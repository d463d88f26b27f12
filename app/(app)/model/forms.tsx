'use client';
import { useRouter } from 'next/navigation';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { CADENCE_LABELS } from '@/lib/model/labels';
import { recurringEditSchema, stepEditSchema, substepEditSchema, type RecurringEditInput, type StepEditInput, type SubstepEditInput } from '@/lib/model/schemas';
import { editRecurringAction, editStepAction, editSubstepAction } from './actions';

export function SubstepForm({ initial, variant }: { initial: SubstepEditInput; variant: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(substepEditSchema, editSubstepAction, {
    defaultValues: initial,
    onSuccess: () => router.push(`/model/${variant}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="name" label="Nazwa podkroku" required />
      <TextAreaField form={form} name="description" label="Opis" rows={4} required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="startMonth" label="Miesiąc rozpoczęcia" hint="Licząc od początku wdrożenia (1 = pierwszy miesiąc)." required />
        <TextField form={form} name="durationMonths" label="Czas trwania (miesiące)" required />
      </div>
      <TextAreaField form={form} name="checklist" label="Lista kontrolna" hint="Jeden punkt w wierszu." rows={6} required />
      <TextField form={form} name="note" label="Opis zmiany (do historii wersji)" />
      <SubmitButton submitting={submitting}>Zapisz jako nową wersję katalogu</SubmitButton>
    </form>
  );
}

export function StepForm({ initial, variant }: { initial: StepEditInput; variant: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(stepEditSchema, editStepAction, {
    defaultValues: initial,
    onSuccess: () => router.push(`/model/${variant}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="name" label="Nazwa kroku" required />
      <TextAreaField form={form} name="description" label="Opis" rows={5} required />
      <TextField form={form} name="note" label="Opis zmiany (do historii wersji)" />
      <SubmitButton submitting={submitting}>Zapisz jako nową wersję katalogu</SubmitButton>
    </form>
  );
}

export function RecurringForm({ initial, variant }: { initial: RecurringEditInput; variant: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(recurringEditSchema, editRecurringAction, {
    defaultValues: initial,
    onSuccess: () => router.push(`/model/${variant}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="name" label="Nazwa zadania" required />
      <TextAreaField form={form} name="description" label="Opis" rows={4} required />
      <SelectField form={form} name="cadence" label="Częstotliwość" options={Object.entries(CADENCE_LABELS).map(([value, label]) => ({ value, label }))} required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="fromMonth" label="Od miesiąca wdrożenia" hint="1 = pierwszy miesiąc; 0 i mniej = przed początkiem." required />
        <TextField form={form} name="toMonth" label="Do miesiąca wdrożenia" required />
      </div>
      <TextField form={form} name="note" label="Opis zmiany (do historii wersji)" />
      <SubmitButton submitting={submitting}>Zapisz jako nową wersję katalogu</SubmitButton>
    </form>
  );
}
