import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CHART, chartGeometry, CostChart, PLOT_H, PLOT_W } from '@/components/calculator/CostChart';
import { benefitsReductionIn, computeCosts, itemGrosze, reduceGrosze, type YearRow } from '@/lib/calculator/compute';
import { formatZl } from '@/lib/calculator/format';
import { defaultRateSet, mergeRates, type RateKey, type RateSet } from '@/lib/calculator/rates';
import { calculatorQuery, DEFAULT_INPUT, parseCalculatorQuery, rateSchema, type CalculatorInput } from '@/lib/calculator/schema';

// Round numbers for the arithmetic by hand.
const RATES: Record<RateKey, number> = {
  dps_month: 5000,
  foster_family_month: 2000,
  institutional_care_month: 8000,
  periodic_allowance_month: 600,
  permanent_allowance_month: 900,
  care_service_hour: 40,
  specialist_care_hour: 70,
  social_worker_hour: 50,
  family_assistant_hour: 60,
  pzk_family_month: 300,
  psychiatric_day: 500,
};
function rates(): RateSet {
  const set = defaultRateSet();
  for (const [k, amount] of Object.entries(RATES)) set[k as RateKey] = { ...set[k as RateKey], amount };
  return set;
}

/** Everything zero (no situation, no support, no effect) except what the case sets. */
const ZERO: CalculatorInput = {
  ...Object.fromEntries(Object.keys(DEFAULT_INPUT).map((k) => [k, 0])),
  supportYears: 1,
  dpsFromYear: 1,
  dpsToYear: 7,
  childCareFromYear: 1,
  benefitsFromYear: 1,
} as CalculatorInput;
const input = (v: Partial<CalculatorInput>): CalculatorInput => ({ ...ZERO, ...v });
const col = (rows: YearRow[], k: keyof YearRow) => rows.map((r) => r[k]);
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('computeCosts', () => {
  it('one person in DPS whose placement the model avoids from year 2', () => {
    // As now: 1 × 12 months × 5 000 zł = 60 000 zł a year; 7 × 60 000 = 420 000 zł.
    // Support in years 1–2: 12 months × 10 h × 50 zł = 6 000 zł (key worker) + 12 × 300 zł = 3 600 zł (PZK) = 9 600 zł.
    // With the model: year 1 = 60 000 + 9 600 = 69 600; year 2 = 0 + 9 600 = 9 600; years 3–7 = 0.
    const r = computeCosts(input({ dpsPeople: 1, dpsMonths: 12, supportYears: 2, keyWorkerMonths: 12, keyWorkerHours: 10, pzkMonths: 12, dpsAvoided: 1, dpsFromYear: 2, dpsToYear: 7 }), rates());
    expect(col(r.years, 'inaction')).toEqual([60000, 60000, 60000, 60000, 60000, 60000, 60000]);
    expect(col(r.years, 'support')).toEqual([9600, 9600, 0, 0, 0, 0, 0]);
    expect(col(r.years, 'withModel')).toEqual([69600, 9600, 0, 0, 0, 0, 0]);
    expect(col(r.years, 'difference')).toEqual([-9600, 50400, 60000, 60000, 60000, 60000, 60000]);
    expect(col(r.years, 'cumulative')).toEqual([-9600, 40800, 100800, 160800, 220800, 280800, 340800]);
    // 69 600 + 9 600 = 79 200; 420 000 − 79 200 = 340 800.
    expect(r.totals).toEqual({ inaction: 420000, withModel: 79200, support: 19200, difference: 340800 });
    expect(r.paybackYear).toBe(2);
    expect(r.items.find((i) => i.key === 'dps')).toMatchObject({ quantity: 12, quantityText: '1 os. × 12 mies.', rate: 5000, amount: 60000 });
  });

  it('benefits and services shrink a little more every year, rounded to the grosz half up', () => {
    // As now: other benefits 33,33 zł × 12 = 399,96 zł; care services 7,5 h × 12 = 90 h × 40 zł = 3 600 zł → 3 999,96 zł a year, 27 999,72 zł in 7 years.
    // From year 2 the reduction is 12,5% × (r − 1): 12,5%, 25%, 37,5%, 50%, 62,5%, 75%.
    //   year 2: 399,96 × 0,875 = 349,965 → 349,97; 3 600 × 0,875 = 3 150 → 3 499,97
    //   year 3: 299,97 + 2 700 = 2 999,97;  year 4: 399,96 × 0,625 = 249,975 → 249,98 + 2 250 = 2 499,98
    //   year 5: 199,98 + 1 800 = 1 999,98;  year 6: 399,96 × 0,375 = 149,985 → 149,99 + 1 350 = 1 499,99
    //   year 7: 99,99 + 900 = 999,99
    const v = input({ otherBenefits: 33.33, careHours: 7.5, benefitsReduction: 12.5, benefitsFromYear: 2 });
    const r = computeCosts(v, rates());
    expect(col(r.years, 'inaction')).toEqual(Array(7).fill(3999.96));
    expect(col(r.years, 'withModel')).toEqual([3999.96, 3499.97, 2999.97, 2499.98, 1999.98, 1499.99, 999.99]);
    expect([1, 2, 3, 7].map((y) => benefitsReductionIn(v, y))).toEqual([0, 12.5, 25, 75]);
    // 3 999,96 + 3 499,97 + 2 999,97 + 2 499,98 + 1 999,98 + 1 499,99 + 999,99 = 17 499,84; 27 999,72 − 17 499,84 = 10 499,88.
    expect(r.totals).toEqual({ inaction: 27999.72, withModel: 17499.84, support: 0, difference: 10499.88 });
    expect(r.years[6].cumulative).toBe(10499.88);
  });

  it('delayed DPS, reduced institutional care, hospitalisation and the full support', () => {
    // As now: DPS 2 × 6 × 5 000 = 60 000; placówka 1 × 12 × 8 000 = 96 000; hospital 10 × 500 = 5 000 → 161 000 a year, 1 127 000 in 7 years.
    // Support (years 1–2): 12 × 8 h × 50 = 4 800 + 12 × 10 h × 60 = 7 200 + 12 × 300 = 3 600 → 15 600.
    // DPS with the model: one person delayed in years 2–3 → 1 × 6 × 5 000 = 30 000 then; otherwise 60 000.
    // Placówka from year 3: 96 000 × (1 − 33,33%) = 64 003,20.
    //   year 1: 60 000 + 96 000 + 5 000 + 15 600 = 176 600
    //   year 2: 30 000 + 96 000 + 5 000 + 15 600 = 146 600
    //   year 3: 30 000 + 64 003,20 + 5 000 = 99 003,20;  years 4–7: 60 000 + 64 003,20 + 5 000 = 129 003,20
    const r = computeCosts(
      input({
        dpsPeople: 2,
        dpsMonths: 6,
        institutionChildren: 1,
        hospitalDays: 10,
        supportYears: 2,
        keyWorkerMonths: 12,
        keyWorkerHours: 8,
        assistantHours: 10,
        pzkMonths: 12,
        dpsAvoided: 1,
        dpsFromYear: 2,
        dpsToYear: 3,
        childCareReduction: 33.33,
        childCareFromYear: 3,
      }),
      rates(),
    );
    expect(col(r.years, 'withModel')).toEqual([176600, 146600, 99003.2, 129003.2, 129003.2, 129003.2, 129003.2]);
    // 176 600 + 146 600 + 99 003,20 + 4 × 129 003,20 = 938 216; 1 127 000 − 938 216 = 188 784.
    expect(r.totals).toEqual({ inaction: 1127000, withModel: 938216, support: 31200, difference: 188784 });
    // −15 600; −15 600 + 14 400 = −1 200; −1 200 + 61 996,80 = 60 796,80 → positive from year 3.
    expect(col(r.years, 'cumulative').slice(0, 3)).toEqual([-15600, -1200, 60796.8]);
    expect(r.paybackYear).toBe(3);
    expect(r.supportItems.map((i) => i.amount)).toEqual([4800, 7200, 3600]);
  });

  it('counts money in whole grosze', () => {
    expect(itemGrosze(0.35 * 12, 45.55)).toBe(19131); // 4,2 h × 45,55 zł = 191,31 zł
    expect(itemGrosze(3, 0.1)).toBe(30);
    expect(reduceGrosze(39996, 12.5)).toBe(34997); // 349,965 → 349,97
    expect(reduceGrosze(1000, 150)).toBe(0);
  });

  it('uses the województwo’s stored rate over the default', () => {
    const set = mergeRates([{ key: 'dps_month', label: 'x', amount: 9100.5, unit: 'zł / osobę / miesiąc', source: 'Dz. Urz. 2026', version: 3, updatedAt: null }, { key: 'unknown', label: 'x', amount: 1, unit: 'x', source: 'x', version: 1, updatedAt: null }]);
    expect(set.dps_month).toMatchObject({ amount: 9100.5, source: 'Dz. Urz. 2026', isDefault: false, version: 3 });
    expect(set.care_service_hour.isDefault).toBe(true);
    expect(computeCosts(input({ dpsPeople: 1, dpsMonths: 1 }), set).years[0].inaction).toBe(9100.5);
  });
});

