'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { callAction } from './call-action';
import { FieldFrame } from './fields';
import { oversizedFileErrors, withFileSizeError } from './file-size';
import { INVALID_SUMMARY } from './use-action-form';

/*
 * Forms that post a file with their fields (FormData to a server action), outside react-hook-form:
 * the case files, an activity record of stage IV. One place for their state, their field wiring and
 * the file's size checked in the browser before anything is sent.
 */

export const fileFormInputClass =
  'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50';

/** The shared label–hint–error frame; the server's messages for a field are joined. */
export const FileFormField = ({ error, ...props }: Omit<Parameters<typeof FieldFrame>[0], 'error'> & { error?: string[] }) => <FieldFrame {...props} error={error?.join(' ')} />;

/**
 * The state of a form posting FormData: its error summary and field errors from the server, busy,
 * saved. `field(name, hint)` wires an input to its label's frame (ids, aria-invalid, its hint and
 * error); `onFileChange` shows a too large file at once. After a save the page is refreshed; the
 * form is emptied unless `keep` (an edit), and `afterSave` leads elsewhere.
 */
export function useFileForm(action: (data: FormData) => Promise<ActionResult<unknown>>, opts: { keep?: boolean; afterSave?: string } = {}) {
  const router = useRouter();
  const base = useId();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const field = (name: string, hint = false) => ({
    id: `${base}-${name}`,
    name,
    'aria-invalid': fieldErrors[name] ? true : undefined,
    'aria-describedby': [hint && `${base}-${name}-hint`, fieldErrors[name] && `${base}-${name}-error`].filter(Boolean).join(' ') || undefined,
  });

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
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
    const res = await callAction(() => action(new FormData(formEl)));
    setBusy(false);
    if (res.ok) {
      setError(null);
      setFieldErrors({});
      setSaved(true);
      if (!opts.keep) formEl.reset();
      if (opts.afterSave) router.push(opts.afterSave);
      router.refresh();
    } else {
      setError(res.message);
      setFieldErrors(res.fieldErrors ?? {});
      const first = Object.keys(res.fieldErrors ?? {})[0];
      if (first) (formEl.elements.namedItem(first) as HTMLElement | null)?.focus?.();
    }
  };

  const onFileChange = (e: ChangeEvent<HTMLInputElement>) => setFieldErrors(withFileSizeError(e.currentTarget));

  return { base, error, fieldErrors, busy, saved, field, onSubmit, onFileChange };
}
