import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { regionalServiceForm } from '@/lib/services/services';
import { formValues } from '@/components/services/form-values';
import { ServiceForm } from '@/components/services/ServiceForm';
import { createRegionalServiceAction } from '../actions';
import { clock } from '@/lib/clock';

export const metadata: Metadata = { title: 'Nowa usługa na liście wojewódzkiej' };

export default async function NewRegionalServicePage() {
  const actor = await requireActor();
  const { voivodeshipId, voivodeshipName, providers, powiats } = await guard(regionalServiceForm(actor));
  const listHref = `/uslugi?woj=${voivodeshipId}`;
  return (
    <>
      <p className="mb-2">
        <Link href={listHref} className={linkClass}>
          ← Lista usług województwa
        </Link>
      </p>
      <PageHeader title="Dodaj usługę do listy wojewódzkiej" lead={`Województwo ${voivodeshipName}.`} />
      <ServiceForm kind="regional" mode="add" action={createRegionalServiceAction} initial={formValues(undefined, clock.today())} providers={providers} powiats={powiats} listHref="/uslugi" />
    </>
  );
}
