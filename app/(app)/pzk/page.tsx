import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { listPzks, pzkName } from '@/lib/pzk/pzk';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Partnerskie Zespoły Kooperacji' };

export default async function PzkListPage() {
  const actor = await requireActor();
  await guard(authorize(actor, 'pzk.view'));
  const rows = await listPzks(actor);
  return (
    <>
      <PageHeader title="Partnerskie Zespoły Kooperacji" lead="Zespoły gmin wdrażających Model: skład, kontakty, podmioty i lista usług." />
      {rows.length === 0 ? (
        <p>Nie należysz do żadnego zespołu. Instytucja staje się członkiem PZK po podpisaniu porozumienia PZK lub deklaracji przystąpienia.</p>
      ) : (
        <ResponsiveTable label="Zespoły">
        <table className={tableClass}>
          <caption className="sr-only">Zespoły</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Zespół</th>
              <th scope="col" className={thClass}>Powiat</th>
              <th scope="col" className={thClass}>Od</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className={tdClass}>
                  <Link href={`/pzk/${r.id}`} className={linkClass}>
                    {pzkName(r.gminaName)}
                  </Link>
                </td>
                <td className={tdClass}>{r.powiatName}</td>
                <td className={tdClass}>{formatDate(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ResponsiveTable>
      )}
    </>
  );
}
