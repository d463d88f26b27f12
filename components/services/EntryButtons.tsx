'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError } from '@/components/forms/fields';
import type { ActionResult } from '@/lib/action-result';

type Ref = { id: number; version: number };
type Run = (input: Ref) => Promise<ActionResult<unknown>>;

const primary = 'rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-70';
const secondary = 'rounded border border-brand-800 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-70';
const danger = 'rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 disabled:opacity-70';

function useRun(action: Run, entry: Ref, doneHref?: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    const r = await callAction(() => action(entry));
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setError(null);
    if (doneHref) router.push(doneHref);
    else router.refresh();
  };
  return { busy, error, run };
}

/** One click: approve a proposal. */
export function RunButton({ action, entry, label }: { action: Run; entry: Ref; label: string }) {
  const { busy, error, run } = useRun(action, entry);
  return (
    <div>
      <FormError message={error} />
      <button type="button" className={primary} disabled={busy} onClick={run}>
        {busy ? 'Proszę czekać…' : label}
      </button>
    </div>
  );
}

/** Delete, reject or withdraw: asks first, in the page rather than in a browser dialog. */
export function ConfirmButton({ action, entry, label, question, confirmLabel, doneHref }: { action: Run; entry: Ref; label: string; question: string; confirmLabel: string; doneHref?: string }) {
  const { busy, error, run } = useRun(action, entry, doneHref);
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const id = useId();
  // Focus follows the question, and back to the button when the user cancels.
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (asked.current) triggerRef.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className={secondary} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={id} className="rounded border border-red-800 bg-red-50 p-3">
      <FormError message={error} />
      <p id={id} ref={questionRef} tabIndex={-1} className="mb-2 font-medium focus:outline-none">
        {question}
      </p>
      <div className="flex gap-3">
        <button type="button" className={danger} disabled={busy} onClick={run}>
          {busy ? 'Proszę czekać…' : confirmLabel}
        </button>
        <button type="button" className={secondary} disabled={busy} onClick={() => setAsking(false)}>
          Anuluj
        </button>
      </div>
    </div>
  );
}
