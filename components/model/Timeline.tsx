import type { ReactNode } from 'react';
import { ITEM_STATUS_LABELS, ROMAN } from '@/lib/model/labels';
import { formatDate } from '@/lib/text';
import { plural, WORDS } from '@/lib/plural';
import type { ItemStatus } from '@/db/schema';
import type { getTrack } from '@/lib/implementations/tracks';
import { addDays, daysBetween, formatWindow, maxIso, minIso, parseIso, toIso } from '@/lib/model/dates';
import { isOverdue } from '@/lib/model/progress';
import { monthWindow } from '@/lib/model/schedule';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

/**
 * Gantt-style timeline of one implementation, drawn as inline SVG on the server. Pure: everything,
 * "today" included, comes from the props. The picture is role="img" with a Polish title and summary;
 * a legend explains the encoding, and a table under <details> carries the same data as text.
 */

export interface TimelineStage {
  number: number;
  name: string;
  /** Stage window, ISO dates, both inclusive. */
  start: string;
  end: string;
}

export interface TimelineItem {
  id: number | string;
  code: string;
  name: string;
  /** Stage number the sub-step belongs to. */
  stage: number;
  /** Planned window, ISO dates, both inclusive. */
  start: string;
  end: string;
  status: ItemStatus;
  overdue: boolean;
  actualEnd?: string | null;
}

export interface TimelineRecurring {
  name: string;
  /** Windows of the occurrences, ISO dates, both inclusive (the task is due at some time in each). */
  dates: { start: string; end: string; done: boolean; skipped?: boolean }[];
}

export interface TimelineData {
  /** Range shown, ISO dates; the axis is widened to whole calendar months. */
  startDate: string;
  endDate: string;
  today: string;
  stages: TimelineStage[];
  items: TimelineItem[];
  recurring: TimelineRecurring[];
}

export type TrackView = Awaited<ReturnType<typeof getTrack>>;

/** Builds the timeline's data from what getTrack returns. */
export function timelineDataFromTrack(t: TrackView): TimelineData {
  const today = t.today;
  const startDate = t.track.startDate;
  const stageNumbers = new Set(t.items.map((i) => i.substep.stageNumber));
  const stages: TimelineStage[] = [...t.catalogue.stages]
    .filter((s) => stageNumbers.has(s.number))
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ number: s.number, name: s.name, ...monthWindow(startDate, s.startMonth, s.durationMonths) }));
  const items: TimelineItem[] = [...t.items]
    .sort((a, b) => a.substep.position - b.substep.position)
    .map((i) => ({
      id: i.id,
      code: i.substep.code,
      name: i.substep.name,
      stage: i.substep.stageNumber,
      start: i.plannedStart,
      end: i.plannedEnd,
      status: i.status,
      overdue: isOverdue(i, today),
      actualEnd: i.actualEnd ?? null,
    }));
  const byTask = new Map<number, TimelineRecurring>();
  for (const o of t.occurrences) {
    let task = byTask.get(o.taskId);
    if (!task) byTask.set(o.taskId, (task = { name: o.task?.name ?? 'Zadanie cykliczne', dates: [] }));
    task.dates.push({ start: o.periodStart, end: o.dueDate, done: o.status === 'done', ...(o.status === 'skipped' ? { skipped: true } : {}) });
  }
  const recurring = [...byTask.values()].map((r) => ({ ...r, dates: r.dates.sort((a, b) => a.start.localeCompare(b.start)) }));

  const starts = [startDate, ...stages.map((s) => s.start), ...items.map((i) => i.start), ...recurring.flatMap((r) => r.dates.map((d) => d.start))];
  const ends = [...stages.map((s) => s.end), ...items.map((i) => i.end), ...recurring.flatMap((r) => r.dates.map((d) => d.end))];
  return {
    startDate: starts.reduce(minIso),
    endDate: ends.length ? ends.reduce(maxIso) : startDate,
    today,
    stages,
    items,
    recurring,
  };
}

// ── Text helpers ──────────────────────────────────────────────────────────────────────────────


