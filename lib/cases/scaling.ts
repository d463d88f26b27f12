import type { IppGoal } from '@/db/schema';

/*
 * Scaling (the PSR scale 0–10) over the whole case: each IPP goal keeps its key from one IPP to the
 * next, so the monitoring meetings of every IPP form one series per goal. Pure functions
 * (tests/unit/cases-scaling.test.ts); the monitoring page charts them, the stage IV evaluation
 * report uses the per-area averages.
 */

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

export interface ScalingIpp {
  sequence: number;
  startsOn: string;
  goals: Pick<IppGoal, 'key' | 'memberId' | 'area' | 'title' | 'baseline' | 'target'>[];
}

export interface ScalingEntry {
  heldOn: string;
  /** Goal key → scale 0–10. */
  scales: Record<string, number>;
}

export interface ScalePoint {
  date: string;
  value: number;
}

export interface GoalSeries {
  key: string;
  /** null: a goal of the whole household — one series, however many members it concerns. */
  memberId: number | null;
  area: string;
  /** As the latest IPP holding the goal words it. */
  title: string;
  /** The starting point: from the first IPP holding the goal, dated at its start. */
  baseline: number;
  baselineOn: string;
  /** The value aimed at, as the latest IPP holding the goal sets it. */
  target: number;
  /** Monitoring meetings' values, oldest first. */
  points: ScalePoint[];
  /** The latest measured value, or null before the first monitoring meeting. */
  latest: number | null;
  /** latest − baseline, or null without measurements. */
  change: number | null;
  /** The latest value has reached the target (at or beyond it, in the target's direction). */
  reached: boolean;
}

/** One series per goal key, in the order the goals first appear (IPPs by sequence). */
export function goalSeries(ipps: ScalingIpp[], entries: ScalingEntry[]): GoalSeries[] {
  const byKey = new Map<string, GoalSeries>();
  for (const ipp of [...ipps].sort((a, b) => a.sequence - b.sequence)) {
    for (const g of ipp.goals) {
      const seen = byKey.get(g.key);
      if (seen) Object.assign(seen, { memberId: g.memberId, area: g.area, title: g.title, target: g.target });
      else
        byKey.set(g.key, {
          key: g.key,
          memberId: g.memberId,
          area: g.area,
          title: g.title,
          baseline: g.baseline,
          baselineOn: ipp.startsOn,
          target: g.target,
          points: [],
          latest: null,
          change: null,
          reached: false,
        });
    }
  }
  const sorted = [...entries].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  for (const e of sorted) {
    for (const [key, value] of Object.entries(e.scales)) byKey.get(key)?.points.push({ date: e.heldOn, value });
  }
  for (const s of byKey.values()) {
    const last = s.points.at(-1);
    if (!last) continue;
    s.latest = last.value;
    s.change = last.value - s.baseline;
    s.reached = s.target >= s.baseline ? last.value >= s.target : last.value <= s.target;
  }
  return [...byKey.values()];
}

export interface AreaSummary {
  area: string;
  goals: number;
  /** Goals with at least one measurement. */
  measured: number;
  reached: number;
  /** Mean of (latest − baseline) over the measured goals; null when none is measured. */
  averageChange: number | null;
}

/** Per area of the services list: how many goals, how many reached, the average change. */
export function areaSummaries(series: GoalSeries[]): AreaSummary[] {
  const byArea = new Map<string, { goals: number; reached: number; changes: number[] }>();
  for (const s of series) {
    const a = byArea.get(s.area) ?? { goals: 0, reached: 0, changes: [] };
    a.goals++;
    if (s.reached) a.reached++;
    if (s.change !== null) a.changes.push(s.change);
    byArea.set(s.area, a);
  }
  return [...byArea.entries()].map(([area, a]) => ({
    area,
    goals: a.goals,
    measured: a.changes.length,
    reached: a.reached,
    averageChange: a.changes.length ? a.changes.reduce((x, y) => x + y, 0) / a.changes.length : null,
  }));
}

/** Everything scaling tells about a case: per goal, and per area. */
export function scalingSummary(ipps: ScalingIpp[], entries: ScalingEntry[]) {
  const goals = goalSeries(ipps, entries);
  return { goals, areas: areaSummaries(goals) };
}

/** "+1,5" / "−2" / "0": a change in Polish notation. */
export function formatChange(n: number | null): string {
  if (n === null) return '—';
  const r = Math.round(n * 10) / 10;
  const s = Math.abs(r).toLocaleString('pl-PL', { maximumFractionDigits: 1 });
  return r > 0 ? `+${s}` : r < 0 ? `−${s}` : '0';
}
