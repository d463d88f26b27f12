import 'server-only';
import { MinutesPdf, type MinutesPdfData } from '@/components/pdf/MinutesPdf';
import { cachedPdf, contentKey } from './cache';
import { renderPdf } from './render';

/**
 * The minutes of a PZK or WZK meeting as a PDF. Published minutes are kept (lib/pdf/cache.ts) by
 * their whole content — a decision marked done later prints anew — and keep the moment of their
 * first printing; a draft is rendered every time.
 */
export async function printMinutes(kind: 'pzk-minutes' | 'wzk-minutes', data: MinutesPdfData): Promise<Buffer> {
  const render = () => renderPdf(<MinutesPdf data={data} />);
  if (!data.publishedAt) return render();
  const { generatedAt: _printedAt, ...content } = data;
  return cachedPdf(contentKey(kind, content), render);
}
