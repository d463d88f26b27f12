/**
 * `npm start`: builds when the build is missing or older than the sources, then serves with
 * `next start`. The server itself migrates and seeds on start (instrumentation.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const SOURCES = ['app', 'components', 'lib', 'db', 'public', 'instrumentation.ts', 'next.config.js', 'package.json', 'postcss.config.mjs'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

const buildId = path.join(root, '.next', 'BUILD_ID');
const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changed = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
if (!built || changed > built || process.env.FORCE_BUILD === '1') {
  console.log('[kooperacja] building the application (first start or sources changed)…');
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// A fresh clone has no secret: make one and keep it beside the embedded database.
if (!process.env.NEXTAUTH_SECRET) {
  const file = path.join(root, '.data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}
const port = process.env.PORT || '3000';
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

console.log(
  `[kooperacja] starting on http://localhost:${port} (${process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `embedded PGlite in ${process.env.PGLITE_DIR || '.data/pglite'}`})`,
);
const child = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
