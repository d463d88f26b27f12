import Link from 'next/link';

const AUDIENCES = [
  { who: 'Regionalne ośrodki polityki społecznej (ROPS)', what: 'zatwierdzają konta, przyjmują zgłoszenia gmin i śledzą etap oraz krok wdrożenia w każdej gminie województwa.' },
  { who: 'Powiatowe centra pomocy rodzinie (PCPR)', what: 'animator PCPR tworzy Partnerski Zespół Kooperacji (PZK), jego plan pracy i listę aktywności i usług.' },
  { who: 'Ośrodki pomocy społecznej (GOPS/OPS/MOPS)', what: 'animator GOPS prowadzi pracę z osobami i rodzinami: kartę oczekiwań, diagnozę i indywidualny program pomocy (IPP).' },
  { who: 'Instytucje partnerskie', what: 'szkoły, ochrona zdrowia, policja, kuratorzy, urzędy pracy i organizacje pozarządowe współpracują w PZK.' },
  { who: 'Radni gminy i powiatu', what: 'uczestniczą w pracach PZK i odpowiadają za ewaluację wdrożenia.' },
];

export default function HomePage() {
  return (
    <>
      <section aria-labelledby="o-platformie" className="mb-10">
        <h1 id="o-platformie" className="mb-4 text-3xl font-bold text-brand-900">
          Platforma Modelu Kooperacji
        </h1>
        <p className="mb-3 max-w-3xl text-lg">
          Model Kooperacji to wielosektorowa współpraca instytucji pomocy i integracji społecznej z osobami, rodzinami i grupami
          w gminie i powiecie. Wdrożenie trwa 18 miesięcy i przebiega w czterech etapach i dziesięciu krokach — od organizacji,
          przez realizację, po ewaluację końcową.
        </p>
        <p className="max-w-3xl text-lg">
          Platforma zastępuje dokumenty w plikach i korespondencję e-mailową: porozumienia i formularze wypełnia się online,
          podpisane porozumienia drukuje się jako PDF, a doradcy ROPS widzą postęp każdej gminy w jednym miejscu.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href="/logowanie" className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
            Zaloguj się
          </Link>
          <Link href="/rejestracja" className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            Złóż wniosek o konto
          </Link>
          <Link href="/uslugi" className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            Wojewódzka lista usług
          </Link>
          <Link href="/weryfikacja" className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            Sprawdź wydrukowany dokument
          </Link>
          <Link href="/dobre-praktyki" className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            Dobre praktyki
          </Link>
          <Link href="/e-szkola" className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            e-szkoła Kooperacji
          </Link>
        </p>
      </section>
      <section aria-labelledby="dla-kogo" className="mb-10">
        <h2 id="dla-kogo" className="mb-4 text-2xl font-semibold">
          Dla kogo jest platforma
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {AUDIENCES.map((a) => (
            <li key={a.who} className="rounded border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{a.who}</h3>
              <p className="text-slate-700">{a.what}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dostep" className="max-w-3xl">
        <h2 id="dostep" className="mb-2 text-2xl font-semibold">
          Jak uzyskać dostęp
        </h2>
        <p>
          Pracownik instytucji składa wniosek o konto, wskazując instytucję, funkcję, rolę i obszar działania. Wniosek zatwierdza
          administrator ROPS właściwego województwa. Dane osób i rodzin są danymi szczególnie chronionymi — każdy użytkownik widzi
          wyłącznie dane swojej gminy, powiatu lub zespołu, a dostęp do nich jest rejestrowany.
        </p>
      </section>
    </>
  );
}
