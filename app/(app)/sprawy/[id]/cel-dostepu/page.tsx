import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { PurposeForm } from '@/components/cases/PurposeForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { PURPOSE_HOURS, purposeTarget } from '@/lib/cases/access';
import { guard } from '@/lib/page-guard';
import { count, WORDS } from '@/lib/plural';

export const metadata: Metadata = { title: 'Cel dostępu do sprawy' };

/** ROPS lands here when opening a case without a current purpose (lib/page-guard.ts). */
export default async function PurposePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  // A case that does not exist, or is not the actor's to open, is not found (as on its other pages).
  const target = await guard(purposeTarget(actor, Number(id)));
  if (!target.needsPurpose) redirect(`/sprawy/${target.id}`);
  return (
    <>
      <PageHeader
        title="Cel dostępu do sprawy"
        lead={`Sprawa zawiera dane szczególnie chronione (RODO art. 9). Podaj cel dostępu — zostanie zapisany w dzienniku zdarzeń przy każdym otwarciu sprawy w ciągu ${count(PURPOSE_HOURS, WORDS.hourGen)}. Wgląd jest tylko do odczytu.`}
      />
      <p className="mb-4">Sprawa nr {target.number}</p>
      <PurposeForm caseId={target.id} />
    </>
  );
}
