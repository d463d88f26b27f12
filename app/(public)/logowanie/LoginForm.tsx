'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormError, SubmitButton, TextField } from '@/components/forms/fields';
import { INVALID_SUMMARY } from '@/components/forms/use-action-form';
import { loginSchema } from '@/lib/accounts/schemas';
import { loginErrorMessage } from '@/lib/accounts/login-messages';
import { Form } from '@/components/forms/Form';

type LoginInput = z.input<typeof loginSchema>;

/** `returnTo` is already a safe path on this site (lib/auth/return-path.ts). */
export function LoginForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema), mode: 'onSubmit', reValidateMode: 'onChange' });
  const [error, setError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
    if (res?.ok && !res.error) {
      router.push(returnTo);
      router.refresh();
      return;
    }
    setError(loginErrorMessage(res?.error ?? 'INVALID'));
  }, () => setError(INVALID_SUMMARY));
  return (
    <Form onSubmit={onSubmit} noValidate aria-describedby={error ? 'blad-logowania' : undefined}>
      <div id="blad-logowania">
        <FormError message={error} />
      </div>
      <TextField form={form} name="email" label="Adres e-mail" type="email" autoComplete="username" required />
      <TextField form={form} name="password" label="Hasło" type="password" autoComplete="current-password" required />
      <SubmitButton submitting={form.formState.isSubmitting}>Zaloguj się</SubmitButton>
      <p className="mt-6 text-sm">
        Nie masz konta?{' '}
        <Link href="/rejestracja" className="text-brand-800 underline">
          Złóż wniosek o konto
        </Link>
      </p>
    </Form>
  );
}
