import { formatDate } from '@/lib/text';
import { daysBetween, minIso, maxIso } from '@/lib/model/dates';
import { formatChange, SCALE_MAX, type GoalSeries } from '@/lib/cases/scaling';
import { plural, WORDS } from '@/lib/plural';
import { ScaleTable } from './ScaleTable';

/*
 * The progress of one IPP goal on the scale 0–10, drawn as inline SVG on the server (no client
 * JavaScript): the baseline (a square), the monitoring meetings' values (circles joined by a line)
 * and the target (a dashed line). role="img" with a Polish title and summary; a legend and a table
 * under <details> carry the same data as text.
 */

// viewBox units; the chart scales down on narrow screens but never grows past its width.
export const CHART = { width: 600, height: 280, left: 60, right: 20, top: 20, bottom: 60 } as const;
const PLOT_W = CHART.width - CHART.left - CHART.right;
const PLOT_H = CHART.height - CHART.top - CHART.bottom;
const FONT = 12;
const MIN_LABEL_GAP = 40;

// Non-text colours ≥ 3:1 on white (WCAG 1.4.11), text ≥ 4.5:1 (1.4.3).
const C = {
  text: '#1e293b',
  series: '#1d4f91',
  baseline: '#475569',
  target: '#b45309',
  targetText: '#92400e',
  grid: '#e2e8f0',
  axis: '#64748b',
};

const r1 = (n: number) => Math.round(n * 10) / 10;
const ddmm = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/** A fragment safe in an id attribute. */
const idPart = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '_');

/** The chart's summary for screen readers (its <desc>): "Skala od 3 do 7, cel 8. …". */
export function progressSummary(s: GoalSeries): string {
  const start = `Punkt wyjścia ${s.baseline} (${formatDate(s.baselineOn)})`;
  if (s.latest === null) return `${start}, cel ${s.target}; brak pomiarów na spotkaniach monitorujących.`;
  const n = s.points.length;
  const values = s.points.map((p) => `${formatDate(p.date)} — ${p.value}`).join(', ');
  return `Skala od ${s.baseline} do ${s.latest}, cel ${s.target}${s.reached ? ' (osiągnięty)' : ''}. ${start}; ${n} ${plural(n, WORDS.measurement)}: ${values}.`;
}

/** Positions of everything the chart draws, from the series alone (tests check them). */
export function chartGeometry(s: GoalSeries) {
  const dates = [s.baselineOn, ...s.points.map((p) => p.date)];
  const start = dates.reduce(minIso);
  const end = dates.reduce(maxIso);
  const span = Math.max(1, daysBetween(start, end));
  const x = (iso: string) => r1(CHART.left + (daysBetween(start, iso) / span) * PLOT_W);
  const y = (v: number) => r1(CHART.top + ((SCALE_MAX - v) / SCALE_MAX) * PLOT_H);
  const baseline = { x: x(s.baselineOn), y: y(s.baseline) };
  const points = s.points.map((p) => ({ ...p, x: x(p.date), y: y(p.value) }));
  const ordered = [{ date: s.baselineOn, ...baseline }, ...points].sort((a, b) => a.date.localeCompare(b.date));
  // Date labels under the axis, skipping any that would overlap the previous one.
  const labels: { x: number; text: string }[] = [];
  for (const p of ordered) {
    const last = labels.at(-1);
    if (!last || p.x - last.x >= MIN_LABEL_GAP) labels.push({ x: p.x, text: ddmm(p.date) });
  }
  return { baseline, points, line: ordered.map((p) => `${p.x},${p.y}`).join(' '), targetY: y(s.target), labels, y };
}

