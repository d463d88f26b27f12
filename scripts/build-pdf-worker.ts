/**
 * Part of the build (`npm run build`, scripts/lib/ensure-build.ts): the PDF worker thread
 * (lib/pdf/worker.tsx, the documents of components/pdf/registry.ts and what they import from lib/)
 * bundled into one file, .next/pdf-worker.mjs, which the production server's pool starts
 * (lib/pdf/pool.ts). A worker thread then loads plain JavaScript: no TypeScript loader thread of
 * its own and no compiling on start — about 50 MB less per worker. Packages stay in node_modules.
 */
import path from 'node:path';
import { build, type Metafile } from 'esbuild';

export const PDF_WORKER_BUNDLE = path.join('.next', 'pdf-worker.mjs');

/** Writes the bundle (to `outfile`, relative to `root`); returns esbuild's account of what went in. */
export async function buildPdfWorker(root = process.cwd(), outfile = PDF_WORKER_BUNDLE): Promise<Metafile> {
  const r = await build({
    absWorkingDir: root,
    entryPoints: ['lib/pdf/worker.tsx'],
    outfile,
    metafile: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    plugins: [
      {
        // Next's guard against importing server code into client bundles: nothing to guard here.
        name: 'server-only',
        setup(b) {
          b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
          b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
        },
      },
    ],
  });
  return r.metafile;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildPdfWorker();
