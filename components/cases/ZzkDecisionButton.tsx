'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { setZzkDecisionStatusAction } from '@/app/(app)/sprawy/[id]/zzk/actions';

/** Marks a decision of a team meeting done, or open again; a refusal (stale, frozen) is shown next to it. */
export function ZzkDecisionButton({ caseId, decisionId, version, done, label }: { caseId: number; decisionId: number; version: number; done: boolean; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    const r = await callAction(() => setZzkDecisionStatusAction({ caseId, decisionId, version, done: !done }));
    setBusy(false);
    if (r.ok) router.refresh();
    else setError(r.message);
  };
  return (
    <span>
      <button type="button" onClick={run} disabled={busy} aria-label={`${done ? 'Otwórz ponownie' : 'Oznacz jako wykonane'}: ${label}`} className="rounded border border-slate-400 px-2 py-1 text-sm">
        {busy ? 'Zapisywanie…' : done ? 'Otwórz ponownie' : 'Oznacz jako wykonane'}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-sm font-medium text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
