import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { caseMonitoring, institutions, ipps, pzks, roleAssignments, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { saveAnswers } from '@/lib/evaluation/evaluation';
import { editRecurring, getCatalogue } from '@/lib/model/catalogue';
import { submitNeed } from '@/lib/school/needs';
import { parseCsv } from '@/lib/services/csv';
import { createPzkService, createRegionalService } from '@/lib/services/services';
import { AREAS } from '@/lib/services/vocabulary';
import { caseSetup, qualifiedCase, type CaseSetup } from '../case-factories';
import { PODLASKIE, actorFor, makeActor, makeInstitution, unit } from '../factories';
import { accepted } from '../implementation-factories';
import { clock, setClockForTests } from '@/lib/clock';
import { audit } from '@/lib/audit';
import { AUDIT_CSV_COLUMNS } from '@/lib/audit-log';
import { createDiagnosis } from '@/lib/diagnosis/diagnoses';
import { csvHeaders } from '@/lib/diagnosis/figures';

/*
 * CSV formula injection: text a user typed that starts with `=`, `+`, `-`, `@`, tab or CR must
 * reach a spreadsheet as text, never as a formula. Every CSV export route is called here with such
 * text in its data, and the file is read back cell by cell. A CSV route missing from ROUTES fails
 * the inventory test at the end.
 */

// The route handlers read the signed-in actor from the session: stand in for it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));
afterEach(() => {
  session.actor = null;
  vi.useRealTimers();
});

const PAYLOADS = ['=HYPERLINK("http://x")', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'] as const;
/** What a trimmed form field keeps of a payload (tab and CR go, the `=` after them stays). */
const typed = (p: string) => p.trim();
/** How the file must carry a dangerous text: behind an apostrophe. */
const escaped = (v: string) => `'${v}`;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A number the export wrote as one (a scale change of -2): a spreadsheet reads it as a number, not a formula. */
const PLAIN_NUMBER = /^-\d+(,\d+)?$/;

/**
 * The response as a spreadsheet would read it: a CSV download in UTF-8 with a BOM, `;`-separated
 * under exactly `columns`, no cell starting like a formula. Returns the data rows.
 */
async function readCsv(res: Response, fileName: string, columns: string[]): Promise<string[][]> {
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename="${fileName.replace(/[.]/g, '\\.')}"; filename\\*=UTF-8''`));
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), ';');
  expect(header).toEqual(columns);
  for (const row of rows) {
    expect(row).toHaveLength(columns.length);
    for (const cell of row) {
      if (FORMULA_START.test(cell)) expect(cell, `cell ${JSON.stringify(cell)} would run as a formula`).toMatch(PLAIN_NUMBER);
    }
  }
  return rows;
}

const expectEscaped = (rows: string[][], values: string[]) => {
  const cells = new Set(rows.flat());
  for (const v of values) expect(cells.has(escaped(v)), `${JSON.stringify(escaped(v))} in the file`).toBe(true);
};

const req = (url: string) => new NextRequest(new URL(url, 'http://localhost'));

/** The routes that answer with CSV, and the test below that runs each. */
const ROUTES = {
  'app/(app)/wdrozenia/eksport.csv/route.ts': 'the ROPS dashboard',
  'app/(app)/szkola/potrzeby/eksport.csv/route.ts': 'training needs',
  'app/(app)/pzk/[id]/uslugi/eksport.csv/route.ts': 'a PZK’s list of services',
  'app/(public)/uslugi/eksport.csv/route.ts': 'the public regional list of services',
  'app/(app)/ewaluacja/[implementationId]/wskazniki.csv/route.ts': 'evaluation figures of an implementation',
  'app/(app)/ewaluacja/region/wskazniki.csv/route.ts': 'regional evaluation figures',
  'app/(app)/admin/audyt/eksport.csv/route.ts': 'the audit log for an inspector',
  'app/(app)/diagnozy/[id]/szablon.csv/route.ts': 'the gminas\' figures of a local diagnosis, to fill in and import back',
} as const;
type RouteFile = keyof typeof ROUTES;
const covered = new Set<RouteFile>();
const routeTest = (file: RouteFile, fn: () => Promise<void>) => {
  covered.add(file);
  it(`${file} (${ROUTES[file]})`, fn);
};

/** The national administrator, who keeps the model's catalogue: the whole country, no województwo. */
async function nationalAdmin(): Promise<Actor> {
  const a = await makeActor('national_admin', PODLASKIE);
  await getDb().update(roleAssignments).set({ voivodeshipId: null, powiatId: null, gminaId: null }).where(eq(roleAssignments.userId, a.userId));
  return actorFor(a.userId);
}

describe('the ROPS dashboard', () => {
  // Recurring tasks' names are typed into the model's catalogue; the next one due is a column.
  const CODES = ['2003032', '2003042', '2003052', '2003062', '2003072', '2003082'];
  let rops: Actor;
  let powiatId: number;
  let today: string;

  beforeAll(async () => {
    const admin = await nationalAdmin();
    rops = await makeActor('rops_adviser', PODLASKIE);
    const pcpr = await makeActor('pcpr_animator', '2003');
    powiatId = (await unit('2003')).powiatId!;
    for (const [i, name] of PAYLOADS.entries()) {
      const { catalogue, latestId } = await getCatalogue(admin, 'rural');
      const task = catalogue.recurring.find((r) => r.code === 'spotkanie-pzk')!;
      await editRecurring(admin, { versionId: latestId, code: task.code, name, description: task.description, cadence: task.cadence, fromMonth: task.fromMonth, toMonth: task.toMonth });
      await accepted(pcpr, rops, [CODES[i]]);
    }
    // A day when the renamed meeting is what comes next: its due date, with no sub-step due that day.
    const [t] = await getDb()
      .select({ ends: tracks.openItemEnds, dues: tracks.openOccurrenceDues, labels: tracks.openOccurrenceLabels })
      .from(tracks)
      .where(and(eq(tracks.gminaId, (await unit(CODES[0])).gminaId!), eq(tracks.kind, 'gmina')));
    today = t.dues.find((d, i) => t.labels[i] === typed(PAYLOADS[0]) && !t.ends.includes(d) && t.dues.filter((x) => x === d).length === 1)!;
    expect(today).toBeTruthy();
  }, 120_000);

  routeTest('app/(app)/wdrozenia/eksport.csv/route.ts', async () => {
    const { GET } = await import('@/app/(app)/wdrozenia/eksport.csv/route');
    session.actor = rops;
    setClockForTests(new Date(`${today}T10:00:00Z`));
    const res = await GET(req(`/wdrozenia/eksport.csv?powiat=${powiatId}`)).finally(() => setClockForTests(null));
    const rows = await readCsv(res, 'postep-wdrozen.csv', [
      'Powiat',
      'Gmina',
      'Kod TERYT',
      'Wariant',
      'Etap',
      'Krok',
      'Bieżący podkrok',
      'Wykonano (%)',
      'Po terminie',
      'Najbliższy termin',
      'Najbliższe zadanie',
      'Poza kolejnością',
      'Ostatnia aktywność',
      ...Array.from({ length: 10 }, (_, i) => `Krok ${i + 1}`),
    ]);
    expect(rows.map((r) => r[10]).sort()).toEqual(PAYLOADS.map((p) => escaped(typed(p))).sort());
  });
});

describe('training needs', () => {
  let rops: Actor;

  beforeAll(async () => {
    rops = await makeActor('rops_adviser', PODLASKIE);
    const gops = await makeActor('gops_animator', '2011022');
    for (const p of PAYLOADS) await submitNeed(gops, { year: '2027', kind: 'basic', topic: p, description: p, participants: '5' });
    // The account's name and institution go into the file as stored: with a leading tab or CR.
    const pcpr = await makeActor('pcpr_animator', '2011');
    const db = getDb();
    const [u] = await db.update(users).set({ name: '\r=1 Jan Kowalski' }).where(eq(users.id, pcpr.userId)).returning({ institutionId: users.institutionId });
    await db.update(institutions).set({ name: '\t=1 PCPR' }).where(eq(institutions.id, u.institutionId!));
    await submitNeed(await actorFor(pcpr.userId), { year: '2027', kind: 'extended', topic: 'Superwizja', description: '', participants: '3' });
  });

  routeTest('app/(app)/szkola/potrzeby/eksport.csv/route.ts', async () => {
    const { GET } = await import('@/app/(app)/szkola/potrzeby/eksport.csv/route');
    session.actor = rops;
    const rows = await readCsv(await GET(req('/szkola/potrzeby/eksport.csv?rok=2027')), 'potrzeby-szkoleniowe-2027.csv', [
      'Rok',
      'Rodzaj',
      'Temat',
      'Opis',
      'Liczba uczestników',
      'Instytucja',
      'Powiat',
      'Gmina',
      'Zgłaszający',
      'Data zgłoszenia',
    ]);
    expect(rows).toHaveLength(PAYLOADS.length + 1);
    expectEscaped(rows, [...PAYLOADS.map(typed), '\t=1 PCPR', '\r=1 Jan Kowalski']);
    for (const p of PAYLOADS) expect(rows.some((r) => r[2] === escaped(typed(p)) && r[3] === escaped(typed(p)))).toBe(true);
  });
});

/** Entries with every typed field starting like a formula; two providers from the register with a leading tab or CR. */
async function serviceEntries(teryt: string) {
  const providers = [await makeInstitution(teryt, 'ngo', '\t=1 Fundacja'), await makeInstitution(teryt, 'ngo', '\r=1 Stowarzyszenie')];
  return PAYLOADS.map((p, i) => ({
    name: `${p} usługa ${i}`,
    description: p,
    targetGroups: ['seniorzy'],
    areas: ['zdrowie'],
    ...(i < providers.length ? { providerInstitutionId: String(providers[i].id), providerName: '' } : { providerName: p }),
    conditions: p,
    cost: p,
    place: p,
    contact: p,
    referral: p,
    // A PZK's entry names the coordinator at the partner (issue 17); the regional form has none.
    coordinator: p,
    lastReviewedOn: '',
  }));
}
const SERVICE_COLUMNS = [
  'organization.name',
  'service.name',
  'service.description',
  'service.eligibility_description',
  'service.taxonomy_terms',
  'service.access_conditions',
  'service.fees_description',
  'location.address',
  'contact.phone_or_email',
  'service.application_process',
  'service.assured_date',
];
const SERVICE_VALUES = [...PAYLOADS.map((p, i) => `${typed(p)} usługa ${i}`), ...PAYLOADS.map(typed), '\t=1 Fundacja', '\r=1 Stowarzyszenie'];

describe('lists of services', () => {
  let member: Actor;
  let pzkId: number;
  let voivodeshipId: number;

  beforeAll(async () => {
    const pcpr = await makeActor('pcpr_animator', '2011');
    const rops = await makeActor('rops_adviser', PODLASKIE);
    await accepted(pcpr, rops, ['2011022']);
    member = await makeActor('gops_animator', '2011022');
    const [p] = await getDb()
      .select({ id: pzks.id })
      .from(pzks)
      .where(eq(pzks.gminaId, (await unit('2011022')).gminaId!));
    pzkId = p.id;
    for (const e of await serviceEntries('2011022')) await createPzkService(pcpr, pzkId, e);
    voivodeshipId = (await unit(PODLASKIE)).voivodeshipId;
    const admin = await makeActor('rops_admin', PODLASKIE);
    for (const e of await serviceEntries('2011013')) await createRegionalService(admin, e);
  });

  routeTest('app/(app)/pzk/[id]/uslugi/eksport.csv/route.ts', async () => {
    const { GET } = await import('@/app/(app)/pzk/[id]/uslugi/eksport.csv/route');
    session.actor = member;
    const res = await GET(req(`/pzk/${pzkId}/uslugi/eksport.csv`), { params: Promise.resolve({ id: String(pzkId) }) });
    const rows = await readCsv(res, 'uslugi-gmina-janow.csv', [...SERVICE_COLUMNS, 'service.coordinator']);
    expect(rows).toHaveLength(PAYLOADS.length);
    expectEscaped(rows, SERVICE_VALUES);
  });

  routeTest('app/(public)/uslugi/eksport.csv/route.ts', async () => {
    const { GET } = await import('@/app/(public)/uslugi/eksport.csv/route');
    const rows = await readCsv(await GET(req(`/uslugi/eksport.csv?woj=${voivodeshipId}`)), 'uslugi-wojewodztwo-podlaskie.csv', [...SERVICE_COLUMNS, 'location.powiat']);
    expect(rows).toHaveLength(PAYLOADS.length);
    expectEscaped(rows, SERVICE_VALUES);
  });
});

describe('evaluation figures', () => {
  let s: CaseSetup;
  let implementationId: number;
  const SCALE = 'Średnia zmiana w skali 0–10 według obszarów';

  beforeAll(async () => {
    s = await caseSetup(['2008022', '2008032']);
    implementationId = s.tracks[0].implementationId!;
    // The team's answers start like formulas.
    await saveAnswers(s.gops, {
      implementationId: String(implementationId),
      version: 0,
      answers: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((k, i) => [k, PAYLOADS[i] ?? ''])),
      recommendations: '=HYPERLINK("http://x")',
    });
    // Scaling: a health goal 6 → 4 (change -2); two family goals 2 → 3 and 2 → 4 (average +1.5).
    const c = await qualifiedCase(s, '2027-01-12');
    const goal = (key: string, area: string, baseline: number) => ({ key, memberId: c.mother, area, title: 'Cel', expectedEffect: '', baseline, target: 8, tasks: [] });
    const db = getDb();
    const [ipp] = await db
      .insert(ipps)
      .values({ caseId: c.caseId, sequence: 1, startsOn: '2027-01-20', endsOn: '2027-04-19', goals: [goal('g1', 'zdrowie', 6), goal('g2', 'rodzinny', 2), goal('g3', 'rodzinny', 2)], pzkAttendance: 'in_person' })
      .returning({ id: ipps.id });
    await db.insert(caseMonitoring).values({ caseId: c.caseId, ippId: ipp.id, heldOn: '2027-02-20', scales: { g1: 4, g2: 3, g3: 4 }, satisfaction: 7, taskStatuses: {}, recordedBy: s.socialWorker.userId, recordedByName: 'Pracownik' });
  }, 120_000);

  routeTest('app/(app)/ewaluacja/[implementationId]/wskazniki.csv/route.ts', async () => {
    const { GET } = await import('@/app/(app)/ewaluacja/[implementationId]/wskazniki.csv/route');
    session.actor = s.gops;
    const res = await GET(req(`/ewaluacja/${implementationId}/wskazniki.csv`), { params: Promise.resolve({ implementationId: String(implementationId) }) });
    const rows = await readCsv(res, `wskazniki-ewaluacji-${implementationId}.csv`, ['Obszar', 'Wskaźnik', 'Wartość']);
    expectEscaped(rows, PAYLOADS.map(typed));
    expect(rows.filter((r) => r[0] === 'Pytania kluczowe').map((r) => r[2])).toEqual([...PAYLOADS.map((p) => escaped(typed(p))), '', '']);
    expect(rows.find((r) => r[1] === 'Rekomendacje')?.[2]).toBe(escaped('=HYPERLINK("http://x")'));
    // Scale changes are numbers, negative ones too: not escaped, so a spreadsheet computes with them.
    expect(rows.find((r) => r[0] === SCALE && r[1] === AREAS.zdrowie)?.[2]).toBe('-2');
    expect(rows.find((r) => r[0] === SCALE && r[1] === AREAS.rodzinny)?.[2]).toBe('1,5');
  });

  routeTest('app/(app)/ewaluacja/region/wskazniki.csv/route.ts', async () => {
    const { GET } = await import('@/app/(app)/ewaluacja/region/wskazniki.csv/route');
    session.actor = s.rops;
    const res = await GET();
    const text = await res.clone().text();
    const header = parseCsv(text, ';')[0];
    expect(header[0]).toBe('Wdrożenie');
    const rows = await readCsv(res, 'ewaluacja-wojewodztwo-podlaskie.csv', header);
    const ours = rows.find((r) => r[0].startsWith('powiat moniecki, od '))!;
    expect(ours).toBeTruthy();
    expect(ours[header.indexOf(`${SCALE}: ${AREAS.zdrowie}`)]).toBe('-2');
    expect(ours[header.indexOf(`${SCALE}: ${AREAS.rodzinny}`)]).toBe('1,5');
    expect(rows.at(-1)![0]).toBe('Razem');
  });
});

describe('the audit log for an inspector', () => {
  // What a visitor types reaches the log: the e-mail of a failed login, the path of a refused request.
  routeTest('app/(app)/admin/audyt/eksport.csv/route.ts', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    for (const p of PAYLOADS) await audit(getDb(), null, { action: 'login.failed', entityType: 'user', entityId: p, voivodeshipId: rops.scope.voivodeshipId, anonymous: { email: p } });
    const { GET } = await import('@/app/(app)/admin/audyt/eksport.csv/route');
    session.actor = rops;
    const rows = await readCsv(await GET(req('/admin/audyt/eksport.csv?czynnosc=login.failed')), `dziennik-zdarzen-${clock.today()}.csv`, [...AUDIT_CSV_COLUMNS]);
    expectEscaped(rows, [...PAYLOADS]);
    expect(rows.filter((r) => r[8] === 'login.failed')).toHaveLength(PAYLOADS.length);
    expect(rows.at(-2)![0]).toBe('GŁOWA ŁAŃCUCHA');
  });
});

describe('the figures of a local diagnosis', () => {
  // Gmina names come from the TERC register and figures are numbers: nothing typed can start a formula,
  // but the file must still be a CSV a spreadsheet reads under the headers the import accepts back.
  routeTest('app/(app)/diagnozy/[id]/szablon.csv/route.ts', async () => {
    const pcpr = await makeActor('pcpr_animator', '2011');
    const janow = (await unit('2011022')).gminaId!;
    const { id } = await createDiagnosis(pcpr, { title: '=HYPERLINK("http://x")', madeOn: '2027-01-15', gminaIds: [janow] });
    const { GET } = await import('@/app/(app)/diagnozy/[id]/szablon.csv/route');
    session.actor = pcpr;
    const rows = await readCsv(await GET(req(`/diagnozy/${id}/szablon.csv`), { params: Promise.resolve({ id: String(id) }) }), `diagnoza-${id}-dane-gmin.csv`, csvHeaders());
    expect(rows.map((r) => r.slice(0, 2))).toEqual([['2011022', 'Janów']]);
  });
});

describe('inventory', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const files = (dir: string, pattern: RegExp) =>
    (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
      .filter((f) => pattern.test(f))
      .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

  it('every route answering with CSV is in ROUTES and has a test above; each goes through lib/csv.ts', () => {
    const csvRoutes = files('app', /(^|\/)route\.tsx?$/).filter((f) => /\.csv\//.test(f) || /text\/csv|csv-stringify|@\/lib\/csv['"]|csvResponse|toCsv/.test(read(f)));
    expect(csvRoutes.sort()).toEqual(Object.keys(ROUTES).sort());
    for (const f of csvRoutes) {
      expect(read(f), f).toMatch(/import \{[^}]*\bcsvResponse\b[^}]*\} from '@\/lib\/csv';/);
      expect(read(f), f).not.toMatch(/text\/csv|csv-stringify|new Response\([^)]*csv/);
    }
    expect([...covered].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('only lib/csv.ts writes CSV: nothing else imports csv-stringify', () => {
    const sources = ['app', 'lib', 'components'].flatMap((d) => files(d, /\.(ts|tsx)$/));
    expect(sources.filter((f) => /from ['"]csv-stringify/.test(read(f)))).toEqual(['lib/csv.ts']);
  });
});
