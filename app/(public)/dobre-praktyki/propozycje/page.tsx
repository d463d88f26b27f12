import type { Metadata } from 'next';
import Link from 'next/link';
import { PublishButton } from '@/components/practices/PublishButton';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { placeLabel } from '@/lib/practices/text';
import { listProposals } from '@/lib/practices/practices';
import { param } from '@/lib/search-params';
import { formatDate } from '@/lib/text';
import { publishPracticeAction } from '../actions';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Propozycje dobrych praktyk' };

/** ROPS reviews the proposals of its województwo: opens, edits, publishes. */
export default async function ProposalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const proposals = await guard(listProposals(actor));
  const published = param(await searchParams, 'opublikowano');
  return (
    <>
      <p className="mb-2">
        <Link href="/dobre-praktyki" className={linkClass}>
          ← Katalog dobrych praktyk
        </Link>
      </p>
      <PageHeader title="Propozycje dobrych praktyk" lead="Propozycje członków zespołów z województwa. Sprawdź kartę, w razie potrzeby popraw ją i opublikuj — trafi wtedy do publicznego katalogu." />
      {published && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          Opublikowano dobrą praktykę — jest teraz w publicznym katalogu.
        </p>
      )}
      {proposals.length === 0 ? (
        <p>Nie ma propozycji czekających na sprawdzenie.</p>
      ) : (
        <ResponsiveTable label={`Propozycje czekające na publikację (${proposals.length})`}>
        <table className={tableClass}>
          <caption className="mb-2 text-left font-semibold">Propozycje czekające na publikację ({proposals.length})</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                Nazwa
              </th>
              <th scope="col" className={thClass}>
                Poziom i obszar
              </th>
              <th scope="col" className={thClass}>
                Gmina / powiat
              </th>
              <th scope="col" className={thClass}>
                Wysłano
              </th>
              <th scope="col" className={thClass}>
                Działania
              </th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  <Link href={`/dobre-praktyki/${p.id}`} className={linkClass}>
                    {p.name}
                  </Link>
                </th>
                <td className={tdClass}>
                  {p.level}
                  <br />
                  <span className="text-slate-600">{p.area}</span>
                </td>
                <td className={tdClass}>{placeLabel(p) || '—'}</td>
                <td className={tdClass}>{formatDate(p.createdAt)}</td>
                <td className={tdClass}>
                  <div className="flex flex-wrap items-start gap-3">
                    <Link href={`/dobre-praktyki/${p.id}/edycja`} className={linkClass}>
                      Edytuj<span className="sr-only"> „{p.name}”</span>
                    </Link>
                    <PublishButton action={publishPracticeAction} entry={{ id: p.id, version: p.version }} name={p.name} doneHref="/dobre-praktyki/propozycje?opublikowano=1" />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </ResponsiveTable>
      )}
    </>
  );
}
