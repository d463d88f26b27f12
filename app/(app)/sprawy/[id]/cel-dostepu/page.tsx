import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PurposeForm } from '@/components/cases/PurposeForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { PURPOSE_HOURS } from '@/lib/cases/access';

export const metadata: Metadata = { title: 'Cel dostępu do konta osoby/rodziny' };

/** ROPS lands here when opening a case without a current purpose (lib/page-guard.ts). */
export default async function PurposePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  await authorize(actor, 'case.list');
  return (
    <>
      <PageHeader
        title="Cel dostępu do konta osoby/rodziny"
        lead={`Konto zawiera dane szczególnie chronione (RODO art. 9). Podaj cel dostępu — zostanie zapisany w dzienniku zdarzeń przy każdym otwarciu konta w ciągu ${PURPOSE_HOURS} godzin. Wgląd jest tylko do odczytu.`}
      />
      <PurposeForm caseId={Number(id)} />
    </>
  );
}
