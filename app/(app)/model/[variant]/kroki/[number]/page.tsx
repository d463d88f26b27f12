import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StepMaterials } from '@/components/materials/StepMaterials';
import { PageHeader } from '@/components/ui/PageHeader';
import type { ModelVariant } from '@/db/schema';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { getCatalogue, VARIANT_LABELS } from '@/lib/model/catalogue';
import { guard } from '@/lib/page-guard';
import { StepForm } from '../../../forms';

export const metadata: Metadata = { title: 'Edycja kroku modelu' };

export default async function EditStepPage({ params }: { params: Promise<{ variant: string; number: string }> }) {
  const { variant, number } = await params;
  if (!(variant in VARIANT_LABELS) || !/^\d{1,2}$/.test(number)) notFound();
  const actor = await requireActor();
  await guard(authorize(actor, 'catalogue.manage'));
  const { catalogue } = await guard(getCatalogue(actor, variant as ModelVariant));
  const step = catalogue.steps.find((s) => s.number === Number(number));
  if (!step) notFound();
  return (
    <>
      <PageHeader title={`Krok ${step.number}: ${step.name}`} lead={`Zapisanie zmian utworzy wersję ${catalogue.version + 1} katalogu; trwające wdrożenia zachowają wersję ${catalogue.version}.`} />
      <StepForm variant={variant} initial={{ versionId: catalogue.id, number: step.number, name: step.name, description: step.description, note: '' }} />
      <StepMaterials actor={actor} stepNumber={step.number} />
    </>
  );
}
