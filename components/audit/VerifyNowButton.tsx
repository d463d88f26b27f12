'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { verifyAuditChainsAction } from '@/app/(app)/admin/audyt/actions';
import { callAction } from '@/components/forms/call-action';
import { FormError } from '@/components/forms/fields';
import { plural, WORDS } from '@/lib/plural';

/** "Sprawdź teraz": walks the województwo's chains and shows the result; the page then shows the recorded run. */
export function VerifyNowButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mt-3">
      <FormError message={error} />
      <p role="status" className="mb-2 text-slate-900">
        {message}
      </p>
      <button
        type="button"
        disabled={pending}
        className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70"
        onClick={() =>
          start(async () => {
            setError(null);
            setMessage(null);
            const r = await callAction(() => verifyAuditChainsAction());
            if (!r.ok) setError(r.message);
            else {
              const { ok, entries, broken } = r.data as { ok: boolean; entries: number; broken: { problem: string } | null };
              setMessage(ok ? `Łańcuchy nienaruszone: sprawdzono ${entries} ${plural(entries, WORDS.post)}.` : `Łańcuch przerwany: ${broken?.problem ?? ''}`);
            }
            router.refresh();
          })
        }
      >
        {pending ? 'Sprawdzanie…' : 'Sprawdź teraz'}
      </button>
    </div>
  );
}
