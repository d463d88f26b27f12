'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SubmitButton } from '@/components/forms/fields';
import { oversizedFileErrors, withFileSizeError } from '@/components/forms/file-size';
import { INVALID_SUMMARY } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { Form } from '@/components/forms/Form';

type Attach = (formData: FormData) => Promise<ActionResult<unknown>>;
type Detach = (input: { materialId: number; fileId: string }) => Promise<ActionResult<unknown>>;

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString('pl-PL')} KB`;

/** The files of a material on its edit page: the list with "Usuń" buttons and the upload form. */
export function MaterialFiles({ materialId, files, attach, detach }: { materialId: number; files: { fileId: string; title: string; name: string; size: number }[]; attach: Attach; detach: Detach }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div>
      {status && (
        <p role="status" className="mb-2 text-green-900">
          {status}
        </p>
      )}
      {files.length === 0 ? (
        <p className="mb-4">Do materiału nie dołączono jeszcze plików.</p>
      ) : (
        <ul className="mb-4 space-y-2">
          {files.map((f) => (
            <li key={f.fileId} className="flex flex-wrap items-center gap-3">
              <span>
                {f.title} <span className="text-sm text-slate-600">({f.name}, {kb(f.size)})</span>
              </span>
              <button
                type="button"
                className="rounded border border-red-800 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50"
                onClick={async () => {
                  const r = await callAction(() => detach({ materialId, fileId: f.fileId }));
                  if (!r.ok) return setError(r.message);
                  setError(null);
                  setStatus(`Usunięto plik „${f.title}”.`);
                  router.refresh();
                }}
              >
                Usuń plik<span className="sr-only"> „{f.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Form
        aria-label="Dołączanie pliku do materiału"
        className="rounded border border-slate-200 bg-slate-50 p-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const formEl = e.currentTarget;
          const tooLarge = oversizedFileErrors(formEl);
          if (tooLarge) {
            setError(INVALID_SUMMARY);
            setFieldErrors(tooLarge);
            return document.getElementById('mf-file')?.focus();
          }
          setBusy(true);
          const r = await callAction(() => attach(new FormData(formEl)));
          setBusy(false);
          if (r.ok) {
            formEl.reset();
            setError(null);
            setFieldErrors({});
            setStatus('Dołączono plik.');
            router.refresh();
          } else {
            setError(r.message);
            setFieldErrors(r.fieldErrors ?? {});
          }
        }}
      >
        <FormError message={error} />
        <input type="hidden" name="materialId" value={materialId} />
        <div className="mb-3">
          <label htmlFor="mf-title" className="block font-medium">
            Nazwa pliku na liście <span className="text-red-800">*</span>
          </label>
          <input id="mf-title" name="title" required maxLength={300} className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2" aria-invalid={fieldErrors.title ? true : undefined} aria-describedby={fieldErrors.title ? 'mf-title-e' : undefined} />
          {fieldErrors.title && (
            <p id="mf-title-e" className="text-sm text-red-800">
              {fieldErrors.title.join(' ')}
            </p>
          )}
        </div>
        <div className="mb-3">
          <label htmlFor="mf-file" className="block font-medium">
            Plik (PDF, JPEG lub PNG, do 10 MB) <span className="text-red-800">*</span>
          </label>
          <input id="mf-file" name="file" type="file" accept="application/pdf,image/jpeg,image/png" required className="mt-1 block" aria-invalid={fieldErrors.file ? true : undefined} aria-describedby={fieldErrors.file ? 'mf-file-e' : undefined} onChange={(e) => setFieldErrors(withFileSizeError(e.currentTarget))} />
          {fieldErrors.file && (
            <p id="mf-file-e" className="text-sm text-red-800">
              {fieldErrors.file.join(' ')}
            </p>
          )}
        </div>
        <SubmitButton submitting={busy}>Dołącz plik</SubmitButton>
      </Form>
    </div>
  );
}
