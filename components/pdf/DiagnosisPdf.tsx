import { PageFrame, PdfDocument } from './PageFrame';
import { Facts, Heading, Paragraph, Small, Table } from './primitives';

export interface DiagnosisPdfData {
  title: string;
  subtitle: string;
  facts: [string, string][];
  /** The figures' labels (columns) and one row per gmina, "—" where there is no figure. */
  figureLabels: string[];
  rows: { gmina: string; values: string[] }[];
  sections: { label: string; text: string }[];
  draft: boolean;
  footnote: string;
}

/** The local diagnosis of step 2.1, printable and attached as the sub-step's evidence. */
export function DiagnosisPdf({ data }: { data: DiagnosisPdfData }) {
  return (
    <PdfDocument title={data.title}>
      <PageFrame title={data.title} subtitle={data.subtitle} orientation="landscape" draft={data.draft}>
        <Facts items={data.facts} />
        <Table
          caption="Dane liczbowe gmin"
          fontSize={7.5}
          columns={[
            { header: 'Gmina', width: 14, cell: (r: DiagnosisPdfData['rows'][number]) => r.gmina },
            ...data.figureLabels.map((label, i) => ({ header: label, width: 10, align: 'right' as const, cell: (r: DiagnosisPdfData['rows'][number]) => r.values[i] })),
          ]}
          rows={data.rows}
          rowKey={(r) => r.gmina}
          emptyText="Brak gmin w diagnozie."
        />
        {data.sections.map((s) => [<Heading key={`h-${s.label}`}>{s.label}</Heading>, <Paragraph key={`p-${s.label}`}>{s.text || '—'}</Paragraph>])}
        <Small>{data.footnote}</Small>
      </PageFrame>
    </PdfDocument>
  );
}
