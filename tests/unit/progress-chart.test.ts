import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgressChart, progressSummary } from '@/components/cases/ProgressChart';
import type { GoalSeries } from '@/lib/cases/scaling';

// 01.01 → 22.02 is 52 days, → 15.04 is 104 days: on the 520-unit plot (x from 60) that is 5 units a day.
// The scale's 200 units (y from 20) give 20 units a point: y = 20 + (10 − v) · 20.
const series: GoalSeries = {
  key: 'g-1',
  memberId: 1,
  area: 'zdrowie',
  title: 'Regularne przyjmowanie leków',
  baseline: 3,
  baselineOn: '2026-01-01',
  target: 8,
  points: [
    { date: '2026-02-22', value: 5 },
    { date: '2026-04-15', value: 7 },
  ],
  latest: 7,
  change: 4,
  reached: false,
};

const render = (s: GoalSeries = series) => renderToStaticMarkup(createElement(ProgressChart, { series: s }));
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

describe('ProgressChart', () => {
  const html = render();

  it('is an image named by its title and a summary of the scale', () => {
    const svg = html.match(/<svg[^>]*role="img"[^>]*>/)?.[0];
    expect(svg).toContain('aria-labelledby="postep-g-1-title postep-g-1-desc"');
    expect(html).toContain('<title id="postep-g-1-title">Postęp celu: Regularne przyjmowanie leków</title>');
    expect(html).toContain('<desc id="postep-g-1-desc">Skala od 3 do 7, cel 8. Punkt wyjścia 3 (01.01.2026); 2 pomiary: 22.02.2026 — 5, 15.04.2026 — 7.</desc>');
  });

  it('names a goal of the whole household as the family\'s goal', () => {
    expect(render({ ...series, memberId: null, title: 'Wspólne posiłki' })).toContain('<title id="postep-g-1-title">Postęp celu rodzinnego (cała rodzina): Wspólne posiłki</title>');
  });

  it('places the baseline and each measurement by date and value', () => {
    const base = attrs(html.match(/<rect[^>]*data-role="baseline"[^>]*>/)![0]);
    expect([base.x, base.y, base.width]).toEqual(['54', '154', '12']);
    const points = [...html.matchAll(/<circle[^>]*data-role="point"[^>]*>/g)].map((m) => attrs(m[0]));
    expect(points.map((p) => [p.cx, p.cy, p['data-value']])).toEqual([
      ['320', '120', '5'],
      ['580', '80', '7'],
    ]);
    expect(attrs(html.match(/<polyline[^>]*>/)![0]).points).toBe('60,160 320,120 580,80');
  });

  it('draws the target as a dashed line at its value, labelled', () => {
    const target = attrs(html.match(/<line[^>]*data-role="target"[^>]*>/)![0]);
    expect(target).toMatchObject({ x1: '60', x2: '580', y1: '60', y2: '60', 'stroke-dasharray': '6 4' });
    expect(html).toContain('>cel 8</text>');
  });

  it('labels both axes, with dd.mm dates', () => {
    expect(html).toContain('Skala (0–10)');
    expect(html).toContain('Data pomiaru (dzień.miesiąc)');
    const dates = [...html.matchAll(/data-role="date-label"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(dates).toEqual(['01.01', '22.02', '15.04']);
    for (const v of [0, 2, 4, 6, 8, 10]) expect(html).toMatch(new RegExp(`<text[^>]*>${v}</text>`));
  });

  it('carries the same values in a table under <details>', () => {
    const details = html.match(/<details[\s\S]*<\/details>/)?.[0] ?? '';
    expect(details).toContain('<caption class="py-1 text-left font-semibold">Wartości skali — Regularne przyjmowanie leków</caption>');
    const rows = [...details.matchAll(/<tr data-kind="(\w+)"><th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>([^<]+)<\/td>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ['baseline', '01.01.2026', '3'],
      ['point', '22.02.2026', '5'],
      ['point', '15.04.2026', '7'],
      ['target', 'Cel', '8'],
    ]);
    expect(details).toMatch(/<th scope="col"[^>]*>Data<\/th>/);
  });

  it('without measurements shows the baseline and target only', () => {
    const empty = { ...series, key: 'cel/1 a', points: [], latest: null, change: null };
    const h = render(empty);
    expect(h).not.toContain('<polyline');
    expect(h).toContain('aria-labelledby="postep-cel_1_a-title postep-cel_1_a-desc"');
    expect(progressSummary(empty)).toBe('Punkt wyjścia 3 (01.01.2026), cel 8; brak pomiarów na spotkaniach monitorujących.');
    expect(attrs(h.match(/<rect[^>]*data-role="baseline"[^>]*>/)![0]).x).toBe('54');
  });

  it('says when the target is reached', () => {
    expect(progressSummary({ ...series, points: [{ date: '2026-02-22', value: 8 }], latest: 8, change: 5, reached: true })).toBe(
      'Skala od 3 do 8, cel 8 (osiągnięty). Punkt wyjścia 3 (01.01.2026); 1 pomiar: 22.02.2026 — 8.',
    );
  });
});
