import fs from 'node:fs';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { documentGminas, documents, implementations, institutions, notifications, pzks, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { ROLES } from '@/lib/auth/roles';
import { canViewDocument, documentsVisibleTo } from '@/lib/documents/access';
import { getNotification, listNotifications } from '@/lib/implementations/notifications';
import { getInstitution, listInstitutions } from '@/lib/institutions/institutions';
import { listEvaluations, loadImplementation } from '@/lib/evaluation/evaluation';
import { pzkAccess, pzksVisibleTo } from '@/lib/pzk/access';
import { SOKOLSKI, makeActor } from '../factories';
import { COLUMNS, actorIn, m, outcome, setupMatrix, type Column, type MatrixRow, type RowModule } from '../matrix/fixture';
import { NOT_IN_MATRIX } from '../matrix/not-in-matrix';

/*
 * Authorization as a matrix (issue 13, item 2). Rows: exported domain functions that take an
 * `Actor`, each called by one role; columns: where that actor stands relative to the record (the
 * places are described in tests/matrix/fixture.ts). Every cell is written out by hand from the
 * policy (lib/auth/policy.ts and the per-record rules) — it is never computed from the code under
 * test. A meta-test lists every exported `Actor` function of lib/ and fails on one that has neither
 * a row nor a reasoned entry in tests/matrix/not-in-matrix.ts.
 *
 * Rows live in tests/matrix/rows-*.ts, one module per area; every module in that folder is run here.
 */

// MATRIX_ROWS=core,pzk runs only those modules (while writing rows); the meta-test then stands aside.
const ONLY = process.env.MATRIX_ROWS?.split(',').map((x) => `../matrix/rows-${x.trim()}.ts`);
const loaders = import.meta.glob<{ default: RowModule }>('../matrix/rows-*.ts');
const ROW_MODULES = await Promise.all(
  Object.keys(loaders)
    .filter((file) => !ONLY || ONLY.includes(file))
    .sort()
    .map(async (file) => (await loaders[file]()).default),
);
const MATRIX: MatrixRow[] = ROW_MODULES.flatMap((mod) => mod.rows);

beforeAll(async () => {
  await setupMatrix();
  for (const mod of ROW_MODULES) await mod.setup?.();
}, 600_000);

describe('the authorization matrix', () => {
  // Refused cells first, then the allowed ones, so an allowed write cannot change what a refusal meets.
  it.each(MATRIX.map((r) => [`${r.fn.split('#')[1]} as ${r.role}`, r] as const))('%s', async (_name, r) => {
    const got: Partial<Record<Column | 'anonymous', string>> = {};
    const want: Partial<Record<Column | 'anonymous', string>> = {};
    const order = [...COLUMNS].sort((a, b) => Number(r.expect[a] === 'allow') - Number(r.expect[b] === 'allow'));
    for (const column of order) {
      const cell = r.expect[column];
      if (cell === '-') continue;
      const actor = actorIn(r.role, column);
      if (!actor) throw new Error(`${r.fn} as ${r.role}: column ${column} has no actor for this role; mark it '-'`);
      want[column] = cell;
      got[column] = await outcome(r.call(await actor));
    }
    if (r.visitor) {
      want.anonymous = r.visitor.expect;
      got.anonymous = await outcome(r.visitor.call(null));
    }
    expect(got, r.note).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------
// The meta-test: every exported Actor function has a row or a reason
// ---------------------------------------------------------------------------------------------

/** Every exported function of lib/**\/*.ts(x) whose first parameter is typed `Actor` (or `Visitor`, public), as `file#name`. */
function exportedActorFunctions(): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const found: string[] = [];
  const takesActor = (params: ts.NodeArray<ts.ParameterDeclaration>, sf: ts.SourceFile) => ['Actor', 'Visitor'].includes(params[0]?.type?.getText(sf) ?? '');
  const scan = (file: string) => {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const rel = path.relative(root, file).split(path.sep).join('/');
    for (const st of sf.statements) {
      if (!ts.canHaveModifiers(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      if (ts.isFunctionDeclaration(st) && st.name && takesActor(st.parameters, sf)) found.push(`${rel}#${st.name.text}`);
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const init = d.initializer;
          if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && takesActor(init.parameters, sf)) found.push(`${rel}#${d.name.getText(sf)}`);
        }
      }
    }
  };
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) scan(p);
    }
  };
  walk(path.join(root, 'lib'));
  return found.sort();
}

