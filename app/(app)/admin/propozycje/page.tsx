import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { mayEver } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { PROPOSAL_KIND_LABELS, PROPOSAL_STATUS_LABELS } from '@/lib/model/labels';
import { listProposals } from '@/lib/model/proposals';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Propozycje zmian modelu' };

export default async function ProposalsPage() {
  const actor = await requireActor();
  const rows = await guard(listProposals(actor));
  const decides = mayEver(actor.scope, 'model_change.decide');
  return (
    <>
      <PageHeader
        title="Propozycje zmian modelu"
        lead={
          decides
            ? 'Zmiany katalogu modelu i wzorów dokumentów zaproponowane przez administratorów ROPS. Otwórz propozycję, aby zobaczyć, co zmienia, i przyjąć ją albo zwrócić.'
            : 'Katalog modelu i wzory dokumentów są wspólne dla całego kraju. Zmiany zaproponowane przez ROPS Twojego województwa czekają tu na decyzję administratora krajowego modelu.'
        }
      />
      {!decides && (
        <p className="mb-4 max-w-3xl">
          Nową propozycję złożysz z formularza edycji w{' '}
          <Link href="/model" className={linkClass}>
            katalogu modelu
          </Link>{' '}
          albo we{' '}
          <Link href="/admin/wzory" className={linkClass}>
            wzorach dokumentów
          </Link>
          .
        </p>
      )}
      {rows.length === 0 ? (
        <p>Brak propozycji zmian.</p>
      ) : (
        <ResponsiveTable label="Propozycje zmian modelu: najpierw czekające na decyzję, potem od najnowszej">
          <table className={tableClass}>
            <caption className="sr-only">Propozycje zmian modelu: najpierw czekające na decyzję, potem od najnowszej</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Propozycja</th>
                <th scope="col" className={thClass}>Czego dotyczy</th>
                <th scope="col" className={thClass}>Województwo i autor</th>
                <th scope="col" className={thClass}>Złożona</th>
                <th scope="col" className={thClass}>Stan</th>
                <th scope="col" className={thClass}>Decyzja</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link href={`/admin/propozycje/${r.id}`} className={linkClass}>
                      <span className="sr-only">Propozycja zmiany: </span>
                      {r.summary}
                    </Link>
                  </th>
                  <td className={tdClass}>{PROPOSAL_KIND_LABELS[r.kind] ?? r.kind}</td>
                  <td className={tdClass}>
                    {r.voivodeshipName ? `województwo ${r.voivodeshipName}` : '—'}
                    {r.proposerName && <span className="block text-slate-600">{r.proposerName}</span>}
                  </td>
                  <td className={tdClass}>{formatDateTime(r.proposedAt)}</td>
                  <td className={tdClass}>
                    <span className={r.status === 'pending' ? 'font-semibold' : undefined}>{PROPOSAL_STATUS_LABELS[r.status]}</span>
                  </td>
                  <td className={tdClass}>{r.decidedAt ? formatDateTime(r.decidedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </>
  );
}
