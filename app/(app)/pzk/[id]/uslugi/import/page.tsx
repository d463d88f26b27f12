import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { pzkForImport } from '@/lib/services/services';
import { ImportForm } from '@/components/services/ImportForm';
import { ImportHelp } from '@/components/services/ImportHelp';
import { importPzkServicesAction } from '../actions';

export const metadata: Metadata = { title: 'Import usług z pliku CSV' };

export default async function ImportPzkServicesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const pzk = await guard(pzkForImport(actor, Number(id)));
  const listHref = `/pzk/${pzk.id}/uslugi`;
  return (
    <>
      <p className="mb-2">
        <Link href={listHref} className={linkClass}>
          ← {pzk.words.serviceList}
        </Link>
      </p>
      <PageHeader title="Import usług z pliku CSV" lead={`${pzk.name}: wpisy dostawcy z arkusza dodawane są od razu do listy.`} />
      <ImportHelp kind="pzk" exportHref={`${listHref}/eksport.csv`} />
      <ImportForm kind="pzk" send={importPzkServicesAction.bind(null, pzk.id)} listHref={listHref} />
    </>
  );
}
