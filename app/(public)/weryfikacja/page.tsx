import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/ui/PageHeader';
import { normalizeVerificationCode, formatVerificationCode } from '@/lib/pdf/verification';
import { VerifyForm } from './VerifyForm';

export const metadata: Metadata = { title: 'Weryfikacja dokumentu' };

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ kod?: string }> }) {
  const { kod } = await searchParams;
  const code = kod ? normalizeVerificationCode(kod) : null;
  if (code) redirect(`/weryfikacja/${formatVerificationCode(code)}`);
  return (
    <>
      <PageHeader title="Weryfikacja dokumentu" lead="Sprawdź, czy wydrukowany dokument (porozumienie, deklaracja, oświadczenie, dokument ze sprawy osoby lub rodziny, zaświadczenie Szkoły Kooperacji) jest zarejestrowany na platformie i czy to jego aktualna wersja." />
      {kod && (
        <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          To nie jest poprawny kod weryfikacyjny — kod ma 12 znaków (cyfry i litery bez I, L, O, U).
        </p>
      )}
      <VerifyForm defaultValue={kod} />
    </>
  );
}
