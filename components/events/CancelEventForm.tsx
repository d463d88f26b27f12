'use client';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { FormError, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { cancelEventAction } from '@/app/(app)/kalendarz/wydarzenia/actions';
import { eventCancelSchema } from '@/lib/events/schemas';

/** ROPS cancels an event that has not started; the reason goes by e-mail to everyone registered or waiting. */
export function CancelEventForm({ eventId, version, registered }: { eventId: number; version: number; registered: number }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(eventCancelSchema, cancelEventAction, {
    defaultValues: { eventId, version, reason: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Odwołanie wydarzenia" className="max-w-3xl">
      <FormError message={formError} />
      <TextAreaField
        form={form}
        name="reason"
        label="Powód odwołania"
        hint={registered > 0 ? 'Trafi w wiadomości e-mail do wszystkich osób zapisanych i z listy rezerwowej.' : 'Nikt się jeszcze nie zapisał — powód zostanie w dzienniku zdarzeń.'}
        required
        rows={3}
      />
      <SubmitButton submitting={submitting}>Odwołaj wydarzenie</SubmitButton>
    </Form>
  );
}
