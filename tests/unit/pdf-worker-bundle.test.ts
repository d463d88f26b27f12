import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdfWorker } from '../../scripts/build-pdf-worker';

/*
 * The PDF worker threads (lib/pdf/pool.ts) of the production server run the bundle the build makes.
 * A document needs its data, fonts and react-pdf — never the database, password hashing or image
 * packages: each would be loaded once more in every worker thread of every server process (a PDF
 * worker took ~170 MB when a document's import of a label pulled in the database client).
 */
describe('the PDF worker bundle', () => {
  it('imports react-pdf and no database, auth, upload or Next.js package', async () => {
    const out = path.join('tests', '.tmp', `pdf-worker-${process.pid}.mjs`);
    try {
      const meta = await buildPdfWorker(process.cwd(), out);
      const external = new Set(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
      expect(external).toContain('@react-pdf/renderer');
      for (const p of [...external]) expect(p, `the PDF worker imports ${p}`).not.toMatch(/^(postgres|@electric-sql\/pglite|argon2|sharp|pdf-lib|nodemailer|next)(\/|$)/);
      const inputs = Object.keys(meta.inputs);
      expect(inputs).toContain('components/pdf/registry.ts');
      expect(inputs.filter((f) => f.startsWith('db/') && f !== 'db/schema/index.ts' && !f.startsWith('db/schema/'))).toEqual([]);
    } finally {
      fs.rmSync(out, { force: true });
    }
  });
});
