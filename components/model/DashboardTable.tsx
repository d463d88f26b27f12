import Link from 'next/link';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import type { DashboardFilter, DashboardRow, SortKey } from '@/lib/implementations/dashboard';
import { dashboardParamsOf } from '@/lib/implementations/dashboard-params';
import { stageLabel } from '@/lib/model/labels';
import { formatDate, formatDateTime } from '@/lib/text';

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'powiat', label: 'Powiat' },
  { key: 'gmina', label: 'Gmina' },
  { key: null, label: 'Wariant' },
  { key: 'etap', label: 'Etap i krok' },
  { key: 'postep', label: 'Wykonano' },
  { key: 'zaleglosci', label: 'Po terminie' },
  { key: 'termin', label: 'Najbliższy termin' },
  { key: 'aktywnosc', label: 'Ostatnia aktywność' },
];

/** The progress table; column headers are sort links that keep the other filters. */
export function DashboardTable({ rows, filter, basePath }: { rows: DashboardRow[]; filter: DashboardFilter; basePath: string }) {
  const sortHref = (key: SortKey) => {
    const desc = filter.sort === key ? !filter.desc : false;
    return `${basePath}?${dashboardParamsOf({ ...filter, sort: key, desc })}`;
  };
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">Postęp wdrożeń w gminach</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key && filter.sort === c.key;
              return (
                <th key={c.label} scope="col" className={thClass} aria-sort={active ? (filter.desc ? 'descending' : 'ascending') : undefined}>
                  {c.key ? (
                    <Link href={sortHref(c.key)} className={linkClass}>
                      {c.label}
                      <span className="sr-only">, sortuj</span>
                      {active && <span aria-hidden="true">{filter.desc ? ' ▼' : ' ▲'}</span>}
                    </Link>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.trackId}>
              <td className={tdClass}>{r.powiatName}</td>
              <td className={tdClass}>
                {/* A plain anchor: hundreds of rows, and no client-side prefetching is worth their weight. */}
                <a href={`/wdrozenia/${r.trackId}`} className={linkClass}>
                  {r.gminaName}
                </a>
              </td>
              <td className={tdClass}>{r.variant === 'rural' ? 'wiejski' : 'Kooperacje 3D'}</td>
              <td className={tdClass}>
                {r.stage ? (
                  <>
                    {stageLabel(r.stage)}, krok {r.step}
                    <span className="block text-slate-600">
                      {r.currentCode} {r.currentName}
                    </span>
                  </>
                ) : (
                  'Zakończone'
                )}
                {r.outOfOrder && <span className="mt-1 block text-sm text-amber-900">Poza kolejnością — {r.outOfOrder}</span>}
              </td>
              <td className={tdClass}>{r.percentDone}%</td>
              <td className={tdClass}>{r.overdue > 0 ? <strong className="text-red-800">{r.overdue}</strong> : '0'}</td>
              <td className={tdClass}>
                {r.nextDueDate ? (
                  <>
                    {formatDate(r.nextDueDate)}
                    <span className="block text-slate-600">{r.nextDueLabel}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className={tdClass}>{formatDateTime(r.lastActivityAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
