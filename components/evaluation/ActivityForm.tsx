'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SubmitButton } from '@/components/forms/fields';
import { FileFormField, fileFormInputClass, useFileForm } from '@/components/forms/file-form';
import { ACTIVITY_GROUPS, ACTIVITY_KIND_LABELS } from '@/lib/evaluation/labels';
import { deleteActivityAction, saveActivityAction } from '@/app/(app)/ewaluacja/actions';
import { Form } from '@/components/forms/Form';

const inputClass = fileFormInputClass;

export interface ActivityDefaults {
  activityId?: number;
  kind?: string;
  title?: string;
  startsOn?: string;
  endsOn?: string | null;
  gminaId?: number | null;
  partners?: string;
  participants?: number;
  outcome?: string;
  fileName?: string | null;
}

const Field = FileFormField;

/** Adds or edits an activity record (posted as FormData, with an optional attachment). */
export function ActivityForm({ implementationId, gminas, defaults = {}, afterSave }: { implementationId: number; gminas: { id: number; name: string }[]; defaults?: ActivityDefaults; afterSave?: string }) {
  const editing = !!defaults.activityId;
  const { base, error, fieldErrors, busy, saved, field, onSubmit, onFileChange } = useFileForm(saveActivityAction, { keep: editing, afterSave });
  const f = (name: string) => field(name);
  return (
    <Form
      noValidate
      aria-label={editing ? 'Zmiana działania' : 'Nowe działanie'}
      className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={onSubmit}
    >
      <FormError message={error} />
      {saved && (
        <p role="status" className="mb-3 text-green-900">
          Zapisano działanie.
        </p>
      )}
      <input type="hidden" name="implementationId" value={implementationId} />
      {editing && <input type="hidden" name="activityId" value={defaults.activityId} />}
      <Field id={`${base}-kind`} label="Rodzaj działania" required error={fieldErrors.kind}>
        <select {...f('kind')} defaultValue={defaults.kind ?? ''} className={inputClass} aria-required>
          <option value="">— wybierz —</option>
          {ACTIVITY_GROUPS.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.kinds.map((k) => (
                <option key={k} value={k}>
                  {ACTIVITY_KIND_LABELS[k]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id={`${base}-title`} label="Tytuł" required error={fieldErrors.title}>
        <input {...f('title')} defaultValue={defaults.title ?? ''} maxLength={300} className={inputClass} aria-required />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id={`${base}-startsOn`} label="Data rozpoczęcia" required error={fieldErrors.startsOn}>
          <input {...f('startsOn')} type="date" defaultValue={defaults.startsOn ?? ''} className={inputClass} aria-required />
        </Field>
        <Field id={`${base}-endsOn`} label="Data zakończenia" error={fieldErrors.endsOn}>
          <input {...f('endsOn')} type="date" defaultValue={defaults.endsOn ?? ''} className={inputClass} />
        </Field>
      </div>
      <Field id={`${base}-gminaId`} label="Gmina" hint="Zostaw „całe wdrożenie”, jeśli działanie dotyczyło wszystkich gmin." error={fieldErrors.gminaId}>
        <select {...f('gminaId')} defaultValue={defaults.gminaId ?? ''} className={inputClass}>
          <option value="">— całe wdrożenie —</option>
          {gminas.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${base}-partners`} label="Partnerzy" hint="Instytucje i organizacje, które współorganizowały działanie." error={fieldErrors.partners}>
        <textarea {...f('partners')} rows={2} defaultValue={defaults.partners ?? ''} className={inputClass} />
      </Field>
      <Field id={`${base}-participants`} label="Liczba uczestników" error={fieldErrors.participants}>
        <input {...f('participants')} type="number" min={0} max={100000} step={1} defaultValue={defaults.participants ?? 0} className={`${inputClass} max-w-md`} />
      </Field>
      <Field id={`${base}-outcome`} label="Rezultat" hint="Co się udało osiągnąć: ustalenia, nowe usługi, zmiany w programach." error={fieldErrors.outcome}>
        <textarea {...f('outcome')} rows={3} defaultValue={defaults.outcome ?? ''} className={inputClass} />
      </Field>
      <Field id={`${base}-file`} label="Załącznik (PDF, JPEG lub PNG, do 10 MB)" hint={defaults.fileName ? `Obecny załącznik: ${defaults.fileName}. Nowy plik go zastąpi.` : undefined} error={fieldErrors.file}>
        <input {...f('file')} type="file" accept="application/pdf,image/jpeg,image/png" className="mt-1 block" onChange={onFileChange} />
      </Field>
      {defaults.fileName && (
        <label className="mb-4 flex items-center gap-2">
          <input type="checkbox" name="removeFile" value="on" className="h-5 w-5" />
          Usuń obecny załącznik
        </label>
      )}
      <SubmitButton submitting={busy}>{editing ? 'Zapisz zmiany' : 'Dodaj działanie'}</SubmitButton>
    </Form>
  );
}

/** Deletes an activity record after a confirmation. */
export function DeleteActivityButton({ implementationId, activityId, title }: { implementationId: number; activityId: number; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="text-red-800 underline hover:text-red-900"
        aria-label={`Usuń działanie „${title}”`}
        onClick={async () => {
          if (!window.confirm(`Usunąć działanie „${title}”?`)) return;
          const res = await callAction(() => deleteActivityAction({ implementationId, activityId }));
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
