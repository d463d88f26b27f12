import { register } from 'node:module';

/**
 * Scripts that render PDFs run app modules outside Next. Those modules import 'server-only', which
 * throws outside the react-server condition — and that condition gives a React build react-pdf
 * cannot render with. An empty module stands in for it (as tests/setup/empty.ts does under vitest).
 * Import this first, then the app modules dynamically.
 */
register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }'));
