import type { Metadata } from 'next';
import Link from 'next/link';
import { NeedForm } from '@/components/school/NeedForm';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';

import { guard } from '@/lib/page-guard';
import { needsSummary } from '@/lib/school/need-schemas';
import { needsPage } from '@/lib/school/needs';
import { TRAINING_KINDS } from '@/lib/school/training-schemas';
import { formatDate } from '@/lib/text';
import { clock } from '@/lib/clock';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Potrzeby szkoleniowe' };

type Need = Awaited<ReturnType<typeof needsPage>>['mine'][number];

function NeedsTable({ rows, caption, withSource }: { rows: Need[]; caption: string; withSource: boolean }) {
  return (
    <ResponsiveTable label={caption} className="mb-6">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {!withSource && <th scope="col" className={thClass}>Rok</th>}
            <th scope="col" className={thClass}>Rodzaj</th>
            <th scope="col" className={thClass}>Temat i opis</th>
            <th scope="col" className={thClass}>Uczestnicy</th>
            {withSource && <th scope="col" className={thClass}>Zgłaszający</th>}
            <th scope="col" className={thClass}>Data zgłoszenia</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id}>
              {!withSource && <td className={tdClass}>{n.year}</td>}
              <td className={tdClass}>{TRAINING_KINDS[n.kind]}</td>
              <td className={tdClass}>
                <span className="block font-medium">{n.topic}</span>
                {n.description && <span className="block whitespace-pre-line text-sm text-slate-700">{n.description}</span>}
              </td>
              <td className={tdClass}>{n.participants}</td>
              {withSource && (
                <td className={tdClass}>
                  {n.institutionName}
                  <span className="block text-sm text-slate-700">
                    {[n.gminaName && `gmina ${n.gminaName}`, n.powiatName && `powiat ${n.powiatName}`].filter(Boolean).join(', ') || 'województwo'} · {n.submittedByName}
                  </span>
                </td>
              )}
              <td className={tdClass}>{formatDate(n.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

export default async function NeedsPage({ searchParams }: { searchParams: Promise<{ rok?: string }> }) {
  const { rok } = await searchParams;
  const actor = await requireActor();
  const { canSubmit, mine, overview } = await guard(needsPage(actor, rok && /^\d{4}$/.test(rok) ? Number(rok) : undefined));
  const nextYear = clock.year() + 1;
  return (
    <>
      <PageHeader
        title="Potrzeby szkoleniowe"
        lead="Animatorzy PCPR i GOPS oraz członkowie WZK zgłaszają doradcy ROPS zapotrzebowanie szkoleniowe; ROPS planuje na tej podstawie Szkołę Kooperacji na kolejny rok."
      />
      <p className="mb-4">
        <Link href="/szkola" className={linkClass}>
          ← Szkoła Kooperacji
        </Link>
      </p>
      {canSubmit && (
        <>
          <h2 className="mb-3 text-xl font-semibold">Zgłoś potrzebę szkoleniową</h2>
          <NeedForm from={actor.scope.scopeLabel} defaults={{ year: nextYear, kind: 'extended', topic: '', description: '', participants: '' as unknown as number }} />
          <h2 className="mb-3 text-xl font-semibold">Moje zgłoszenia</h2>
          {mine.length ? <NeedsTable rows={mine} caption="Moje zgłoszenia potrzeb szkoleniowych" withSource={false} /> : <p className="mb-6 text-slate-700">Nie zgłoszono jeszcze potrzeb.</p>}
        </>
      )}
      {overview && (
        <>
          <h2 className="mb-3 text-xl font-semibold">Zgłoszenia z województwa — rok {overview.year}</h2>
          {overview.years.length > 1 && (
            <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
              <div>
                <label htmlFor="rok" className="block font-medium">
                  Rok
                </label>
                <select id="rok" name="rok" defaultValue={overview.year} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
                  {overview.years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-slate-100">
                Pokaż
              </button>
            </form>
          )}
          <p className="mb-3">
            Razem: {needsSummary(overview.totals)}.{' '}
            {overview.needs.length > 0 && (
              <a href={`/szkola/potrzeby/eksport.csv?rok=${overview.year}`} className={linkClass}>
                Pobierz CSV
              </a>
            )}
          </p>
          <ResponsiveTable label={`Podsumowanie według rodzaju szkolenia — rok ${overview.year}`} className="mb-6">
            <table className={`${tableClass} max-w-2xl`}>
              <caption className="mb-1 text-left font-semibold">Podsumowanie według rodzaju szkolenia — rok {overview.year}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Rodzaj</th>
                  <th scope="col" className={thClass}>Zgłoszenia</th>
                  <th scope="col" className={thClass}>Uczestnicy</th>
                </tr>
              </thead>
              <tbody>
                {overview.totals.byKind.map((k) => (
                  <tr key={k.kind}>
                    <th scope="row" className={`${tdClass} font-normal`}>{k.label}</th>
                    <td className={tdClass}>{k.needs}</td>
                    <td className={tdClass}>{k.participants}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className={`${tdClass} font-semibold`}>Razem</th>
                  <td className={`${tdClass} font-semibold`}>{overview.totals.needs}</td>
                  <td className={`${tdClass} font-semibold`}>{overview.totals.participants}</td>
                </tr>
              </tbody>
            </table>
          </ResponsiveTable>
          {overview.needs.length ? <NeedsTable rows={overview.needs} caption={`Zgłoszenia potrzeb szkoleniowych na rok ${overview.year}`} withSource /> : <p className="text-slate-700">Brak zgłoszeń na ten rok.</p>}
        </>
      )}
    </>
  );
}
