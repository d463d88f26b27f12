import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'db', 'public', 'instrumentation.ts', 'next.config.js', 'package.json', 'postcss.config.mjs'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/**
 * Runs the build (`npm run build`) when there is none or a source file is newer than it, and
 * prepares what belongs to the build: the PDF worker's bundle and the embedded database template
 * (db/pglite-template.ts).
 */
export function ensureBuild(root = process.cwd()): void {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  const template = path.join(root, '.next', 'pglite-template.tar.gz');
  if (!built || changed > built || process.env.FORCE_BUILD === '1') {
    console.log('[kooperacja] building the application (first start or sources changed)…');
    // `npm run build`: next build, then the PDF worker's bundle (scripts/build-pdf-worker.ts).
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root, env: { ...process.env, NODE_ENV: 'production' } });
    if (r.status !== 0) process.exit(r.status ?? 1);
    fs.rmSync(template, { force: true });
  }
  if (!fs.existsSync(path.join(root, '.next', 'pdf-worker.mjs'))) {
    const r = spawnSync('npx', ['tsx', 'scripts/build-pdf-worker.ts'], { stdio: 'inherit', cwd: root });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  if (!fs.existsSync(template)) {
    const r = spawnSync('npx', ['tsx', 'scripts/make-pglite-template.ts'], { stdio: 'inherit', cwd: root });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
