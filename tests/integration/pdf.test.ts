import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createElement as h } from 'react';
import { Text } from '@react-pdf/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardReport } from '@/components/pdf/DashboardReport';
import { PageFrame, PdfDocument } from '@/components/pdf/PageFrame';
import { ProgressReport } from '@/components/pdf/ProgressReport';
import { Table } from '@/components/pdf/primitives';
import type { Actor } from '@/lib/auth/actor';
import { dashboardRows } from '@/lib/implementations/dashboard';
import { getTrack, updateItemStatus } from '@/lib/implementations/tracks';
import { renderPdf } from '@/lib/pdf/render';
import { dashboardReportPdf, describeDashboardFilter, progressReportPdf } from '@/lib/pdf/reports';
import { asciiFilename, pdfResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';
import { formatVerificationCode, newVerificationCode, normalizeVerificationCode } from '@/lib/pdf/verification';
import { AppError } from '@/lib/errors';
import { DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, unit } from '../factories';
import { accepted as acceptedNotification, trackOf } from '../implementation-factories';

const accepted = async (...args: Parameters<typeof acceptedNotification>) => (await acceptedNotification(...args)).trackIds;

// ---- PDF → text, with poppler ----

const TMP = path.resolve('tests/.tmp');
beforeAll(() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('These tests read PDFs with pdftotext and pdfinfo: install poppler-utils (apt-get install poppler-utils).');
  }
});
const written: string[] = [];
// KEEP_PDF=1 leaves the rendered files in tests/.tmp to look at.
afterAll(() => process.env.KEEP_PDF || written.forEach((f) => fs.rmSync(f, { force: true })));

