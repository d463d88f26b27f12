import 'server-only';
import type { ReactElement } from 'react';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { preparePdfFonts } from '@/components/pdf/fonts';

/**
 * Renders a react-pdf document (a <PdfDocument> with <PageFrame>s) to a PDF in memory.
 * The fonts are registered and prepared on first use.
 */
export async function renderPdf(doc: ReactElement<DocumentProps>): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(doc);
}
