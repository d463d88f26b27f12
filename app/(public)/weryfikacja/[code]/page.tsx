import type { Metadata } from 'next';
import { connection } from 'next/server';
import { PageHeader } from '@/components/ui/PageHeader';
import { unsafeVerifyCode, type CasePrintVerification, type CertificateVerification } from '@/lib/documents/verify';
import { formatDate, formatDateTime } from '@/lib/text';
import { VerifyForm } from '../VerifyForm';

export const metadata: Metadata = { title: 'Wynik weryfikacji dokumentu', robots: { index: false } };

export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const { code } = await params;
  const raw = decodeURIComponent(code).slice(0, 40);
  const r = await unsafeVerifyCode(raw);
  return (
    <>
      <PageHeader title="Wynik weryfikacji dokumentu" lead={<>Kod: <span className="font-mono">{raw}</span></>} />
      {!r.found ? (
        <div role="status" className="mb-6 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="text-lg font-semibold">{r.malformed ? 'To nie jest poprawny kod weryfikacyjny.' : 'Nie znaleziono dokumentu o tym kodzie.'}</p>
          <p>Wydruk z tym kodem nie pochodzi z platformy albo kod został przepisany z błędem.</p>
        </div>
      ) : r.source === 'case' ? (
        <CasePrint r={r} />
      ) : r.source === 'certificate' ? (
        <Certificate r={r} />
      ) : (
        <>
          <div
            role="status"
            className={`mb-6 rounded border-2 p-4 ${r.valid && r.printed === 'signed' ? 'border-green-700 bg-green-50 text-green-900' : r.valid ? 'border-brand-800 bg-brand-50 text-brand-900' : 'border-amber-700 bg-amber-50 text-amber-950'}`}
          >
            <p className="text-lg font-semibold">
              {r.valid && r.printed === 'signed'
                ? 'Dokument zarejestrowany — wydruk odpowiada aktualnej, podpisanej wersji (z datami podpisów).'
                : r.valid
                  ? `Dokument zarejestrowany — to wydruk wersji niepodpisanej (bez dat podpisów). Ta sama treść została podpisana${r.contentSignedOn ? ` i obowiązuje od ${formatDate(r.contentSignedOn)}` : ''}.`
                  : !r.current
                  ? 'Dokument zarejestrowany, ale ten wydruk NIE jest aktualną wersją — treść została później zmieniona.'
                  : r.terminatedOn
                    ? `Dokument zarejestrowany, ale porozumienie zostało rozwiązane z dniem ${formatDate(r.terminatedOn)}.`
                    : `Dokument zarejestrowany, ale nie jest podpisany (stan: ${r.status}).`}
            </p>
          </div>
          <dl className="mb-6 grid gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">Rodzaj</dt>
            <dd>{r.kind}</dd>
            <dt className="font-medium">Tytuł</dt>
            <dd>{r.title}</dd>
            <dt className="font-medium">Numer</dt>
            <dd>{r.number}</dd>
            <dt className="font-medium">Stan</dt>
            <dd>{r.status}</dd>
            <dt className="font-medium">Data zawarcia</dt>
            <dd>{r.effectiveOn ? formatDate(r.effectiveOn) : 'nie podpisano'}</dd>
            <dt className="font-medium">Wersja na wydruku z</dt>
            <dd>{formatDateTime(r.printedRevisionAt)}</dd>
            <dt className="font-medium">Wydruk</dt>
            <dd>
              {r.printed === 'signed' && r.signatures ? (
                <>
                  wersja podpisana — daty podpisów:
                  <ul className="list-disc pl-5">
                    {r.signatures.map((x, i) => (
                      <li key={i}>
                        {x.party}: {x.signedOn ? formatDate(x.signedOn) : '—'}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                'wersja niepodpisana (projekt lub do podpisu, bez dat podpisów)'
              )}
            </dd>
            {r.amends && (
              <>
                <dt className="font-medium">Dotyczy</dt>
                <dd>{r.amends}</dd>
              </>
            )}
            <dt className="font-medium">Strony</dt>
            <dd>
              <ul className="list-disc pl-5">
                {r.parties.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </dd>
            {r.annexes.length > 0 && (
              <>
                <dt className="font-medium">Aneksy i deklaracje</dt>
                <dd>{r.annexes.map((a) => `${a.number} (${a.status})`).join(', ')}</dd>
              </>
            )}
          </dl>
        </>
      )}
      <VerifyForm />
    </>
  );
}

/**
 * A printed case document (sprawa osoby lub rodziny): special-category data (RODO art. 9) — the page
 * confirms the printout and nothing more: no names, no content.
 */
function CasePrint({ r }: { r: CasePrintVerification }) {
  return (
    <>
      <div role="status" className={`mb-6 rounded border-2 p-4 ${r.current ? 'border-green-700 bg-green-50 text-green-900' : 'border-amber-700 bg-amber-50 text-amber-950'}`}>
        <p className="text-lg font-semibold">
          {r.current ? 'Dokument ze sprawy osoby lub rodziny — wydruk odpowiada aktualnej wersji.' : 'Dokument ze sprawy osoby lub rodziny, ale ten wydruk NIE jest aktualny — od wydruku dokument zmieniono.'}
        </p>
      </div>
      <dl className="mb-4 grid gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Rodzaj</dt>
        <dd>Dokument ze sprawy osoby lub rodziny: {r.kind}</dd>
        <dt className="font-medium">Numer sprawy</dt>
        <dd>{r.caseNumber}</dd>
        <dt className="font-medium">Zespół</dt>
        <dd>{r.pzkName}</dd>
        <dt className="font-medium">Data wydania</dt>
        <dd>{formatDate(r.issuedAt)}</dd>
        <dt className="font-medium">Wersja</dt>
        <dd>{r.current ? 'aktualny' : 'nieaktualny — od wydruku dokument zmieniono'}</dd>
      </dl>
      <p className="mb-6 text-sm text-slate-700">
        Dokumenty ze spraw osób i rodzin zawierają dane szczególnie chronione (art. 9 RODO), dlatego weryfikacja nie pokazuje danych osób ani treści dokumentu. Treść porównaj z wydrukiem u pracownika
        kluczowego lub animatora.
      </p>
    </>
  );
}

/** A zaświadczenie of Szkoła Kooperacji: meant to be shown, so whose it is and for what. */
function Certificate({ r }: { r: CertificateVerification }) {
  return (
    <>
      <div role="status" className="mb-6 rounded border-2 border-green-700 bg-green-50 p-4 text-green-900">
        <p className="text-lg font-semibold">Zaświadczenie zarejestrowane — wydane na platformie.</p>
      </div>
      <dl className="mb-6 grid gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Rodzaj</dt>
        <dd>{r.kind}</dd>
        <dt className="font-medium">Uczestnik</dt>
        <dd>{r.name}</dd>
        <dt className="font-medium">Szkolenie</dt>
        <dd>{r.topic}</dd>
        <dt className="font-medium">Data szkolenia</dt>
        <dd>{formatDate(r.heldOn)}</dd>
        <dt className="font-medium">Numer</dt>
        <dd>{r.number}</dd>
      </dl>
    </>
  );
}
