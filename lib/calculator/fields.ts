/*
 * The calculator's inputs: one list drives the zod schema (lib/calculator/schema.ts), the GET form
 * on /kalkulator, the query string of a shared result and the PDF's list of assumptions. The names
 * are the query-string keys.
 */

export type FieldGroup = 'now' | 'support' | 'effect';

export interface CalculatorField {
  name: string;
  group: FieldGroup;
  label: string;
  /** Shown under the label: the unit or how the value is used. */
  hint?: string;
  min: number;
  max: number;
  /** Whole numbers only (people, months, years, days); otherwise up to two decimal places. */
  integer: boolean;
  /** The example family's value, used when the field is absent from the query. */
  default: number;
  /** A short unit printed after the value in the PDF and the summaries. */
  unit: string;
}

export const FIELD_GROUPS: Record<FieldGroup, { legend: string; description: string }> = {
  now: {
    legend: 'Sytuacja obecna (bez wsparcia modelu) — w skali roku',
    description: 'Jak osoba lub rodzina korzysta dziś z pomocy. Ten stan trwa przez 7 lat — to koszt zaniechania.',
  },
  support: {
    legend: 'Wsparcie w modelu (koszt modelu)',
    description: 'Praca osoby prowadzącej, asystenta rodziny i koordynacja w PZK w pierwszych latach.',
  },
  effect: {
    legend: 'Oczekiwany efekt wsparcia',
    description: 'Jakich kosztów pozwoli uniknąć lub je opóźnić praca modelem.',
  },
};

