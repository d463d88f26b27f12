import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StepMaterials } from '@/components/materials/StepMaterials';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import type { ModelVariant } from '@/db/schema';
import { mayEver } from '@/lib/auth/policy';
import { getActor } from '@/lib/auth/session';
import { getCatalogue, VARIANT_LABELS } from '@/lib/model/catalogue';
import { editModeOf } from '@/lib/model/edit-mode';
import { ROMAN, catalogueEditLead, monthsLabel } from '@/lib/model/labels';
import { guard } from '@/lib/page-guard';
import { StepForm } from '../../../forms';

export const metadata: Metadata = { title: 'Krok modelu' };

/**
 * One step of the model: public, its description and substeps for anyone (a visitor without an
 * account too); the roles that change the model (save or propose) get the edit form here.
 */
export default async function StepPage({ params }: { params: Promise<{ variant: string; number: string }> }) {
  const { variant, number } = await params;
  if (!(variant in VARIANT_LABELS) || !/^\d{1,2}$/.test(number)) notFound();
  const actor = await getActor();
  const { catalogue } = await guard(getCatalogue(actor, variant as ModelVariant));
  const step = catalogue.steps.find((s) => s.number === Number(number));
  if (!step) notFound();
  const mode = actor ? editModeOf(actor.scope, 'catalogue.manage') : null;
  // e-szkoła materials belong to a województwo: none for the national administrator or a visitor.
  const materials = actor && mayEver(actor.scope, 'region.view') ? <StepMaterials actor={actor} stepNumber={step.number} /> : null;
  if (mode) {
    return (
      <>
        <PageHeader title={`Krok ${step.number}: ${step.name}`} lead={catalogueEditLead(mode, catalogue.version)} />
        <StepForm variant={variant} mode={mode} initial={{ versionId: catalogue.id, number: step.number, name: step.name, description: step.description, note: '' }} />
        {materials}
      </>
    );
  }
  const stage = catalogue.stages.find((s) => s.id === step.stageId);
  return (
    <>
      <p className="mb-2">
        <Link href={`/model/${variant}`} className={linkClass}>
          ← {catalogue.name}
        </Link>
      </p>
      <PageHeader title={`Krok ${step.number}: ${step.name}`} lead={stage ? `Etap ${ROMAN[stage.number]}. ${stage.name} (${monthsLabel(stage.startMonth, stage.durationMonths)}).` : undefined} />
      <p className="mb-6 max-w-3xl">{step.description}</p>
      <ul className="max-w-3xl space-y-4">
        {catalogue.substeps
          .filter((s) => s.stepId === step.id)
          .map((s) => (
            <li key={s.id} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="font-semibold">
                {s.code} {s.name}
              </h2>
              <p className="text-sm text-slate-600">
                {monthsLabel(s.startMonth, s.durationMonths)}; odpowiedzialni: {s.responsible.join(', ')}
              </p>
              <p className="text-slate-700">{s.description}</p>
              {s.evidence !== 'none' && <p className="text-sm">Dowód wykonania: {s.evidenceLabel}</p>}
              <ul className="ml-5 list-disc text-sm">
                {s.checklist.map((i) => (
                  <li key={i.id}>{i.text}</li>
                ))}
              </ul>
            </li>
          ))}
      </ul>
      {materials}
    </>
  );
}
