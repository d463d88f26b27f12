import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { pzkServiceForm } from '@/lib/services/services';
import { ConfirmButton } from '@/components/services/EntryButtons';
import { formValues } from '@/components/services/form-values';
import { ServiceForm } from '@/components/services/ServiceForm';
import { deletePzkServiceAction, updatePzkServiceAction } from '../../actions';
import { clock } from '@/lib/clock';

export const metadata: Metadata = { title: 'Edycja usługi na liście PZK' };

export default async function EditPzkServicePage({ params }: { params: Promise<{ id: string; serviceId: string }> }) {
  const { id, serviceId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(serviceId)) notFound();
  const actor = await requireActor();
  const { pzk, service, providers } = await guard(pzkServiceForm(actor, Number(id), Number(serviceId)));
  if (!service) notFound();
  const listHref = `/pzk/${pzk.id}/uslugi`;
  return (
    <>
      <p className="mb-2">
        <Link href={listHref} className={linkClass}>
          ← {pzk.words.serviceList}
        </Link>
      </p>
      <PageHeader
        title={`Edycja: ${service.name}`}
        lead={`${pzk.name}${service.status === 'proposed' ? ' — propozycja członka zespołu, jeszcze niezatwierdzona (zatwierdzisz ją na liście)' : ''}.`}
      />
      <ServiceForm kind="pzk" mode="edit" action={updatePzkServiceAction.bind(null, pzk.id)} initial={formValues(service, clock.today())} providers={providers} listHref={listHref} />
      <section aria-labelledby="usuwanie" className="mt-10 max-w-3xl border-t border-slate-200 pt-6">
        <h2 id="usuwanie" className="mb-2 text-xl font-semibold">
          Usunięcie wpisu
        </h2>
        <ConfirmButton
          action={deletePzkServiceAction.bind(null, pzk.id)}
          entry={{ id: service.id, version: service.version }}
          label="Usuń wpis z listy"
          question={`Usunąć z listy „${service.name}”? Tej operacji nie można cofnąć.`}
          confirmLabel="Tak, usuń"
          doneHref={`${listHref}?usunieto=1`}
        />
      </section>
    </>
  );
}