describe('formatZl', () => {
  it('prints złoty the Polish way', () => {
    expect(spaces(formatZl(12345.67))).toBe('12 345,67 zł');
    expect(spaces(formatZl(340800))).toBe('340 800,00 zł');
    expect(spaces(formatZl(-9600))).toBe('-9600,00 zł');
    expect(formatZl(-0)).toBe(formatZl(0));
  });
});

describe('parseCalculatorQuery', () => {
  it('shows the example until the form is sent', () => {
    const q = parseCalculatorQuery({});
    expect(q.submitted).toBe(false);
    expect(q.values.dpsMonths).toBe('12');
  });

  it('accepts Polish decimal commas and fills absent fields with the example', () => {
    const q = parseCalculatorQuery(new URLSearchParams('careHours=12,5&otherBenefits=1 250,50'));
    expect(q.submitted && q.ok && q.input).toMatchObject({ careHours: 12.5, otherBenefits: 1250.5, dpsMonths: 12, supportYears: 2 });
  });

  it('round-trips through the query string', () => {
    const q = parseCalculatorQuery(new URLSearchParams(calculatorQuery({ ...DEFAULT_INPUT, careHours: 7.25 })));
    expect(q.submitted && q.ok && q.input).toEqual({ ...DEFAULT_INPUT, careHours: 7.25 });
  });

  it('gives Polish messages next to each field', () => {
    const q = parseCalculatorQuery({ dpsPeople: '', dpsMonths: '13', careHours: 'abc', otherBenefits: '12,345', hospitalDays: '2,5', benefitsReduction: '-1' });
    expect(q.submitted && !q.ok && q.errors).toEqual({
      dpsPeople: ['To pole jest wymagane.'],
      dpsMonths: ['Największa wartość to 12.'],
      careHours: ['Wpisz liczbę, np. 12 lub 12,5.'],
      otherBenefits: ['Najwyżej dwa miejsca po przecinku.'],
      hospitalDays: ['Wpisz liczbę całkowitą.'],
      benefitsReduction: ['Najmniejsza wartość to 0.'],
    });
  });

  it('checks the fields against each other', () => {
    const q = parseCalculatorQuery({ dpsPeople: '1', dpsAvoided: '2', dpsFromYear: '5', dpsToYear: '3' });
    expect(q.submitted && !q.ok && q.errors).toEqual({
      dpsAvoided: ['Nie więcej niż liczba osób w DPS (1).'],
      dpsToYear: ['Rok końcowy nie może być wcześniejszy niż rok początkowy.'],
    });
  });

  it('a rate needs its source', () => {
    const r = rateSchema.safeParse({ key: 'dps_month', amount: '7 800,50', unit: 'zł / osobę / miesiąc', source: '  ', version: 0 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['source', 'Podaj źródło stawki (np. ogłoszenie starosty w dzienniku urzędowym, uchwała, sprawozdanie).']]);
    expect(rateSchema.parse({ key: 'dps_month', amount: '7 800,50', unit: 'zł', source: 'Dz. Urz.', version: '2' })).toMatchObject({ amount: 7800.5, version: 2 });
  });
});

