import type { YearRow } from '@/lib/calculator/compute';
import { formatThousands, formatZl } from '@/lib/calculator/format';
import { plural, WORDS } from '@/lib/plural';

/*
 * The calculator's chart, drawn as inline SVG on the server (no client JavaScript): for every year
 * two bars — koszt zaniechania and koszt z modelem — and a line of the cumulative saving. role="img"
 * with a Polish title and a summary; the table of results right after it carries the same numbers.
 */

export const CHART = { width: 720, height: 330, left: 96, right: 20, top: 20, bottom: 60 } as const;
export const PLOT_W = CHART.width - CHART.left - CHART.right;
export const PLOT_H = CHART.height - CHART.top - CHART.bottom;
const FONT = 12;

// Non-text colours ≥ 3:1 on white (WCAG 1.4.11), text ≥ 4.5:1.
const C = { text: '#1e293b', inaction: '#9a3412', model: '#1d4f91', cumulative: '#166534', grid: '#e2e8f0', axis: '#64748b', zero: '#334155' };

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) for about `count` intervals over `range`. */
export function niceStep(range: number, count = 5): number {
  if (range <= 0) return 1000;
  const raw = range / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return nice * pow;
}

/** Everything the chart draws, from the rows alone (tests check it). */
export function chartGeometry(rows: YearRow[]) {
  const values = rows.flatMap((r) => [r.inaction, r.withModel, r.cumulative]);
  const rawMax = Math.max(0, ...values);
  const rawMin = Math.min(0, ...values);
  const step = niceStep(rawMax - rawMin);
  const max = Math.ceil(rawMax / step) * step || step;
  const min = Math.floor(rawMin / step) * step;
  const y = (v: number) => r1(CHART.top + ((max - v) / (max - min)) * PLOT_H);
  const zeroY = y(0);
  const groupW = PLOT_W / Math.max(1, rows.length);
  const barW = r1(groupW * 0.32);
  const bar = (v: number, x: number) => {
    const top = y(Math.max(0, v));
    const bottom = y(Math.min(0, v));
    return { x: r1(x), y: top, width: barW, height: r1(bottom - top), value: v };
  };
  const years = rows.map((r, i) => {
    const gx = CHART.left + i * groupW;
    return {
      year: r.year,
      labelX: r1(gx + groupW / 2),
      inaction: bar(r.inaction, gx + groupW * 0.16),
      withModel: bar(r.withModel, gx + groupW * 0.52),
      cumulative: { x: r1(gx + groupW / 2), y: y(r.cumulative), value: r.cumulative },
    };
  });
  const ticks: { value: number; y: number }[] = [];
  for (let v = min; v <= max + step / 1000; v += step) ticks.push({ value: Math.round(v * 100) / 100, y: y(v) });
  return { min, max, step, zeroY, ticks, years, line: years.map((g) => `${g.cumulative.x},${g.cumulative.y}`).join(' '), y };
}

/** The chart's summary for screen readers (its <desc>). */
export function chartSummary(rows: YearRow[]): string {
  const last = rows.at(-1);
  if (!last) return 'Brak danych.';
  const total = (k: 'inaction' | 'withModel') => rows.reduce((s, r) => s + r[k], 0);
  const perYear = rows.map((r) => `rok ${r.year}: ${formatZl(r.inaction)} wobec ${formatZl(r.withModel)}`).join('; ');
  return `Koszt zaniechania przez ${rows.length} ${plural(rows.length, WORDS.year)}: ${formatZl(total('inaction'))}, koszt z modelem: ${formatZl(total('withModel'))}, oszczędność narastająco po roku ${last.year}: ${formatZl(last.cumulative)}. Koszt zaniechania wobec kosztu z modelem — ${perYear}. Te same dane są w tabeli pod wykresem.`;
}

export function CostChart({ rows, tableId }: { rows: YearRow[]; tableId: string }) {
  const g = chartGeometry(rows);
  const right = CHART.left + PLOT_W;
  const bottom = CHART.top + PLOT_H;
  return (
    <figure className="mb-6 max-w-3xl">
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        width="100%"
        style={{ maxWidth: CHART.width }}
        role="img"
        aria-labelledby="wykres-kosztow-title wykres-kosztow-desc"
        aria-details={tableId}
        className="h-auto"
      >
        <title id="wykres-kosztow-title">Koszt zaniechania i koszt z modelem w kolejnych latach</title>
        <desc id="wykres-kosztow-desc">{chartSummary(rows)}</desc>
        {g.ticks.map((t) => (
          <g key={t.value}>
            <line x1={CHART.left} x2={right} y1={t.y} y2={t.y} stroke={C.grid} strokeWidth={1} />
            <text x={CHART.left - 8} y={t.y + 4} textAnchor="end" fontSize={FONT} fill={C.text}>
              {formatThousands(t.value)}
            </text>
          </g>
        ))}
        <line x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={bottom} stroke={C.axis} strokeWidth={1.5} />
        <line x1={CHART.left} x2={right} y1={g.zeroY} y2={g.zeroY} stroke={C.zero} strokeWidth={1.5} data-role="zero" />
        {g.years.map((yr) => (
          <g key={yr.year}>
            <rect {...pick(yr.inaction)} fill={C.inaction} data-role="inaction" data-value={yr.inaction.value}>
              <title>{`Rok ${yr.year}, koszt zaniechania: ${formatZl(yr.inaction.value)}`}</title>
            </rect>
            <rect {...pick(yr.withModel)} fill={C.model} data-role="with-model" data-value={yr.withModel.value}>
              <title>{`Rok ${yr.year}, koszt z modelem: ${formatZl(yr.withModel.value)}`}</title>
            </rect>
            <text x={yr.labelX} y={bottom + 18} textAnchor="middle" fontSize={FONT} fill={C.text}>
              {`Rok ${yr.year}`}
            </text>
          </g>
        ))}
        <polyline points={g.line} fill="none" stroke={C.cumulative} strokeWidth={2.5} data-role="cumulative" />
        {g.years.map((yr) => (
          <circle key={yr.year} cx={yr.cumulative.x} cy={yr.cumulative.y} r={4.5} fill={C.cumulative} stroke="#ffffff" strokeWidth={1.5} data-role="cumulative-point" data-value={yr.cumulative.value}>
            <title>{`Rok ${yr.year}, oszczędność narastająco: ${formatZl(yr.cumulative.value)}`}</title>
          </circle>
        ))}
        <text x={CHART.left + PLOT_W / 2} y={CHART.height - 14} textAnchor="middle" fontSize={FONT} fill={C.text}>
          Rok (ceny stałe, zł)
        </text>
      </svg>
      <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800" aria-label="Legenda wykresu">
        <li className="flex items-center gap-2">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x={1} y={1} width={14} height={14} fill={C.inaction} />
          </svg>
          koszt zaniechania
        </li>
        <li className="flex items-center gap-2">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x={1} y={1} width={14} height={14} fill={C.model} />
          </svg>
          koszt z modelem (z kosztem wsparcia)
        </li>
        <li className="flex items-center gap-2">
          <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
            <line x1={0} x2={28} y1={8} y2={8} stroke={C.cumulative} strokeWidth={2.5} />
            <circle cx={14} cy={8} r={4} fill={C.cumulative} />
          </svg>
          oszczędność narastająco (linia)
        </li>
      </ul>
      <figcaption className="mt-1 text-sm text-slate-800">Liczby z wykresu są w tabeli „Koszty w kolejnych latach” poniżej.</figcaption>
    </figure>
  );
}

const pick = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
