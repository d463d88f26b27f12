'use client';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError } from '@/components/forms/fields';
import { fileSizeProblem } from '@/components/forms/file-size';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import type { ActionResult } from '@/lib/action-result';
import { CsvError, chunkRecords, decodeCsv, readServiceTable, type CsvKind, type RowError } from '@/lib/services/csv';
import { IMPORT_CHUNK, IMPORT_MAX_BYTES, type ImportChunk } from '@/lib/services/schemas';
import { plural, WORDS } from '@/lib/plural';
import { Form } from '@/components/forms/Form';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

type Send = (chunk: ImportChunk) => Promise<ActionResult<{ imported: number; errors: RowError[] }>>;

/** Shown at most; the rest are counted. */
const SHOWN_ERRORS = 1000;
const rows = (n: number) => `${n} ${plural(n, WORDS.row)}`;
const sizeProblem = (files: ArrayLike<{ size: number }> | null | undefined) => {
  const problem = fileSizeProblem(files, IMPORT_MAX_BYTES);
  return problem && `${problem} Podziel go na mniejsze pliki.`;
};

/**
 * Reads the CSV file in the browser, checks its header, and sends the rows in chunks of
 * IMPORT_CHUNK to the server, which validates each row and saves the good ones of every chunk in
 * one transaction. Progress and every row error (with the file's row number) are shown.
 */
export function ImportForm({ kind, send, listHref }: { kind: CsvKind; send: Send; listHref: string }) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [phase, setPhase] = useState<'idle' | 'running' | 'done'>('idle');
  const [progress, setProgress] = useState({ total: 0, processed: 0, imported: 0 });
  const [errors, setErrors] = useState<RowError[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);

  useEffect(() => {
    if (phase === 'done') summaryRef.current?.focus();
  }, [phase]);

  const refuse = (message: string) => {
    setFileError(message);
    fileRef.current?.focus();
  };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setFileError(null);
    setFailure(null);
    const file = fileRef.current?.files?.[0];
    if (!file) return refuse('Wybierz plik CSV.');
    const tooLarge = sizeProblem([file]);
    if (tooLarge) return refuse(tooLarge);
    let table;
    try {
      table = readServiceTable(decodeCsv(new Uint8Array(await file.arrayBuffer())), kind);
    } catch (err) {
      if (err instanceof CsvError) return refuse(err.message);
      throw err;
    }
    if (table.records.length === 0) return refuse('W pliku nie ma wierszy z danymi — jest tylko nagłówek.');

    setIgnored(table.ignoredColumns);
    setErrors([]);
    setPhase('running');
    const total = table.records.length;
    let processed = 0;
    let imported = 0;
    const found: RowError[] = [];
    setProgress({ total, processed, imported });
    for (const chunk of chunkRecords(table.records, IMPORT_CHUNK)) {
      const r = await callAction(() => send({ rows: chunk }));
      if (!r.ok) {
        setFailure(`${r.message} Import przerwano po ${rows(processed)}: zapisano ${rows(imported)}, pozostałych nie wysłano.`);
        break;
      }
      processed += chunk.length;
      imported += r.data?.imported ?? 0;
      found.push(...(r.data?.errors ?? []));
      setProgress({ total, processed, imported });
      setErrors([...found]);
    }
    setPhase('done');
  }

  const withErrors = new Set(errors.map((e) => e.row)).size;
  return (
    <>
      <Form onSubmit={onSubmit} noValidate className="mb-6 max-w-2xl">
        <FormError message={failure} />
        <div className="mb-4">
          <label htmlFor={`${id}-file`} className="block font-medium">
            Plik CSV<span className="text-red-800"> *</span>
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            Kodowanie UTF-8 (lub Windows-1250), kolumny oddzielone średnikiem lub przecinkiem, pierwszy wiersz z nazwami kolumn; najwyżej 5 MB.
          </p>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={[`${id}-hint`, fileError && `${id}-error`].filter(Boolean).join(' ')}
            aria-invalid={fileError ? true : undefined}
            className="mt-1 block"
            disabled={phase === 'running'}
            onChange={(e) => setFileError(sizeProblem(e.currentTarget.files))}
          />
          {fileError && (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
              {fileError}
            </p>
          )}
        </div>
        <button type="submit" disabled={phase === 'running'} className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70">
          {phase === 'running' ? 'Importowanie…' : 'Importuj'}
        </button>
      </Form>

      {phase !== 'idle' && (
        <section aria-labelledby={`${id}-summary`} className="mb-6">
          <h2 id={`${id}-summary`} ref={summaryRef} tabIndex={-1} className="mb-2 text-xl font-semibold focus:outline-none">
            {phase === 'running' ? 'Import w toku' : 'Wynik importu'}
          </h2>
          <label htmlFor={`${id}-progress`} className="block text-sm font-medium">
            Postęp importu
          </label>
          <progress id={`${id}-progress`} max={progress.total} value={progress.processed} className="mb-2 h-4 w-full max-w-xl" />
          <p role="status" className="mb-2">
            {phase === 'running'
              ? `Sprawdzono ${progress.processed} z ${rows(progress.total)}, zaimportowano ${progress.imported}…`
              : `Zaimportowano ${progress.imported} z ${rows(progress.total)}.`}
            {phase === 'done' && withErrors > 0 && ` ${rows(withErrors)} z błędami pominięto w całości — popraw je w pliku i zaimportuj ponownie tylko te wiersze.`}
          </p>
          {ignored.length > 0 && <p className="mb-2 text-sm">Pominięto kolumny, których lista nie używa: {ignored.join(', ')}.</p>}
          {phase === 'done' && (
            <p className="mb-4">
              <Link href={listHref} className={linkClass}>
                Przejdź do listy usług
              </Link>
            </p>
          )}
          {errors.length > 0 && (
            <ResponsiveTable label={`Błędy w wierszach pliku (${errors.length})`}>
              <table className={tableClass}>
                <caption className="mb-2 text-left font-semibold">
                  Błędy w wierszach pliku ({errors.length}){errors.length > SHOWN_ERRORS ? ` — pokazano pierwsze ${SHOWN_ERRORS}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>
                      Wiersz
                    </th>
                    <th scope="col" className={thClass}>
                      Kolumna
                    </th>
                    <th scope="col" className={thClass}>
                      Pole
                    </th>
                    <th scope="col" className={thClass}>
                      Błąd
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                    <tr key={i}>
                      <td className={tdClass}>{e.row}</td>
                      <td className={tdClass}>{e.column ?? '—'}</td>
                      <td className={tdClass}>{e.field}</td>
                      <td className={tdClass}>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ResponsiveTable>
          )}
        </section>
      )}
    </>
  );
}
