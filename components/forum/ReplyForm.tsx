'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { postSchema, type PostInput } from '@/lib/forum/schemas';
import { Form } from '@/components/forms/Form';

/** A reply at the end of a thread; the field empties and the new post appears after saving. */
export function ReplyForm({ action, threadId }: { action: (input: PostInput) => Promise<ActionResult<{ id: number }>>; threadId: number }) {
  const router = useRouter();
  const [added, setAdded] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(postSchema, action, {
    defaultValues: { threadId, body: '' },
    onSuccess: () => {
      form.reset({ threadId, body: '' });
      setAdded(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setAdded(false), onSubmit(e))} noValidate aria-label="Odpowiedź w wątku">
      <FormError message={formError} />
      <p role="status" className="mb-3 text-green-900">
        {added ? 'Dodano wpis.' : ''}
      </p>
      <TextAreaField form={form} name="body" label="Twoja odpowiedź" hint="Zwykły tekst; adresy zaczynające się od http:// lub https:// staną się linkami." required rows={6} />
      <SubmitButton submitting={submitting}>Dodaj wpis</SubmitButton>
    </Form>
  );
}
