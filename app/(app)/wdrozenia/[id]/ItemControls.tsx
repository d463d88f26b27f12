'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { oversizedFileErrors, withFileSizeError } from '@/components/forms/file-size';
import { INVALID_SUMMARY, useActionForm } from '@/components/forms/use-action-form';
import { itemStatusSchema, type ItemStatusInput } from '@/lib/implementations/schemas';
import { ITEM_STATUS_LABELS } from '@/lib/model/labels';
import { addEvidenceAction, setOccurrenceAction, toggleCheckAction, updateItemStatusAction } from '../actions';
import { Form } from '@/components/forms/Form';

/** One checklist item: a checkbox that saves as soon as it is ticked. */
export function CheckItem({ itemId, checklistItemId, text, done, disabled }: { itemId: number; checklistItemId: number; text: string; done: boolean; disabled: boolean }) {
  const router = useRouter();
  const [checked, setChecked] = useState(done);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <li>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 h-5 w-5 shrink-0"
          checked={checked}
          disabled={disabled || busy}
          onChange={async (e) => {
            const next = e.target.checked;
            setChecked(next);
            setBusy(true);
            const res = await callAction(() => toggleCheckAction({ itemId, checklistItemId, done: next }));
            setBusy(false);
            if (!res.ok) {
              setChecked(!next);
              setError(res.message);
            } else router.refresh();
          }}
        />
        <span>{text}</span>
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </li>
  );
}

export function StatusForm({ initial, code }: { initial: ItemStatusInput; code: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, done, submitting } = useActionForm(itemStatusSchema, updateItemStatusAction, {
    defaultValues: initial,
    onSuccess: (data) => {
      const row = data as { version: number } | undefined;
      if (row) form.setValue('version', row.version);
      router.refresh();
    },
  });
  const status = form.watch('status');
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Stan podkroku ${code}`} className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-2 text-green-900">
          Zapisano.
        </p>
      )}
      <SelectField form={form} name="status" label="Stan" options={Object.entries(ITEM_STATUS_LABELS).map(([value, label]) => ({ value, label }))} placeholder="— wybierz —" required />
      {status === 'not_applicable' && <TextAreaField form={form} name="naReason" label="Dlaczego nie dotyczy" rows={2} required />}
      <TextAreaField form={form} name="outOfOrderReason" label="Powód pracy poza kolejnością (jeśli wcześniejszy etap nie jest zakończony)" rows={2} />
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField form={form} name="actualStart" label="Data rozpoczęcia" type="date" />
        <TextField form={form} name="actualEnd" label="Data wykonania" type="date" />
      </div>
      <TextAreaField form={form} name="notes" label="Uwagi" rows={2} />
      <SubmitButton submitting={submitting}>Zapisz stan podkroku {code}</SubmitButton>
    </Form>
  );
}

export function EvidenceForm({ itemId, code }: { itemId: number; code: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  return (
    <Form
      className="mt-2 rounded border border-slate-200 bg-slate-50 p-3"
      aria-label={`Dowód wykonania podkroku ${code}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const formEl = e.currentTarget;
        const tooLarge = oversizedFileErrors(formEl);
        if (tooLarge) {
          setError(INVALID_SUMMARY);
          setFieldErrors(tooLarge);
          return document.getElementById(`ev-file-${itemId}`)?.focus();
        }
        setBusy(true);
        const res = await callAction(() => addEvidenceAction(new FormData(formEl)));
        setBusy(false);
        if (res.ok) {
          formEl.reset();
          setError(null);
          setFieldErrors({});
          router.refresh();
        } else {
          setError(res.message);
          setFieldErrors(res.fieldErrors ?? {});
        }
      }}
    >
      <FormError message={error} />
      <input type="hidden" name="itemId" value={itemId} />
      <div className="mb-3">
        <label htmlFor={`ev-title-${itemId}`} className="block font-medium">
          Nazwa dowodu <span className="text-red-800">*</span>
        </label>
        <input id={`ev-title-${itemId}`} name="title" required maxLength={300} className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2" aria-invalid={fieldErrors.title ? true : undefined} aria-describedby={fieldErrors.title ? `ev-title-${itemId}-e` : undefined} />
        {fieldErrors.title && (
          <p id={`ev-title-${itemId}-e`} className="text-sm text-red-800">
            {fieldErrors.title.join(' ')}
          </p>
        )}
      </div>
      <div className="mb-3">
        <label htmlFor={`ev-file-${itemId}`} className="block font-medium">
          Plik (PDF, JPEG lub PNG, do 10 MB) <span className="text-red-800">*</span>
        </label>
        <input id={`ev-file-${itemId}`} name="file" type="file" accept="application/pdf,image/jpeg,image/png" required className="mt-1 block" aria-invalid={fieldErrors.file ? true : undefined} aria-describedby={fieldErrors.file ? `ev-file-${itemId}-e` : undefined} onChange={(e) => setFieldErrors(withFileSizeError(e.currentTarget))} />
        {fieldErrors.file && (
          <p id={`ev-file-${itemId}-e`} className="text-sm text-red-800">
            {fieldErrors.file.join(' ')}
          </p>
        )}
      </div>
      <SubmitButton submitting={busy}>Dołącz dowód</SubmitButton>
    </Form>
  );
}

export function OccurrenceToggle({ occurrenceId, done, label, disabled }: { occurrenceId: number; done: boolean; label: string; disabled: boolean }) {
  const router = useRouter();
  const [checked, setChecked] = useState(done);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={checked}
          disabled={disabled}
          onChange={async (e) => {
            const next = e.target.checked;
            setChecked(next);
            const res = await callAction(() => setOccurrenceAction({ occurrenceId, done: next }));
            if (!res.ok) {
              setChecked(!next);
              setError(res.message);
            } else router.refresh();
          }}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}
