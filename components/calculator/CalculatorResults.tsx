import Link from 'next/link';
import { buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import type { CalculatorResult, CostItem } from '@/lib/calculator/compute';
import { YEARS } from '@/lib/calculator/fields';
import { formatZl } from '@/lib/calculator/format';
import { FORMULA_PARAGRAPHS, FORMULA_TITLE } from '@/lib/calculator/formula';
import { RATE_KEYS, type RateSet } from '@/lib/calculator/rates';
import { CostChart } from './CostChart';
import { count, WORDS } from '@/lib/plural';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

const num = 'text-right tabular-nums whitespace-nowrap';

export const RESULTS_TABLE_ID = 'tabela-kosztow';

/** The years' table: the chart's text alternative and the printable result. */
export function ResultsTable({ result }: { result: CalculatorResult }) {
  return (
    <ResponsiveTable label="Koszty w kolejnych latach (zł)">
      <table id={RESULTS_TABLE_ID} className={tableClass}>
        <caption className="mb-2 text-left text-lg font-semibold">Koszty w kolejnych latach (zł)</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Rok
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Koszt zaniechania
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Koszt z modelem
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              w tym wsparcie modelu
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Różnica
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Narastająco
            </th>
          </tr>
        </thead>
        <tbody>
          {result.years.map((y) => (
            <tr key={y.year}>
              <th scope="row" className={`${tdClass} font-medium`}>
                Rok {y.year}
              </th>
              <td className={`${tdClass} ${num}`}>{formatZl(y.inaction)}</td>
              <td className={`${tdClass} ${num}`}>{formatZl(y.withModel)}</td>
              <td className={`${tdClass} ${num}`}>{formatZl(y.support)}</td>
              <td className={`${tdClass} ${num}`}>{formatZl(y.difference)}</td>
              <td className={`${tdClass} ${num}`}>{formatZl(y.cumulative)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold" data-testid="kalkulator-razem">
            <th scope="row" className={tdClass}>
              Razem ({count(YEARS, WORDS.year)})
            </th>
            <td className={`${tdClass} ${num}`}>{formatZl(result.totals.inaction)}</td>
            <td className={`${tdClass} ${num}`}>{formatZl(result.totals.withModel)}</td>
            <td className={`${tdClass} ${num}`}>{formatZl(result.totals.support)}</td>
            <td className={`${tdClass} ${num}`}>{formatZl(result.totals.difference)}</td>
            <td className={`${tdClass} ${num}`}>{formatZl(result.years.at(-1)?.cumulative ?? 0)}</td>
          </tr>
        </tfoot>
      </table>
    </ResponsiveTable>
  );
}

function ItemsTable({ caption, items, total }: { caption: string; items: CostItem<string>[]; total: number }) {
  return (
    <ResponsiveTable label={caption} className="mb-6">
      <table className={tableClass}>
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Pozycja
            </th>
            <th scope="col" className={thClass}>
              Liczba w roku
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Stawka
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Kwota w roku
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.key}>
              <th scope="row" className={`${tdClass} font-normal`}>
                {i.label}
              </th>
              <td className={tdClass}>{i.quantityText}</td>
              <td className={`${tdClass} ${num}`}>{i.rateKey ? formatZl(i.rate) : '—'}</td>
              <td className={`${tdClass} ${num}`}>{formatZl(i.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" colSpan={3} className={tdClass}>
              Razem w roku
            </th>
            <td className={`${tdClass} ${num}`}>{formatZl(total)}</td>
          </tr>
        </tfoot>
      </table>
    </ResponsiveTable>
  );
}

export function RatesTable({ rates, caption }: { rates: RateSet; caption: string }) {
  return (
    <ResponsiveTable label={caption} className="mb-6">
      <table className={tableClass}>
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Stawka
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Kwota
            </th>
            <th scope="col" className={thClass}>
              Jednostka
            </th>
            <th scope="col" className={thClass}>
              Źródło
            </th>
          </tr>
        </thead>
        <tbody>
          {RATE_KEYS.map((k) => {
            const r = rates[k];
            return (
              <tr key={k} data-rate={k}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  {r.label}
                </th>
                <td className={`${tdClass} ${num}`}>{formatZl(r.amount)}</td>
                <td className={tdClass}>{r.unit}</td>
                <td className={tdClass}>
                  {r.source}
                  <span className="block text-sm text-slate-600">{r.isDefault ? 'Stawka domyślna (ROPS nie ustalił własnej).' : 'Stawka ustalona przez ROPS.'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

export function Formula() {
  return (
    <section aria-labelledby="jak-liczymy" className="mb-8 max-w-4xl rounded border border-slate-200 bg-white p-4">
      <h2 id="jak-liczymy" className="mb-2 text-xl font-semibold">
        {FORMULA_TITLE}
      </h2>
      {FORMULA_PARAGRAPHS.map((p) => (
        <p key={p} className="mb-2">
          {p}
        </p>
      ))}
    </section>
  );
}

export function CalculatorResults({ result, rates, pdfHref, canManageRates }: { result: CalculatorResult; rates: RateSet; pdfHref: string; canManageRates: boolean }) {
  const last = result.years.at(-1)!;
  const inactionYear = result.items.reduce((s, i) => s + i.amount, 0);
  const supportYear = result.supportItems.reduce((s, i) => s + i.amount, 0);
  return (
    <section aria-labelledby="wynik" className="mb-8">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="wynik" className="text-xl font-semibold">
          Wynik na {count(YEARS, WORDS.year)}
        </h2>
        <a href={pdfHref} className={buttonClass}>
          Pobierz PDF
        </a>
      </div>
      <dl className="mb-6 grid max-w-4xl gap-3 sm:grid-cols-3">
        <div className="rounded border border-slate-300 bg-white p-3">
          <dt className="text-sm text-slate-700">Koszt zaniechania przez {count(YEARS, WORDS.year)}</dt>
          <dd className="text-xl font-bold" data-testid="suma-zaniechania">
            {formatZl(result.totals.inaction)}
          </dd>
        </div>
        <div className="rounded border border-slate-300 bg-white p-3">
          <dt className="text-sm text-slate-700">Koszt z modelem przez {count(YEARS, WORDS.year)}</dt>
          <dd className="text-xl font-bold" data-testid="suma-z-modelem">
            {formatZl(result.totals.withModel)}
          </dd>
        </div>
        <div className="rounded border border-slate-300 bg-white p-3">
          <dt className="text-sm text-slate-700">Oszczędność po {count(YEARS, WORDS.yearLoc)}</dt>
          <dd className="text-xl font-bold" data-testid="oszczednosc">
            {formatZl(last.cumulative)}
          </dd>
        </div>
      </dl>
      <p className="mb-4 max-w-4xl">
        {result.paybackYear
          ? `Oszczędność narastająco jest dodatnia od roku ${result.paybackYear}.`
          : `W ciągu ${count(YEARS, WORDS.yearGen)} koszt z modelem nie jest niższy od kosztu zaniechania.`}
      </p>
      <CostChart rows={result.years} tableId={RESULTS_TABLE_ID} />
      <ResultsTable result={result} />
      <h2 className="mt-8 mb-3 text-xl font-semibold">Składniki kosztów</h2>
      <ItemsTable caption="Koszt zaniechania — składniki w każdym roku" items={result.items} total={inactionYear} />
      <ItemsTable caption="Koszt wsparcia modelu — w każdym roku wsparcia" items={result.supportItems} total={supportYear} />
      <RatesTable rates={rates} caption="Stawki użyte w obliczeniu (ze źródłami)" />
      {canManageRates && (
        <p className="mb-4">
          <Link href="/kalkulator/stawki" className={linkClass}>
            Zmień stawki województwa
          </Link>
        </p>
      )}
    </section>
  );
}
