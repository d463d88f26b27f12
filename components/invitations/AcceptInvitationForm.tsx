'use client';
import { useRouter } from 'next/navigation';
import { FormError, SubmitButton, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { acceptInvitationSchema, type AcceptInvitationInput } from '@/lib/accounts/invitation-schemas';

/** The invited person confirms their name and sets a password (the same rules as every account). */
export function AcceptInvitationForm({ token, name, email, action }: { token: string; name: string; email: string; action: (input: AcceptInvitationInput) => Promise<ActionResult<{ email: string }>> }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(acceptInvitationSchema, action, {
    defaultValues: { token, name, password: '', passwordConfirm: '' },
    onSuccess: () => router.push(`/zaproszenie/${token}/przyjete`),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-labelledby="konto-h">
      <h2 id="konto-h" className="mb-3 text-lg font-semibold">
        Załóż konto
      </h2>
      <FormError message={formError} />
      <fieldset className="mb-4">
        <legend className="mb-3 font-medium">Twoje dane</legend>
        <p className="mb-3 text-slate-700">
          Adres e-mail (login): <strong>{email}</strong>
        </p>
        <TextField form={form} name="name" label="Imię i nazwisko" autoComplete="name" required />
        <TextField form={form} name="password" label="Hasło" type="password" autoComplete="new-password" hint="Co najmniej 10 znaków." required />
        <TextField form={form} name="passwordConfirm" label="Powtórz hasło" type="password" autoComplete="new-password" required />
      </fieldset>
      <SubmitButton submitting={submitting}>Ustaw hasło i załóż konto</SubmitButton>
    </Form>
  );
}
