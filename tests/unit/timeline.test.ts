import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Timeline, timelineDataFromTrack, truncate, type TimelineData, type TrackView } from '@/components/model/Timeline';

const data: TimelineData = {
  startDate: '2027-01-04',
  endDate: '2027-06-03',
  today: '2027-02-15',
  stages: [
    { number: 2, name: 'Organizacja', start: '2027-01-04', end: '2027-04-03' },
    { number: 3, name: 'Realizacja Modelu Kooperacji / ewaluacja', start: '2027-04-04', end: '2027-06-03' },
  ],
  items: [
    { id: 1, code: '2.1', name: 'Spotkanie informacyjne w PCPR i diagnoza sytuacji powiatowo-gminnej', stage: 2, start: '2027-01-04', end: '2027-02-03', status: 'done', overdue: false, actualEnd: '2027-01-28' },
    { id: 2, code: '2.2', name: 'Decyzja o wdrażaniu Modelu', stage: 2, start: '2027-01-04', end: '2027-02-10', status: 'in_progress', overdue: true },
    { id: 3, code: '2.3', name: 'Porozumienie powiat–gmina', stage: 2, start: '2027-02-04', end: '2027-04-03', status: 'not_applicable', overdue: false },
    { id: 4, code: '3.1', name: 'Przygotowanie zespołu do pracy', stage: 3, start: '2027-04-04', end: '2027-06-03', status: 'not_started', overdue: false },
  ],
  recurring: [
    {
      name: 'Spotkanie Partnerskiego Zespołu Kooperacji',
      dates: [
        { start: '2027-01-04', end: '2027-02-03', done: true },
        { start: '2027-02-04', end: '2027-03-03', done: false },
        { start: '2027-03-01', end: '2027-03-31', done: false },
      ],
    },
  ],
};

const render = (d: TimelineData = data) => renderToStaticMarkup(createElement(Timeline, { data: d }));
const rows = (html: string) => [...html.matchAll(/<tr data-item="([^"]+)">(.*?)<\/tr>/g)].map((m) => ({ code: m[1], html: m[2] }));
const text = (html: string) => html.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');

