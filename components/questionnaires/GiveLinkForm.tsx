'use client';
import { useState } from 'react';
import { FormError, SubmitButton } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { giveLinkAction } from '@/app/(app)/ewaluacja/[implementationId]/ankiety/actions';
import { giveSchema } from '@/lib/questionnaires/schemas';

/** "Utwórz link": a new one-answer link; its address is shown this once (only its hash is kept). */
export function GiveLinkForm({ implementationId, templateId, title }: { implementationId: number; templateId: number; title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const { onSubmit, formError, submitting } = useActionForm(giveSchema, giveLinkAction, {
    defaultValues: { implementationId, templateId },
    onSuccess: (data) => setUrl((data as { url: string }).url),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Nowy link: ${title}`}>
      <FormError message={formError} />
      <SubmitButton submitting={submitting}>Utwórz link do ankiety</SubmitButton>
      {url && (
        <div role="status" className="mt-3 rounded border border-green-800 bg-green-50 p-3 text-green-900">
          <p className="mb-1 font-medium">Link (jedna odpowiedź) — skopiuj go teraz, później nie będzie widoczny:</p>
          <p className="break-all font-mono text-sm">
            <a href={url} className="underline">
              {url}
            </a>
          </p>
          <p className="mt-1 text-sm">Możesz go wysłać SMS-em lub e-mailem albo wydrukować jako kod QR. Nie dopisuj do niego danych rodziny.</p>
        </div>
      )}
    </form>
  );
}
