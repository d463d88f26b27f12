import Link from 'next/link';

import type { DashboardFilter, DashboardRow, SortKey } from '@/lib/implementations/dashboard';
import { dashboardParamsOf } from '@/lib/implementations/dashboard-params';
import { stageLabel } from '@/lib/model/labels';
import { formatDate, formatDateTime } from '@/lib/text';
import { StepStrip, StepStripLegend } from './StepStrip';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'powiat', label: 'Powiat' },
  { key: 'gmina', label: 'Gmina' },
  { key: null, label: 'Wariant' },
  { key: 'etap', label: 'Etap i krok' },
  { key: 'postep', label: 'Wykonano' },
  { key: null, label: 'Kroki 1–10' },
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
    <>
      <StepStripLegend />
      <ResponsiveTable label="Postęp wdrożeń w gminach">
        <table className="data-table">
          <caption className="sr-only">Postęp wdrożeń w gminach</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = c.key && filter.sort === c.key;
                return (
                  <th key={c.label} scope="col" aria-sort={active ? (filter.desc ? 'descending' : 'ascending') : undefined}>
                    {c.key ? (
                      <Link href={sortHref(c.key)}>
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
                <td>{r.powiatName}</td>
                <td>
                  {/* A plain anchor: hundreds of rows, and no client-side prefetching is worth their weight. */}
                  <a href={`/wdrozenia/${r.trackId}`}>{r.gminaName}</a>
                  {r.cycle > 1 && <small>cykl {r.cycle}</small>}
                </td>
                <td>{r.variant === 'rural' ? 'wiejski' : 'Kooperacje 3D'}</td>
                <td>
                  {r.ended ? 'zakończone' : r.stage ? `${stageLabel(r.stage)}, krok ${r.step}` : 'Zakończone'}
                  {r.stage && !r.ended && <small>{`${r.currentCode} ${r.currentName}`}</small>}
                  {r.outOfOrder && <small className="warn">Poza kolejnością — {r.outOfOrder}</small>}
                </td>
                <td>{r.percentDone}%</td>
                <td>
                  <StepStrip steps={r.steps} />
                </td>
                <td>{r.overdue > 0 ? <strong>{r.overdue}</strong> : '0'}</td>
                <td>
                  {r.nextDueDate ? formatDate(r.nextDueDate) : '—'}
                  {r.nextDueLabel && <small>{r.nextDueLabel}</small>}
                </td>
                <td>{formatDateTime(r.lastActivityAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
    </>
  );
}
