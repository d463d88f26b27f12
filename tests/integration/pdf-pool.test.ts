import { afterAll, describe, expect, it } from 'vitest';
import type { ComposedDocument } from '@/lib/documents/compose';
import { PdfPool, PdfQueueFullError } from '@/lib/pdf/pool';
import { usePdfText } from '../pdf-text';

/*
 * Issue 19 §1: PDFs render in worker threads (lib/pdf/pool.ts, lib/pdf/worker.tsx) with a bounded
 * queue, so a page served by the same process never waits for a printout. Real threads here, loading
 * the app's sources the way the server does.
 */
const pdfText = usePdfText('pool');

const doc: ComposedDocument = {
  title: 'Porozumienie o współpracy w ramach Partnerskiego Zespołu Kooperacji',
  number: 'PZK/2027/0001',
  preamble: 'Strony zawierają porozumienie w sprawie wdrażania Modelu Kooperacji w gminie Dąbrowa Białostocka.',
  paragraphs: Array.from({ length: 30 }, (_, i) => ({
    number: i + 1,
    key: `p${i}`,
    heading: `Paragraf ${i + 1}: zadania stron`,
    points: ['Strony współdziałają przy diagnozowaniu potrzeb osób i rodzin, zachowując poufność.', 'Członkowie zespołu uczestniczą w spotkaniach co najmniej raz w miesiącu.'],
  })),
  closing: 'Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach.',
  parties: [
    { index: 0, roleLabel: 'Gmina', name: 'Gmina Dąbrowa Białostocka', address: 'ul. Solna 2, 16-200 Dąbrowa Białostocka', representativeName: 'Jan Żółkiewski', representativeFunction: 'Burmistrz', tasks: [], signs: true },
  ],
  people: [],
  peopleLabel: null,
};
const props = { doc, kindLabel: 'Porozumienie PZK', draft: false, verificationCode: 'ABCD-EFGH-JKLM' };

// One worker (starting one loads react-pdf, the fonts and every document: seconds), one place in the queue.
const pool = new PdfPool({ size: 1, queueLimit: 1 });
afterAll(() => pool.close());

describe('the PDF worker pool', () => {
  it('renders a registered document in a worker thread, Polish letters intact, while this thread stays free', async () => {
    // The event loop keeps ticking while the worker renders.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const pdf = await pool.render('AgreementPdf', props);
    clearInterval(timer);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Porozumienie o współpracy w ramach Partnerskiego Zespołu Kooperacji');
    expect(text).toContain('Jan Żółkiewski');
    expect(ticks).toBeGreaterThan(5);
  });

  it('refuses at once when every worker is busy and the queue is full, and serves the queued ones', async () => {
    const first = pool.render('AgreementPdf', props);
    const second = pool.render('AgreementPdf', props);
    await expect(pool.render('AgreementPdf', props)).rejects.toBeInstanceOf(PdfQueueFullError);
    await expect(pool.render('AgreementPdf', props)).rejects.toThrow('Serwer drukuje teraz wiele dokumentów');
    const [a, b] = await Promise.all([first, second]);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(b.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pool.load).toEqual({ rendering: 0, waiting: 0 });
  });

  it('fails one render of an unknown document without losing the worker', async () => {
    await expect(pool.render('NoSuchDocument', {})).rejects.toThrow('No PDF document named NoSuchDocument');
    const pdf = await pool.render('AgreementPdf', props);
    expect(pdfText(pdf)).toContain('PZK/2027/0001');
  });
});
