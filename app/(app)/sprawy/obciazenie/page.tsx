import type { Metadata } from 'next';
import { PageHeader, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { caseloadByGmina } from '@/lib/cases/caseload';
import { guard } from '@/lib/page-guard';
import { plural, WORDS } from '@/lib/plural';

export const metadata: Metadata = { title: 'Obciążenie pracowników kluczowych' };

const avg = (n: number) => n.toLocaleString('pl-PL', { maximumFractionDigits: 1 });

export default async function CaseloadPage() {
  const actor = await requireActor();
  const { rows, totals, limit } = await guard(caseloadByGmina(actor));
  return (
    <>
      <PageHeader
        title="Obciążenie pracowników kluczowych"
        lead={`Aktywne sprawy (w realizacji) według gmin województwa. Standard WRZOS: najwyżej ${limit} aktywnych spraw na pracownika kluczowego. Tylko liczby — bez danych osób i rodzin.`}
      />
      <dl className="mb-6 grid max-w-4xl gap-3 sm:grid-cols-4">
        {(
          [
            ['Aktywne sprawy', String(totals.activeCases)],
            ['Pracownicy kluczowi', String(totals.keyWorkers)],
            ['Średnie obciążenie', avg(totals.averageCaseload)],
            [`Powyżej limitu (${limit})`, `${totals.overLimit} ${plural(totals.overLimit, WORDS.worker)}`],
          ] as const
        ).map(([k, v]) => (
          <div key={k} className="rounded border border-slate-200 bg-white p-3">
            <dt className="text-sm">{k}</dt>
            <dd className="text-2xl font-bold">{v}</dd>
          </div>
        ))}
      </dl>
      {rows.length === 0 ? (
        <p>W województwie nie ma aktywnych spraw.</p>
      ) : (
        <ResponsiveTable label="Obciążenie według gmin">
          <table className={tableClass}>
            <caption className="py-1 text-left font-semibold">
              Obciążenie pracowników kluczowych według gmin ({rows.length} {plural(rows.length, WORDS.gmina)} z aktywnymi sprawami)
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Gmina
                </th>
                <th scope="col" className={thClass}>
                  Powiat
                </th>
                <th scope="col" className={thClass}>
                  Aktywne sprawy
                </th>
                <th scope="col" className={thClass}>
                  Pracownicy kluczowi
                </th>
                <th scope="col" className={thClass}>
                  Największe obciążenie
                </th>
                <th scope="col" className={thClass}>
                  Średnie obciążenie
                </th>
                <th scope="col" className={thClass}>
                  Powyżej limitu ({limit})
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.gminaId} data-gmina={r.gminaId}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    {r.gminaName}
                  </th>
                  <td className={tdClass}>{r.powiatName}</td>
                  <td className={tdClass}>{r.activeCases}</td>
                  <td className={tdClass}>{r.keyWorkers}</td>
                  <td className={tdClass}>{r.maxCaseload}</td>
                  <td className={tdClass}>{avg(r.averageCaseload)}</td>
                  <td className={tdClass}>
                    {r.overLimit.length === 0 ? (
                      'brak'
                    ) : (
                      <ul>
                        {r.overLimit.map((w) => (
                          <li key={w.id}>
                            <span className="font-semibold text-red-800">{w.name}</span>: {w.cases} {plural(w.cases, WORDS.case)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
      <p className="mt-3 max-w-3xl text-sm text-slate-700">
        Obciążenie pracownika to liczba jego aktywnych spraw w całym województwie — także gdy prowadzi sprawy w kilku gminach.
      </p>
    </>
  );
}
