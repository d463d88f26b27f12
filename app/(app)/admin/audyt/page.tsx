import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { AUDIT_ACTIONS, auditActionLabel, auditEntityLabel } from '@/lib/audit-labels';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { listAuditEntries } from '@/lib/audit-log';
import { roleLabel } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { dateParam, intParam, param } from '@/lib/search-params';
import { formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Dziennik zdarzeń' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const filter = { action: param(sp, 'czynnosc'), user: param(sp, 'uzytkownik'), from: dateParam(sp, 'od'), to: dateParam(sp, 'do'), page: intParam(sp, 'strona') };
  const { rows, page, hasNext } = await guard(listAuditEntries(actor, filter));
  const pageHref = (p: number) => {
    const q = new URLSearchParams(Object.entries({ czynnosc: filter.action, uzytkownik: filter.user, od: filter.from, do: filter.to }).filter((e): e is [string, string] => !!e[1]));
    q.set('strona', String(p));
    return `/admin/audyt?${q}`;
  };
  return (
    <>
      <PageHeader title="Dziennik zdarzeń" lead="Kto, kiedy i co zrobił w Twoim województwie, a także zmiany modelu krajowego i próby logowania na nieistniejące konta. Wpisów nie można zmieniać ani usuwać; powtórzenia tego samego zdarzenia są zliczane w jednym wpisie." />
      <FilterForm label="Filtry dziennika">
        <FilterSelect
          id="f-czynnosc"
          name="czynnosc"
          label="Czynność"
          defaultValue={filter.action}
          options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
        />
        <FilterInput id="f-uzytkownik" name="uzytkownik" label="E-mail użytkownika" defaultValue={filter.user} />
        <FilterInput id="f-od" name="od" label="Od dnia" type="date" defaultValue={filter.from} />
        <FilterInput id="f-do" name="do" label="Do dnia" type="date" defaultValue={filter.to} />
      </FilterForm>
      {rows.length === 0 ? (
        <p>Brak wpisów spełniających kryteria.</p>
      ) : (
        <ResponsiveTable label="Wpisy dziennika zdarzeń">
          <table className={tableClass}>
            <caption className="sr-only">Wpisy dziennika zdarzeń</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Kiedy</th>
                <th scope="col" className={thClass}>Kto</th>
                <th scope="col" className={thClass}>Czynność</th>
                <th scope="col" className={thClass}>Obiekt</th>
                <th scope="col" className={thClass}>Adres IP</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={tdClass}>{formatDateTime(r.at)}</td>
                  <td className={tdClass}>
                    {r.userEmail ?? '—'}
                    {r.role && <span className="block text-slate-600">{roleLabel(r.role)}</span>}
                  </td>
                  <td className={tdClass}>
                    {auditActionLabel(r.action)}
                    {r.repeats > 0 && <span className="block text-slate-700">i powtórzenia: {r.repeats}</span>}
                  </td>
                  <td className={tdClass}>
                    {auditEntityLabel(r.entityType)}
                    {/* A record that has a number people use (ZG/2026/0004, PG/2026/0003) is named by it, not by its id. */}
                    {typeof r.details?.number === 'string' ? (
                      <span className="block break-all text-slate-600">{r.details.number}</span>
                    ) : (
                      r.entityId && <span className="block break-all text-slate-600">{r.entityId}</span>
                    )}
                    {typeof r.details?.route === 'string' && <span className="block break-all text-slate-600">adres: {r.details.route}</span>}
                  </td>
                  <td className={tdClass}>{r.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
      <nav aria-label="Strony dziennika" className="mt-4 flex gap-4">
        {page > 1 && (
          <Link href={pageHref(page - 1)} className={linkClass}>
            ← Nowsze wpisy
          </Link>
        )}
        {hasNext && (
          <Link href={pageHref(page + 1)} className={linkClass}>
            Starsze wpisy →
          </Link>
        )}
      </nav>
    </>
  );
}
