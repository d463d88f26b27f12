import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { unsafeSamplePdfs } from '@/lib/documents/pdf';
import { DOCUMENT_KINDS } from '@/lib/documents/template';

// The samples `npm run pdf:samples` writes, from the demo data, read back with poppler.
const TMP = path.resolve('tests/.tmp');
const written: string[] = [];
afterAll(() => process.env.KEEP_PDF || written.forEach((f) => fs.rmSync(f, { force: true })));
function toFile(pdf: Uint8Array) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `doc-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, pdf);
  written.push(file);
  return file;
}
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('document PDFs from the demo data', () => {
  let samples: Awaited<ReturnType<typeof unsafeSamplePdfs>>;
  beforeAll(async () => {
    await seedDemo(getDb());
    samples = await unsafeSamplePdfs(getDb());
  }, 120_000);

  it('there is one of every kind', () => {
    expect(samples.map((s) => s.kind)).toEqual([...DOCUMENT_KINDS]);
  });

  it.each(DOCUMENT_KINDS)('%s: Polish title, parties with diacritics, number, code and page numbers are intact', (kind) => {
    const s = samples.find((x) => x.kind === kind)!;
    const file = toFile(s.pdf);
    const text = flat(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(flat(s.title));
    for (const party of s.parties) expect(text).toContain(party);
    expect(text).toContain(`Strona ${pages} z ${pages}`);
    expect(text.match(new RegExp(`Nr ${s.number.replace(/\//g, '\\/')} · Kod weryfikacyjny: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}`, 'g'))?.length).toBe(pages);
    // No letter lost: every Polish letter of the names comes back as itself.
    expect(s.parties.join(' ')).toMatch(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/);
  });

  it('drafts carry PROJEKT on every page, signed documents the signing dates and no watermark', () => {
    const draft = samples.find((s) => s.kind === 'annex')!;
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', toFile(draft.pdf), '-'], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [toFile(draft.pdf)], { encoding: 'utf8' }))?.[1]);
    // The watermark is rotated: extraction may break it into pieces.
    expect(raw.replace(/\s+/g, '').match(/PROJEKT/g)?.length).toBe(pages);
    const signed = samples.find((s) => s.kind === 'agreement_powiat_gmina')!;
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', toFile(signed.pdf), '-'], { encoding: 'utf8' });
    expect(text).not.toContain('PROJEKT');
    expect(text).toContain('05.11.2026');
    expect(flat(text)).toContain('Zadania Powiatu');
    expect(text).toContain('Wiesław Wiśniewski');
  });
});
