import type { Metadata } from 'next';
import Link from 'next/link';
import { PracticeForm } from '@/components/practices/PracticeForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { practiceForm } from '@/lib/practices/practices';
import { proposePracticeAction } from '../actions';

export const metadata: Metadata = { title: 'Propozycja dobrej praktyki' };

const EMPTY = {
  name: '',
  level: '',
  area: '',
  description: '',
  conditions: '',
  process: [{ text: '' }],
  solution: '',
  swotStrengths: '',
  swotWeaknesses: '',
  swotOpportunities: '',
  swotThreats: '',
  measures: '',
  powiatId: '',
  gminaId: '',
  contact: '',
};

export default async function NewPracticePage() {
  const actor = await requireActor();
  const { voivodeshipName, powiats, gminas } = await guard(practiceForm(actor));
  return (
    <>
      <p className="mb-2">
        <Link href="/dobre-praktyki" className={linkClass}>
          ← Katalog dobrych praktyk
        </Link>
      </p>
      <PageHeader title="Zaproponuj dobrą praktykę" lead={`Województwo ${voivodeshipName}. Wypełnij kartę dobrej praktyki.`} />
      <PracticeForm mode="propose" action={proposePracticeAction} initial={EMPTY} powiats={powiats} gminas={gminas} cancelHref="/dobre-praktyki" />
    </>
  );
}