describe('CostChart', () => {
  // Values from −20 000 to 120 000: a range of 140 000 → step 50 000, axis −50 000 … 150 000 (200 000 over 250 units).
  // y(v) = 20 + (150 000 − v) / 200 000 × 250: zero at 207,5; 100 000 at 82,5 (bar 125 high); 120 000 at 57,5 (150 high); −20 000 at 232,5.
  const rows: YearRow[] = [
    { year: 1, inaction: 100000, withModel: 120000, support: 20000, difference: -20000, cumulative: -20000 },
    { year: 2, inaction: 100000, withModel: 60000, support: 0, difference: 40000, cumulative: 20000 },
  ];

  it('scales the bars and the cumulative line', () => {
    expect(PLOT_H).toBe(250);
    const g = chartGeometry(rows);
    expect([g.min, g.max, g.step, g.zeroY]).toEqual([-50000, 150000, 50000, 207.5]);
    expect(g.ticks.map((t) => t.value)).toEqual([-50000, 0, 50000, 100000, 150000]);
    expect(g.years[0].inaction).toMatchObject({ y: 82.5, height: 125 });
    expect(g.years[0].withModel).toMatchObject({ y: 57.5, height: 150 });
    // 60 000 → y = 20 + 90 000 / 200 000 × 250 = 132,5; the bar down to zero is 75 high.
    expect(g.years[1].withModel).toMatchObject({ y: 132.5, height: 75 });
    expect(g.years[0].cumulative.y).toBe(232.5);
    // Two groups of 302 units: the first bar starts 16% into its group, the second 52%.
    expect(PLOT_W / 2).toBe(302);
    expect(g.years[0].inaction.x).toBe(144.3);
    expect(g.years[1].withModel.x).toBe(555);
    expect(g.years[0].inaction.width).toBe(96.6);
  });

  it('is an image with a Polish title and summary, pointing at the table', () => {
    const html = spaces(renderToStaticMarkup(createElement(CostChart, { rows, tableId: 'tabela-kosztow' })));
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="wykres-kosztow-title wykres-kosztow-desc"/);
    expect(html).toContain('aria-details="tabela-kosztow"');
    expect(html).toContain('<title id="wykres-kosztow-title">Koszt zaniechania i koszt z modelem w kolejnych latach</title>');
    expect(html).toContain('Koszt zaniechania przez 2 lata: 200 000,00 zł, koszt z modelem: 180 000,00 zł, oszczędność narastająco po roku 2: 20 000,00 zł.');
    expect(html.match(/data-role="inaction"/g)).toHaveLength(2);
    expect(html).toContain(`viewBox="0 0 ${CHART.width} ${CHART.height}"`);
  });
});

