import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestDeadline, RequestStatusBadge } from '@/components/rodo/RequestDeadline';
import { FilterForm, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { count } from '@/lib/plural';
import { REQUEST_FILTERS, REQUEST_KIND_KEYS, REQUEST_KINDS, type DataRequestKind, type RequestFilter } from '@/lib/rodo/request-schemas';
import { listRequests } from '@/lib/rodo/requests';
import { param } from '@/lib/search-params';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Żądania RODO' };

const REQUEST_WORDS = ['żądanie', 'żądania', 'żądań'] as const;

export default async function DataRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const statusParam = param(sp, 'stan');
  const status: RequestFilter = statusParam && statusParam in REQUEST_FILTERS ? (statusParam as RequestFilter) : 'open';
  const kindParam = param(sp, 'rodzaj');
  const kind = kindParam && (REQUEST_KIND_KEYS as string[]).includes(kindParam) ? (kindParam as DataRequestKind) : undefined;
  const rows = await guard(listRequests(actor, { status, kind }));
  return (
    <>
      <PageHeader
        title="Żądania osób (RODO)"
        lead="Rejestr żądań osób, których dane dotyczą: dostęp, sprostowanie, ograniczenie przetwarzania, usunięcie, sprzeciw. Odpowiedź należy się w ciągu miesiąca od wpływu; termin można przedłużyć o dwa miesiące, informując osobę o przyczynie (art. 12 ust. 3 RODO)."
        actions={
          <Link href="/admin/rodo/nowe" className={buttonClass}>
            Zarejestruj żądanie
          </Link>
        }
      />
      <FilterForm label="Filtry rejestru żądań">
        <div>
          <label htmlFor="f-stan" className="block text-sm font-medium">
            Stan
          </label>
          <select id="f-stan" name="stan" defaultValue={status} className="mt-1 max-w-64 rounded border border-slate-500 px-2 py-2">
            {(Object.keys(REQUEST_FILTERS) as RequestFilter[]).map((k) => (
              <option key={k} value={k}>
                {REQUEST_FILTERS[k]}
              </option>
            ))}
          </select>
        </div>
        <FilterSelect id="f-rodzaj" name="rodzaj" label="Rodzaj" defaultValue={kind} options={REQUEST_KIND_KEYS.map((k) => ({ value: k, label: REQUEST_KINDS[k] }))} />
      </FilterForm>
      <p className="mb-3" role="status">
        {rows.length === 0 ? 'Brak żądań spełniających kryteria.' : `${REQUEST_FILTERS[status][0].toUpperCase()}${REQUEST_FILTERS[status].slice(1)}: ${count(rows.length, REQUEST_WORDS)}.`}
      </p>
      {rows.length > 0 && (
        <ResponsiveTable label="Rejestr żądań">
          <table className={tableClass}>
            <caption className="sr-only">Rejestr żądań osób (RODO)</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Numer</th>
                <th scope="col" className={thClass}>Rodzaj</th>
                <th scope="col" className={thClass}>Wpływ</th>
                <th scope="col" className={thClass}>Termin odpowiedzi</th>
                <th scope="col" className={thClass}>Stan</th>
                <th scope="col" className={thClass}>Sprawa</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={tdClass}>
                    <Link href={`/admin/rodo/${r.id}`} className={linkClass}>
                      {r.number}
                    </Link>
                  </td>
                  <td className={tdClass}>{REQUEST_KINDS[r.kind]}</td>
                  <td className={tdClass}>{formatDate(r.receivedOn)}</td>
                  <td className={tdClass}>
                    <RequestDeadline deadline={r.deadline} daysLeft={r.daysLeft} extended={!!r.extendedUntil} />
                  </td>
                  <td className={tdClass}>
                    <RequestStatusBadge status={r.status} />
                    {r.doneOn && <span className="block text-sm text-slate-700">{formatDate(r.doneOn)}</span>}
                  </td>
                  <td className={tdClass}>{r.caseNumber ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </>
  );
}
