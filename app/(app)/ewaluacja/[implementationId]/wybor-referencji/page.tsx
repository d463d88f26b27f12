import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RefereeChoice } from '@/components/evaluation/RefereeChoice';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { referencePeople } from '@/lib/evaluation/references';
import { guard } from '@/lib/page-guard';

export const metadata: Metadata = { title: 'Wybór referencji (krok 10.4)' };

export default async function RefereeChoicePage({ params }: { params: Promise<{ implementationId: string }> }) {
  const { implementationId } = await params;
  if (!/^\d{1,9}$/.test(implementationId)) notFound();
  const actor = await requireActor();
  const r = await guard(referencePeople(actor, Number(implementationId)));
  return (
    <>
      <nav aria-label="Okruszki" className="mb-2 text-sm">
        <Link href="/ewaluacja" className={linkClass}>
          Ewaluacja (etap IV)
        </Link>{' '}
        ›{' '}
        <Link href={`/ewaluacja/${r.place.id}`} className={linkClass}>
          Raport z ewaluacji (krok 9.2)
        </Link>
      </nav>
      <PageHeader
        title={`Wybór referencji — ${r.label}`}
        lead="Krok 10.4: referencje dla Liderów Kooperacji (animatorów, osób zarządzających PCPR i GOPS, władz i radnych), dla instytucji i zespołów. Przygotowuje je ROPS; wręczane są podczas spotkania wojewódzkiego."
      />
      <RefereeChoice implementationId={r.place.id} referees={r.all} />
    </>
  );
}
