'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import type { ActionResult } from '@/lib/action-result';

/**
 * A button that asks once more before it acts (revoking an invitation, lifting a legal hold): the
 * first press shows what will happen and "Tak, …" / "Nie"; the action's refusal is shown as an
 * alert; on success the page is refreshed.
 */
export function ConfirmActionButton({
  label,
  name,
  confirmName,
  warning,
  yes,
  busy: busyLabel,
  danger = false,
  run,
}: {
  /** The first button's text ("Cofnij…") and its accessible name ("Cofnij zaproszenie: …"). */
  label: string;
  name: string;
  /** The accessible name of the confirmation group. */
  confirmName: string;
  /** What will happen, shown before confirming. */
  warning: string;
  /** "Tak, cofnij" and its text while running ("Cofanie…"). */
  yes: string;
  busy: string;
  /** Red buttons for an action that takes something away. */
  danger?: boolean;
  run: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async () => {
    setBusy(true);
    const r = await callAction(run);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setConfirming(false);
    router.refresh();
  };
  return (
    <div className="mt-1 flex flex-col gap-2">
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      {!confirming ? (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={name}
          className={`min-h-11 self-start rounded border px-3 py-2 text-sm font-medium ${danger ? 'border-red-800 text-red-800 hover:bg-red-50' : 'border-slate-600 bg-white hover:bg-slate-100'}`}
        >
          {label}
        </button>
      ) : (
        <div role="group" aria-label={confirmName} className="rounded border border-slate-300 bg-slate-50 p-2 text-sm">
          <p className="mb-2">{warning}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} onClick={() => void act()} className={`min-h-11 rounded px-3 py-2 font-medium text-white ${danger ? 'bg-red-800 hover:bg-red-900' : 'bg-brand-800 hover:bg-brand-900'}`}>
              {busy ? busyLabel : yes}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)} className="min-h-11 rounded border border-slate-500 bg-white px-3 py-2 hover:bg-slate-100">
              Nie
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
