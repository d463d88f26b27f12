import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { authorize } from '@/lib/auth/authorize';
import { canOpen } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { listCases, referralPzks } from '@/lib/cases/cases';
import { CASE_KINDS, CASE_STATUSES } from '@/lib/cases/vocabulary';
import { plural, WORDS } from '@/lib/plural';
import { formatDate } from '@/lib/text';
import type { CaseStatus } from '@/db/schema';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Sprawy osób i rodzin' };

export default async function CasesPage({ searchParams }: { searchParams: Promise<{ stan?: string }> }) {
  const actor = await requireActor();
  await authorize(actor, 'case.list');
  const { stan } = await searchParams;
  const status = stan && stan in CASE_STATUSES ? (stan as CaseStatus) : undefined;
  const rows = await listCases(actor, { status });
  // The referral button only where the actor can refer: a team their institution or area takes part in.
  const canRefer = canOpen(actor, 'case.refer') && (await referralPzks(actor)).length > 0;
  const supervisor = actor.scope.role === 'rops_admin' || actor.scope.role === 'rops_adviser';
  return (
    <>
      <PageHeader
        title="Sprawy osób i rodzin"
        lead={
          supervisor
            ? 'Sprawy województwa — otwarcie sprawy wymaga podania celu dostępu (superwizja) i jest zapisywane w dzienniku.'
            : 'Sprawy osób i rodzin, z którymi pracujesz jako pracownik kluczowy, członek zespołu sprawy lub animator.'
        }
        actions={
          canRefer && (
            <Link href="/sprawy/nowa" className={buttonClass}>
              Zgłoś osobę lub rodzinę
            </Link>
          )
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filtr spraw">
        <div>
          <label htmlFor="stan" className="block font-medium">
            Stan sprawy
          </label>
          <select id="stan" name="stan" defaultValue={status ?? ''} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            <option value="">wszystkie</option>
            {Object.entries(CASE_STATUSES).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-slate-100">
          Pokaż
        </button>
      </form>
      {rows.length === 0 ? (
        <p>Brak spraw{status ? ' w tym stanie' : ''}.</p>
      ) : (
        <ResponsiveTable label={`Sprawy (${rows.length})`}>
        <table className={tableClass}>
          <caption className="sr-only">Sprawy ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Numer</th>
              <th scope="col" className={thClass}>Kto</th>
              <th scope="col" className={thClass}>Gmina</th>
              <th scope="col" className={thClass}>Stan</th>
              <th scope="col" className={thClass}>Pracownik kluczowy</th>
              <th scope="col" className={thClass}>Przypomnienia</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className={tdClass}>
                  <Link href={`/sprawy/${r.id}`} className={linkClass}>
                    {r.number}
                  </Link>
                </td>
                <td className={tdClass}>
                  {CASE_KINDS[r.kind]}
                  {r.firstMember ? ` — ${r.firstMember}` : ''}
                </td>
                <td className={tdClass}>{r.gminaName}</td>
                <td className={tdClass}>
                  {CASE_STATUSES[r.status]}
                  {r.qualifiedOn ? ` (od ${formatDate(r.qualifiedOn)})` : ''}
                </td>
                <td className={tdClass}>{r.keyWorkerName}</td>
                <td className={tdClass}>{r.openReminders ? `${r.openReminders} ${plural(r.openReminders, WORDS.reminder)}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ResponsiveTable>
      )}
    </>
  );
}
