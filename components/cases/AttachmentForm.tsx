'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SubmitButton } from '@/components/forms/fields';
import { FileFormField, fileFormInputClass, useFileForm } from '@/components/forms/file-form';
import { Form } from '@/components/forms/Form';
import { addAttachmentAction, removeAttachmentAction } from '@/app/(app)/sprawy/[id]/akta/actions';
import { count, WORDS } from '@/lib/plural';
import { ATTACHMENT_KIND_KEYS, ATTACHMENT_KINDS, DESCRIPTION_MAX } from '@/lib/cases/attachment-schemas';

const inputClass = fileFormInputClass;
const Field = FileFormField;

/** Adds a paper to the case files (posted as FormData with the file). */
export function AttachmentForm({ caseId, today, steps, defaultKind, defaultStep }: { caseId: number; today: string; steps: { value: string; label: string }[]; defaultKind?: string; defaultStep?: string }) {
  const { base, error, fieldErrors, busy, saved, field: f, onSubmit, onFileChange } = useFileForm(addAttachmentAction);
  return (
    <Form
      noValidate
      aria-label="Nowy dokument w aktach sprawy"
      className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={onSubmit}
    >
      <FormError message={error} />
      {saved && (
        <p role="status" className="mb-3 text-green-900">
          Dodano dokument do akt sprawy.
        </p>
      )}
      <input type="hidden" name="caseId" value={caseId} />
      <Field id={`${base}-kind`} label="Rodzaj dokumentu" required error={fieldErrors.kind}>
        <select {...f('kind')} defaultValue={defaultKind ?? ''} className={inputClass} aria-required>
          <option value="">— wybierz —</option>
          {ATTACHMENT_KIND_KEYS.map((k) => (
            <option key={k} value={k}>
              {ATTACHMENT_KINDS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${base}-documentDate`} label="Data dokumentu" hint="Dzień podpisania lub sporządzenia dokumentu — nie później niż dziś." required error={fieldErrors.documentDate}>
        <input {...f('documentDate', true)} type="date" max={today} className={`${inputClass} max-w-xs`} aria-required />
      </Field>
      <Field id={`${base}-step`} label="Dotyczy" hint="Podpisana zgoda — wybierz zgodę; podpisany IPP lub kontrakt — wybierz IPP. Dokument pojawi się przy tym etapie." error={fieldErrors.step}>
        <select {...f('step', true)} defaultValue={defaultStep ?? ''} className={inputClass}>
          <option value="">— całej sprawy —</option>
          {steps.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${base}-description`} label="Opis" hint={`Np. „Opinia pedagoga szkolnego”. Najwyżej ${count(DESCRIPTION_MAX, WORDS.char)}.`} error={fieldErrors.description}>
        <input {...f('description', true)} maxLength={DESCRIPTION_MAX} className={inputClass} />
      </Field>
      <Field id={`${base}-file`} label="Plik (PDF, JPEG lub PNG, do 10 MB)" hint="Sprawdzamy zawartość pliku, nie jego nazwę." required error={fieldErrors.file}>
        <input {...f('file', true)} type="file" accept="application/pdf,image/jpeg,image/png" className="mt-1 block max-w-full" aria-required onChange={onFileChange} />
      </Field>
      <SubmitButton submitting={busy}>Dodaj do akt</SubmitButton>
    </Form>
  );
}

/** Removes a paper and its file after a confirmation. */
export function RemoveAttachmentButton({ caseId, attachmentId, label }: { caseId: number; attachmentId: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="text-red-800 underline hover:text-red-900"
        aria-label={`Usuń z akt: ${label}`}
        onClick={async () => {
          if (!window.confirm(`Usunąć z akt sprawy dokument „${label}”? Plik zostanie skasowany; w dzienniku zdarzeń zostanie ślad, co usunięto.`)) return;
          const res = await callAction(() => removeAttachmentAction({ caseId, attachmentId }));
          if (res.ok) router.refresh();
          else setError(res.message);
        }}
      >
        Usuń
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}
