'use client';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { implementationLabel } from '@/lib/implementations/identifiers';
import { callAction } from '@/components/forms/call-action';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { oversizedFileErrors, withFileSizeError } from '@/components/forms/file-size';
import { INVALID_SUMMARY, useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { terminateSchema } from '@/lib/documents/schemas';
import { createDocumentAction, signAction, terminateAction } from './actions';
import { Form } from '@/components/forms/Form';

const buttonClass = 'rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70';
const secondaryClass = 'rounded border border-brand-800 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-70';
const inputClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700';

/** One button that runs a server action with fixed values, then refreshes or moves on. */
export function ActionButton({
  action,
  values,
  label,
  secondary,
  redirectTo,
}: {
  action: (input: Record<string, string | number>) => Promise<ActionResult<unknown>>;
  values: Record<string, string | number>;
  label: string;
  secondary?: boolean;
  /** Where to go after success; "{id}" is replaced with the returned id. */
  redirectTo?: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <FormError message={error} />
      <button
        type="button"
        disabled={busy}
        className={secondary ? secondaryClass : buttonClass}
        onClick={async () => {
          setBusy(true);
          const r = await callAction(() => action(values));
          setBusy(false);
          if (!r.ok) return setError(r.message);
          setError(null);
          const id = (r.data as { id?: number } | undefined)?.id;
          if (redirectTo) router.push(redirectTo.replace('{id}', String(id ?? '')));
          else router.refresh();
        }}
      >
        {busy ? 'Proszę czekać…' : label}
      </button>
    </div>
  );
}

interface Target {
  implementationId: number | null;
  gminaId: number | null;
  gminaName: string;
  powiatName: string;
  powiatIsCity: boolean;
  startDate: string;
}

/** Starting a document: its kind and, for the local ones, the implementation (and gmina). */
export function CreateDocumentForm({ regional, powiat, gmina }: { regional: boolean; powiat: Target[]; gmina: Target[] }) {
  const router = useRouter();
  const id = useId();
  const kinds = [
    ...(regional ? [{ value: 'agreement_regional', label: 'Porozumienie wojewódzkie (WZK)' }] : []),
    ...(powiat.length ? [{ value: 'agreement_powiat_gmina', label: 'Porozumienie powiat–gmina' }] : []),
    ...(gmina.length
      ? [
          { value: 'agreement_pzk', label: 'Porozumienie o powołaniu i pracy PZK' },
          { value: 'confidentiality_statement', label: 'Oświadczenie o zachowaniu tajemnicy' },
        ]
      : []),
  ];
  const [kind, setKind] = useState(kinds[0]?.value ?? '');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!kinds.length) return null;
  // A powiat–gmina agreement is per implementation; PZK documents per gmina.
  const perImplementation = kind === 'agreement_powiat_gmina';
  const options = perImplementation
    ? [...new Map(powiat.map((t) => [t.implementationId, t])).values()].map((t) => ({
        value: `${t.implementationId}:`,
        label: implementationLabel({ ...t, gminas: powiat.filter((x) => x.implementationId === t.implementationId).map((x) => x.gminaName) }),
      }))
    : gmina.map((t) => ({ value: `${t.implementationId}:${t.gminaId}`, label: `gmina ${t.gminaName} (powiat ${t.powiatName})` }));
  return (
    <form
      aria-labelledby={`${id}-h`}
      className="mb-6 rounded border border-slate-200 bg-white p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const [implementationId, gminaId] = target.split(':');
        setBusy(true);
        const r = await callAction(() => createDocumentAction({ kind, implementationId: implementationId ?? '', gminaId: gminaId ?? '' }));
        setBusy(false);
        if (!r.ok) return setError([r.message, ...Object.values(r.fieldErrors ?? {}).flat()].join(' '));
        router.push(`/dokumenty/${r.data!.id}/edycja`);
      }}
    >
      <h2 id={`${id}-h`} className="mb-3 text-lg font-semibold">
        Nowy dokument
      </h2>
      <FormError message={error} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-kind`} className="block font-medium">
            Rodzaj dokumentu
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => (setKind(e.target.value), setTarget(''))} className={inputClass}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'agreement_regional' && (
          <div className="min-w-72 flex-1">
            <label htmlFor={`${id}-target`} className="block font-medium">
              {perImplementation ? 'Wdrożenie' : 'Gmina (PZK)'}
            </label>
            <select id={`${id}-target`} value={target} required onChange={(e) => setTarget(e.target.value)} className={inputClass}>
              <option value="">— wybierz —</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" disabled={busy} className={buttonClass}>
          {busy ? 'Tworzenie…' : 'Utwórz projekt'}
        </button>
      </div>
    </form>
  );
}

/** Recording the signing: a date for every signing party and the signed scan. */
export function SignForm({ documentId, version, parties }: { documentId: number; version: number; parties: { index: number; label: string; signs: boolean }[] }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const err = (k: string) => fieldErrors[k]?.join(' ');
  return (
    <Form
      aria-labelledby={`${id}-h`}
      className="rounded border border-slate-200 bg-white p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const formEl = e.currentTarget;
        const tooLarge = oversizedFileErrors(formEl);
        if (tooLarge) {
          setError(INVALID_SUMMARY);
          setFieldErrors(tooLarge);
          return document.getElementById(`${id}-file`)?.focus();
        }
        setBusy(true);
        const res = await callAction(() => signAction(new FormData(formEl)));
        setBusy(false);
        if (res.ok) return router.refresh();
        setError(res.message);
        setFieldErrors(res.fieldErrors ?? {});
      }}
    >
      <h2 id={`${id}-h`} className="mb-3 text-lg font-semibold">
        Odnotuj podpisanie
      </h2>
      <p className="mb-3 text-sm text-slate-700">Wpisz daty podpisów wszystkich stron i dołącz skan podpisanego dokumentu (PDF, JPEG lub PNG, do 10 MB).</p>
      <FormError message={error} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="version" value={version} />
      {parties.map((p) =>
        p.signs ? (
          <div key={p.index} className="mb-3">
            <label htmlFor={`${id}-d${p.index}`} className="block font-medium">
              Data podpisu: {p.label} <span className="text-red-800">*</span>
            </label>
            <input
              id={`${id}-d${p.index}`}
              name="signedOn"
              type="date"
              required
              className={inputClass}
              aria-invalid={err(`signedOn.${p.index}`) ? true : undefined}
              aria-describedby={err(`signedOn.${p.index}`) ? `${id}-d${p.index}-e` : undefined}
            />
            {err(`signedOn.${p.index}`) && (
              <p id={`${id}-d${p.index}-e`} className="text-sm font-medium text-red-800">
                {err(`signedOn.${p.index}`)}
              </p>
            )}
          </div>
        ) : (
          <input key={p.index} type="hidden" name="signedOn" value="" />
        ),
      )}
      <div className="mb-3">
        <label htmlFor={`${id}-file`} className="block font-medium">
          Skan podpisanego dokumentu <span className="text-red-800">*</span>
        </label>
        <input id={`${id}-file`} name="file" type="file" required accept="application/pdf,image/jpeg,image/png" className="mt-1 block" aria-invalid={err('file') ? true : undefined} aria-describedby={err('file') ? `${id}-file-e` : undefined} onChange={(e) => setFieldErrors(withFileSizeError(e.currentTarget))} />
        {err('file') && (
          <p id={`${id}-file-e`} className="text-sm font-medium text-red-800">
            {err('file')}
          </p>
        )}
      </div>
      <SubmitButton submitting={busy}>Zapisz podpisanie</SubmitButton>
    </Form>
  );
}

export function TerminateForm({ documentId, version }: { documentId: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(terminateSchema, terminateAction, {
    defaultValues: { documentId, version, terminatedOn: '', reason: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Rozwiązanie porozumienia" className="rounded border border-slate-200 bg-white p-4">
      <h2 className="mb-3 text-lg font-semibold">Rozwiązanie porozumienia</h2>
      <FormError message={formError} />
      <TextField form={form} name="terminatedOn" label="Data rozwiązania" type="date" required />
      <TextAreaField form={form} name="reason" label="Przyczyna rozwiązania" required rows={3} />
      <SubmitButton submitting={submitting}>Rozwiąż porozumienie</SubmitButton>
    </Form>
  );
}
