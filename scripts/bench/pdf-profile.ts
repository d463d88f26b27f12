/*
 * Renders the demo's powiat–gmina agreement (the document of scripts/bench/pdf.ts) RUNS times in
 * this thread, for profiling react-pdf without the app:
 *   NODE_ENV=production node --cpu-prof --import tsx scripts/bench/pdf-profile.ts
 * The agreement's props are read from PDF_FIXTURE (default tests/.tmp/agreement-props.json); when
 * that file is missing they are made once from a throwaway embedded database with the demo data.
 * Prints CPU and wall time per render; OUT=<file> writes the last PDF.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import '../lib/allow-server-only';

const FIXTURE = process.env.PDF_FIXTURE ?? 'tests/.tmp/agreement-props.json';
const RUNS = Number(process.env.RUNS ?? 50);

async function makeFixture() {
  const { bootstrap } = await import('../../db/bootstrap');
  const { openDatabase, setDatabase } = await import('../../db/client');
  const { documentGminas, documentRevisions, documents } = await import('../../db/schema');
  const { and, asc, eq } = await import('drizzle-orm');
  const { composeDocument } = await import('../../lib/documents/compose');
  const { printVariant } = await import('../../lib/documents/print-variant');
  const { documentMeta } = await import('../../lib/documents/documents');
  const { templateById } = await import('../../lib/documents/store');
  const { DOCUMENT_KIND_LABELS } = await import('../../lib/documents/template');
  const { formatVerificationCode } = await import('../../lib/pdf/verification');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kooperacja-pdf-profile-'));
  const database = openDatabase({ pgliteDir: tmp });
  try {
    setDatabase(database);
    await bootstrap(database, { demo: true });
    const db = database.db;
    const kind = 'agreement_powiat_gmina' as const;
    const [row] = await db.select().from(documents).where(eq(documents.kind, kind)).orderBy(asc(documents.id)).limit(1);
    const gminaIds = (await db.select({ id: documentGminas.gminaId }).from(documentGminas).where(eq(documentGminas.documentId, row.id))).map((g) => g.id);
    const [rev] = await db.select().from(documentRevisions).where(and(eq(documentRevisions.documentId, row.id), eq(documentRevisions.revision, row.revision)));
    const [template, meta] = await Promise.all([templateById(db, row.templateId), documentMeta(db, row, gminaIds)]);
    const printed = printVariant(row, rev);
    const props = { doc: composeDocument(template.body, row.content, meta), kindLabel: DOCUMENT_KIND_LABELS[kind], draft: row.status === 'draft', verificationCode: formatVerificationCode(printed.code), signedOn: printed.signedOn ?? undefined };
    fs.mkdirSync(path.dirname(FIXTURE), { recursive: true });
    fs.writeFileSync(FIXTURE, JSON.stringify(props));
  } finally {
    await database.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (!fs.existsSync(FIXTURE)) await makeFixture();
const { renderToBuffer } = await import('@react-pdf/renderer');
const { preparePdfFonts } = await import('../../components/pdf/fonts');
const { AgreementPdf } = await import('../../components/pdf/AgreementPdf');
const props = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
await preparePdfFonts();
const render = () => renderToBuffer(createElement(AgreementPdf, props) as never);
for (let i = 0; i < 5; i++) await render();
const wall: number[] = [];
let last: Buffer | null = null;
const c0 = process.cpuUsage();
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  last = await render();
  wall.push(performance.now() - t0);
}
const cpu = process.cpuUsage(c0);
wall.sort((a, b) => a - b);
console.log(`${RUNS} renders: CPU ${((cpu.user + cpu.system) / 1000 / RUNS).toFixed(1)} ms each; wall p50 ${wall[Math.floor(RUNS / 2)].toFixed(1)} ms, min ${wall[0].toFixed(1)} ms; ${last!.length} bytes`);
if (process.env.OUT) fs.writeFileSync(process.env.OUT, last!);
