import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/PageHeader';
import type { ModelVariant } from '@/db/schema';
import { requireActor } from '@/lib/auth/session';
import { getCatalogue, VARIANT_LABELS } from '@/lib/model/catalogue';
import { catalogueEditLead, ROMAN } from '@/lib/model/labels';
import { requireEditMode } from '@/lib/model/edit-mode';
import { guard } from '@/lib/page-guard';
import { SubstepForm } from '../../forms';

export const metadata: Metadata = { title: 'Edycja podkroku modelu' };

export default async function EditSubstepPage({ params }: { params: Promise<{ variant: string; code: string }> }) {
  const { variant, code } = await params;
  if (!(variant in VARIANT_LABELS)) notFound();
  const actor = await requireActor();
  const mode = await guard(requireEditMode(actor, 'catalogue.manage'));
  const { catalogue } = await guard(getCatalogue(actor, variant as ModelVariant));
  const s = catalogue.substeps.find((x) => x.code === decodeURIComponent(code));
  if (!s) notFound();
  const stage = catalogue.stages.find((st) => st.number === s.stageNumber)!;
  return (
    <>
      <PageHeader
        title={`Podkrok ${s.code}: ${s.name}`}
        lead={`Etap ${ROMAN[stage.number]} (miesiące ${stage.startMonth}–${stage.startMonth + stage.durationMonths - 1}). ${catalogueEditLead(mode, catalogue.version)}`}
      />
      <SubstepForm
        variant={variant}
        mode={mode}
        initial={{
          versionId: catalogue.id,
          code: s.code,
          name: s.name,
          description: s.description,
          startMonth: s.startMonth,
          durationMonths: s.durationMonths,
          checklist: s.checklist.map((c) => c.text).join('\n'),
          note: '',
        }}
      />
    </>
  );
}
