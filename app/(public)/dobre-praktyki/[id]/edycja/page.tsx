import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PracticeForm } from '@/components/practices/PracticeForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { practiceForm } from '@/lib/practices/practices';
import { updatePracticeAction } from '../../actions';

export const metadata: Metadata = { title: 'Edycja dobrej praktyki' };

export default async function EditPracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { voivodeshipName, practice: p, powiats, gminas } = await guard(practiceForm(actor, Number(id)));
  if (!p) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href={`/dobre-praktyki/${p.id}`} className={linkClass}>
          ← {p.name}
        </Link>
      </p>
      <PageHeader title={`Edycja: ${p.name}`} lead={`${p.status === 'proposed' ? 'Propozycja' : 'Opublikowana dobra praktyka'}, województwo ${voivodeshipName}.`} />
      <PracticeForm
        mode="edit"
        action={updatePracticeAction}
        initial={{
          id: p.id,
          version: p.version,
          name: p.name,
          level: p.level,
          area: p.area,
          description: p.description,
          conditions: p.conditions,
          process: p.process.map((text) => ({ text })),
          solution: p.solution,
          swotStrengths: p.swotStrengths,
          swotWeaknesses: p.swotWeaknesses,
          swotOpportunities: p.swotOpportunities,
          swotThreats: p.swotThreats,
          measures: p.measures,
          powiatId: p.powiatId ? String(p.powiatId) : '',
          gminaId: p.gminaId ? String(p.gminaId) : '',
          contact: p.contact,
        }}
        powiats={powiats}
        gminas={gminas}
        cancelHref={`/dobre-praktyki/${p.id}`}
      />
    </>
  );
}
