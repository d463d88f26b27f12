'use client';
import { useRouter } from 'next/navigation';
import { FormError, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { givePurposeAction } from '@/app/(app)/sprawy/actions';
import { purposeSchema } from '@/lib/cases/schemas';
import { Form } from '@/components/forms/Form';

/** ROPS states why it opens a case; the purpose goes into the audit log with every opening. */
export function PurposeForm({ caseId }: { caseId: number }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(purposeSchema, givePurposeAction, {
    defaultValues: { caseId, purpose: '' } as never,
    onSuccess: () => {
      router.push(`/sprawy/${caseId}`);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Cel dostępu" className="max-w-2xl">
      <FormError message={formError} />
      <TextAreaField form={form} name="purpose" label="Cel dostępu" hint="Np. superwizja pracy z rodziną na wniosek animatora PCPR. Cel zobaczy pracownik kluczowy w dzienniku dostępu." required rows={3} />
      <SubmitButton submitting={submitting}>Otwórz sprawę w celu superwizji</SubmitButton>
    </Form>
  );
}
