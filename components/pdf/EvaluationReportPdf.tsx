import { View } from '@react-pdf/renderer';
import { formatChange } from '@/lib/cases/scaling';
import type { Figures } from '@/lib/evaluation/aggregate';
import { figureSections, KEY_QUESTIONS, type FigureSection } from '@/lib/evaluation/labels';
import type { Town3dFigures } from '@/lib/evaluation/figures-3d';
import { ThreeDPdfSection } from './ThreeDPdfSection';
import { QuestionnairesPdfSection } from './QuestionnairesPdfSection';
import type { QuestionnaireSection } from '@/lib/questionnaires/report';
import { AREAS } from '@/lib/services/vocabulary';
import { pdfDate, pdfDateTime } from './format';
import { PageFrame, PdfDocument } from './PageFrame';
import { Facts, Heading, Paragraph, Small, Table } from './primitives';

export interface EvaluationReportPdfData {
  /** "powiat sokólski, od 01.09.2026 (Dąbrowa Białostocka, Korycin)" (implementationLabel). */
  label: string;
  voivodeshipName: string;
  powiatName: string;
  gminaNames: string[];
  startDate: string;
  endDate: string | null;
  figures: Figures;
  /** The figure sections in the variant's words (default: the rural model's). */
  sections?: FigureSection[];
  /** Kooperacje 3D: the figures per town (absent in the rural model). */
  towns3d?: Town3dFigures[] | null;
  /** The evaluation questionnaires' results (absent: the section is left out). */
  questionnaires?: QuestionnaireSection[];
  answers: Record<string, string> | null;
  recommendations: string;
  answersUpdatedAt: Date | null;
  generatedAt: Date;
  generatedBy: string;
}

export const EVALUATION_REPORT_TITLE = 'Raport z ewaluacji wdrożenia Modelu Kooperacji (krok 9.2)';

/** The step 9.2 report for the council committees (step 10.1): figures, the team's answers, recommendations. */
export function EvaluationReportPdf({ data }: { data: EvaluationReportPdfData }) {
  const sections = data.sections ?? figureSections(data.figures);
  return (
    <PdfDocument title={EVALUATION_REPORT_TITLE} subject={data.label} author={data.generatedBy}>
      <PageFrame title={EVALUATION_REPORT_TITLE} subtitle={`Powiat ${data.powiatName}, gminy: ${data.gminaNames.join(', ')}`}>
        <Facts
          items={[
            ['Województwo', data.voivodeshipName],
            ['Powiat', data.powiatName],
            ['Gminy', data.gminaNames.join(', ')],
            ['Okres wdrożenia', `od ${pdfDate(data.startDate)}${data.endDate ? ` do ${pdfDate(data.endDate)}` : ''}`],
            ['Wygenerowano', `${pdfDateTime(data.generatedAt)}, ${data.generatedBy}`],
          ]}
        />
        <Paragraph>Wskaźniki obliczono z danych Platformy (porozumienia, składy zespołów, harmonogramy, spotkania, listy usług, sprawy osób i rodzin, rejestr działań) — nikt ich nie wpisywał ręcznie.</Paragraph>
        <Heading>Wskaźniki</Heading>
        {sections
          .filter((s) => s.key !== 'scale')
          .map((s) => (
            <Table
              key={s.key}
              caption={s.title}
              rowKey={(l) => l.key}
              columns={[
                { header: 'Wskaźnik', width: 75, cell: (l) => l.label },
                { header: 'Wartość', width: 25, align: 'right', cell: (l) => l.value },
              ]}
              rows={s.lines}
              fontSize={9}
            />
          ))}
        <Table
          caption="Zmiana w skali 0–10 według obszarów (cele indywidualnych programów pomocy)"
          rowKey={(a) => a.area}
          columns={[
            { header: 'Obszar', width: 34, cell: (a) => AREAS[a.area] },
            { header: 'Cele', width: 14, align: 'right', cell: (a) => String(a.goals) },
            { header: 'Zmierzone', width: 16, align: 'right', cell: (a) => String(a.measured) },
            { header: 'Osiągnięte', width: 16, align: 'right', cell: (a) => String(a.reached) },
            { header: 'Średnia zmiana', width: 20, align: 'right', cell: (a) => formatChange(a.averageChange) },
          ]}
          rows={data.figures.areas}
          fontSize={9}
        />
        <Small>Średnia zmiana: ostatnia wartość w skali (monitoring, ewaluacja końcowa) minus punkt wyjścia z programu pomocy, średnio na cel, w którym był pomiar.</Small>
        {data.towns3d && <ThreeDPdfSection towns={data.towns3d} />}

        {data.questionnaires && <QuestionnairesPdfSection sections={data.questionnaires} />}

        <Heading>Pytania kluczowe — odpowiedzi zespołu</Heading>
        {data.answersUpdatedAt && <Small>Stan z {pdfDateTime(data.answersUpdatedAt)}.</Small>}
        {KEY_QUESTIONS.map((q) => (
          <View key={q.key}>
            <Heading level={3}>
              {q.key}) {q.text}
            </Heading>
            <Paragraph>{data.answers?.[q.key] || '— brak odpowiedzi —'}</Paragraph>
          </View>
        ))}
        <Heading>Rekomendacje (krok 10.2)</Heading>
        <Paragraph>{data.recommendations || '— brak rekomendacji —'}</Paragraph>
      </PageFrame>
    </PdfDocument>
  );
}
