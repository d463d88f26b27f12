import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/PageHeader';
import type { ModelVariant } from '@/db/schema';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { getCatalogue, VARIANT_LABELS } from '@/lib/model/catalogue';
import { guard } from '@/lib/page-guard';
import { RecurringForm } from '../../../forms';

export const metadata: Metadata = { title: 'Edycja zadania cyklicznego' };

export default async function EditRecurringPage({ params }: { params: Promise<{ variant: string; code: string }> }) {
  const { variant, code } = await params;
  if (!(variant in VARIANT_LABELS)) notFound();
  const actor = await requireActor();
  await guard(authorize(actor, 'catalogue.manage'));
  const { catalogue } = await guard(getCatalogue(actor, variant as ModelVariant));
  const task = catalogue.recurring.find((r) => r.code === decodeURIComponent(code));
  if (!task) notFound();
  return (
    <>
      <PageHeader title={`Zadanie cykliczne: ${task.name}`} lead={`Zapisanie zmian utworzy wersję ${catalogue.version + 1} katalogu; trwające wdrożenia zachowają wersję ${catalogue.version}.`} />
      <RecurringForm
        variant={variant}
        initial={{ versionId: catalogue.id, code: task.code, name: task.name, description: task.description, cadence: task.cadence, fromMonth: task.fromMonth, toMonth: task.toMonth, note: '' }}
      />
    </>
  );
}