describe('Timeline', () => {
  const html = render();

  it('is an image labelled by its title and a Polish summary', () => {
    const svg = html.match(/<svg[^>]*role="img"[^>]*>/)?.[0];
    expect(svg).toBeDefined();
    expect(svg).toContain('aria-labelledby="harmonogram-title harmonogram-desc"');
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('width="100%"');
    expect(html).toContain('<title id="harmonogram-title">Harmonogram wdrożenia</title>');
    expect(html).toContain(
      '<desc id="harmonogram-desc">Harmonogram wdrożenia od 04.01.2027 do 03.06.2027: 4 podkroki (wykonane: 1, w toku: 1, nie dotyczy: 1), 1 po terminie, 1 zadanie cykliczne; dziś 15.02.2027.</desc>',
    );
  });

  it('sits in a keyboard-reachable horizontal scroller and never shrinks below 1:1', () => {
    expect(html).toMatch(/<div class="overflow-x-auto[^"]*" tabindex="0" role="region" aria-label="[^"]+">/);
    const [, w] = html.match(/viewBox="0 0 (\d+) \d+"/)!;
    expect(html).toContain(`min-width:${w}px`);
    const sizes = [...html.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });

  it('labels every month of the range in Polish', () => {
    for (const m of ['sty 2027', 'lut 2027', 'mar 2027', 'kwi 2027', 'maj 2027', 'cze 2027']) expect(html).toContain(`>${m}</text>`);
    expect(html).not.toContain('>lip 2027<');
    expect(html).not.toContain('>gru 2026<');
  });

  it('shows stage bands and sub-step rows with truncated labels', () => {
    expect(html).toContain('>Etap II: Organizacja</text>');
    expect(html).toContain('>Etap III: Realizacja Modelu…</text>');
    expect(html).toContain('>2.1 Spotkanie informacyjne w…</text>');
    expect(html).toContain('>2.2 Decyzja o wdrażaniu Modelu</text>');
    expect(html.match(/<g data-item="/g)).toHaveLength(4);
  });

  it('draws the today line with a label when today is in range, and not otherwise', () => {
    expect(html).toContain('data-today="2027-02-15"');
    expect(html).toContain('>dziś 15.02.2027</text>');
    const later = render({ ...data, today: '2027-08-01' });
    expect(later).not.toContain('data-today');
    expect(later).not.toContain('>dziś ');
  });

  it('marks only the overdue item, with a symbol as well as colour', () => {
    const markers = [...html.matchAll(/data-overdue-marker="([^"]+)"/g)].map((m) => m[1]);
    expect(markers).toEqual(['2.2']);
    expect(html).toMatch(/data-overdue-marker="2.2">.*?>!<\/text>/);
    expect(html.match(/<g data-item="[^"]+" data-overdue="true"/g)).toEqual(['<g data-item="2.2" data-overdue="true"']);
  });

  it('encodes status by pattern and fill, not colour alone', () => {
    expect(html).toMatch(/<pattern id="harmonogram-hatch"/);
    expect(html).toMatch(/fill="url\(#harmonogram-hatch\)"[^>]*data-status="in_progress"/);
    expect(html).toContain('data-status="done"');
    expect(html).toContain('data-status="not_applicable"');
    expect(html).toContain('data-status="not_started"');
    expect(html).toMatch(/text-decoration="line-through"[^>]*>2\.3 Porozumienie/);
  });

  it('draws one marker per occurrence of a recurring task', () => {
    const row = html.match(/<g data-recurring="Spotkanie Partnerskiego Zespołu Kooperacji">(.*?)<\/g>(?=<g|<\/svg>)/)?.[1] ?? '';
    expect(row.match(/data-occurrence="done"/g)).toHaveLength(1);
    expect(row.match(/data-occurrence="planned"/g)).toHaveLength(2);
  });

  it('has a legend and a table alternative with Polish states and dd.mm.rrrr dates', () => {
    expect(html).toContain('Legenda');
    expect(html).toContain('dziś – pionowa przerywana linia');
    expect(html).toMatch(/<\/svg><\/div>.*<details[^>]*><summary[^>]*>Harmonogram w formie tabeli<\/summary>/);
    expect(html).toContain('<caption');
    expect(html.match(/<th scope="col"/g)!.length).toBeGreaterThanOrEqual(5);

    const r = rows(html);
    expect(r.map((x) => x.code)).toEqual(['2.1', '2.2', '2.3', '3.1']);
    const cells = Object.fromEntries(r.map((x) => [x.code, text(x.html)]));
    expect(cells['2.1']).toContain('|04.01.2027 – 03.02.2027|wykonany (28.01.2027)|nie|');
    expect(cells['2.2']).toContain('|04.01.2027 – 10.02.2027|w toku|tak|');
    expect(cells['2.3']).toContain('|04.02.2027 – 03.04.2027|nie dotyczy|nie|');
    expect(cells['3.1']).toContain('|04.04.2027 – 03.06.2027|nierozpoczęty|nie|');
    expect(html).toContain('Etap III: Realizacja Modelu Kooperacji / ewaluacja');

    // Recurring tasks by their window, not its last day (issue 14, item 4).
    expect(html).toContain('od 04.01.2027 do 03.02.2027 (wykonane)');
    expect(html).toContain('od 04.02.2027 do 03.03.2027 (zaplanowane)');
    expect(html).toContain('marzec 2027 (zaplanowane)');
    expect(html).toContain('<title>marzec 2027 – zaplanowane</title>');
    expect(html).toContain('data-window="2027-03-01/2027-03-31"');
  });

  it('uses the id prefix for every id so two timelines can share a page', () => {
    const other = renderToStaticMarkup(createElement(Timeline, { data, idPrefix: 'inny' }));
    expect(other).toContain('aria-labelledby="inny-title inny-desc"');
    expect(other).toContain('id="inny-hatch"');
    expect(other).not.toContain('harmonogram-');
  });

  it('renders a plain message when there is nothing to show', () => {
    expect(render({ ...data, items: [], recurring: [], stages: [] })).toBe('<p>Harmonogram nie ma jeszcze żadnych pozycji.</p>');
  });

  it('is deterministic', () => {
    expect(render()).toBe(html);
  });
});

describe('truncate', () => {
  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('krótki', 30)).toBe('krótki');
    expect(truncate('2.1 Spotkanie informacyjne w PCPR i diagnoza', 30)).toBe('2.1 Spotkanie informacyjne w…');
  });
});

describe('timelineDataFromTrack', () => {
  const fake = {
    track: { startDate: '2027-01-04' },
    today: '2027-03-10',
    catalogue: {
      stages: [
        { number: 1, name: 'Koordynacja', startMonth: -1, durationMonths: 2 },
        { number: 3, name: 'Realizacja', startMonth: 4, durationMonths: 13 },
        { number: 2, name: 'Organizacja', startMonth: 1, durationMonths: 3 },
      ],
    },
    items: [
      { id: 12, plannedStart: '2027-04-04', plannedEnd: '2027-05-03', status: 'not_started', actualEnd: null, substep: { code: '3.1', name: 'Przygotowanie', stageNumber: 3, stepNumber: 3, position: 3 } },
      { id: 10, plannedStart: '2027-01-04', plannedEnd: '2027-02-03', status: 'in_progress', actualEnd: null, substep: { code: '2.1', name: 'Spotkanie', stageNumber: 2, stepNumber: 2, position: 1 } },
      { id: 11, plannedStart: '2027-01-04', plannedEnd: '2027-02-03', status: 'done', actualEnd: '2027-02-20', substep: { code: '2.2', name: 'Decyzja', stageNumber: 2, stepNumber: 2, position: 2 } },
    ],
    occurrences: [
      { taskId: 7, periodStart: '2027-04-04', dueDate: '2027-07-03', status: 'planned', task: { name: 'Superwizja', cadence: 'every_3_months' } },
      { taskId: 5, periodStart: '2027-01-04', dueDate: '2027-02-03', status: 'done', task: { name: 'Spotkanie PZK', cadence: 'monthly' } },
      { taskId: 5, periodStart: '2027-02-04', dueDate: '2027-03-03', status: 'skipped', task: { name: 'Spotkanie PZK', cadence: 'monthly' } },
      { taskId: 7, periodStart: '2027-01-04', dueDate: '2027-04-03', status: 'done', task: { name: 'Superwizja', cadence: 'every_3_months' } },
    ],
  } as unknown as TrackView;

  const d = timelineDataFromTrack(fake);

  it('keeps only the stages that have items, with windows from the catalogue months', () => {
    expect(d.stages).toEqual([
      { number: 2, name: 'Organizacja', start: '2027-01-04', end: '2027-04-03' },
      { number: 3, name: 'Realizacja', start: '2027-04-04', end: '2028-05-03' },
    ]);
  });

  it('orders items by position and marks overdue ones against track.today', () => {
    expect(d.items.map((i) => [i.code, i.stage, i.start, i.end, i.status, i.overdue])).toEqual([
      ['2.1', 2, '2027-01-04', '2027-02-03', 'in_progress', true],
      ['2.2', 2, '2027-01-04', '2027-02-03', 'done', false],
      ['3.1', 3, '2027-04-04', '2027-05-03', 'not_started', false],
    ]);
    expect(d.items[1].actualEnd).toBe('2027-02-20');
  });

  it('groups occurrences by task, with their windows', () => {
    expect(d.recurring).toEqual([
      { name: 'Superwizja', dates: [{ start: '2027-01-04', end: '2027-04-03', done: true }, { start: '2027-04-04', end: '2027-07-03', done: false }] },
      { name: 'Spotkanie PZK', dates: [{ start: '2027-01-04', end: '2027-02-03', done: true }, { start: '2027-02-04', end: '2027-03-03', done: false, skipped: true }] },
    ]);
  });

  it('spans the range from the start to the last window and takes today from the track', () => {
    expect(d).toMatchObject({ startDate: '2027-01-04', endDate: '2028-05-03', today: '2027-03-10' });
  });

  it('renders', () => {
    const html = renderToStaticMarkup(createElement(Timeline, { data: d }));
    expect(html).toContain('>sty 2027</text>');
    expect(html).toContain('>maj 2028</text>');
    expect(html).toContain('>dziś 10.03.2027</text>');
    expect(html).toContain('od 04.02.2027 do 03.03.2027 (pominięte)');
    expect(html).toContain('1 po terminie');
  });
});
