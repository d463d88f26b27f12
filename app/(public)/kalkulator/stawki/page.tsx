import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { formatZl } from '@/lib/calculator/format';
import { DEFAULT_RATES, RATE_KEYS, isRateKey } from '@/lib/calculator/rates';
import { ratesOverview } from '@/lib/calculator/service';
import { formatDateTime } from '@/lib/text';
import { guard } from '@/lib/page-guard';
import { param } from '@/lib/search-params';
import { ofVoivodeship } from '@/lib/territory/voivodeship-names';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Stawki kalkulatora kosztów zaniechania' };

export default async function CalculatorRatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Public, like the calculator: the rates and their sources; ROPS of the województwo also edits them.
  const sp = await searchParams;
  const { voivodeshipId, voivodeshipName, rates, canManage } = await guard(ratesOverview(await getActor(), sp));
  const saved = param(sp, 'zapisano', 50);
  const whose = voivodeshipName ? ofVoivodeship(voivodeshipName) : 'domyślne';
  return (
    <>
      <p className="mb-2">
        <Link href={voivodeshipId === null ? '/kalkulator' : `/kalkulator?woj=${voivodeshipId}`} className={linkClass}>
          ← Kalkulator kosztów zaniechania
        </Link>
      </p>
      <PageHeader
        title="Stawki kalkulatora kosztów zaniechania"
        lead={`${voivodeshipName ? `Województwo ${voivodeshipName}. ` : ''}Kalkulator liczy według stawek ustalonych przez ROPS, a gdzie ich brak — według stawek domyślnych (wartości przykładowe).`}
      />
      {saved && isRateKey(saved) && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          Zapisano stawkę „{DEFAULT_RATES[saved].label}”.
        </p>
      )}
      {canManage && <p className="mb-4 max-w-4xl">Jako ROPS możesz zmienić każdą stawkę województwa. Podaj kwotę, jednostkę i źródło — źródło jest wymagane i widać je przy każdym obliczeniu.</p>}
      <ResponsiveTable label={`Stawki ${whose}`}>
        <table className={tableClass}>
          <caption className="mb-2 text-left text-lg font-semibold">Stawki {whose}</caption>
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
              <th scope="col" className={thClass}>
                Stan
              </th>
              {canManage && (
                <th scope="col" className={thClass}>
                  Czynności
                </th>
              )}
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
                  <td className={`${tdClass} whitespace-nowrap text-right tabular-nums`}>{formatZl(r.amount)}</td>
                  <td className={tdClass}>{r.unit}</td>
                  <td className={tdClass}>{r.source}</td>
                  <td className={tdClass}>{r.isDefault ? 'domyślna' : `ROPS, wersja ${r.version}${r.updatedAt ? `, ${formatDateTime(r.updatedAt)}` : ''}`}</td>
                  {canManage && (
                    <td className={tdClass}>
                      <Link href={`/kalkulator/stawki/${k}`} className={linkClass}>
                        Zmień<span className="sr-only"> stawkę: {r.label}</span>
                      </Link>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ResponsiveTable>
    </>
  );
}
