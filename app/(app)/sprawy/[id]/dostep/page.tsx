import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { auditActionLabel } from '@/lib/audit-labels';
import { roleLabel } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { accessLog } from '@/lib/cases/access';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Dziennik dostępu do konta' };

export default async function AccessLogPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { case: c, entries } = await guard(accessLog(actor, Number(id)));
  return (
    <>
      <CaseHeader c={c} current="/dostep" title="Dziennik dostępu" />
      <p className="mb-4 max-w-3xl">Kto i kiedy otwierał konto, drukował z niego dokumenty lub eksportował dane — z celem dostępu podanym przez osoby spoza zespołu sprawy (ROPS).</p>
      <ResponsiveTable label={`Otwarcia konta (ostatnie ${entries.length})`}>
      <table className={tableClass}>
        <caption className="sr-only">Otwarcia konta (ostatnie {entries.length})</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Kiedy</th>
            <th scope="col" className={thClass}>Kto</th>
            <th scope="col" className={thClass}>Rola</th>
            <th scope="col" className={thClass}>Co</th>
            <th scope="col" className={thClass}>Cel dostępu</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => {
            const d = (e.details ?? {}) as { what?: string; purpose?: string };
            return (
              <tr key={i}>
                <td className={tdClass}>{formatDateTime(e.at)}</td>
                <td className={tdClass}>{e.userName ?? e.userEmail ?? '—'}</td>
                <td className={tdClass}>{e.role ? roleLabel(e.role) : '—'}</td>
                <td className={tdClass}>
                  {auditActionLabel(e.action)}
                  {d.what ? ` (${d.what})` : ''}
                </td>
                <td className={tdClass}>{d.purpose ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </ResponsiveTable>
    </>
  );
}
