'use client';
import { FormError, SubmitButton, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { changePasswordSchema } from '@/lib/accounts/schemas';
import { changePasswordAction } from './actions';
import { Form } from '@/components/forms/Form';

export function ChangePasswordForm() {
  const { form, onSubmit, formError, submitting } = useActionForm(changePasswordSchema, changePasswordAction, {
    // Every session has ended, this one too: sign in again with the new password.
    onSuccess: () => window.location.assign('/logowanie?haslo=zmienione'),
  });
  return (
    <Form onSubmit={onSubmit} noValidate className="rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      <p className="mb-3 text-sm text-slate-700">Po zmianie hasła wszystkie sesje — także ta — zostaną zakończone.</p>
      <TextField form={form} name="currentPassword" label="Obecne hasło" type="password" autoComplete="current-password" required />
      <TextField form={form} name="password" label="Nowe hasło" type="password" autoComplete="new-password" hint="Co najmniej 10 znaków." required />
      <TextField form={form} name="passwordConfirm" label="Powtórz nowe hasło" type="password" autoComplete="new-password" required />
      <SubmitButton submitting={submitting}>Zmień hasło</SubmitButton>
    </Form>
  );
}
