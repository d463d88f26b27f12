'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import type { ActionResult } from '@/lib/action-result';

/**
 * One button that runs a server action (a POST) with fixed input: "Zrezygnuj" on the cancellation
 * page, "Zamknij listę obecności" for ROPS. The outcome is announced in a live region.
 */
export function ActionButton<I>({ label, input, action, doneText }: { label: string; input: I; action: (input: I) => Promise<ActionResult<unknown>>; doneText: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="mb-4">
      {state?.ok ? null : (
        <button
          type="button"
          disabled={busy}
          className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
          onClick={async () => {
            setBusy(true);
            const r = await callAction(() => action(input));
            setBusy(false);
            setState(r.ok ? { ok: true, text: doneText } : { ok: false, text: r.message });
            if (r.ok) router.refresh();
          }}
        >
          {label}
        </button>
      )}
      <p role="status" aria-live="polite" className={state ? `mt-3 rounded border p-3 ${state.ok ? 'border-green-700 bg-green-50' : 'border-red-800 bg-red-50 text-red-900'}` : 'sr-only'}>
        {state?.text ?? ''}
      </p>
    </div>
  );
}
