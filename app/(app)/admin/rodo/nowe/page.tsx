import type { Metadata } from 'next';
import Link from 'next/link';
import { RegisterRequestForm } from '@/components/rodo/RegisterRequestForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { clock } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { guard } from '@/lib/page-guard';
import { requestCaseMembers } from '@/lib/rodo/requests';
import { param } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Nowe żądanie RODO' };

/** The members of the case named in the query, or why none could be read (the case was not found). */
async function lookUp(actor: Awaited<ReturnType<typeof requireActor>>, caseNumber: string | undefined) {
  if (!caseNumber) return { members: [], problem: null, anonymised: false };
  try {
    const found = await requestCaseMembers(actor, caseNumber);
    return { members: found.members.map((m) => ({ value: m.id, label: m.label })), problem: null, anonymised: found.anonymised, number: found.number };
  } catch (e) {
    if (e instanceof AppError && e.code === 'INVALID') return { members: [], problem: e.message, anonymised: false };
    throw e;
  }
}

export default async function NewDataRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  await guard(authorize(actor, 'data_request.manage', { voivodeshipId: actor.scope.voivodeshipId }));
  const caseNumber = param(await searchParams, 'sprawa', 30)?.toUpperCase();
  const found = await guard(lookUp(actor, caseNumber));
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/rodo" className={linkClass}>
          ← Rejestr żądań
        </Link>
      </p>
      <PageHeader title="Zarejestruj żądanie osoby (RODO)" lead="Termin odpowiedzi (miesiąc od wpływu) zostanie wyliczony, a żądanie pojawi się w „Mojej pracy” do czasu jego realizacji." />
      <section aria-labelledby="sprawa" className="mb-6 max-w-2xl rounded border border-slate-200 bg-white p-4">
        <h2 id="sprawa" className="mb-2 text-lg font-semibold">
          Sprawa, której dotyczy żądanie (opcjonalnie)
        </h2>
        <p className="mb-3 text-sm text-slate-700">Podaj numer sprawy, aby wybrać osobę z gospodarstwa domowego. Odczyt składu gospodarstwa zostanie zapisany w dzienniku dostępu sprawy.</p>
        <form method="get" role="search" aria-label="Wyszukaj sprawę" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="q-sprawa" className="block text-sm font-medium">
              Numer sprawy
            </label>
            <input id="q-sprawa" name="sprawa" defaultValue={caseNumber} aria-describedby={found.problem ? 'q-sprawa-error' : undefined} className="mt-1 rounded border border-slate-500 px-2 py-2" />
          </div>
          <button type="submit" className="min-h-11 rounded border border-brand-800 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            Wczytaj osoby ze sprawy
          </button>
        </form>
        <div role="status">
          {found.problem && (
            <p id="q-sprawa-error" className="mt-2 font-medium text-red-800">
              Sprawa {caseNumber}: {found.problem}.
            </p>
          )}
          {caseNumber && !found.problem && (
            <p className="mt-2">
              Sprawa {caseNumber}: {found.anonymised ? 'dane sprawy zostały zanonimizowane.' : found.members.length ? 'wybierz osobę w formularzu poniżej.' : 'brak osób w gospodarstwie domowym.'}
            </p>
          )}
        </div>
      </section>
      <RegisterRequestForm today={clock.today()} caseNumber={found.problem ? '' : (caseNumber ?? '')} members={found.members} />
    </>
  );
}
