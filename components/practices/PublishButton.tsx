'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError } from '@/components/forms/fields';
import type { ActionResult } from '@/lib/action-result';

/** ROPS publishes a proposal as it stands; afterwards it is in the public catalogue. */
export function PublishButton({ action, entry, name, doneHref }: { action: (input: { id: number; version: number }) => Promise<ActionResult<unknown>>; entry: { id: number; version: number }; name: string; doneHref: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <FormError message={error} />
      <button
        type="button"
        disabled={busy}
        className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70"
        onClick={async () => {
          setBusy(true);
          const r = await callAction(() => action(entry));
          setBusy(false);
          if (!r.ok) return setError(r.message);
          router.push(doneHref);
          router.refresh();
        }}
      >
        {busy ? 'Proszę czekać…' : 'Opublikuj'}
        <span className="sr-only"> „{name}”</span>
      </button>
    </div>
  );
}
