import type { Metadata } from 'next';
import Link from 'next/link';
import { CalculatorForm } from '@/components/calculator/CalculatorForm';
import { CalculatorResults, Formula } from '@/components/calculator/CalculatorResults';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { publicVoivodeships } from '@/lib/territory/queries';
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
  // Public (policy 'calculator.use'): used in meetings with a wójt or starosta, who have no account.
  const actor = await getActor();
  const [calc, regions] = await Promise.all([guard(calculate(actor, await searchParams)), publicVoivodeships()]);
  const q = calc.query;
  const woj = calc.voivodeshipId === null ? '' : `&woj=${calc.voivodeshipId}`;
  return (
    <>
      <PageHeader
        title="Kalkulator kosztów zaniechania"
        lead={
          <>
            Ile przez 7 lat kosztuje pozostawienie sytuacji osoby lub rodziny bez zmian, a ile wsparcie w Modelu Kooperacji i jego oczekiwany efekt.{' '}
            {calc.voivodeshipName ? `Stawki ${ofVoivodeship(calc.voivodeshipName)}` : 'Stawki domyślne (wartości przykładowe)'} —{' '}
            <Link href={calc.voivodeshipId === null ? '/kalkulator/stawki' : `/kalkulator/stawki?woj=${calc.voivodeshipId}`} className={linkClass}>
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
      <CalculatorForm values={q.values} errors={q.submitted && !q.ok ? q.errors : undefined} regions={regions} regionId={calc.voivodeshipId} />
      {calc.result && calc.input && (
        <CalculatorResults result={calc.result} rates={calc.rates} pdfHref={`/kalkulator/pdf?${calculatorQuery(calc.input)}${woj}`} canManageRates={calc.canManageRates} />
      )}
      <Formula />
    </>
  );
}