describe('the /kalkulator form and result', () => {
  it('every field has a label, the groups are fieldsets with legends, errors sit next to their fields', async () => {
    const { CalculatorForm, fieldId } = await import('@/components/calculator/CalculatorForm');
    const q = parseCalculatorQuery({ dpsMonths: '13' });
    const html = renderToStaticMarkup(createElement(CalculatorForm, { values: q.values, errors: q.submitted && !q.ok ? q.errors : undefined }));
    expect(html.match(/<fieldset/g)).toHaveLength(3);
    expect(html).toContain('<legend class="px-1 text-lg font-semibold">Sytuacja obecna (bez wsparcia modelu) — w skali roku</legend>');
    for (const name of Object.keys(DEFAULT_INPUT)) expect(html).toContain(`<label for="${fieldId(name)}"`);
    expect(html).toContain(`aria-describedby="${fieldId('dpsMonths')}-hint ${fieldId('dpsMonths')}-error"`);
    expect(html).toContain(`<p id="${fieldId('dpsMonths')}-error" class="mt-1 text-sm font-medium text-red-800">Największa wartość to 12.</p>`);
    expect(html).toContain('method="get"');
    expect(html).toContain('>Oblicz koszty</button>');
  });

  it('the result table has a caption, column and row headers and the totals', async () => {
    const { CalculatorResults } = await import('@/components/calculator/CalculatorResults');
    const r = computeCosts(input({ dpsPeople: 1, dpsMonths: 12, supportYears: 2, keyWorkerMonths: 12, keyWorkerHours: 10, pzkMonths: 12, dpsAvoided: 1, dpsFromYear: 2, dpsToYear: 7 }), rates());
    const html = spaces(renderToStaticMarkup(createElement(CalculatorResults, { result: r, rates: rates(), pdfHref: '/kalkulator/pdf?x=1', canManageRates: false })));
    expect(html).toContain('<caption class="mb-2 text-left text-lg font-semibold">Koszty w kolejnych latach (zł)</caption>');
    expect(html).toContain('<th scope="row" class="border-b border-slate-200 px-3 py-2 align-top">Razem (7 lat)</th>');
    expect(html).toContain('data-testid="suma-zaniechania">420 000,00 zł</dd>');
    expect(html).toContain('data-testid="suma-z-modelem">79 200,00 zł</dd>');
    expect(html).toContain('data-testid="oszczednosc">340 800,00 zł</dd>');
    expect(html).toContain('Oszczędność narastająco jest dodatnia od roku 2.');
  });
});
