import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { regionalListFor } from '@/lib/services/services';
import { ImportForm } from '@/components/services/ImportForm';
import { ImportHelp } from '@/components/services/ImportHelp';
import { importRegionalServicesAction } from '../actions';

export const metadata: Metadata = { title: 'Import usług z pliku CSV — lista wojewódzka' };

export default async function ImportRegionalServicesPage() {
  const actor = await requireActor();
  const { voivodeshipId, voivodeshipName } = await guard(regionalListFor(actor));
  const listHref = `/uslugi?woj=${voivodeshipId}`;
  return (
    <>
      <p className="mb-2">
        <Link href={listHref} className={linkClass}>
          ← Lista usług województwa
        </Link>
      </p>
      <PageHeader title="Import usług z pliku CSV" lead={`Lista wojewódzka, województwo ${voivodeshipName}: wpisy z arkusza dodawane są od razu do listy publicznej.`} />
      <ImportHelp kind="regional" exportHref={`/uslugi/eksport.csv?woj=${voivodeshipId}`} />
      <ImportForm kind="regional" send={importRegionalServicesAction} listHref={listHref} />
    </>
  );
}
