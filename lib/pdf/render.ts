import 'server-only';
import os from 'node:os';
import type { ReactElement } from 'react';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { preparePdfFonts } from '@/components/pdf/fonts';
import { PDF_DOCUMENTS, PDF_PROGRAMS, type PdfProgramName } from '@/components/pdf/registry';
import { PdfPool } from './pool';

const NAMES = new Map<unknown, string>(Object.entries(PDF_DOCUMENTS).map(([name, component]) => [component, name]));

/**
 * The process's pool of PDF worker threads: PDF_WORKERS of them (0: render in the request's
 * thread, as the tests do by default), else the cores shared among the server processes
 * (WEB_CONCURRENCY), at least one. Up to PDF_QUEUE renders wait (default 4 per worker).
 */
function poolSize(): number {
  const set = process.env.PDF_WORKERS;
  if (set !== undefined && set !== '') return Math.max(0, Number(set) || 0);
  if (process.env.VITEST) return 0;
  const processes = process.env.DATABASE_URL ? Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism()) : 1;
  return Math.max(1, Math.floor(os.availableParallelism() / processes));
}

const g = globalThis as { __kooperacjaPdfPool?: PdfPool | null };
function pool(): PdfPool | null {
  if (g.__kooperacjaPdfPool === undefined) {
    const size = poolSize();
    g.__kooperacjaPdfPool = size > 0 ? new PdfPool({ size, queueLimit: Number(process.env.PDF_QUEUE) || size * 4 }) : null;
  }
  return g.__kooperacjaPdfPool;
}

/** Props a worker can receive: plain data (no functions, no React elements). */
function plainData(props: unknown): boolean {
  try {
    structuredClone(props);
    return true;
  } catch {
    return false;
  }
}

/**
 * Renders a react-pdf document to a PDF in memory: `doc` is a registered document component with
 * its data (<ProgressReport data={…} />), rendered in a worker thread of the pool so that pages
 * keep being served; anything else (a one-off composition) in this thread. Fonts are prepared
 * on first use. A full queue throws PdfQueueFullError (lib/route-errors.ts answers 503).
 */
export async function renderPdf(doc: ReactElement): Promise<Buffer> {
  const name = NAMES.get(doc.type);
  const p = name ? pool() : null;
  if (p && name && plainData(doc.props)) return p.render(name, doc.props);
  return renderHere(doc);
}

/**
 * Runs a registered multi-pass document (components/pdf/registry.ts, PDF_PROGRAMS) with its data,
 * in a worker thread of the pool when there is one, else in this thread.
 */
export async function renderPdfProgram<N extends PdfProgramName>(name: N, props: Parameters<(typeof PDF_PROGRAMS)[N]>[0]): Promise<Buffer> {
  const p = pool();
  if (p) return p.render(name, props);
  return PDF_PROGRAMS[name](props, renderHere);
}

/** Renders in this thread (the pool's fallback, and the tests' default). */
export async function renderHere(doc: ReactElement): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(doc as ReactElement<DocumentProps>);
}
