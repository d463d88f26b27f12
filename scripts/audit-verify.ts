/**
 * Verifies the audit log's hash chains (issue 16, item 5):
 *   npm run audit:verify [-- --heads glowy.json]
 * Prints, for each chain (województwo), its entries, its head and OK or the first broken link;
 * exits with 1 when a chain is broken. `--heads` compares with chain heads exported earlier from
 * the ROPS audit page (kept outside the database): a head that is no longer in its chain means
 * history was rewritten. Works on the database the app uses (DATABASE_URL, or the embedded one in
 * PGLITE_DIR — which is single-process: stop the server first). The run is recorded
 * (audit_verifications), so the ROPS page shows it.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../db/client';
import { DatabaseLockedError } from '../db/pglite-lock';
import type { ExportedHeads } from '../lib/audit-verify';
import { verifyAuditChains } from '../lib/audit-verify';
import { env } from '../lib/env';

const USAGE = 'Użycie: npm run audit:verify [-- --heads glowy.json]\n  --heads  plik JSON z głowami łańcuchów pobranymi wcześniej ze strony dziennika zdarzeń (porównanie: czy historia nie została przepisana)';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ options: { heads: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false });
}
try {
  args = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** The heads file of "Pobierz głowy łańcuchów" (or a list of its heads). */
function readHeads(file: string): ExportedHeads {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`Nie można odczytać pliku głów łańcuchów ${file}: ${(e as Error).message}`);
  }
  const heads = Array.isArray(data) ? data : (data as { heads?: unknown })?.heads;
  const valid = Array.isArray(heads) && heads.every((h) => h && Number.isInteger(Number(h.chain)) && Number.isInteger(Number(h.seq)) && typeof h.hash === 'string' && /^[0-9a-f]{64}$/.test(h.hash));
  if (!valid) fail(`Plik ${file} nie zawiera głów łańcuchów (oczekiwano {"heads": [{"chain", "seq", "hash"}, …]}).`);
  return { exportedAt: (data as { exportedAt?: string }).exportedAt, heads: heads as ExportedHeads['heads'] };
}

const exported = args.values.heads ? readHeads(args.values.heads) : undefined;
const e = env();
let database: Database;
try {
  database = openDatabase({ url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
} catch (err) {
  if (err instanceof DatabaseLockedError) {
    fail(
      `Wbudowana baza danych (${e.PGLITE_DIR}) jest używana przez działający serwer — PGlite obsługuje jeden proces naraz.\n` +
        `Zatrzymaj serwer (npm start) i uruchom polecenie ponownie albo ustaw DATABASE_URL.\n(${err.message})`,
    );
  }
  throw err;
}

try {
  const r = await verifyAuditChains(database.db, 'cli', { exported });
  if (r.chains === 0) console.log('Dziennik zdarzeń jest pusty — nie ma czego sprawdzać.');
  for (const c of r.reports ?? []) {
    const head = c.head ? `głowa: wpis nr ${c.head.seq}, skrót ${c.head.hash}` : 'brak głowy';
    console.log(`${c.name} (łańcuch ${c.chain}): wpisów sprawdzonych ${c.entries}; ${head}`);
    console.log(c.broken ? `  PRZERWANY: ${c.broken.problem}` : '  OK');
  }
  if (exported) console.log(`Porównano z głowami wyeksportowanymi ${exported.exportedAt ?? '(bez daty)'}: ${exported.heads.length}.`);
  console.log(r.ok ? `Wynik: wszystkie łańcuchy nienaruszone (${r.entries} wpisów).` : 'Wynik: dziennik zdarzeń został zmieniony — pierwsze przerwane ogniwa powyżej.');
  process.exitCode = r.ok ? 0 : 1;
} catch (err) {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (code !== '42P01') throw err;
  console.error('Ta baza danych nie ma jeszcze dziennika zdarzeń (nie została przygotowana) — uruchom najpierw aplikację (npm start) albo wskaż właściwą bazę (DATABASE_URL, PGLITE_DIR).');
  process.exitCode = 2;
} finally {
  await database.close();
}