export function ProgressChart({ series, heading }: { series: GoalSeries; heading?: string }) {
  const g = chartGeometry(series);
  const id = `postep-${idPart(series.key)}`;
  const title = heading ?? (series.memberId === null ? `Postęp celu rodzinnego (cała rodzina): ${series.title}` : `Postęp celu: ${series.title}`);
  const right = CHART.left + PLOT_W;
  const bottom = CHART.top + PLOT_H;
  return (
    <figure className="mb-6 max-w-2xl" data-goal={series.key}>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        width="100%"
        style={{ maxWidth: CHART.width }}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{progressSummary(series)}</desc>
        {/* Horizontal grid and the scale's labels every 2 points. */}
        {[0, 2, 4, 6, 8, 10].map((v) => (
          <g key={v}>
            <line x1={CHART.left} x2={right} y1={g.y(v)} y2={g.y(v)} stroke={C.grid} strokeWidth={1} />
            <text x={CHART.left - 8} y={g.y(v) + 4} textAnchor="end" fontSize={FONT} fill={C.text}>
              {v}
            </text>
          </g>
        ))}
        <line x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={bottom} stroke={C.axis} strokeWidth={1.5} data-role="y-axis" />
        <line x1={CHART.left} x2={right} y1={bottom} y2={bottom} stroke={C.axis} strokeWidth={1.5} data-role="x-axis" />
        <text x={16} y={CHART.top + PLOT_H / 2} textAnchor="middle" fontSize={FONT} fill={C.text} transform={`rotate(-90 16 ${CHART.top + PLOT_H / 2})`}>
          Skala (0–10)
        </text>
        {g.labels.map((l) => (
          <text key={`${l.x}-${l.text}`} x={l.x} y={bottom + 18} textAnchor="middle" fontSize={FONT} fill={C.text} data-role="date-label">
            {l.text}
          </text>
        ))}
        <text x={CHART.left + PLOT_W / 2} y={CHART.height - 12} textAnchor="middle" fontSize={FONT} fill={C.text}>
          Data pomiaru (dzień.miesiąc)
        </text>
        {/* The target: a dashed line, labelled. */}
        <line x1={CHART.left} x2={right} y1={g.targetY} y2={g.targetY} stroke={C.target} strokeWidth={2} strokeDasharray="6 4" data-role="target" />
        <text x={right} y={g.targetY - 6} textAnchor="end" fontSize={FONT} fontWeight={600} fill={C.targetText}>
          {`cel ${series.target}`}
        </text>
        {series.points.length > 0 && <polyline points={g.line} fill="none" stroke={C.series} strokeWidth={2.5} data-role="series" />}
        <rect x={g.baseline.x - 6} y={g.baseline.y - 6} width={12} height={12} fill="#ffffff" stroke={C.baseline} strokeWidth={2} data-role="baseline" data-value={series.baseline}>
          <title>{`Punkt wyjścia ${formatDate(series.baselineOn)}: ${series.baseline}`}</title>
        </rect>
        {g.points.map((p, i) => (
          <circle key={`${p.date}-${i}`} cx={p.x} cy={p.y} r={5} fill={C.series} stroke="#ffffff" strokeWidth={1.5} data-role="point" data-date={p.date} data-value={p.value}>
            <title>{`${formatDate(p.date)}: ${p.value}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-800">
        {series.latest === null
          ? `Punkt wyjścia ${series.baseline}, cel ${series.target} — jeszcze bez pomiarów.`
          : `Punkt wyjścia ${series.baseline}, ostatni pomiar ${series.latest} (zmiana ${formatChange(series.change)}), cel ${series.target}${series.reached ? ' — osiągnięty' : ''}.`}
      </figcaption>
      <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800" aria-label="Legenda wykresu">
        <li className="flex items-center gap-2">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x={2} y={2} width={12} height={12} fill="#ffffff" stroke={C.baseline} strokeWidth={2} />
          </svg>
          punkt wyjścia (IPP)
        </li>
        <li className="flex items-center gap-2">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx={8} cy={8} r={5} fill={C.series} />
          </svg>
          pomiar na spotkaniu monitorującym
        </li>
        <li className="flex items-center gap-2">
          <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
            <line x1={0} x2={28} y1={8} y2={8} stroke={C.target} strokeWidth={2} strokeDasharray="6 4" />
          </svg>
          cel (linia przerywana)
        </li>
      </ul>
      <ScaleTable series={series} />
    </figure>
  );
}
