// The e2e web server: wipes the embedded test database (unless a PostgreSQL URL is given — the
// caller prepares that one fresh), then runs `scripts/start.ts` (build if needed + next start).
// Playwright starts webServer before globalSetup, so this cleanup has to happen here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

if (!process.env.DATABASE_URL) {
  const dir = path.resolve(process.env.PGLITE_DIR || 'tests/.tmp/e2e-pglite');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
}

const child = spawn('npx', ['tsx', 'scripts/start.ts'], { stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
