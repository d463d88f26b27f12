'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import type { ActionResult } from '@/lib/action-result';

/**
 * "Cofnij" on one invitation (ROPS administrator). For an accepted one the account made with it is
 * blocked too, so the button asks once more before it acts.
 */
export function RevokeInvitationButton({ invitationId, who, accepted, action }: { invitationId: number; who: string; accepted: boolean; action: (input: { invitationId: number }) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    setBusy(true);
    const r = await callAction(() => action({ invitationId }));
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setConfirming(false);
    router.refresh();
  };
  return (
    <div className="flex flex-col gap-2">
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)} aria-label={`Cofnij zaproszenie: ${who}`} className="min-h-11 rounded border border-red-800 px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50">
          Cofnij…
        </button>
      ) : (
        <div role="group" aria-label={`Potwierdź cofnięcie zaproszenia: ${who}`} className="rounded border border-slate-300 bg-slate-50 p-2 text-sm">
          <p className="mb-2">{accepted ? 'Konto założone z tego zaproszenia zostanie zablokowane, a jego sesje zakończone.' : 'Link z zaproszenia przestanie działać.'}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} onClick={() => void revoke()} className="min-h-11 rounded bg-red-800 px-3 py-2 font-medium text-white hover:bg-red-900">
              {busy ? 'Cofanie…' : 'Tak, cofnij'}
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
