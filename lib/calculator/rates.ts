/*
 * Kalkulator kosztów zaniechania (etap II): the default rates. Every rate is
 * an editable parameter: ROPS overrides any of them for its województwo (table `cost_rates`, page
 * /kalkulator/stawki) with the amount, unit and the source it took them from; the calculator uses
 * the województwo's stored rate where there is one, else the default below. The defaults are
 * plausible 2026 figures only — each says so in its source note.
 */

export const RATE_KEYS = [
  'dps_month',
  'foster_family_month',
  'institutional_care_month',
  'periodic_allowance_month',
  'permanent_allowance_month',
  'care_service_hour',
  'specialist_care_hour',
  'social_worker_hour',
  'family_assistant_hour',
  'pzk_family_month',
  'psychiatric_day',
] as const;

export type RateKey = (typeof RATE_KEYS)[number];

export interface RateDefault {
  key: RateKey;
  label: string;
  /** Złoty per unit. */
  amount: number;
  unit: string;
  source: string;
}

const EXAMPLE = 'Wartość przykładowa — ROPS uzupełnia źródło.';

export const DEFAULT_RATES: Record<RateKey, RateDefault> = {
  dps_month: {
    key: 'dps_month',
    label: 'Średni miesięczny koszt utrzymania mieszkańca domu pomocy społecznej (DPS)',
    amount: 7800,
    unit: 'zł / osobę / miesiąc',
    source: `Ogłaszany corocznie przez starostę (DPS powiatowe) lub marszałka/wojewodę w dzienniku urzędowym województwa. ${EXAMPLE}`,
  },
  foster_family_month: {
    key: 'foster_family_month',
    label: 'Rodzina zastępcza — miesięczny koszt pobytu dziecka',
    amount: 2600,
    unit: 'zł / dziecko / miesiąc',
    source: `Świadczenie na pokrycie kosztów utrzymania dziecka, dodatki i wynagrodzenie rodziny zawodowej (ustawa o wspieraniu rodziny i systemie pieczy zastępczej); dane PCPR. ${EXAMPLE}`,
  },
  institutional_care_month: {
    key: 'institutional_care_month',
    label: 'Placówka opiekuńczo-wychowawcza — średni miesięczny koszt utrzymania dziecka',
    amount: 8500,
    unit: 'zł / dziecko / miesiąc',
    source: `Ogłaszany corocznie przez starostę w dzienniku urzędowym województwa. ${EXAMPLE}`,
  },
  periodic_allowance_month: {
    key: 'periodic_allowance_month',
    label: 'Zasiłek okresowy — średnia miesięczna kwota',
    amount: 600,
    unit: 'zł / miesiąc',
    source: `Sprawozdanie MRPiPS-03 gmin województwa (średnia kwota świadczenia). ${EXAMPLE}`,
  },
  permanent_allowance_month: {
    key: 'permanent_allowance_month',
    label: 'Zasiłek stały — średnia miesięczna kwota',
    amount: 850,
    unit: 'zł / miesiąc',
    source: `Sprawozdanie MRPiPS-03 gmin województwa (średnia kwota świadczenia). ${EXAMPLE}`,
  },
  care_service_hour: {
    key: 'care_service_hour',
    label: 'Usługi opiekuńcze — koszt godziny',
    amount: 45,
    unit: 'zł / godzinę',
    source: `Uchwała rady gminy / umowa z wykonawcą usług. ${EXAMPLE}`,
  },
  specialist_care_hour: {
    key: 'specialist_care_hour',
    label: 'Specjalistyczne usługi opiekuńcze — koszt godziny',
    amount: 75,
    unit: 'zł / godzinę',
    source: `Uchwała rady gminy / umowa z wykonawcą usług. ${EXAMPLE}`,
  },
  social_worker_hour: {
    key: 'social_worker_hour',
    label: 'Praca socjalna — koszt godziny pracy pracownika socjalnego (w tym osoby prowadzącej)',
    amount: 55,
    unit: 'zł / godzinę',
    source: `Wynagrodzenie z pochodnymi i kosztami stanowiska w OPS / PCPR. ${EXAMPLE}`,
  },
  family_assistant_hour: {
    key: 'family_assistant_hour',
    label: 'Asystent rodziny — koszt godziny pracy',
    amount: 60,
    unit: 'zł / godzinę',
    source: `Wynagrodzenie z pochodnymi w OPS (program „Asystent rodziny”). ${EXAMPLE}`,
  },
  pzk_family_month: {
    key: 'pzk_family_month',
    label: 'Koordynacja w Partnerskim Zespole Kooperacji (PZK) — koszt na rodzinę miesięcznie',
    amount: 350,
    unit: 'zł / rodzinę / miesiąc',
    source: `Czas animatorów i członków PZK (spotkania, monitoring) przypadający na jedną rodzinę. ${EXAMPLE}`,
  },
  psychiatric_day: {
    key: 'psychiatric_day',
    label: 'Hospitalizacja psychiatryczna — koszt osobodnia',
    amount: 650,
    unit: 'zł / dzień',
    source: `Wycena świadczeń NFZ (osobodzień na oddziale psychiatrycznym). ${EXAMPLE}`,
  },
};

/** A rate as the calculator uses it: the województwo's own, or the default. */
export interface Rate extends RateDefault {
  /** True when ROPS has not set this rate for the województwo. */
  isDefault: boolean;
  /** The stored row's version (0 for a default: saving it creates the row). */
  version: number;
  updatedAt: Date | null;
}

export type RateSet = Record<RateKey, Rate>;

export const isRateKey = (k: string): k is RateKey => (RATE_KEYS as readonly string[]).includes(k);

/** The defaults as a RateSet. */
export function defaultRateSet(): RateSet {
  return Object.fromEntries(RATE_KEYS.map((k) => [k, { ...DEFAULT_RATES[k], isDefault: true, version: 0, updatedAt: null }])) as RateSet;
}

/** The defaults overlaid with a województwo's stored rows (rows with unknown keys are ignored). */
export function mergeRates(rows: { key: string; label: string; amount: number; unit: string; source: string; version: number; updatedAt: Date | null }[]): RateSet {
  const set = defaultRateSet();
  for (const r of rows) {
    if (!isRateKey(r.key)) continue;
    set[r.key] = { key: r.key, label: DEFAULT_RATES[r.key].label, amount: Number(r.amount), unit: r.unit, source: r.source, isDefault: false, version: r.version, updatedAt: r.updatedAt };
  }
  return set;
}