describe.skipIf(ONLY)('every exported Actor function is in the matrix or says why not', () => {
  const all = exportedActorFunctions();
  const inMatrix = new Set(MATRIX.map((r) => r.fn));

  it('finds the functions (the scan itself works)', () => {
    expect(all).toContain('lib/pzk/pzk.ts#loadPzk');
    expect(all).toContain('lib/cases/cases.ts#getCaseOverview');
    expect(all.length).toBeGreaterThan(150);
  });

  it('has no function without a row or a reason', () => {
    const missing = all.filter((fn) => !inMatrix.has(fn) && !(fn in NOT_IN_MATRIX));
    expect(missing, 'add a row to MATRIX (or, with a reason, an entry to NOT_IN_MATRIX) for').toEqual([]);
  });

  it('names only functions that exist, and none both in the matrix and excused', () => {
    const known = new Set(all);
    expect([...inMatrix, ...Object.keys(NOT_IN_MATRIX)].filter((fn) => !known.has(fn)), 'rows or entries naming no exported Actor function').toEqual([]);
    expect(Object.keys(NOT_IN_MATRIX).filter((fn) => inMatrix.has(fn)), 'in the matrix now: remove from NOT_IN_MATRIX').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// SQL twins against their TypeScript rules, on generated data
// ---------------------------------------------------------------------------------------------

/** Every actor the matrix uses, plus the roles it does not (so each twin meets every role and level). */
async function everyActor(): Promise<Record<string, Actor>> {
  const out: Record<string, Actor> = {
    pcpr: m.s.pcpr,
    rops: m.s.rops,
    gops: m.s.gops,
    keyWorker: m.s.socialWorker,
    member: m.s.member,
    outsider: m.s.outsider,
    strangerGops: m.s.strangerGops,
    strangerMember: m.s.strangerMember,
    guest: m.guest,
    national: m.national,
  };
  for (const role of Object.keys(ROLES) as Role[]) {
    if (role === 'national_admin') continue;
    for (const column of ['inside', 'neighbourGmina', 'otherPowiat', 'otherVoivodeship'] as const) {
      const a = actorIn(role, column);
      if (a) out[`${role}@${column}`] = await a;
    }
  }
  // The second level of the roles that have two (a powiat social worker, a powiat councillor).
  out.socialWorkerOfPowiat = await makeActor('social_worker', SOKOLSKI);
  out.councillorOfPowiat = await makeActor('councillor', SOKOLSKI);
  return out;
}

describe('SQL list twins agree with their TypeScript rules', () => {
  it('pzksVisibleTo lists exactly the PZKs pzkAccess lets in (guests included)', async () => {
    const db = getDb();
    const all = await db.select().from(pzks);
    expect(all.length, 'PZKs of two powiats of podlaskie and of mazowieckie').toBeGreaterThanOrEqual(4);
    const seen: Record<string, string[]> = {};
    const name = (id: number) => ({ [m.s.pzk.id]: 'janow', [m.s.otherPzk.id]: 'dabrowa', [m.choroszczPzk.id]: 'choroszcz', [m.foreignPzk.id]: 'foreign' })[id] ?? `pzk${id}`;
    for (const [who, actor] of Object.entries(await everyActor())) {
      const listed = (await db.select({ id: pzks.id }).from(pzks).where(pzksVisibleTo(actor))).map((r) => r.id).sort();
      const allowed = (await Promise.all(all.map(async (p) => ((await pzkAccess(db, actor.scope, p)) ? p.id : null)))).filter((id): id is number => id !== null).sort();
      expect(listed, `PZKs listed for ${who} = PZKs pzkAccess lets in`).toEqual(allowed);
      seen[who] = allowed.map(name).sort();
    }
    // And the rule itself on the cases where it matters, so two equally wrong twins cannot agree.
    expect(seen.gops).toEqual(['janow']);
    expect(seen.pcpr).toEqual(['dabrowa', 'janow']);
    expect(seen.rops).toEqual(['choroszcz', 'dabrowa', 'janow']);
    expect(seen.guest).toEqual(['janow']);
    expect(seen.strangerMember).toEqual(['dabrowa']);
    expect(seen['wzk_member@inside']).toEqual([]);
    expect(seen['pzk_member@otherPowiat']).toEqual([]);
    expect(seen.national).toEqual([]);
    expect(seen['rops_adviser@otherVoivodeship']).toEqual(['foreign']);
  });

  /** Lists built on scopeWhere against the loader of one record: an actor lists exactly what it may open. */
  const listAgreesWithLoader = async (what: string, ids: number[], list: (a: Actor) => Promise<number[]>, load: (a: Actor, id: number) => Promise<unknown>) => {
    const seen: Record<string, number[]> = {};
    for (const [who, actor] of Object.entries(await everyActor())) {
      const listed = (await list(actor).catch((e: { code?: string }) => (e.code === 'FORBIDDEN' ? [] : Promise.reject(e)))).filter((id) => ids.includes(id)).sort();
      const opened: number[] = [];
      for (const id of ids) if ((await outcome(load(actor, id))) === 'allow') opened.push(id);
      expect(listed, `${what} listed for ${who} = ${what} it may open`).toEqual(opened.sort());
      seen[who] = opened;
    }
    return seen;
  };

  it('listEvaluations lists exactly the implementations loadImplementation opens', async () => {
    const ids = (await getDb().select({ id: implementations.id }).from(implementations)).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const seen = await listAgreesWithLoader('implementations', ids, async (a) => (await listEvaluations(a)).rows.map((r) => r.id), (a, id) => loadImplementation(a, id));
    expect(seen.gops).toEqual([m.implementationId]);
    expect(seen.strangerGops).toEqual([m.implementationId]);
    expect(seen['gops_animator@otherPowiat']).not.toContain(m.implementationId);
    expect(seen.national).toEqual([]);
  });

  it('listNotifications lists exactly the notifications getNotification opens', async () => {
    const ids = (await getDb().select({ id: notifications.id }).from(notifications)).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const seen = await listAgreesWithLoader('notifications', ids, async (a) => (await listNotifications(a)).map((r) => r.id), getNotification);
    expect(seen.pcpr).toEqual([m.notificationId]);
    expect(seen.rops.length).toBe(2);
  });

  it('listInstitutions lists exactly the institutions getInstitution opens', async () => {
    const ids = (await getDb().select({ id: institutions.id }).from(institutions)).map((r) => r.id);
    expect(ids.length, 'the list is cut at 500').toBeLessThan(500);
    const seen = await listAgreesWithLoader('institutions', ids, async (a) => (await listInstitutions(a, {})).rows.map((r) => r.id), getInstitution);
    expect(seen.member).toEqual([m.s.member.scope.institutionId]);
    expect(seen.gops).toContain(m.school.id);
    expect(seen.strangerGops).not.toContain(m.school.id);
  });

  it('documentsVisibleTo lists exactly the documents canViewDocument shows', async () => {
    const db = getDb();
    const all = await db.select().from(documents);
    const gminasOf = new Map<number, number[]>();
    for (const g of await db.select().from(documentGminas).where(inArray(documentGminas.documentId, all.map((d) => d.id)))) {
      gminasOf.set(g.documentId, [...(gminasOf.get(g.documentId) ?? []), g.gminaId]);
    }
    expect(all.some((d) => d.kind === 'agreement_powiat_gmina'), 'a powiat–gmina agreement').toBe(true);
    expect(gminasOf.size, 'a document read from its gminas').toBeGreaterThan(0);
    const seen: Record<string, number> = {};
    for (const [who, actor] of Object.entries(await everyActor())) {
      const listed = (await db.select({ id: documents.id }).from(documents).where(documentsVisibleTo(actor))).map((r) => r.id).sort();
      const allowed = all.filter((d) => canViewDocument(actor.scope, d, gminasOf.get(d.id) ?? [])).map((d) => d.id).sort();
      expect(listed, `documents listed for ${who} = documents canViewDocument shows`).toEqual(allowed);
      seen[who] = allowed.length;
    }
    // Not vacuous: the GOPS animator of the neighbouring gmina reads the powiat–gmina agreement but
    // not Janów's PZK agreement; another województwo and the national administrator read none of podlaskie's.
    const strangerDocs = (await db.select({ id: documents.id }).from(documents).where(documentsVisibleTo(m.s.strangerGops))).map((r) => r.id);
    expect(strangerDocs).not.toContain(m.agreementId);
    expect(seen.gops).toBeGreaterThanOrEqual(2);
    expect(seen.national).toBe(0);
  });
});
