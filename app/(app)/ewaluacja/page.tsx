import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { listEvaluations } from '@/lib/evaluation/evaluation';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Ewaluacja (etap IV)' };

export default async function EvaluationListPage() {
  const actor = await requireActor();
  const { rows, canRegional } = await guard(listEvaluations(actor));
  return (
    <>
      <PageHeader
        title="Ewaluacja (etap IV)"
        lead="Raport z ewaluacji wdrożenia (krok 9.2): wskaźniki liczone z danych Platformy, odpowiedzi zespołu na pytania kluczowe i rekomendacje (krok 10.2)."
        actions={
          canRegional && (
            <Link href="/ewaluacja/region" className={linkClass}>
              Raport regionalny — wszystkie wdrożenia województwa
            </Link>
          )
        }
      />
      {rows.length ? (
        <ResponsiveTable label="Wdrożenia i ich raporty z ewaluacji">
          <table className={tableClass}>
            <caption className="sr-only">Wdrożenia i ich raporty z ewaluacji</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Wdrożenie
                </th>
                <th scope="col" className={thClass}>
                  Rozpoczęcie
                </th>
                <th scope="col" className={thClass}>
                  Odpowiedzi zespołu
                </th>
                <th scope="col" className={thClass}>
                  Działania
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link href={`/ewaluacja/${r.id}`} className={linkClass}>
                      {r.label}
                    </Link>
                  </th>
                  <td className={tdClass}>{formatDate(r.startDate)}</td>
                  <td className={tdClass}>{r.answersUpdatedAt ? `zapisane ${formatDateTime(r.answersUpdatedAt)}` : 'jeszcze niezapisane'}</td>
                  <td className={tdClass}>
                    <Link href={`/ewaluacja/${r.id}/dzialania`} className={linkClass} aria-label={`Działania: ${r.label}`}>
                      Działania
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      ) : (
        <p className="text-slate-700">Na Twoim obszarze nie ma jeszcze wdrożeń.</p>
      )}
    </>
  );
}
