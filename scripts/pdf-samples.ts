/*
 * npm run pdf:samples -- <dir>
 * Renders one sample PDF of every document kind (the agreements, then the case documents) from the
 * demo data into <dir> (default ./pdf-samples), to check them by eye and by text extraction. Uses
 * DATABASE_URL when set (the demo data must be loaded there); otherwise a throwaway embedded
 * database with the demo data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import './lib/allow-server-only';

const { bootstrap } = await import('../db/bootstrap');
const { openDatabase, setDatabase } = await import('../db/client');
const { unsafeSamplePdfs } = await import('../lib/documents/pdf');
const { unsafeCaseSamplePdfs } = await import('../lib/cases/pdf');

const dir = path.resolve(process.argv[2] ?? 'pdf-samples');
const tmp = process.env.DATABASE_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'kooperacja-samples-'));
const database = openDatabase(tmp ? { pgliteDir: tmp } : { url: process.env.DATABASE_URL });
try {
  setDatabase(database);
  await bootstrap(database, { demo: true });
  fs.mkdirSync(dir, { recursive: true });
  const samples = await unsafeSamplePdfs(database.db);
  if (!samples.length) throw new Error('Brak dokumentów w bazie — czy wczytano dane demonstracyjne?');
  for (const s of samples) {
    const file = path.join(dir, `${s.kind}.pdf`);
    fs.writeFileSync(file, s.pdf);
    console.log(`${file}  ${s.number}  ${s.title}  (${(s.pdf.length / 1024).toFixed(0)} kB)`);
  }
  // The case documents (konto osoby/rodziny) of the demo cases; a kind no demo case has is skipped.
  for (const s of await unsafeCaseSamplePdfs(database.db)) {
    const file = path.join(dir, `case_${s.kind}.pdf`);
    fs.writeFileSync(file, s.pdf);
    console.log(`${file}  ${s.caseNumber}  ${s.title}  (${(s.pdf.length / 1024).toFixed(0)} kB)`);
  }
} finally {
  await database.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