export const CALCULATOR_FIELDS = [
  // Sytuacja obecna
  { name: 'dpsPeople', group: 'now', label: 'Liczba osób w domu pomocy społecznej (DPS)', min: 0, max: 20, integer: true, default: 1, unit: 'os.' },
  { name: 'dpsMonths', group: 'now', label: 'Miesięcy pobytu w DPS w roku', hint: 'Od 0 do 12.', min: 0, max: 12, integer: true, default: 12, unit: 'mies.' },
  { name: 'fosterChildren', group: 'now', label: 'Liczba dzieci w rodzinie zastępczej', hint: 'Przez cały rok (12 miesięcy).', min: 0, max: 20, integer: true, default: 0, unit: 'dz.' },
  {
    name: 'institutionChildren',
    group: 'now',
    label: 'Liczba dzieci w placówce opiekuńczo-wychowawczej',
    hint: 'Przez cały rok (12 miesięcy).',
    min: 0,
    max: 20,
    integer: true,
    default: 1,
    unit: 'dz.',
  },
  { name: 'periodicMonths', group: 'now', label: 'Miesięcy zasiłku okresowego w roku', hint: 'Od 0 do 12.', min: 0, max: 12, integer: true, default: 6, unit: 'mies.' },
  { name: 'permanentMonths', group: 'now', label: 'Miesięcy zasiłku stałego w roku', hint: 'Od 0 do 12.', min: 0, max: 12, integer: true, default: 0, unit: 'mies.' },
  {
    name: 'otherBenefits',
    group: 'now',
    label: 'Inne świadczenia (np. zasiłki celowe) — zł miesięcznie',
    hint: 'Kwota w złotych, np. 250 lub 250,50.',
    min: 0,
    max: 100000,
    integer: false,
    default: 200,
    unit: 'zł/mies.',
  },
  { name: 'careHours', group: 'now', label: 'Usługi opiekuńcze — godzin w miesiącu', min: 0, max: 744, integer: false, default: 20, unit: 'godz./mies.' },
  { name: 'specialistHours', group: 'now', label: 'Specjalistyczne usługi opiekuńcze — godzin w miesiącu', min: 0, max: 744, integer: false, default: 0, unit: 'godz./mies.' },
  { name: 'socialWorkHours', group: 'now', label: 'Praca socjalna — godzin w miesiącu', min: 0, max: 744, integer: false, default: 4, unit: 'godz./mies.' },
  { name: 'hospitalDays', group: 'now', label: 'Dni hospitalizacji psychiatrycznej w roku', min: 0, max: 366, integer: true, default: 14, unit: 'dni' },
  // Wsparcie w modelu
  { name: 'supportYears', group: 'support', label: 'Liczba lat wsparcia w modelu', hint: 'Wsparcie trwa od roku 1; od 1 do 7 lat.', min: 1, max: 7, integer: true, default: 2, unit: 'lat' },
  { name: 'keyWorkerMonths', group: 'support', label: 'Miesięcy wsparcia osoby prowadzącej w roku', hint: 'Od 0 do 12; w tych miesiącach pracuje też asystent rodziny.', min: 0, max: 12, integer: true, default: 12, unit: 'mies.' },
  { name: 'keyWorkerHours', group: 'support', label: 'Osoba prowadząca — godzin w miesiącu', hint: 'Liczone według stawki godziny pracy socjalnej.', min: 0, max: 744, integer: false, default: 8, unit: 'godz./mies.' },
  { name: 'assistantHours', group: 'support', label: 'Asystent rodziny — godzin w miesiącu', min: 0, max: 744, integer: false, default: 10, unit: 'godz./mies.' },
  { name: 'pzkMonths', group: 'support', label: 'Miesięcy koordynacji w PZK w roku', hint: 'Od 0 do 12.', min: 0, max: 12, integer: true, default: 12, unit: 'mies.' },
  // Oczekiwany efekt
  {
    name: 'dpsAvoided',
    group: 'effect',
    label: 'Liczba osób, których pobytu w DPS uniknięto lub go opóźniono',
    hint: 'Nie więcej niż liczba osób w DPS.',
    min: 0,
    max: 20,
    integer: true,
    default: 1,
    unit: 'os.',
  },
  { name: 'dpsFromYear', group: 'effect', label: 'Bez DPS od roku', hint: 'Rok od 1 do 7.', min: 1, max: 7, integer: true, default: 2, unit: '' },
  { name: 'dpsToYear', group: 'effect', label: 'Bez DPS do roku', hint: '7 — do końca okresu (uniknięcie); wcześniejszy rok — opóźnienie.', min: 1, max: 7, integer: true, default: 7, unit: '' },
  {
    name: 'childCareReduction',
    group: 'effect',
    label: 'Ograniczenie kosztów pieczy zastępczej (%)',
    hint: 'Np. powrót dziecka do rodziny: 100% dla jedynego dziecka.',
    min: 0,
    max: 100,
    integer: false,
    default: 50,
    unit: '%',
  },
  { name: 'childCareFromYear', group: 'effect', label: 'Ograniczenie pieczy zastępczej od roku', hint: 'Rok od 1 do 7.', min: 1, max: 7, integer: true, default: 3, unit: '' },
  {
    name: 'benefitsReduction',
    group: 'effect',
    label: 'Ograniczenie świadczeń i usług — % rocznie',
    hint: 'Przyrasta co rok: np. 10% w pierwszym roku efektu, 20% w drugim… (najwyżej 100%).',
    min: 0,
    max: 100,
    integer: false,
    default: 10,
    unit: '%',
  },
  { name: 'benefitsFromYear', group: 'effect', label: 'Ograniczenie świadczeń i usług od roku', hint: 'Rok od 1 do 7.', min: 1, max: 7, integer: true, default: 2, unit: '' },
] as const satisfies readonly CalculatorField[];

export type FieldName = (typeof CALCULATOR_FIELDS)[number]['name'];

export const FIELD_NAMES = CALCULATOR_FIELDS.map((f) => f.name) as FieldName[];

export const fieldByName = (name: string): CalculatorField | undefined => (CALCULATOR_FIELDS as readonly CalculatorField[]).find((f) => f.name === name);

/** The perspective of the calculator, as the seed sets it. */
export const YEARS = 7;
