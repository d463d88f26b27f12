import 'server-only';
import type { ReactElement } from 'react';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { preparePdfFonts } from '@/components/pdf/fonts';

/**
 * Renders a react-pdf document to a PDF in memory: `doc` is a <PdfDocument> with <PageFrame>s, or
 * a component that returns one (<ProgressReport data={…} />). Fonts are prepared on first use.
 */
export async function renderPdf(doc: ReactElement): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(doc as ReactElement<DocumentProps>);
}
