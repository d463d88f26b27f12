import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccessLogFilter } from '@/components/cases/AccessLogFilter';
import { CaseHeader } from '@/components/cases/CaseNav';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { CASE_ACCESS_KINDS } from '@/lib/audit-labels';
import { roleLabel } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { accessLog } from '@/lib/cases/access';
import { readAccessLogFilters } from '@/lib/cases/schemas';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Dziennik dostępu do sprawy' };

type SearchParams = Record<string, string | string[] | undefined>;

const timeOf = (d: Date) => formatDateTime(d).split(', ').pop();

export default async function AccessLogPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { values, errors } = readAccessLogFilters(await searchParams);
  const log = await guard(
    accessLog(actor, Number(id), { userId: values.kto, role: values.rola, kind: values.rodzaj, outsiders: values.spoza, from: values.od, to: values.do, page: values.strona }),
  );
  const { case: c, entries, page, pages, total } = log;
  const base = `/sprawy/${c.id}/dostep`;
  const pageHref = (p: number) => {
    const q = new URLSearchParams();
    for (const k of ['kto', 'rola', 'rodzaj', 'od', 'do'] as const) {
      const v = values[k];
      if (v) q.set(k, v);
    }
    if (values.spoza) q.set('spoza', '1');
    q.set('strona', String(p));
    return `${base}?${q}`;
  };
  return (
    <>
      <CaseHeader c={c} current="/dostep" title="Dziennik dostępu" />
      <p className="mb-4 max-w-3xl">
        Kto i kiedy otwierał sprawę, drukował z niej dokumenty lub eksportował dane — z celem dostępu podanym przez osoby spoza zespołu sprawy (ROPS). Powtórne otwarcia tej samej strony przez tę samą osobę tego samego dnia są zliczone w jednym wierszu.
      </p>
      <AccessLogFilter
        values={values}
        errors={errors}
        clearHref={base}
        people={log.options.people.map((p) => ({ value: p.userId, label: p.name }))}
        roles={log.options.roles.map((r) => ({ value: r, label: roleLabel(r) })).sort((a, b) => a.label.localeCompare(b.label, 'pl'))}
        kinds={Object.entries(CASE_ACCESS_KINDS).map(([value, label]) => ({ value, label }))}
      />
      {errors.strona && (
        <p className="mb-4 text-sm font-medium text-red-800" role="status">
          {errors.strona} Pokazano pierwszą stronę.
        </p>
      )}
      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {total === 0 ? 'Brak wpisów spełniających kryteria.' : `Wierszy: ${total}; strona ${page} z ${pages}.`}
      </p>
      {entries.length > 0 && (
        <ResponsiveTable label="Wpisy dziennika dostępu">
          <table className={tableClass}>
            <caption className="sr-only">Otwarcia sprawy, od najnowszych; wiersze oznaczone „spoza zespołu sprawy” to dostęp ROPS w celu superwizji</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Kiedy</th>
                <th scope="col" className={thClass}>Kto</th>
                <th scope="col" className={thClass}>Rola</th>
                <th scope="col" className={thClass}>Co</th>
                <th scope="col" className={thClass}>Ile razy</th>
                <th scope="col" className={thClass}>Cel dostępu</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.day}-${e.userId}-${e.role}-${e.kind}-${e.purpose}-${e.outsider}`} className={e.outsider ? 'border-l-4 border-l-amber-700 bg-amber-50' : undefined} data-outsider={e.outsider ? 'true' : undefined}>
                  <td className={tdClass}>
                    {e.count > 1 ? `${formatDate(e.day)}, ${timeOf(e.firstAt)}–${timeOf(e.lastAt)}` : formatDateTime(e.lastAt)}
                  </td>
                  <td className={tdClass}>
                    {e.userName ?? e.userEmail ?? '—'}
                    {e.outsider && <strong className="mt-1 block text-amber-900">Spoza zespołu sprawy</strong>}
                  </td>
                  <td className={tdClass}>{e.role ? roleLabel(e.role) : '—'}</td>
                  <td className={tdClass}>{e.kindLabel}</td>
                  <td className={tdClass}>{e.count > 1 ? `${e.count} razy` : '1 raz'}</td>
                  <td className={tdClass}>{e.purpose ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
      {pages > 1 && (
        <nav aria-label="Strony dziennika dostępu" className="mt-4 flex flex-wrap gap-4">
          {page > 1 && (
            <Link href={pageHref(page - 1)} className={`${linkClass} inline-block py-2`}>
              ← Nowsze wpisy
            </Link>
          )}
          {page < pages && (
            <Link href={pageHref(page + 1)} className={`${linkClass} inline-block py-2`}>
              Starsze wpisy →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
