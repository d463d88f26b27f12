import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/PageHeader';
import type { ModelVariant } from '@/db/schema';
import { requireActor } from '@/lib/auth/session';
import { getCatalogue, VARIANT_LABELS } from '@/lib/model/catalogue';
import { requireEditMode } from '@/lib/model/edit-mode';
import { catalogueEditLead } from '@/lib/model/labels';
import { guard } from '@/lib/page-guard';
import { RecurringForm } from '../../../forms';

export const metadata: Metadata = { title: 'Edycja zadania cyklicznego' };

export default async function EditRecurringPage({ params }: { params: Promise<{ variant: string; code: string }> }) {
  const { variant, code } = await params;
  if (!(variant in VARIANT_LABELS)) notFound();
  const actor = await requireActor();
  const mode = await guard(requireEditMode(actor, 'catalogue.manage'));
  const { catalogue } = await guard(getCatalogue(actor, variant as ModelVariant));
  const task = catalogue.recurring.find((r) => r.code === decodeURIComponent(code));
  if (!task) notFound();
  return (
    <>
      <PageHeader title={`Zadanie cykliczne: ${task.name}`} lead={catalogueEditLead(mode, catalogue.version)} />
      <RecurringForm
        variant={variant}
        mode={mode}
        initial={{ versionId: catalogue.id, code: task.code, name: task.name, description: task.description, cadence: task.cadence, fromMonth: task.fromMonth, toMonth: task.toMonth, note: '' }}
      />
    </>
  );
}