const MONTHS = ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'];
const roman = (n: number) => ROMAN[n] ?? String(n);



/** Cuts at a word boundary when it can, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (!/\s/u.test(text[max - 1]) && space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,.;:–—/-]+$/u, '')}…`;
}

const OCCURRENCE_LABEL = (d: TimelineRecurring['dates'][number]) => (d.done ? 'wykonane' : d.skipped ? 'pominięte' : 'zaplanowane');

export function timelineSummary(data: TimelineData): string {
  const n = data.items.length;
  const overdue = data.items.filter((i) => i.overdue).length;
  const count = (s: ItemStatus) => data.items.filter((i) => i.status === s).length;
  const parts = [`wykonane: ${count('done')}`, `w toku: ${count('in_progress')}`];
  if (count('not_applicable')) parts.push(`nie dotyczy: ${count('not_applicable')}`);
  const recurring = data.recurring.length
    ? `, ${data.recurring.length} ${plural(data.recurring.length, WORDS.recurringTask)}`
    : '';
  return (
    `Harmonogram wdrożenia od ${formatDate(data.startDate)} do ${formatDate(data.endDate)}: ` +
    `${n} ${plural(n, WORDS.subStep)} (${parts.join(', ')}), ${overdue} po terminie${recurring}; dziś ${formatDate(data.today)}.`
  );
}

// ── Geometry and colours ──────────────────────────────────────────────────────────────────────
// Units are viewBox units; the SVG never shrinks below 1:1, so 12 here means at least 12 px.

const LABEL_W = 200;
const LABEL_CHARS = 30;
const MIN_MONTH_W = 50; // "paź 2027" at 11 px is ~45 units wide
const TARGET_CHART_W = 880;
const RIGHT_PAD = 24;
const AXIS_H = 46;
const GROUP_H = 26;
const ROW_H = 24;
const BAR_H = 14;
const FONT = 12;
const FONT_SMALL = 11;

// All bar colours ≥ 3:1 against white (WCAG 1.4.11), all text ≥ 4.5:1 (1.4.3).
const C = {
  text: '#1e293b', // slate-800, 14.6:1
  muted: '#475569', // slate-600, 7.6:1
  outline: '#475569',
  naOutline: '#64748b', // slate-500, 4.8:1
  naFill: '#f1f5f9',
  progress: '#1d4f91', // brand-700, 8.4:1
  done: '#15803d', // green-700, 5.0:1
  overdue: '#b91c1c', // red-700, 6.5:1
  today: '#b45309', // amber-700, 5.0:1
  todayText: '#92400e', // amber-800, 7.1:1
  stageBand: '#eef4fb', // brand-50, background only
  stageBar: '#475569',
  grid: '#e2e8f0', // decorative
  gridYear: '#94a3b8',
  axis: '#64748b',
};

interface Scale {
  axisStart: string;
  axisEnd: string; // exclusive
  months: { start: string; label: string; x: number; w: number }[];
  chartW: number;
  dayW: number;
  x: (iso: string) => number;
}

function makeScale(startDate: string, endDate: string): Scale {
  const s = parseIso(startDate);
  const e = parseIso(endDate);
  const axisStart = toIso(s.y, s.m, 1);
  const count = Math.max(1, (e.y - s.y) * 12 + (e.m - s.m) + 1);
  const monthW = Math.max(MIN_MONTH_W, Math.round(TARGET_CHART_W / count));
  const chartW = count * monthW;
  const starts: string[] = [];
  for (let k = 0; k <= count; k++) {
    const idx = s.y * 12 + (s.m - 1) + k;
    starts.push(toIso(Math.floor(idx / 12), (idx % 12) + 1, 1));
  }
  const axisEnd = starts[count];
  const totalDays = daysBetween(axisStart, axisEnd);
  const dayW = chartW / totalDays;
  const x = (iso: string) => LABEL_W + daysBetween(axisStart, iso) * dayW;
  const months = starts.slice(0, count).map((m, k) => {
    const { y, m: mm } = parseIso(m);
    return { start: m, label: `${MONTHS[mm - 1]} ${y}`, x: x(m), w: x(starts[k + 1]) - x(m) };
  });
  return { axisStart, axisEnd, months, chartW, dayW, x };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

type Row =
  | { kind: 'stage'; stage: TimelineStage; y: number; bandH: number }
  | { kind: 'item'; item: TimelineItem; y: number }
  | { kind: 'section'; label: string; y: number }
  | { kind: 'recurring'; task: TimelineRecurring; y: number };

function layout(data: TimelineData): { rows: Row[]; height: number } {
  const rows: Row[] = [];
  let y = AXIS_H;
  const known = new Set(data.stages.map((s) => s.number));
  const groups: { stage: TimelineStage | null; items: TimelineItem[] }[] = data.stages.map((stage) => ({
    stage,
    items: data.items.filter((i) => i.stage === stage.number),
  }));
  const loose = data.items.filter((i) => !known.has(i.stage));
  if (loose.length) groups.push({ stage: null, items: loose });
  for (const g of groups) {
    if (g.stage) {
      rows.push({ kind: 'stage', stage: g.stage, y, bandH: GROUP_H + g.items.length * ROW_H });
      y += GROUP_H;
    }
    for (const item of g.items) {
      rows.push({ kind: 'item', item, y });
      y += ROW_H;
    }
  }
  if (data.recurring.length) {
    rows.push({ kind: 'section', label: 'Zadania cykliczne', y });
    y += GROUP_H;
    for (const task of data.recurring) {
      rows.push({ kind: 'recurring', task, y });
      y += ROW_H;
    }
  }
  return { rows, height: y + 8 };
}

function itemTooltip(i: TimelineItem) {
  return `${i.code} ${i.name}: ${formatDate(i.start)} – ${formatDate(i.end)}, ${ITEM_STATUS_LABELS[i.status]}${i.overdue ? ', po terminie' : ''}`;
}

function Bar({ item, x1, x2, y, ids }: { item: TimelineItem; x1: number; x2: number; y: number; ids: { hatch: string } }) {
  const w = Math.max(3, x2 - x1);
  const top = y + (ROW_H - BAR_H) / 2;
  const common = { x: r1(x1), y: r1(top), width: r1(w), height: BAR_H, rx: 2 };
  const overdueStroke = item.overdue ? { stroke: C.overdue, strokeWidth: 2.5 } : null;
  let bar: ReactNode;
  switch (item.status) {
    case 'done':
      bar = <rect {...common} fill={C.done} stroke={C.done} strokeWidth={1.5} data-status="done" />;
      break;
    case 'in_progress':
      bar = <rect {...common} fill={`url(#${ids.hatch})`} stroke={C.progress} strokeWidth={1.5} {...overdueStroke} data-status="in_progress" />;
      break;
    case 'not_applicable':
      bar = (
        <g data-status="not_applicable">
          <rect {...common} fill={C.naFill} stroke={C.naOutline} strokeWidth={1.5} strokeDasharray="4 3" />
          <line x1={r1(x1)} x2={r1(x1 + w)} y1={r1(top + BAR_H / 2)} y2={r1(top + BAR_H / 2)} stroke={C.muted} strokeWidth={2} />
        </g>
      );
      break;
    default:
      bar = <rect {...common} fill="#ffffff" stroke={C.outline} strokeWidth={1.5} {...overdueStroke} data-status="not_started" />;
  }
  return (
    <>
      {bar}
      {item.overdue && (
        <g className="timeline-overdue-marker" data-overdue-marker={item.code}>
          <circle cx={r1(x1 + w + 10)} cy={r1(y + ROW_H / 2)} r={8} fill={C.overdue} />
          <text x={r1(x1 + w + 10)} y={r1(y + ROW_H / 2 + 4.5)} textAnchor="middle" fontSize={FONT} fontWeight={700} fill="#ffffff">
            !
          </text>
        </g>
      )}
    </>
  );
}

function Marker({ cx, cy, d }: { cx: number; cy: number; d: TimelineRecurring['dates'][number] }) {
  const s = 6;
  const diamond = `M${r1(cx)} ${r1(cy - s)}L${r1(cx + s)} ${r1(cy)}L${r1(cx)} ${r1(cy + s)}L${r1(cx - s)} ${r1(cy)}Z`;
  const tip = <title>{`${formatWindow(d.start, d.end)} – ${OCCURRENCE_LABEL(d)}`}</title>;
  if (d.done)
    return (
      <path d={diamond} fill={C.done} stroke={C.done} strokeWidth={1.5} data-occurrence="done">
        {tip}
      </path>
    );
  if (d.skipped)
    return (
      <g data-occurrence="skipped">
        {tip}
        <path d={diamond} fill="#ffffff" stroke={C.naOutline} strokeWidth={1.5} strokeDasharray="2 2" />
        <line x1={r1(cx - s)} x2={r1(cx + s)} y1={r1(cy)} y2={r1(cy)} stroke={C.muted} strokeWidth={1.5} />
      </g>
    );
  return (
    <path d={diamond} fill="#ffffff" stroke={C.outline} strokeWidth={1.5} data-occurrence="planned">
      {tip}
    </path>
  );
}

// ── Legend swatches (HTML legend, decorative SVG samples) ─────────────────────────────────────

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="32" height="16" viewBox="0 0 32 16" aria-hidden="true" focusable="false" className="inline-block shrink-0">
      {children}
    </svg>
  );
}

function Legend({ hatch, hasRecurring, showToday }: { hatch: string; hasRecurring: boolean; showToday: boolean }) {
  const bar = { x: 1, y: 2, width: 30, height: 12, rx: 2 };
  const entries: { key: string; swatch: ReactNode; label: string }[] = [
    { key: 'ns', swatch: <rect {...bar} fill="#ffffff" stroke={C.outline} strokeWidth={1.5} />, label: 'nierozpoczęty – biały pasek z obramowaniem' },
    { key: 'ip', swatch: <rect {...bar} fill={`url(#${hatch})`} stroke={C.progress} strokeWidth={1.5} />, label: 'w toku – pasek kreskowany' },
    { key: 'dn', swatch: <rect {...bar} fill={C.done} stroke={C.done} strokeWidth={1.5} />, label: 'wykonany – pasek wypełniony' },
    {
      key: 'na',
      swatch: (
        <>
          <rect {...bar} fill={C.naFill} stroke={C.naOutline} strokeWidth={1.5} strokeDasharray="4 3" />
          <line x1={1} x2={31} y1={8} y2={8} stroke={C.muted} strokeWidth={2} />
        </>
      ),
      label: 'nie dotyczy – szary pasek przekreślony, nazwa przekreślona',
    },
    {
      key: 'od',
      swatch: (
        <>
          <rect x={1} y={2} width={14} height={12} rx={2} fill="#ffffff" stroke={C.overdue} strokeWidth={2.5} />
          <circle cx={24} cy={8} r={7} fill={C.overdue} />
          <text x={24} y={12} textAnchor="middle" fontSize={11} fontWeight={700} fill="#ffffff">
            !
          </text>
        </>
      ),
      label: 'po terminie – czerwone obramowanie i znak „!”',
    },
  ];
  if (hasRecurring) {
    entries.push(
      {
        key: 'rw',
        swatch: <line x1={2} x2={30} y1={8} y2={8} stroke={C.axis} strokeWidth={3} />,
        label: 'okres zadania cyklicznego – szara kreska od pierwszego do ostatniego dnia, romb w środku',
      },
      {
        key: 'rd',
        swatch: <path d="M16 2L22 8L16 14L10 8Z" fill={C.done} stroke={C.done} strokeWidth={1.5} />,
        label: 'zadanie cykliczne wykonane – wypełniony romb',
      },
      {
        key: 'rp',
        swatch: <path d="M16 2L22 8L16 14L10 8Z" fill="#ffffff" stroke={C.outline} strokeWidth={1.5} />,
        label: 'zadanie cykliczne zaplanowane – pusty romb',
      },
      {
        key: 'rs',
        swatch: (
          <>
            <path d="M16 2L22 8L16 14L10 8Z" fill="#ffffff" stroke={C.naOutline} strokeWidth={1.5} strokeDasharray="2 2" />
            <line x1={10} x2={22} y1={8} y2={8} stroke={C.muted} strokeWidth={1.5} />
          </>
        ),
        label: 'zadanie cykliczne pominięte – przekreślony romb',
      },
    );
  }
  entries.push({
    key: 'st',
    swatch: (
      <>
        <rect x={0} y={0} width={32} height={16} fill={C.stageBand} />
        <rect x={4} y={6} width={24} height={5} fill={C.stageBar} />
      </>
    ),
    label: 'okno etapu – jasne tło i ciemny pasek w wierszu etapu',
  });
  if (showToday) {
    entries.push({
      key: 'td',
      swatch: <line x1={16} x2={16} y1={0} y2={16} stroke={C.today} strokeWidth={2} strokeDasharray="4 2" />,
      label: 'dziś – pionowa przerywana linia',
    });
  }
  return (
    <div>
      <p className="text-sm font-semibold text-slate-800">Legenda</p>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800">
        {entries.map((e) => (
          <li key={e.key} className="flex items-center gap-2">
            <Swatch>{e.swatch}</Swatch>
            <span>{e.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

// ── The component ─────────────────────────────────────────────────────────────────────────────

const thClass = 'border-b-2 border-slate-300 px-3 py-2 font-semibold';
const tdClass = 'border-b border-slate-200 px-3 py-2 align-top';

export function Timeline({ data, title = 'Harmonogram wdrożenia', idPrefix = 'harmonogram' }: { data: TimelineData; title?: string; idPrefix?: string }) {
  if (data.items.length === 0 && data.recurring.length === 0) return <p>Harmonogram nie ma jeszcze żadnych pozycji.</p>;

  const ids = { title: `${idPrefix}-title`, desc: `${idPrefix}-desc`, hatch: `${idPrefix}-hatch` };
  const scale = makeScale(data.startDate, data.endDate);
  const { rows, height } = layout(data);
  const width = LABEL_W + scale.chartW + RIGHT_PAD;
  const chartEnd = LABEL_W + scale.chartW;
  const showToday = data.today >= scale.axisStart && data.today < scale.axisEnd;
  const todayX = showToday ? scale.x(data.today) + scale.dayW / 2 : 0;
  const todayAnchor = todayX - LABEL_W < 50 ? 'start' : chartEnd - todayX < 50 ? 'end' : 'middle';
  const stageName = new Map(data.stages.map((s) => [s.number, s.name]));

  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={`${title} – wykres (przewijany poziomo)`}>
        <svg
          role="img"
          aria-labelledby={`${ids.title} ${ids.desc}`}
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          style={{ minWidth: `${width}px`, display: 'block' }}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={ids.title}>{title}</title>
          <desc id={ids.desc}>{timelineSummary(data)}</desc>
          <defs>
            <pattern id={ids.hatch} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
              <rect width={6} height={6} fill="#ffffff" />
              <rect width={3} height={6} fill={C.progress} />
            </pattern>
          </defs>
          <rect x={0} y={0} width={width} height={height} fill="#ffffff" />

          {/* Stage bands behind everything. */}
          {rows.map((r) =>
            r.kind === 'stage' ? (
              <rect
                key={`band-${r.stage.number}`}
                x={r1(scale.x(r.stage.start))}
                y={r.y}
                width={r1(Math.max(2, scale.x(addDays(r.stage.end, 1)) - scale.x(r.stage.start)))}
                height={r.bandH}
                fill={C.stageBand}
              />
            ) : null,
          )}

          {/* Month grid and axis. */}
          <g data-axis="months">
            {scale.months.map((m) => (
              <g key={m.start}>
                <line x1={r1(m.x)} x2={r1(m.x)} y1={AXIS_H - 26} y2={height - 8} stroke={m.label.startsWith('sty') ? C.gridYear : C.grid} strokeWidth={1} />
                <text x={r1(m.x + m.w / 2)} y={16} textAnchor="middle" fontSize={FONT_SMALL} fill={C.text}>
                  {m.label}
                </text>
              </g>
            ))}
            <line x1={chartEnd} x2={chartEnd} y1={AXIS_H - 26} y2={height - 8} stroke={C.grid} strokeWidth={1} />
            <line x1={0} x2={chartEnd} y1={AXIS_H} y2={AXIS_H} stroke={C.axis} strokeWidth={1} />
          </g>

          {rows.map((r) => {
            switch (r.kind) {
              case 'stage': {
                const full = `Etap ${roman(r.stage.number)}: ${r.stage.name}`;
                const x1 = scale.x(r.stage.start);
                const x2 = scale.x(addDays(r.stage.end, 1));
                return (
                  <g key={`stage-${r.stage.number}`} data-stage={r.stage.number}>
                    <title>{`${full}: ${formatDate(r.stage.start)} – ${formatDate(r.stage.end)}`}</title>
                    <line x1={0} x2={chartEnd} y1={r.y} y2={r.y} stroke={C.gridYear} strokeWidth={1} />
                    <text x={8} y={r.y + 17} fontSize={FONT} fontWeight={700} fill={C.text}>
                      {truncate(full, LABEL_CHARS - 2)}
                    </text>
                    <rect x={r1(x1)} y={r.y + 10} width={r1(Math.max(2, x2 - x1))} height={6} fill={C.stageBar} />
                  </g>
                );
              }
              case 'section':
                return (
                  <g key="section-recurring">
                    <line x1={0} x2={chartEnd} y1={r.y} y2={r.y} stroke={C.gridYear} strokeWidth={1} />
                    <text x={8} y={r.y + 17} fontSize={FONT} fontWeight={700} fill={C.text}>
                      {r.label}
                    </text>
                  </g>
                );
              case 'item': {
                const i = r.item;
                const na = i.status === 'not_applicable';
                return (
                  <g key={`item-${i.id}`} data-item={i.code} data-overdue={i.overdue ? 'true' : undefined}>
                    <title>{itemTooltip(i)}</title>
                    <text
                      x={8}
                      y={r.y + ROW_H / 2 + 4}
                      fontSize={FONT}
                      fill={i.overdue ? C.overdue : na ? C.muted : C.text}
                      fontWeight={i.overdue ? 700 : undefined}
                      textDecoration={na ? 'line-through' : undefined}
                    >
                      {truncate(`${i.code} ${i.name}`, LABEL_CHARS)}
                    </text>
                    <Bar item={i} x1={scale.x(i.start)} x2={scale.x(addDays(i.end, 1))} y={r.y} ids={ids} />
                  </g>
                );
              }
              case 'recurring': {
                const t = r.task;
                const cy = r.y + ROW_H / 2;
                // Each window is a thin bracket from its first to its last day, its marker in the middle.
                const spans = t.dates.map((d) => ({ x1: scale.x(d.start), x2: scale.x(addDays(d.end, 1)) }));
                return (
                  <g key={`rec-${r.y}`} data-recurring={t.name}>
                    <text x={8} y={cy + 4} fontSize={FONT} fill={C.text}>
                      <title>{t.name}</title>
                      {truncate(t.name, LABEL_CHARS)}
                    </text>
                    {spans.map((w, k) => (
                      <line key={`w-${k}`} data-window={`${t.dates[k].start}/${t.dates[k].end}`} x1={r1(w.x1 + 1)} x2={r1(w.x2 - 1)} y1={cy} y2={cy} stroke={C.axis} strokeWidth={3} />
                    ))}
                    {t.dates.map((d, k) => (
                      <Marker key={`${d.start}-${k}`} cx={(spans[k].x1 + spans[k].x2) / 2} cy={cy} d={d} />
                    ))}
                  </g>
                );
              }
            }
          })}

          {showToday && (
            <g data-today={data.today}>
              <line x1={r1(todayX)} x2={r1(todayX)} y1={AXIS_H - 12} y2={height - 8} stroke={C.today} strokeWidth={2} strokeDasharray="6 3" />
              <text x={r1(todayX + (todayAnchor === 'start' ? 4 : todayAnchor === 'end' ? -4 : 0))} y={AXIS_H - 16} textAnchor={todayAnchor} fontSize={FONT} fontWeight={700} fill={C.todayText} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
                {`dziś ${formatDate(data.today)}`}
              </text>
            </g>
          )}
        </svg>
      </div>

      {/* The legend's swatches reuse the chart's hatch pattern (same document). */}
      <Legend hatch={ids.hatch} hasRecurring={data.recurring.length > 0} showToday={showToday} />

      <details className="rounded border border-slate-200 bg-white">
        <summary className="cursor-pointer px-3 py-2 font-medium text-brand-800">Harmonogram w formie tabeli</summary>
        <div className="space-y-4 p-3">
          <ResponsiveTable label={`${title}: podkroki`}>
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-2 text-left font-semibold">
              {`${title}: podkroki (${formatDate(data.startDate)} – ${formatDate(data.endDate)})`}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Kod</th>
                <th scope="col" className={thClass}>Nazwa</th>
                <th scope="col" className={thClass}>Planowany termin</th>
                <th scope="col" className={thClass}>Stan</th>
                <th scope="col" className={thClass}>Po terminie</th>
              </tr>
            </thead>
            {groupForTable(data).map((g) => (
              <tbody key={g.stage ?? 'other'}>
                {g.stage !== null && (
                  <tr>
                    <th scope="rowgroup" colSpan={5} className={`${thClass} bg-slate-50`}>
                      {`Etap ${roman(g.stage)}: ${stageName.get(g.stage) ?? ''}`}
                    </th>
                  </tr>
                )}
                {g.items.map((i) => (
                  <tr key={i.id} data-item={i.code}>
                    <td className={tdClass}>{i.code}</td>
                    <td className={`${tdClass} ${i.status === 'not_applicable' ? 'line-through' : ''}`}>{i.name}</td>
                    <td className={`${tdClass} whitespace-nowrap`}>{`${formatDate(i.start)} – ${formatDate(i.end)}`}</td>
                    <td className={tdClass}>
                      {ITEM_STATUS_LABELS[i.status]}
                      {i.status === 'done' && i.actualEnd ? ` (${formatDate(i.actualEnd)})` : ''}
                    </td>
                    <td className={tdClass}>{i.overdue ? <strong className="text-red-700">tak</strong> : 'nie'}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          </ResponsiveTable>

          {data.recurring.length > 0 && (
            <ResponsiveTable label="Zadania cykliczne">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="mb-2 text-left font-semibold">Zadania cykliczne</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Zadanie</th>
                  <th scope="col" className={thClass}>Okresy</th>
                </tr>
              </thead>
              <tbody>
                {data.recurring.map((t, k) => (
                  <tr key={`${t.name}-${k}`}>
                    <th scope="row" className={`${tdClass} font-normal`}>{t.name}</th>
                    <td className={tdClass}>
                      <ul className="flex flex-wrap gap-x-4 gap-y-1">
                        {t.dates.map((d, j) => (
                          <li key={`${d.start}-${j}`} className="whitespace-nowrap">{`${formatWindow(d.start, d.end)} (${OCCURRENCE_LABEL(d)})`}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </ResponsiveTable>
          )}
        </div>
      </details>
    </div>
  );
}

function groupForTable(data: TimelineData): { stage: number | null; items: TimelineItem[] }[] {
  const known = new Set(data.stages.map((s) => s.number));
  const groups: { stage: number | null; items: TimelineItem[] }[] = data.stages.map((s) => ({ stage: s.number, items: data.items.filter((i) => i.stage === s.number) }));
  const loose = data.items.filter((i) => !known.has(i.stage));
  if (loose.length) groups.push({ stage: null, items: loose });
  return groups.filter((g) => g.items.length > 0 || g.stage !== null);
}
