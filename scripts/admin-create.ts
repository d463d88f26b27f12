/**
 * Creates the national administrator of the model (or gives the role to an existing user):
 *   npm run admin:create -- email@example.pl [--name "Imię Nazwisko"]
 * The password of a new account is ADMIN_PASSWORD when set, otherwise a strong one is generated
 * and printed once. Works on the database the app uses (DATABASE_URL, or the embedded one in
 * PGLITE_DIR — which is single-process: stop the server first).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { bootstrap } from '../db/bootstrap';
import { openDatabase, type Database } from '../db/client';
import { DatabaseLockedError } from '../db/pglite-lock';
import { createNationalAdmin } from '../lib/accounts/national-admin';
import { env } from '../lib/env';
import { AppError } from '../lib/errors';

const USAGE = 'Użycie: npm run admin:create -- email@example.pl [--name "Imię Nazwisko"]\nHasło nowego konta: zmienna ADMIN_PASSWORD albo wygenerowane i wypisane jednorazowo.';
const FIELD = { email: 'adres e-mail', name: '--name', password: 'ADMIN_PASSWORD' } as Record<string, string>;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
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
if (args.positionals.length !== 1) fail(USAGE);

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
  // The same first-time preparation as `npm start`, so that creating the administrator before the
  // first start does not leave the database without its reference (or demo) data.
  await bootstrap(database, { demo: e.SEED_DEMO === '1' });
  const r = await createNationalAdmin(
    database.db,
    { email: args.positionals[0], name: args.values.name, password: process.env.ADMIN_PASSWORD || undefined },
    { operator: os.userInfo().username },
  );
  if (r.created) {
    console.log(`Utworzono konto administratora krajowego modelu: ${r.email}`);
  } else if (r.roleAdded || r.activated) {
    console.log(`Konto ${r.email} już istniało: ${[r.roleAdded && 'nadano rolę administratora krajowego modelu', r.activated && 'konto jest teraz aktywne'].filter(Boolean).join('; ')}. Hasło nie zmieniło się.`);
  } else {
    console.log(`Konto ${r.email} ma już rolę administratora krajowego modelu — nic nie zmieniono.`);
  }
  if (r.generatedPassword) {
    console.log(`Hasło (pokazywane tylko teraz — zapisz je lub zmień po zalogowaniu): ${r.generatedPassword}`);
  } else if (r.created) {
    console.log('Hasło: z ADMIN_PASSWORD.');
  }
} catch (err) {
  if (!(err instanceof AppError)) throw err;
  const details = Object.entries(err.fieldErrors ?? {}).map(([k, m]) => `  ${FIELD[k] ?? k}: ${m.join(' ')}`);
  console.error([err.code === 'INVALID' ? 'Nie utworzono konta:' : err.message, ...details].join('\n'));
  process.exitCode = 1;
} finally {
  await database.close();
}
