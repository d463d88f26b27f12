import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createElement as h, type ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Document, Page, renderToBuffer, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { FONT, preparePdfFonts } from '@/components/pdf/fonts';
import { PageFrame, PdfDocument } from '@/components/pdf/PageFrame';

/*
 * Issue 19 §2: the "Strona X z Y" footer is resolved in one final pass (patches/@react-pdf+layout
 * +5.2.0.patch). react-pdf's legacy pagination rendered every dynamic node again before each page
 * break — without the page total — and laid the whole rest of the document out once more for it.
 */

const tmp = path.resolve('tests/.tmp');
const written: string[] = [];
afterAll(() => written.forEach((f) => fs.rmSync(f, { force: true })));
beforeAll(async () => {
  await preparePdfFonts();
}, 60_000);

async function render(doc: ReactElement): Promise<{ pages: number; pageText: (k: number) => string }> {
  const pdf = await renderToBuffer(doc as ReactElement<DocumentProps>);
  fs.mkdirSync(tmp, { recursive: true });
  const file = path.join(tmp, `pagination-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, pdf);
  written.push(file);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pageText = (k: number) => execFileSync('pdftotext', ['-f', String(k), '-l', String(k), '-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, pageText };
}

const POLISH = 'Zażółć gęślą jaźń — ŻÓŁW, ĄĘ, Ćma, Ńśń.';
const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => h(Text, { key: i, style: { fontSize: 10, lineHeight: 1.4, marginBottom: 6 } }, `${i + 1}. ${POLISH} Porozumienie o współpracy w zakresie wdrażania Modelu Kooperacji: ustęp numer ${i + 1}, który zajmuje kilka wierszy tekstu, aby dokument miał wiele stron. `.repeat(3)));

/** A page like PageFrame's: header in the flow, footer absolutely placed with a render prop. */
function framedLike(footer: (p: { pageNumber: number; totalPages?: number }) => string, count: number) {
  return h(
    Document,
    null,
    h(
      Page,
      { size: 'A4', style: { fontFamily: FONT, paddingTop: 28, paddingBottom: 54, paddingHorizontal: 40 }, wrap: true },
      h(View, { fixed: true, style: { marginBottom: 14 } }, h(Text, { style: { fontSize: 7.5 } }, 'Nagłówek')),
      ...paragraphs(count),
      h(View, { fixed: true, style: { position: 'absolute', bottom: 22, left: 40, right: 40 } }, h(Text, { style: { fontSize: 7.5 }, render: footer })),
    ),
  );
}

describe('PDF pagination: page numbers in one final pass', () => {
  it('prints "Strona k z N", the header, the draft watermark and Polish letters on every page of a long document', async () => {
    const doc = h(PdfDocument, { title: 'Test' }, h(PageFrame, { title: 'Porozumienie testowe', documentNumber: 'Nr T/1', draft: true }, ...paragraphs(120)));
    const { pages, pageText } = await render(doc);
    expect(pages).toBeGreaterThanOrEqual(10);
    for (let k = 1; k <= pages; k++) {
      const text = pageText(k);
      expect(text).toContain(`Strona ${k} z ${pages}`);
      expect(text).toContain('Porozumienie testowe');
      // The rotated watermark comes out of pdftotext in pieces.
      expect(text.replace(/\s/g, '')).toContain('PROJEKT');
      expect(text).toContain('Nr T/1');
      if (k < pages) expect(text).toContain('Zażółć gęślą jaźń — ŻÓŁW');
    }
  }, 120_000);

  it('renders the footer once per page, always with the total, in a short and a four times longer document alike', async () => {
    const calls: Record<number, { pages: number; calls: { pageNumber: number; totalPages?: number }[] }> = {};
    for (const count of [30, 120]) {
      const footer = vi.fn((p: { pageNumber: number; totalPages?: number }) => `Strona ${p.pageNumber} z ${p.totalPages}`);
      const { pages, pageText } = await render(framedLike(footer, count));
      calls[count] = { pages, calls: footer.mock.calls.map(([p]) => ({ pageNumber: p.pageNumber, totalPages: p.totalPages })) };
      expect(pageText(pages)).toContain(`Strona ${pages} z ${pages}`);
    }
    const short = calls[30];
    const long = calls[120];
    expect(long.pages).toBeGreaterThanOrEqual(3 * short.pages);
    for (const { pages, calls: c } of [short, long]) {
      // Once per page, never a partial pass that does not know the total yet.
      expect(c.map((x) => x.pageNumber)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      expect(c.every((x) => x.totalPages === pages)).toBe(true);
    }
  }, 120_000);

  it('still lays out a dynamic node in the flow before each break (a numbered header)', async () => {
    const doc = h(
      Document,
      null,
      h(
        Page,
        { size: 'A4', style: { fontFamily: FONT, padding: 40 }, wrap: true },
        h(Text, { fixed: true, style: { fontSize: 9, marginBottom: 8 }, render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages?: number }) => `Nagłówek strony ${pageNumber}/${totalPages}` }),
        ...paragraphs(40),
      ),
    );
    const { pages, pageText } = await render(doc);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let k = 1; k <= pages; k++) expect(pageText(k)).toContain(`Nagłówek strony ${k}/${pages}`);
  }, 120_000);
});
