import type { CalculatorResult } from '@/lib/calculator/compute';
import { CALCULATOR_FIELDS, FIELD_GROUPS, YEARS, type FieldGroup } from '@/lib/calculator/fields';
import { formatZl } from '@/lib/calculator/format';
import { FORMULA_PARAGRAPHS, FORMULA_TITLE } from '@/lib/calculator/formula';
import { RATE_KEYS, type Rate, type RateSet } from '@/lib/calculator/rates';
import type { CalculatorInput } from '@/lib/calculator/schema';
import { pdfDateTime } from './format';
import { PageFrame, PdfDocument } from './PageFrame';
import { Facts, Heading, Paragraph, Small, Stats, Table } from './primitives';
import { clock } from '@/lib/clock';
import { ofVoivodeship } from '@/lib/territory/voivodeship-names';
import { count, WORDS } from '@/lib/plural';

export const CALCULATOR_PDF_TITLE = 'Kalkulator kosztów zaniechania';

/** The PDF fonts are subsets: U+2212 (minus) is not among their code points. */
const printable = (s: string) => s.replace(/\u2212/g, '-');

const pl = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 });

export interface CalculatorPdfProps {
  /** Null: the default rates. */
  voivodeshipName: string | null;
  input: CalculatorInput;
  rates: RateSet;
  result: CalculatorResult;
  generatedAt?: Date;
  generatedBy?: string;
}

/** The calculator's result, printable: the inputs, the rates with sources, the table and the totals. */
export function CalculatorPdf({ voivodeshipName, input, rates, result, generatedAt = clock.now(), generatedBy }: CalculatorPdfProps) {
  const last = result.years.at(-1)!;
  const groups = Object.keys(FIELD_GROUPS) as FieldGroup[];
  return (
    <PdfDocument title={CALCULATOR_PDF_TITLE} subject={`${CALCULATOR_PDF_TITLE} — ${voivodeshipName ? `województwo ${voivodeshipName}` : 'stawki domyślne'}`} author={generatedBy}>
      <PageFrame title={CALCULATOR_PDF_TITLE} subtitle={`Perspektywa: ${count(YEARS, WORDS.year)} · ${voivodeshipName ? `stawki ${ofVoivodeship(voivodeshipName)}` : 'stawki domyślne'}`}>
        <Small>{`Wygenerowano ${pdfDateTime(generatedAt)}${generatedBy ? `, ${generatedBy}` : ''}. Ceny stałe; kwoty w złotych.`}</Small>
        <Heading>Podsumowanie</Heading>
        <Stats
          items={[
            { label: `koszt zaniechania przez ${count(YEARS, WORDS.year)}`, value: formatZl(result.totals.inaction) },
            { label: `koszt z modelem przez ${count(YEARS, WORDS.year)}`, value: formatZl(result.totals.withModel) },
            { label: `oszczędność po ${count(YEARS, WORDS.yearLoc)}`, value: formatZl(last.cumulative) },
          ]}
        />
        <Paragraph>
          {result.paybackYear
            ? `Oszczędność narastająco jest dodatnia od roku ${result.paybackYear}. W tym koszt wsparcia modelu: ${formatZl(result.totals.support)}.`
            : `W ciągu ${count(YEARS, WORDS.yearGen)} koszt z modelem nie jest niższy od kosztu zaniechania. W tym koszt wsparcia modelu: ${formatZl(result.totals.support)}.`}
        </Paragraph>
        <Table
          caption="Koszty w kolejnych latach (zł)"
          columns={[
            { header: 'Rok', width: 1.7, cell: (r: PdfRow) => r.label },
            { header: 'Koszt zaniechania', width: 2, align: 'right', cell: (r) => formatZl(r.inaction) },
            { header: 'Koszt z modelem', width: 2, align: 'right', cell: (r) => formatZl(r.withModel) },
            { header: 'w tym wsparcie modelu', width: 2, align: 'right', cell: (r) => formatZl(r.support) },
            { header: 'Różnica', width: 2, align: 'right', cell: (r) => formatZl(r.difference) },
            { header: 'Narastająco', width: 2, align: 'right', cell: (r) => (r.cumulative === null ? '' : formatZl(r.cumulative)) },
          ]}
          rows={rows(result)}
          fontSize={8.5}
        />
        <Heading>Założenia</Heading>
        {groups.map((g) => (
          <Facts
            key={g}
            items={[
              [FIELD_GROUPS[g].legend, ''],
              ...CALCULATOR_FIELDS.filter((f) => f.group === g).map((f) => [f.label, `${pl.format(input[f.name])}${f.unit ? ` ${f.unit}` : ''}`] as [string, string]),
            ]}
          />
        ))}
        <Heading>Stawki użyte w obliczeniu</Heading>
        <Table
          columns={[
            { header: 'Stawka', width: 4, cell: (r: Rate) => r.label },
            { header: 'Kwota', width: 1.6, align: 'right', cell: (r) => formatZl(r.amount) },
            { header: 'Jednostka', width: 1.8, cell: (r) => r.unit },
            { header: 'Źródło', width: 5, cell: (r) => `${r.source}${r.isDefault ? ' (stawka domyślna)' : ' (stawka ROPS)'}` },
          ]}
          rows={RATE_KEYS.map((k) => rates[k])}
          rowKey={(r) => r.key}
        />
        <Heading>{FORMULA_TITLE}</Heading>
        {FORMULA_PARAGRAPHS.map((p) => (
          <Paragraph key={p}>{printable(p)}</Paragraph>
        ))}
      </PageFrame>
    </PdfDocument>
  );
}

interface PdfRow {
  label: string;
  inaction: number;
  withModel: number;
  support: number;
  difference: number;
  cumulative: number | null;
}

function rows(result: CalculatorResult): PdfRow[] {
  return [
    ...result.years.map((y) => ({ label: `Rok ${y.year}`, ...y })),
    { label: `Razem (${count(YEARS, WORDS.year)})`, ...result.totals, cumulative: null },
  ];
}
