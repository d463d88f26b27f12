'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { callAction } from '@/components/forms/call-action';
import { SubmitButton } from '@/components/forms/fields';
import type { ActionResult } from '@/lib/action-result';
import { decodeCsv } from '@/lib/services/csv';

/**
 * Reads a CSV file of figures (UTF-8 or Windows-1250, `;` or `,`) in the browser and sends its text;
 * the server checks every line and writes all of it or nothing. The errors name the lines.
 */
export function ImportFiguresForm({ diagnosisId, version, action }: { diagnosisId: number; version: number; action: (input: { diagnosisId: number; version: number; csv: string }) => Promise<ActionResult<{ gminas: number }>> }) {
  const router = useRouter();
  const id = useId();
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
    setErrors([]);
    setMessage(null);
    if (!file) return setErrors(['Wybierz plik CSV.']);
    setBusy(true);
    const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    const res = await callAction(() => action({ diagnosisId, version, csv }));
    setBusy(false);
    if (res.ok) {
      setMessage(`Wczytano dane ${res.data?.gminas === 1 ? 'jednej gminy' : `gmin: ${res.data?.gminas ?? 0}`}.`);
      router.refresh();
    } else {
      setErrors([res.message, ...(res.fieldErrors?.csv ?? [])]);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import danych liczbowych z pliku CSV" className="max-w-3xl">
      {errors.length > 0 && (
        <div role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3">
          <ul className="list-inside list-disc">
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {message && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          {message}
        </p>
      )}
      <label htmlFor={`${id}-file`} className="block font-medium">
        Plik CSV z danymi gmin
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        Kolumny: TERYT lub Gmina oraz dane liczbowe z nagłówkami jak w szablonie (polskie nazwy kolumn są rozpoznawane).
      </p>
      <input id={`${id}-file`} name="file" type="file" accept=".csv,text/csv" aria-describedby={`${id}-hint`} className="mb-4 mt-1 block w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2" />
      <SubmitButton submitting={busy}>Wczytaj dane z pliku</SubmitButton>
    </form>
  );
}
