import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDF_DOCUMENTS, PDF_PROGRAMS } from '@/components/pdf/registry';
import type { ServiceCard } from '@/lib/services/services';
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

  it.runIf(process.platform === 'linux')('renders at the lowest priority, so pages of the server come first when the cores are busy', () => {
    // Each thread's nice value (field 19 of /proc/<pid>/task/<tid>/stat): the worker's is 19, this thread's is unchanged.
    const nice = (tid: string) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const threads = fs.readdirSync('/proc/self/task').map(nice);
    // The process's own priority (npm test runs vitest at nice 10): the request thread keeps it.
    const base = os.getPriority();
    expect(base, 'the tests must run below nice 19 to see the worker lowered').toBeLessThan(19);
    expect(nice(String(process.pid))).toBe(base);
    expect(threads).toContain(19);
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

describe('what the pool renders', () => {
  it('runs a two-pass document in the worker: the contents get the pages the cards start on', async () => {
    const card = (id: number, name: string, description: string): ServiceCard => ({
      id, name, description, providerName: `Ośrodek ${id}`, targetGroups: [], areas: [], conditions: '', cost: '', place: '', contact: 'tel. 85 000 00 00', referral: '', coordinator: '', lastReviewedOn: null,
    });
    const long = Array.from({ length: 40 }, (_, i) => `Akapit ${i + 1}: zajęcia grupowe i indywidualne prowadzone przez psychologa, pedagoga i terapeutę rodzinnego, w małych grupach.`).join('\n');
    const pdf = await pool.render('printServiceBasket', {
      title: 'Lokalny Koszyk Usług', pzkName: 'PZK gminy Dąbrowa Białostocka', town: 'Dąbrowa Białostocka', date: '04.01.2027',
      cards: [card(1, 'Aaa długa karta', long), card(2, 'Bbb krótka karta', 'Spotkania grupy wsparcia.')],
    });
    const text = pdfText(pdf);
    // Title page 1; the long card on pages 2–3; the short one on page 4.
    expect(text).toContain('Spis treści 1. Aaa długa karta s. 2 Ośrodek 1 2. Bbb krótka karta s. 4 Ośrodek 2');
    expect(text).toContain('Strona 4 z 4');
  });

  it('knows every document the app prints: each renderPdf() in lib/ names a registered document', async () => {
    // Every call site `renderPdf(<X …` or `renderPdf(createElement(X, …` under lib/, X resolved through the file's imports.
    const registered = new Set<unknown>(Object.values(PDF_DOCUMENTS));
    const files = (fs.readdirSync('lib', { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join('lib', f));
    const calls: string[] = [];
    for (const file of files) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/renderPdf\(\s*(?:<|createElement\()([A-Za-z]+)/g)) {
        const local = m[1];
        const imp = [...src.matchAll(/import \{([^}]*)\} from '([^']+)'/g)].find(([, names]) => names.split(',').some((n) => n.trim().split(/\s+as\s+/).pop() === local));
        expect(imp, `${file}: ${local} is imported from a module`).toBeDefined();
        const exported = imp![1].split(',').map((n) => n.trim().split(/\s+as\s+/)).find((parts) => parts[parts.length - 1] === local)![0];
        const mod = (await import(imp![2].replace(/^@\//, path.resolve('.') + '/'))) as Record<string, unknown>;
        expect(registered.has(mod[exported]), `${file}: ${exported} (from ${imp![2]}) is in components/pdf/registry.ts`).toBe(true);
        calls.push(`${file}:${local}`);
      }
      for (const m of src.matchAll(/renderPdfProgram\('([A-Za-z]+)'/g)) expect(Object.keys(PDF_PROGRAMS)).toContain(m[1]);
    }
    // The scan found the call sites (a change of how they are written would otherwise pass silently).
    expect(calls.length).toBeGreaterThanOrEqual(25);
  });
});
