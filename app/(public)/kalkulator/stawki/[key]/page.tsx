import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RateForm } from '@/components/calculator/RateForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { formatZl } from '@/lib/calculator/format';
import { DEFAULT_RATES } from '@/lib/calculator/rates';
import { rateForEdit } from '@/lib/calculator/service';
import { guard } from '@/lib/page-guard';
import { saveCostRateAction } from '../../actions';

export const metadata: Metadata = { title: 'Zmiana stawki kalkulatora' };

const amountText = (n: number) => new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2, useGrouping: false }).format(n);

export default async function EditRatePage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!/^[a-z_]{1,50}$/.test(key)) notFound();
  const actor = await requireActor();
  const { voivodeshipName, rate } = await guard(rateForEdit(actor, key));
  const def = DEFAULT_RATES[rate.key];
  return (
    <>
      <p className="mb-2">
        <Link href="/kalkulator/stawki" className={linkClass}>
          ← Stawki kalkulatora
        </Link>
      </p>
      <PageHeader title={`Stawka: ${rate.label}`} lead={`Województwo ${voivodeshipName}.`} />
      <p className="mb-4 max-w-3xl text-slate-700">
        {rate.isDefault ? 'Województwo liczy dziś według stawki domyślnej' : 'Stawka domyślna'}: {formatZl(def.amount)} ({def.unit}). {def.source}
      </p>
      <RateForm action={saveCostRateAction} initial={{ key: rate.key, amount: amountText(rate.amount), unit: rate.unit, source: rate.isDefault ? '' : rate.source, version: rate.version }} />
    </>
  );
}
