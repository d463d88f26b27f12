import { YEARS } from './fields';
import type { RateKey, RateSet } from './rates';
import type { CalculatorInput } from './schema';
import { plural, WORDS } from '@/lib/plural';

/*
 * Kalkulator kosztów zaniechania — the computation (pure; the page, the PDF and the tests share it).
 *
 * Money is counted in whole grosze. Each cost item of each year is rounded to the grosz once
 * (half up), and years and totals are sums of rounded items, so the table always adds up.
 *
 * Koszt zaniechania (every year the same — the situation continues, constant prices):
 *   Σ over items of (quantity per year × rate), where the quantity per year is
 *   DPS: people × months; foster family / placówka: children × 12; zasiłek okresowy / stały:
 *   months; other benefits: zł per month × 12 (no rate); services: hours per month × 12;
 *   hospitalisation: days.
 * Koszt z modelem in year r = support(r) + DPS(r) + child care(r) + benefits and services(r):
 *   support(r), for r ≤ supportYears: key-worker months × (key-worker hours × social-worker hour
 *     rate + family-assistant hours × family-assistant hour rate) + PZK months × PZK rate;
 *   DPS(r): (people − avoided) × months × rate for dpsFromYear ≤ r ≤ dpsToYear, else as now;
 *   child care(r): the foster-family and placówka items × (1 − reduction%) from childCareFromYear;
 *   benefits and services(r): each item × (1 − s(r)), s(r) = min(100%, reduction% × (r − from + 1))
 *     from benefitsFromYear, else 0 — the reduction grows every year.
 * Różnica(r) = koszt zaniechania − koszt z modelem (positive: the model saves); narastająco: the
 * sum of the differences of years 1..r.
 */

export type ItemKey = 'dps' | 'foster' | 'institution' | 'periodic' | 'permanent' | 'other' | 'care' | 'specialist' | 'socialWork' | 'hospital';
export type ItemGroup = 'dps' | 'childCare' | 'benefits';
export type SupportKey = 'keyWorker' | 'assistant' | 'pzk';

export interface CostItem<K extends string = ItemKey> {
  key: K;
  label: string;
  /** Units per year, e.g. 12 (months) or 240 (hours). */
  quantity: number;
  /** "1 os. × 12 mies." — how the quantity was made. */
  quantityText: string;
  rateKey: RateKey | null;
  /** The rate in zł per unit (1 for an amount entered in zł). */
  rate: number;
  /** zł per year, rounded to the grosz. */
  amount: number;
}

export interface YearRow {
  year: number;
  /** Koszt zaniechania, zł. */
  inaction: number;
  /** Koszt z modelem (support included), zł. */
  withModel: number;
  /** Of which the model's support, zł. */
  support: number;
  /** inaction − withModel, zł. */
  difference: number;
  /** Sum of the differences of years 1..year, zł. */
  cumulative: number;
}

export interface CalculatorResult {
  years: YearRow[];
  totals: { inaction: number; withModel: number; support: number; difference: number };
  /** The yearly items of the situation as now. */
  items: CostItem[];
  /** The yearly items of the model's support (in each of its years). */
  supportItems: CostItem<SupportKey>[];
  /** The first year the cumulative saving is positive, or null. */
  paybackYear: number | null;
}

/** zł → whole grosze. */
export const toGrosze = (zl: number) => Math.round(zl * 100);
/** whole grosze → zł. */
export const toZl = (grosze: number) => grosze / 100;

/** A quantity (≤ 2 decimals) in hundredths, as an integer. */
const hundredths = (q: number) => Math.round(q * 100);

/** quantity × rate in grosze, rounded half up, counted on integers. */
export function itemGrosze(quantity: number, rateZl: number): number {
  return Math.round((hundredths(quantity) * toGrosze(rateZl)) / 100);
}

/** An amount in grosze × (1 − reduction), the reduction in percent (≤ 2 decimals), rounded half up. */
export function reduceGrosze(grosze: number, reductionPct: number): number {
  const bp = Math.min(10_000, Math.max(0, Math.round(reductionPct * 100)));
  return Math.round((grosze * (10_000 - bp)) / 10_000);
}

const pl = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 });
const n = (x: number) => pl.format(x);

function item<K extends string>(key: K, label: string, quantity: number, quantityText: string, rateKey: RateKey | null, rate: number): CostItem<K> & { grosze: number } {
  const grosze = itemGrosze(quantity, rate);
  return { key, label, quantity, quantityText, rateKey, rate, amount: toZl(grosze), grosze };
}

const GROUP: Record<ItemKey, ItemGroup> = {
  dps: 'dps',
  foster: 'childCare',
  institution: 'childCare',
  periodic: 'benefits',
  permanent: 'benefits',
  other: 'benefits',
  care: 'benefits',
  specialist: 'benefits',
  socialWork: 'benefits',
  hospital: 'benefits',
};

