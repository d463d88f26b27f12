import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { pzkServiceForm } from '@/lib/services/services';
import { formValues } from '@/components/services/form-values';
import { ServiceForm } from '@/components/services/ServiceForm';
import { createPzkServiceAction } from '../actions';
import { clock } from '@/lib/clock';
import { LIST_VIEW } from '@/lib/services/list-view';

export const metadata: Metadata = { title: 'Nowa usługa na liście PZK' };

export default async function NewPzkServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, mode, providers } = await guard(pzkServiceForm(actor, Number(id)));
  const listHref = `/pzk/${pzk.id}/uslugi`;
  return (
    <>
      <p className="mb-2">
        <Link href={listHref} className={linkClass}>
          ← {pzk.words.serviceList}
        </Link>
      </p>
      <PageHeader title={mode === 'propose' ? 'Zaproponuj usługę' : 'Dodaj usługę'} lead={`${pzk.name}.`} />
      <ServiceForm kind="pzk" mode={mode} action={createPzkServiceAction.bind(null, pzk.id)} initial={formValues(undefined, clock.today())} providers={providers} listHref={listHref} approver={LIST_VIEW[pzk.variant].approver.nom} />
    </>
  );
}
