import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { regionalServiceForm } from '@/lib/services/services';
import { ConfirmButton } from '@/components/services/EntryButtons';
import { formValues } from '@/components/services/form-values';
import { ServiceForm } from '@/components/services/ServiceForm';
import { deleteRegionalServiceAction, updateRegionalServiceAction } from '../../actions';
import { clock } from '@/lib/clock';

export const metadata: Metadata = { title: 'Edycja usługi na liście wojewódzkiej' };

export default async function EditRegionalServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { voivodeshipId, voivodeshipName, service, providers, powiats } = await guard(regionalServiceForm(actor, Number(id)));
  if (!service) notFound();
  const listHref = `/uslugi?woj=${voivodeshipId}`;
  return (
    <>
      <p className="mb-2">
        <Link href={listHref} className={linkClass}>
          ← Lista usług województwa
        </Link>
      </p>
      <PageHeader title={`Edycja: ${service.name}`} lead={`Lista wojewódzka, województwo ${voivodeshipName}.`} />
      <ServiceForm kind="regional" mode="edit" action={updateRegionalServiceAction} initial={formValues(service, clock.today())} providers={providers} powiats={powiats} listHref="/uslugi" />
      <section aria-labelledby="usuwanie" className="mt-10 max-w-3xl border-t border-slate-200 pt-6">
        <h2 id="usuwanie" className="mb-2 text-xl font-semibold">
          Usunięcie wpisu
        </h2>
        <ConfirmButton
          action={deleteRegionalServiceAction}
          entry={{ id: service.id, version: service.version }}
          label="Usuń wpis z listy"
          question={`Usunąć z listy „${service.name}”? Tej operacji nie można cofnąć.`}
          confirmLabel="Tak, usuń"
          doneHref="/uslugi?usunieto=1"
        />
      </section>
    </>
  );
}
