'use client';
import { useId, useState, useTransition } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError } from '@/components/forms/fields';
import { regenerateFeedAction } from './actions';

/** Generates the feed address and shows it once, with a copy button. */
export function FeedControls({ hasToken }: { hasToken: boolean }) {
  const id = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, start] = useTransition();
  const generate = () => {
    if (hasToken && !url && !window.confirm('Obecny adres kalendarza przestanie działać. Wygenerować nowy?')) return;
    setError(null);
    setCopied(false);
    start(async () => {
      const r = await callAction(() => regenerateFeedAction());
      if (r.ok && r.data) setUrl(r.data.url);
      else if (!r.ok) setError(r.message);
    });
  };
  return (
    <div className="mb-6">
      <FormError message={error} />
      {url && (
        <div role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          <label htmlFor={id} className="block font-medium">
            Twój adres kalendarza — skopiuj go teraz, nie pokażemy go ponownie
          </label>
          <input id={id} readOnly value={url} onFocus={(e) => e.target.select()} className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm" />
          <button
            type="button"
            className="mt-2 rounded border border-brand-800 px-3 py-1 text-brand-800 hover:bg-slate-100"
            onClick={async () => {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            }}
          >
            Kopiuj adres
          </button>
          {copied && <span className="ml-3 text-green-900">Skopiowano.</span>}
        </div>
      )}
      <button type="button" onClick={generate} disabled={pending} className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? 'Generowanie…' : hasToken || url ? 'Wygeneruj nowy adres' : 'Wygeneruj adres kalendarza'}
      </button>
    </div>
  );
}
