import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StepMaterials } from '@/components/materials/StepMaterials';
import { PageHeader } from '@/components/ui/PageHeader';
import type { ModelVariant } from '@/db/schema';
import { mayEver } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { getCatalogue, VARIANT_LABELS } from '@/lib/model/catalogue';
import { requireEditMode } from '@/lib/model/edit-mode';
import { catalogueEditLead } from '@/lib/model/labels';
import { guard } from '@/lib/page-guard';
import { StepForm } from '../../../forms';

export const metadata: Metadata = { title: 'Edycja kroku modelu' };

export default async function EditStepPage({ params }: { params: Promise<{ variant: string; number: string }> }) {
  const { variant, number } = await params;
  if (!(variant in VARIANT_LABELS) || !/^\d{1,2}$/.test(number)) notFound();
  const actor = await requireActor();
  const mode = await guard(requireEditMode(actor, 'catalogue.manage'));
  const { catalogue } = await guard(getCatalogue(actor, variant as ModelVariant));
  const step = catalogue.steps.find((s) => s.number === Number(number));
  if (!step) notFound();
  return (
    <>
      <PageHeader title={`Krok ${step.number}: ${step.name}`} lead={catalogueEditLead(mode, catalogue.version)} />
      <StepForm variant={variant} mode={mode} initial={{ versionId: catalogue.id, number: step.number, name: step.name, description: step.description, note: '' }} />
      {/* e-szkoła materials belong to a województwo: none for the national administrator. */}
      {mayEver(actor.scope, 'region.view') && <StepMaterials actor={actor} stepNumber={step.number} />}
    </>
  );
}
