'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Form } from '@/components/forms/Form';
import { CheckboxGroup, FormError, SubmitButton, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { sendInvitationsAction } from '@/app/(app)/kalendarz/wydarzenia/actions';
import { count, WORDS } from '@/lib/plural';
import { invitationSchema } from '@/lib/events/schemas';

/** ROPS picks institutions of the registry (with an e-mail) and sends them an invitation with the event's link. */
export function InvitationForm({ eventId, institutions }: { eventId: number; institutions: Option[] }) {
  const router = useRouter();
  const [sent, setSent] = useState<string | null>(null);
  const defaults = { eventId, institutionIds: [] as string[] };
  const { form, onSubmit, formError, submitting } = useActionForm(invitationSchema, sendInvitationsAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      const r = data as { sent: number };
      setSent(`Wysłano zaproszenia: ${count(r.sent, WORDS.institutionAcc)}.`);
      form.reset(defaults);
      router.refresh();
    },
  });
  if (!institutions.length) return <p>Wszystkie instytucje rejestru z adresem e-mail są już zaproszone (albo żadna nie ma adresu e-mail).</p>;
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Zaproszenia instytucji" className="max-w-3xl">
      <FormError message={formError} />
      {sent && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          {sent}
        </p>
      )}
      <CheckboxGroup form={form} name="institutionIds" legend="Instytucje z rejestru województwa" hint="Każda instytucja dostanie jedno zaproszenie na swój adres e-mail." options={institutions} />
      <SubmitButton submitting={submitting}>Wyślij zaproszenia</SubmitButton>
    </Form>
  );
}
