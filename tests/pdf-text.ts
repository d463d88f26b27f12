import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * Reading a rendered PDF's text in integration tests, with poppler's pdftotext (npm test installs
 * it or says how). Call `usePdfText('prefix')` at a file's top level: it checks pdftotext is there,
 * removes the files after the tests (KEEP_PDF=1 keeps them in tests/.tmp) and returns `pdfText`,
 * which gives the text with runs of white space collapsed.
 */
export function usePdfText(prefix: string) {
  const tmp = path.resolve('tests/.tmp');
  const written: string[] = [];
  beforeAll(() => {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error('These tests read PDFs with pdftotext: install poppler-utils (apt-get install poppler-utils).');
    }
  });
  afterAll(() => process.env.KEEP_PDF || written.forEach((f) => fs.rmSync(f, { force: true })));
  return function pdfText(pdf: Uint8Array): string {
    fs.mkdirSync(tmp, { recursive: true });
    const file = path.join(tmp, `${prefix}-${crypto.randomBytes(6).toString('hex')}.pdf`);
    fs.writeFileSync(file, pdf);
    written.push(file);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
}
