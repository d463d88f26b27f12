import type { Metadata } from 'next';
import Link from 'next/link';
import { CalculatorForm } from '@/components/calculator/CalculatorForm';
import { CalculatorResults, Formula } from '@/components/calculator/CalculatorResults';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { calculatorQuery } from '@/lib/calculator/schema';
import { calculate } from '@/lib/calculator/service';
import { guard } from '@/lib/page-guard';
import { ofVoivodeship } from '@/lib/territory/voivodeship-names';

export const metadata: Metadata = { title: 'Kalkulator kosztów zaniechania' };

/**
 * Kalkulator kosztów zaniechania (etap II): a GET form; the result is the
 * page of its query string — shareable, printable as /kalkulator/pdf?<the same query>.
 */
export default async function CalculatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const calc = await guard(calculate(actor, await searchParams));
  const q = calc.query;
  return (
    <>
      <PageHeader
        title="Kalkulator kosztów zaniechania"
        lead={
          <>
            Ile przez 7 lat kosztuje pozostawienie sytuacji osoby lub rodziny bez zmian, a ile wsparcie w Modelu Kooperacji i jego oczekiwany efekt. Stawki
            {ofVoivodeship(calc.voivodeshipName)} —{' '}
            <Link href="/kalkulator/stawki" className={linkClass}>
              stawki i ich źródła
            </Link>
            .
          </>
        }
      />
      <p className="mb-6 max-w-4xl text-slate-700">
        Wpisz liczby dla opisywanej osoby lub rodziny (bez danych osobowych) i wybierz „Oblicz koszty”. Wynik ma własny adres — można go przesłać lub wydrukować jako PDF.
        Ułamki wpisuj z przecinkiem, np. 12,5.
      </p>
      <CalculatorForm values={q.values} errors={q.submitted && !q.ok ? q.errors : undefined} />
      {calc.result && calc.input && (
        <CalculatorResults result={calc.result} rates={calc.rates} pdfHref={`/kalkulator/pdf?${calculatorQuery(calc.input)}`} canManageRates={calc.canManageRates} />
      )}
      <Formula />
    </>
  );
}
