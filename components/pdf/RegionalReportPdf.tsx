import { Fragment } from 'react';
import type { Figures } from '@/lib/evaluation/aggregate';
import { figureSections } from '@/lib/evaluation/labels';
import { pdfDate, pdfDateTime } from './format';
import { PageFrame, PdfDocument } from './PageFrame';
import { Heading, Paragraph, Small, Table } from './primitives';
import { inVoivodeship } from '@/lib/territory/voivodeship-names';
import type { Figures3dCounts, Town3dFigures } from '@/lib/evaluation/figures-3d';
import { ThreeDPdfSection } from './ThreeDPdfSection';
import { RegionalEvaluationPdfSection, type RegionalEvaluationPdfData } from './RegionalEvaluationPdfSection';

export interface RegionalReportPdfData {
  voivodeshipName: string;
  implementations: { id: number; label: string; startDate: string; recommendations: string; figures: Figures }[];
  totals: Figures;
  /** Kooperacje 3D: a row per town of the 3D implementations, and their sum (absent without them). */
  towns3d?: (Town3dFigures & { implementationLabel?: string })[];
  totals3d?: Figures3dCounts | null;
  /** The WZK's regional evaluation (third level) of the chosen year (absent: not printed). */
  regionalEvaluation?: RegionalEvaluationPdfData;
  generatedAt: Date;
  generatedBy: string;
}

export const REGIONAL_REPORT_TITLE = 'Ewaluacja wdrożeń Modelu Kooperacji';

type Row = { key: string; label: string; values: Map<string, string>; total: boolean };

/** The same figures across the województwo: a table per area, a row per implementation and the totals. */
export function RegionalReportPdf({ data }: { data: RegionalReportPdfData }) {
  const title = `${REGIONAL_REPORT_TITLE} ${inVoivodeship(data.voivodeshipName)}`;
  const perImpl = data.implementations.map((i) => ({ i, sections: figureSections(i.figures) }));
  const totals = figureSections(data.totals);
  return (
    <PdfDocument title={title} author={data.generatedBy}>
      <PageFrame title={title} subtitle={`Wygenerowano ${pdfDateTime(data.generatedAt)}, ${data.generatedBy}`} orientation="landscape">
        <Paragraph>
          Wdrożenia: {data.implementations.length}. Wskaźniki obliczono z danych Platformy; w wierszu „Razem” średnie liczone są ze wszystkich spotkań i celów województwa, a instytucja zaangażowana w kilku wdrożeniach liczy się raz.
        </Paragraph>
        {totals.map((section, si) => {
          const rows: Row[] = [
            ...perImpl.map(({ i, sections }) => ({ key: String(i.id), label: `${i.label} (od ${pdfDate(i.startDate)})`, values: new Map(sections[si].lines.map((l) => [l.key, l.value])), total: false })),
            { key: 'total', label: 'Razem', values: new Map(section.lines.map((l) => [l.key, l.value])), total: true },
          ];
          return (
            <Fragment key={section.key}>
              <Table
                caption={section.title}
                rowKey={(r) => r.key}
                rowStyle={(r) => (r.total ? { fontWeight: 'bold' } : undefined)}
                columns={[
                  { header: 'Wdrożenie', width: 24, cell: (r: Row) => r.label },
                  ...section.lines.map((l) => ({ header: l.label, width: 10, align: 'right' as const, cell: (r: Row) => r.values.get(l.key) ?? '—' })),
                ]}
                rows={rows}
                fontSize={7.5}
              />
            </Fragment>
          );
        })}
        {data.towns3d && data.towns3d.length > 0 && <ThreeDPdfSection towns={data.towns3d} total={data.totals3d} />}
        <Heading>Rekomendacje zespołów (krok 10.2)</Heading>
        {data.implementations.map((i) => (
          <Fragment key={i.id}>
            <Heading level={3}>{i.label}</Heading>
            <Paragraph>{i.recommendations || '— brak rekomendacji —'}</Paragraph>
          </Fragment>
        ))}
        {!data.implementations.length && <Small>W województwie nie ma jeszcze wdrożeń.</Small>}
        {data.regionalEvaluation && <RegionalEvaluationPdfSection data={data.regionalEvaluation} />}
      </PageFrame>
    </PdfDocument>
  );
}
