'use client';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FieldFrame, FormError, SubmitButton } from '@/components/forms/fields';
import { oversizedFileErrors, withFileSizeError } from '@/components/forms/file-size';
import { INVALID_SUMMARY } from '@/components/forms/use-action-form';
import { ACTIVITY_GROUPS, ACTIVITY_KIND_LABELS } from '@/lib/evaluation/labels';
import { deleteActivityAction, saveActivityAction } from '@/app/(app)/ewaluacja/actions';
import { Form } from '@/components/forms/Form';

const inputClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50';

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

/** The shared label–hint–error frame; the server's messages for a field are joined. */
const Field = ({ error, ...props }: Omit<Parameters<typeof FieldFrame>[0], 'error'> & { error?: string[] }) => <FieldFrame {...props} error={error?.join(' ')} />;

/** Adds or edits an activity record (posted as FormData, with an optional attachment). */
export function ActivityForm({ implementationId, gminas, defaults = {}, afterSave }: { implementationId: number; gminas: { id: number; name: string }[]; defaults?: ActivityDefaults; afterSave?: string }) {
  const router = useRouter();
  const base = useId();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const editing = !!defaults.activityId;
  const f = (name: string) => ({
    id: `${base}-${name}`,
    name,
    'aria-invalid': fieldErrors[name] ? true : undefined,
    'aria-describedby': fieldErrors[name] ? `${base}-${name}-error` : undefined,
  });
  return (
    <Form
      noValidate
      aria-label={editing ? 'Zmiana działania' : 'Nowe działanie'}
      className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const formEl = e.currentTarget;
        setSaved(false);
        const tooLarge = oversizedFileErrors(formEl);
        if (tooLarge) {
          setError(INVALID_SUMMARY);
          setFieldErrors(tooLarge);
          return (formEl.elements.namedItem('file') as HTMLElement | null)?.focus();
        }
        setBusy(true);
        const res = await callAction(() => saveActivityAction(new FormData(formEl)));
        setBusy(false);
        if (res.ok) {
          setError(null);
          setFieldErrors({});
          setSaved(true);
          if (!editing) formEl.reset();
          if (afterSave) router.push(afterSave);
          router.refresh();
        } else {
          setError(res.message);
          setFieldErrors(res.fieldErrors ?? {});
          const first = Object.keys(res.fieldErrors ?? {})[0];
          if (first) (formEl.elements.namedItem(first) as HTMLElement | null)?.focus?.();
        }
      }}
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
        <input {...f('file')} type="file" accept="application/pdf,image/jpeg,image/png" className="mt-1 block" onChange={(e) => setFieldErrors(withFileSizeError(e.currentTarget))} />
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