function toFile(pdf: Uint8Array) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `pdf-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, pdf);
  written.push(file);
  return file;
}
/** The PDF's text as pdftotext lays it out; `raw` keeps content-stream order (for rotated text). */
const pdfText = (pdf: Uint8Array, mode: '-layout' | '-raw' = '-layout') => execFileSync('pdftotext', [mode, '-enc', 'UTF-8', toFile(pdf), '-'], { encoding: 'utf8' });
const pdfPages = (pdf: Uint8Array) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [toFile(pdf)], { encoding: 'utf8' }))?.[1]);
/** Words may be spread by layout: collapse runs of spaces for matching. */
const flat = (s: string) => s.replace(/[ \t]+/g, ' ');

const TODAY = '2027-01-10';
const NOW = new Date('2027-01-10T10:00:00Z');

describe('PDF documents', () => {
  let pcpr: Actor;
  let rops: Actor;
  beforeAll(async () => {
    pcpr = await makeActor('pcpr_animator', SOKOLSKI);
    rops = await makeActor('rops_adviser', PODLASKIE);
    await accepted(pcpr, rops, [JANOW, DABROWA]);
  });

  it('renders the progress report of a real track with Polish letters intact', async () => {
    const dabrowa = await trackOf(DABROWA);
    // Something to show in progress and in the history.
    const before = await getTrack(pcpr, dabrowa.id, TODAY);
    const s21 = before.items.find((i) => i.substep.code === '2.1')!;
    await updateItemStatus(pcpr, { itemId: s21.id, version: s21.version, status: 'in_progress' });

    const data = await getTrack(pcpr, dabrowa.id, TODAY);
    const t0 = performance.now();
    const pdf = await renderPdf(h(ProgressReport, { data, generatedAt: NOW, generatedBy: 'Małgorzata Żółkiewska' }));
    const cold = performance.now() - t0;
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await renderPdf(h(ProgressReport, { data, generatedAt: NOW }));
      warm.push(performance.now() - t);
    }
    console.info(`ProgressReport render: first ${cold.toFixed(0)} ms, then ${warm.map((w) => w.toFixed(0)).join(' / ')} ms; ${pdf.length} bytes`);

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(pdfText(pdf));
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const phrase of [
      'Raport postępu wdrożenia',
      'Kooperacja — Platforma Modelu Kooperacji',
      'Dąbrowa Białostocka',
      'powiat sokólski, województwo podlaskie',
      'Model Kooperacji dla gmin wiejskich',
      'Etap II — Organizacja',
      'Zgłoszenie do ROPS',
      'wykonany',
      'w toku',
      'nierozpoczęty',
      'Zadania cykliczne',
      'zaplanowane',
      'Historia zmian',
      'Małgorzata Żółkiewska',
      'Data rozpoczęcia wdrożenia 04.01.2027',
      'Stan na dzień 10.01.2027',
      '04.01.2027–03.02.2027',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    expect(text).toContain(`Strona 1 z ${pages}`);
    expect(text).toContain(`Strona ${pages} z ${pages}`);
    expect(text.replace(/\s+/g, '')).not.toContain('PROJEKT');
    // A table's header row repeats on the pages it continues onto.
    if (pages > 1) expect(text.split('\f')[1]).toMatch(/Kod Podkrok|Zadanie Okres|Kiedy Kto/);
  });

  it('the report helper: renders for those who may see the gmina, refuses others', async () => {
    const id = (await trackOf(JANOW)).id;
    const { pdf, filename } = await progressReportPdf(rops, id, { today: TODAY, now: NOW });
    expect(filename).toBe(`raport-postepu-${JANOW}.pdf`);
    expect(flat(pdfText(pdf))).toContain('Gmina Janów');

    const gopsElsewhere = await makeActor('gops_animator', DABROWA);
    const refused = await progressReportPdf(gopsElsewhere, id).catch((e) => e);
    // Another gmina's implementation is not found (its existence is not confirmed).
    expect(refused).toBeInstanceOf(AppError);
    expect((await errorResponse(refused)).status).toBe(404);
    const missing = await progressReportPdf(rops, 999_999_999).catch((e) => e);
    expect((await errorResponse(missing)).status).toBe(404);
  });

  it('renders the dashboard report (landscape) from dashboardRows', async () => {
    const rows = await dashboardRows(rops, {}, TODAY);
    expect(rows.length).toBe(2);
    const pdf = await renderPdf(h(DashboardReport, { voivodeshipName: 'podlaskie', rows, filterDescription: 'powiat sokólski; tylko gminy z zaległościami', generatedAt: NOW }));
    const text = flat(pdfText(pdf));
    for (const phrase of [
      'Postęp wdrożeń w województwie podlaskim',
      'Filtr: powiat sokólski; tylko gminy z zaległościami.',
      'Dąbrowa Białostocka',
      'Janów',
      'sokólski',
      'Etap II, krok 2',
      'zakończone',
      'gminy wiejskie',
      'Strona 1 z',
      // The strip of steps 1–10 (issue 14, item 3): a column of marks and their legend.
      'Kroki 1–10',
      'Z — zakończony, W — w toku, P — po terminie, N — nierozpoczęty',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    const info = execFileSync('pdfinfo', [toFile(pdf)], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);

    // Through the helper: the województwo from the actor's scope, the filter in words, access checked.
    const sokolski = await unit(SOKOLSKI);
    const filter = { powiatId: sokolski.powiatId!, stage: 2, overdueOnly: true, sort: 'gmina' as const, desc: true };
    expect(await describeDashboardFilter(rops, filter)).toBe('powiat sokólski; etap II; tylko gminy z zaległościami; sortowanie: gmina, malejąco');
    const out = await dashboardReportPdf(rops, { powiatId: sokolski.powiatId! }, { today: TODAY, now: NOW });
    expect(out.filename).toBe(`postep-wdrozen-podlaskie-${TODAY}.pdf`);
    const outText = flat(pdfText(out.pdf));
    expect(outText).toContain('Postęp wdrożeń w województwie podlaskim');
    expect(outText).toContain('Filtr: powiat sokólski.');
    const empty = await dashboardReportPdf(await makeActor('rops_adviser', MAZOWIECKIE), {}, { today: TODAY });
    expect(flat(pdfText(empty.pdf))).toContain('Żadna gmina nie spełnia warunków filtra.');
    const refused = await dashboardReportPdf(await makeActor('gops_animator', JANOW)).catch((e) => e);
    expect((await errorResponse(refused)).status).toBe(403);
  });

  it('letters stay extractable in a document made after others used their accented forms', async () => {
    // fontkit caches the parts of composite glyphs (ś → s) without their characters; see fonts.ts.
    await renderPdf(h(PdfDocument, { title: 'a' }, h(PageFrame, { title: 'Ść' }, h(Text, null, 'ś ć ż ź ó ą ę ń ł Ś Ć Ż Ź Ó Ą Ę Ń'))));
    const pdf = await renderPdf(h(PdfDocument, { title: 'b' }, h(PageFrame, { title: 'Sc' }, h(Text, null, 'sc zz o a e n S C Z O A E N cy'))));
    expect(flat(pdfText(pdf))).toContain('sc zz o a e n S C Z O A E N cy');
  });

  it('PageFrame: PROJEKT watermark and the confidential marker only when asked', async () => {
    const doc = (draft: boolean) =>
      h(
        PdfDocument,
        { title: 'Próba' },
        h(PageFrame, { title: 'Porozumienie o współpracy', draft, sensitive: draft, documentNumber: 'Nr 1/2027', verificationCode: 'ABCD-EFGH-JKMN' }, h(Text, null, 'Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ.')),
      );
    const draft = await renderPdf(doc(true));
    const final = await renderPdf(doc(false));
    // The watermark is set at an angle: pdftotext breaks it up, so compare without whitespace.
    expect(pdfText(draft, '-raw').replace(/\s+/g, '')).toContain('PROJEKT');
    expect(pdfText(draft)).toContain('Dane wrażliwe — poufne');
    expect(pdfText(final, '-raw').replace(/\s+/g, '')).not.toContain('PROJEKT');
    expect(pdfText(final)).not.toContain('Dane wrażliwe');
    const text = flat(pdfText(final));
    expect(text).toContain('Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ.');
    expect(text).toContain('Nr 1/2027 · Kod weryfikacyjny: ABCD-EFGH-JKMN');
    expect(text).toContain('Strona 1 z 1');
    expect(pdfPages(final)).toBe(1);
  });

  it('Table: flows over pages, its header row repeated on each, caption kept with it', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ n: i + 1, name: `Pozycja nr ${i + 1} — źdźbło` }));
    const pdf = await renderPdf(
      h(
        PdfDocument,
        { title: 'Tabela' },
        h(
          PageFrame,
          { title: 'Długa tabela' },
          h(Table<{ n: number; name: string }>, {
            caption: 'Wykaz pozycji',
            rows,
            columns: [
              { header: 'Lp.', width: 1, align: 'right', cell: (r) => String(r.n) },
              { header: 'Nazwa pozycji', width: 6, cell: (r) => r.name },
            ],
          }),
        ),
      ),
    );
    const pages = pdfText(pdf).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((p, i) => {
      expect(p, `strona ${i + 1}`).toMatch(/Lp\.\s+Nazwa pozycji/);
      expect(flat(p)).toContain(`Strona ${i + 1} z ${pages.length}`);
    });
    expect(flat(pages.join('\n'))).toContain('Pozycja nr 150 — źdźbło');
    expect(pages[0]).toContain('Wykaz pozycji');
  });

  it('pdfResponse: inline, UTF-8 file name, not cached', async () => {
    const res = pdfResponse(Buffer.from('%PDF-1.4'), 'raport-postępu-Łódź.pdf');
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    expect(res.headers.get('Content-Disposition')).toBe(`inline; filename="raport-postepu-Lodz.pdf"; filename*=UTF-8''raport-post%C4%99pu-%C5%81%C3%B3d%C5%BA.pdf`);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('%PDF-1.4');
    expect(asciiFilename('zła "nazwa".pdf')).toBe('zla_nazwa_.pdf');
  });

  it('verification codes: random, grouped, forgiving when retyped', () => {
    const code = newVerificationCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newVerificationCode()).not.toBe(code);
    expect(normalizeVerificationCode(code.toLowerCase())).toBe(code.replace(/-/g, ''));
    expect(normalizeVerificationCode('7k3m q9pd x2rt')).toBe('7K3MQ9PDX2RT');
    expect(normalizeVerificationCode('oil1-0000-0000')).toBe('0111' + '00000000');
    expect(normalizeVerificationCode('ABC')).toBeNull();
    expect(formatVerificationCode('7K3MQ9PDX2RT')).toBe('7K3M-Q9PD-X2RT');
  });
});