/** The situation as now, item by item, for one year. */
export function inactionItems(v: CalculatorInput, r: RateSet) {
  const a = (k: RateKey) => r[k].amount;
  return [
    item('dps', 'Pobyt w DPS', v.dpsPeople * v.dpsMonths, `${n(v.dpsPeople)} os. × ${n(v.dpsMonths)} mies.`, 'dps_month', a('dps_month')),
    item('foster', 'Rodzina zastępcza', v.fosterChildren * 12, `${n(v.fosterChildren)} dz. × 12 mies.`, 'foster_family_month', a('foster_family_month')),
    item('institution', 'Placówka opiekuńczo-wychowawcza', v.institutionChildren * 12, `${n(v.institutionChildren)} dz. × 12 mies.`, 'institutional_care_month', a('institutional_care_month')),
    item('periodic', 'Zasiłek okresowy', v.periodicMonths, `${n(v.periodicMonths)} mies.`, 'periodic_allowance_month', a('periodic_allowance_month')),
    item('permanent', 'Zasiłek stały', v.permanentMonths, `${n(v.permanentMonths)} mies.`, 'permanent_allowance_month', a('permanent_allowance_month')),
    item('other', 'Inne świadczenia', v.otherBenefits * 12, `${n(v.otherBenefits)} zł × 12 mies.`, null, 1),
    item('care', 'Usługi opiekuńcze', v.careHours * 12, `${n(v.careHours)} godz. × 12 mies.`, 'care_service_hour', a('care_service_hour')),
    item('specialist', 'Specjalistyczne usługi opiekuńcze', v.specialistHours * 12, `${n(v.specialistHours)} godz. × 12 mies.`, 'specialist_care_hour', a('specialist_care_hour')),
    item('socialWork', 'Praca socjalna', v.socialWorkHours * 12, `${n(v.socialWorkHours)} godz. × 12 mies.`, 'social_worker_hour', a('social_worker_hour')),
    item('hospital', 'Hospitalizacja psychiatryczna', v.hospitalDays, `${n(v.hospitalDays)} ${plural(v.hospitalDays, WORDS.day)}`, 'psychiatric_day', a('psychiatric_day')),
  ];
}

/** The model's support, item by item, for one year of support. */
export function supportItems(v: CalculatorInput, r: RateSet) {
  return [
    item(
      'keyWorker',
      'Osoba prowadząca (praca socjalna)',
      v.keyWorkerMonths * v.keyWorkerHours,
      `${n(v.keyWorkerMonths)} mies. × ${n(v.keyWorkerHours)} godz.`,
      'social_worker_hour',
      r.social_worker_hour.amount,
    ),
    item('assistant', 'Asystent rodziny', v.keyWorkerMonths * v.assistantHours, `${n(v.keyWorkerMonths)} mies. × ${n(v.assistantHours)} godz.`, 'family_assistant_hour', r.family_assistant_hour.amount),
    item('pzk', 'Koordynacja w PZK', v.pzkMonths, `${n(v.pzkMonths)} mies.`, 'pzk_family_month', r.pzk_family_month.amount),
  ];
}

/** The share (in percent) by which benefits and services are reduced in year `year`. */
export function benefitsReductionIn(v: CalculatorInput, year: number): number {
  if (year < v.benefitsFromYear) return 0;
  return Math.min(100, v.benefitsReduction * (year - v.benefitsFromYear + 1));
}

const strip = <T extends { grosze: number }>({ grosze: _g, ...rest }: T) => rest;

export function computeCosts(v: CalculatorInput, rates: RateSet): CalculatorResult {
  const items = inactionItems(v, rates);
  const support = supportItems(v, rates);
  const inactionG = items.reduce((s, i) => s + i.grosze, 0);
  const supportG = support.reduce((s, i) => s + i.grosze, 0);
  const dpsRate = rates.dps_month.amount;

  const years: YearRow[] = [];
  let cumulativeG = 0;
  let totals = { inaction: 0, withModel: 0, support: 0 };
  for (let year = 1; year <= YEARS; year++) {
    const supportYearG = year <= v.supportYears ? supportG : 0;
    let modelG = supportYearG;
    const benefitsCut = benefitsReductionIn(v, year);
    for (const i of items) {
      const group = GROUP[i.key];
      if (group === 'dps') {
        const avoided = year >= v.dpsFromYear && year <= v.dpsToYear ? v.dpsAvoided : 0;
        modelG += itemGrosze((v.dpsPeople - avoided) * v.dpsMonths, dpsRate);
      } else if (group === 'childCare') {
        modelG += year >= v.childCareFromYear ? reduceGrosze(i.grosze, v.childCareReduction) : i.grosze;
      } else {
        modelG += reduceGrosze(i.grosze, benefitsCut);
      }
    }
    const differenceG = inactionG - modelG;
    cumulativeG += differenceG;
    totals = { inaction: totals.inaction + inactionG, withModel: totals.withModel + modelG, support: totals.support + supportYearG };
    years.push({ year, inaction: toZl(inactionG), withModel: toZl(modelG), support: toZl(supportYearG), difference: toZl(differenceG), cumulative: toZl(cumulativeG) });
  }
  const paybackYear = years.find((y) => y.cumulative > 0)?.year ?? null;
  return {
    years,
    totals: { inaction: toZl(totals.inaction), withModel: toZl(totals.withModel), support: toZl(totals.support), difference: toZl(totals.inaction - totals.withModel) },
    items: items.map(strip),
    supportItems: support.map(strip),
    paybackYear,
  };
}
