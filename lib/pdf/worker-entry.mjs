// The entry of a PDF worker thread (lib/pdf/pool.ts): the app's TypeScript sources are loaded
// through tsx, and 'server-only' (which throws outside Next's react-server condition) is an empty
// module here, as in scripts/lib/allow-server-only.ts.
import { register } from 'node:module';
import path from 'node:path';
import { register as registerTsx } from 'tsx/esm/api';

register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }'));
registerTsx({ tsconfig: path.join(process.cwd(), 'tsconfig.json') });
await import(path.join(process.cwd(), 'lib', 'pdf', 'worker.tsx'));
