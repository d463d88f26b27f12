'use client';
import { useRouter } from 'next/navigation';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { FORUM_LIMITS, threadSchema, type ThreadInput } from '@/lib/forum/schemas';
import { Form } from '@/components/forms/Form';
import { count, WORDS } from '@/lib/plural';

/** A new thread with its first post; on success the thread opens. */
export function ThreadForm({ action, basePath }: { action: (input: ThreadInput) => Promise<ActionResult<{ id: number }>>; basePath: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(threadSchema, action, {
    defaultValues: { title: '', body: '' },
    onSuccess: (data) => router.push(`${basePath}/${data!.id}`),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Nowy wątek">
      <FormError message={formError} />
      <TextField form={form} name="title" label="Tytuł" hint={`Maksymalnie ${count(FORUM_LIMITS.title, WORDS.char)}.`} required />
      <TextAreaField form={form} name="body" label="Treść" hint="Zwykły tekst; adresy zaczynające się od http:// lub https:// staną się linkami." required rows={8} />
      <SubmitButton submitting={submitting}>Opublikuj wątek</SubmitButton>
    </Form>
  );
}
