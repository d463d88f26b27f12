'use client';
import { useRouter } from 'next/navigation';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import type { ModelEditMode } from '@/lib/model/edit-mode';
import { CADENCE_LABELS } from '@/lib/model/labels';
import { recurringEditSchema, stepEditSchema, substepEditSchema, type RecurringEditInput, type StepEditInput, type SubstepEditInput } from '@/lib/model/schemas';
import { editRecurringAction, editStepAction, editSubstepAction, proposeRecurringAction, proposeStepAction, proposeSubstepAction } from './actions';
import { Form } from '@/components/forms/Form';

// The national administrator saves a new catalogue version; a ROPS administrator proposes the
// change, and lands on the proposal's page, which says it waits for the national administrator.

type Submit<I> = (input: I) => Promise<ActionResult<{ id: number }>>;

function useAfterSave(mode: ModelEditMode, variant: string) {
  const router = useRouter();
  return (data: { id: number } | undefined) => router.push(mode === 'save' || !data ? `/model/${variant}` : `/admin/propozycje/${data.id}?wyslano=1`);
}

const submitLabel = (mode: ModelEditMode) => (mode === 'save' ? 'Zapisz jako nową wersję katalogu' : 'Zaproponuj zmianę');
const noteLabel = (mode: ModelEditMode) => (mode === 'save' ? 'Opis zmiany (do historii wersji)' : 'Uzasadnienie propozycji (do historii wersji)');

export function SubstepForm({ initial, variant, mode }: { initial: SubstepEditInput; variant: string; mode: ModelEditMode }) {
  const action: Submit<SubstepEditInput> = mode === 'save' ? editSubstepAction : proposeSubstepAction;
  const { form, onSubmit, formError, submitting } = useActionForm(substepEditSchema, action, {
    defaultValues: initial,
    onSuccess: useAfterSave(mode, variant),
  });
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="name" label="Nazwa podkroku" required />
      <TextAreaField form={form} name="description" label="Opis" rows={4} required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="startMonth" label="Miesiąc rozpoczęcia" hint="Licząc od początku wdrożenia (1 = pierwszy miesiąc)." required />
        <TextField form={form} name="durationMonths" label="Czas trwania (miesiące)" required />
      </div>
      <TextAreaField form={form} name="checklist" label="Lista kontrolna" hint="Jeden punkt w wierszu." rows={6} required />
      <TextField form={form} name="note" label={noteLabel(mode)} />
      <SubmitButton submitting={submitting}>{submitLabel(mode)}</SubmitButton>
    </Form>
  );
}

export function StepForm({ initial, variant, mode }: { initial: StepEditInput; variant: string; mode: ModelEditMode }) {
  const action: Submit<StepEditInput> = mode === 'save' ? editStepAction : proposeStepAction;
  const { form, onSubmit, formError, submitting } = useActionForm(stepEditSchema, action, {
    defaultValues: initial,
    onSuccess: useAfterSave(mode, variant),
  });
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="name" label="Nazwa kroku" required />
      <TextAreaField form={form} name="description" label="Opis" rows={5} required />
      <TextField form={form} name="note" label={noteLabel(mode)} />
      <SubmitButton submitting={submitting}>{submitLabel(mode)}</SubmitButton>
    </Form>
  );
}

export function RecurringForm({ initial, variant, mode }: { initial: RecurringEditInput; variant: string; mode: ModelEditMode }) {
  const action: Submit<RecurringEditInput> = mode === 'save' ? editRecurringAction : proposeRecurringAction;
  const { form, onSubmit, formError, submitting } = useActionForm(recurringEditSchema, action, {
    defaultValues: initial,
    onSuccess: useAfterSave(mode, variant),
  });
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="name" label="Nazwa zadania" required />
      <TextAreaField form={form} name="description" label="Opis" rows={4} required />
      <SelectField form={form} name="cadence" label="Częstotliwość" options={Object.entries(CADENCE_LABELS).map(([value, label]) => ({ value, label }))} required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="fromMonth" label="Od miesiąca wdrożenia" hint="1 = pierwszy miesiąc; 0 i mniej = przed początkiem." required />
        <TextField form={form} name="toMonth" label="Do miesiąca wdrożenia" required />
      </div>
      <TextField form={form} name="note" label={noteLabel(mode)} />
      <SubmitButton submitting={submitting}>{submitLabel(mode)}</SubmitButton>
    </Form>
  );
}
