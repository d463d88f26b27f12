'use client';
import { useRouter } from 'next/navigation';
import { FormError, RadioField, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { reviewSchema } from '@/lib/implementations/schemas';
import { reviewNotificationAction } from './actions';
import { Form } from '@/components/forms/Form';

export function ReviewForm({ id, version }: { id: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(reviewSchema, reviewNotificationAction, {
    defaultValues: { id, version, decision: undefined, comment: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-2xl rounded border border-slate-300 bg-white p-4">
      <FormError message={formError} />
      <RadioField
        form={form}
        name="decision"
        label="Decyzja ROPS"
        required
        options={[
          { value: 'accept', label: 'Przyjmij zgłoszenie i utwórz harmonogramy wdrożenia' },
          { value: 'return', label: 'Zwróć do poprawy z komentarzem' },
        ]}
      />
      <TextAreaField form={form} name="comment" label="Komentarz dla animatora PCPR" hint="Wymagany przy zwrocie." rows={3} />
      <SubmitButton submitting={submitting}>Zapisz decyzję</SubmitButton>
    </Form>
  );
}
