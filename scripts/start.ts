/**
 * `npm start`: builds when the build is missing or older than the sources, then serves through the
 * front server (scripts/serve.ts). The server itself migrates and seeds on start (instrumentation.ts).
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild } from './lib/ensure-build';

const root = process.cwd();
ensureBuild(root);

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
const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', PORT: port } });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
