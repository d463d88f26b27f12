'use client';
import { useRouter } from 'next/navigation';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import { wzkMeetingSchema, type WzkMeetingInput } from '@/lib/wzk/schemas';
import { saveWzkMeetingAction } from '@/app/(app)/wzk/actions';

/** Plans a WZK meeting or edits one; on a conflict the typed values stay in the form. */
export function WzkMeetingForm({ defaults }: { defaults: WzkMeetingInput }) {
  const router = useRouter();
  const editing = !!defaults.meetingId;
  const { form, onSubmit, formError, submitting } = useActionForm(wzkMeetingSchema, saveWzkMeetingAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      router.push(`/wzk/spotkania/${(data as { id: number }).id}`);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={editing ? 'Zmiana spotkania WZK' : 'Planowanie spotkania WZK'} className="max-w-3xl">
      <FormError message={formError} />
      <TextField narrow form={form} name="startsAt" type="datetime-local" label="Data i godzina rozpoczęcia" hint="Czas polski. WZK spotyka się co najmniej raz w kwartale." required />
      <TextField narrow form={form} name="durationMinutes" type="number" min={15} max={480} step={15} label="Czas trwania (minuty)" required />
      <TextField form={form} name="place" label="Miejsce" hint="Np. siedziba ROPS, adres i sala. Jeśli spotkanie jest tylko online, zostaw puste i podaj link." />
      <TextField narrow form={form} name="onlineUrl" type="url" label="Link do spotkania online" hint="Tylko adres zaczynający się od https://." />
      <TextAreaField form={form} name="agenda" label="Porządek spotkania" rows={6} hint="Np. postępy i trudności w pracach PZK, dobre praktyki, planowanie wsparcia. Porządek trafia do kalendarzy uczestników." />
      <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Zaplanuj spotkanie'}</SubmitButton>
    </Form>
  );
}
