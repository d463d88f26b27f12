import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GiveLinkForm } from '@/components/questionnaires/GiveLinkForm';
import { InPersonAnswerForm } from '@/components/questionnaires/InPersonAnswerForm';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { requireActor } from '@/lib/auth/session';
import { implementationLabel } from '@/lib/evaluation/evaluation';
import { guard } from '@/lib/page-guard';
import { listGiven } from '@/lib/questionnaires/links';
import { AUDIENCES } from '@/lib/questionnaires/schemas';

export const metadata: Metadata = { title: 'Ankiety ewaluacyjne wdrożenia' };

const MODES = { link: 'link', in_person: 'wypełniona z rodziną' } as const;

/** Giving the evaluation questionnaires out (by link or in person) and how many were answered. */
export default async function GiveQuestionnairesPage({ params, searchParams }: { params: Promise<{ implementationId: string }>; searchParams: Promise<{ wypelnij?: string }> }) {
  const { implementationId } = await params;
  const { wypelnij } = await searchParams;
  if (!/^\d{1,9}$/.test(implementationId)) notFound();
  const actor = await requireActor();
  const g = await guard(listGiven(actor, Number(implementationId)));
  const id = g.place.id;
  const filling = g.mayGive && wypelnij ? g.templates.find((t) => String(t.id) === wypelnij) : undefined;
  return (
    <>
      <nav aria-label="Okruszki" className="mb-2 text-sm">
        <Link href={`/ewaluacja/${id}`} className={linkClass}>
          Raport z ewaluacji (krok 9.2)
        </Link>
      </nav>
      <PageHeader
        title={`Ankiety ewaluacyjne — ${implementationLabel(g.place)}`}
        lead="Ankiety są anonimowe: link przyjmuje jedną odpowiedź bez logowania i bez imienia. Wyniki pokażemy w raporcie po zebraniu co najmniej 5 odpowiedzi na daną ankietę."
      />

      {filling ? (
        <section aria-labelledby="wypelnianie" className="mb-8">
          <h2 id="wypelnianie" className="mb-2 text-xl font-semibold">
            Wypełnianie z rodziną: {filling.title}
          </h2>
          <p className="mb-4 text-sm text-slate-700">Wypełnij ankietę razem z rodziną podczas spotkania. Nie wpisuj imion, nazwisk ani numerów spraw.</p>
          <InPersonAnswerForm implementationId={id} templateId={filling.id} questions={filling.questions} />
          <p className="mt-4">
            <Link href={`/ewaluacja/${id}/ankiety`} className={linkClass}>
              Wróć do listy ankiet
            </Link>
          </p>
        </section>
      ) : (
        g.mayGive && (
          <section aria-labelledby="wydaj" className="mb-8">
            <h2 id="wydaj" className="mb-3 text-xl font-semibold">
              Wydaj ankietę
            </h2>
            <ul className="grid gap-4 lg:grid-cols-2">
              {g.templates.map((t) => (
                <li key={t.id} className="rounded border border-slate-300 bg-white p-4">
                  <h3 className="font-semibold">{t.title}</h3>
                  <p className="mb-3 text-sm text-slate-700">
                    Adresaci: {AUDIENCES[t.audience]}; wersja {t.version}.
                  </p>
                  <GiveLinkForm implementationId={id} templateId={t.id} title={t.title} />
                  <p className="mt-3">
                    <Link href={`/ewaluacja/${id}/ankiety?wypelnij=${t.id}`} className={linkClass}>
                      Wypełnij z rodziną podczas spotkania
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )
      )}

      <h2 className="mb-3 text-xl font-semibold">Wydane ankiety</h2>
      {g.given.length === 0 ? (
        <p className="text-slate-700">Nie wydano jeszcze żadnej ankiety.</p>
      ) : (
        <ResponsiveTable label="Wydane ankiety">
          <table className={tableClass}>
            <caption className="sr-only">Wydane ankiety: liczba linków i odpowiedzi</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Ankieta
                </th>
                <th scope="col" className={thClass}>
                  Sposób
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Wydane
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Z odpowiedzią
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Bez odpowiedzi
                </th>
              </tr>
            </thead>
            <tbody>
              {g.given.map((r) => (
                <tr key={`${r.templateId}-${r.mode}`}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    {r.title} (wersja {r.version})
                  </th>
                  <td className={tdClass}>{MODES[r.mode]}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{r.total}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{r.answered}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{r.total - r.answered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </>
  );
}
