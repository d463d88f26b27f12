import { PageFrame, PdfDocument } from './PageFrame';
import { Heading, Paragraph, Small } from './primitives';

/** The PZK's work plan (step 6.2), printable. */
export function WorkPlanPdf({ title, subtitle, sections, footnote }: { title: string; subtitle: string; sections: { label: string; text: string }[]; footnote: string }) {
  return (
    <PdfDocument title={title}>
      <PageFrame title={title} subtitle={subtitle}>
        {sections.map((s) => [<Heading key={`h-${s.label}`}>{s.label}</Heading>, <Paragraph key={`p-${s.label}`}>{s.text || '—'}</Paragraph>])}
        <Small>{footnote}</Small>
      </PageFrame>
    </PdfDocument>
  );
}
