import type { CaseFreeze } from '@/lib/rodo/freeze';
import { formatDate } from '@/lib/text';

/** Under the freeze banner and beside the hidden print links: why documents are not printed. */
export const FROZEN_PRINT_NOTE = 'Dokumentów tej sprawy nie drukuje się (PDF) — zob. informację na górze strony.';

/**
 * On every page of a frozen case (CaseHeader, TeamWorkHeader): since when and why the case is only
 * stored — restricted processing (RODO art. 18) or anonymised — and what that means. No family
 * content: the date, the kind and the reason recorded by the administrator.
 */
export function CaseFreezeBanner({ freeze }: { freeze: CaseFreeze }) {
  if (!freeze) return null;
  const anonymised = freeze.kind === 'anonymised';
  return (
    <section aria-labelledby="zamrozenie-sprawy" role="status" className="mb-4 max-w-3xl rounded border-2 border-red-800 bg-red-50 p-3 text-slate-900">
      <h2 id="zamrozenie-sprawy" className="text-lg font-semibold text-red-900">
        {anonymised ? 'Sprawa zanonimizowana' : 'Przetwarzanie danych ograniczone (RODO art. 18)'}
      </h2>
      {anonymised ? (
        <p className="mt-1">
          Dane osobowe usunięto (anonimizacja) {formatDate(freeze.since)} — {freeze.reason}. Zostały tylko dane potrzebne do statystyki i ewaluacji. Sprawy nie można zmieniać, drukować jej dokumentów ani
          eksportować jej danych.
        </p>
      ) : (
        <p className="mt-1">
          Od {formatDate(freeze.since)}: {freeze.reason}. Dane sprawy są tylko przechowywane — można je przeglądać, ale nie wprowadza się zmian ani nowych działań, nie drukuje dokumentów, a kopię danych wydaje się
          tylko w ramach żądania osoby. Ograniczenie znosi administrator ROPS po poinformowaniu osoby.
        </p>
      )}
    </section>
  );
}
