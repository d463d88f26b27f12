import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents, implementations, pzks, tracks, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { ROLES } from '@/lib/auth/roles';
import { createDocument } from '@/lib/documents/documents';
import { createPzkThread, createRegionalThread } from '@/lib/forum/forum';
import { saveMeeting } from '@/lib/pzk/meetings';
import { addMember } from '@/lib/pzk/members';
import { saveTraining } from '@/lib/school/trainings';
import { caseSetup, newCase, type CaseSetup } from '../case-factories';
import { CHOROSZCZ, DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeInstitution, makeNationalAdmin, unit } from '../factories';
import { accepted } from '../implementation-factories';

/*
 * The shared fixture of the authorization matrix (issue 13, item 2; tests/integration/authorization-matrix.test.ts).
 * Places: gmina Janów (inside) and gmina Dąbrowa (its neighbour, same powiat sokólski), gmina
 * Choroszcz (powiat białostocki, same województwo), gmina 1401022 / powiat białobrzeski 1401
 * (mazowieckie). Rows live in tests/matrix/rows-*.ts; each may add its own records in `setup`.
 */
export const FOREIGN_GMINA = '1401022';
export const FOREIGN_POWIAT = '1401';
export const CHOROSZCZ_POWIAT = CHOROSZCZ.slice(0, 4);

/** INVALID: refused as input outside one's own area (e.g. another powiat's gminas on a form). */
export type Outcome = 'allow' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID';
/** '-' : the column is the same actor as "inside" for this role (e.g. a powiat role's neighbouring gmina). */
export type Cell = Outcome | '-';

export const COLUMNS = ['inside', 'neighbourGmina', 'otherPowiat', 'otherVoivodeship', 'guest', 'otherPzkMember', 'nationalAdmin'] as const;
export type Column = (typeof COLUMNS)[number];
export type Expect = Record<Column, Cell>;
export const row = (...cells: [Cell, Cell, Cell, Cell, Cell, Cell, Cell]): Expect => Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]])) as Expect;

// ---------------------------------------------------------------------------------------------
// The shared fixture
// ---------------------------------------------------------------------------------------------


/** The records every row module may use; filled by setupMatrix(). */
export interface MatrixFixture {
  s: CaseSetup;
/** A PZK member whose institution is on Janów's member list but has not signed: a guest. */
  guest: Actor;
  national: Actor;
  caseId: number;
  trackId: number;
  implementationId: number;
  agreementId: number;
  meetingId: number;
  threadId: number;
  trainingId: number;
  regionalThreadId: number;
  extendedTrainingId: number;
  notificationId: number;
  school: { id: number };
  choroszczPzk: typeof pzks.$inferSelect;
  foreignPzk: typeof pzks.$inferSelect;
/** The gmina track of the implementation in mazowieckie. */
  foreignTrackId: number;

}
export const m = {} as MatrixFixture;

export const meetingBase = { version: 0, kind: 'regular', durationMinutes: '120', place: 'Urząd Gminy', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '' };
export const trainingInput = (impl: number) => ({
  version: 0,
  kind: 'basic',
  topic: 'Szkolenie podstawowe — zasady kooperacji',
  heldOn: '2027-02-15',
  place: 'ROPS w Białymstoku, sala 12',
  trainer: 'Jadwiga Kołodziejczyk',
  description: 'Program szkolenia podstawowego.',
  implementationId: String(impl),
  step: '4',
});

export async function pzkOf(teryt: string) {
  const { gminaId } = await unit(teryt);
  return (await getDb().select().from(pzks).where(eq(pzks.gminaId, gminaId!)))[0];
}

const actorCache = new Map<string, Promise<Actor>>();
/** One actor of `role` standing in `column` (relative to gmina Janów); null when the column does not apply. */
export function actorIn(role: Role, column: Column): Promise<Actor> | null {
  if (column === 'guest') return Promise.resolve(m.guest);
  if (column === 'otherPzkMember') return Promise.resolve(m.s.strangerMember);
  if (column === 'nationalAdmin') return Promise.resolve(m.national);
  const level = ROLES[role].levels[0];
  if (column === 'inside') {
    // The fixture's own people where there is one, so the "inside" cell is the realistic one.
    const own: Partial<Record<Role, Actor>> = { pcpr_animator: m.s.pcpr, gops_animator: m.s.gops, rops_adviser: m.s.rops, pzk_member: m.s.member };
    if (own[role]) return Promise.resolve(own[role]);
  }
  const places: Record<string, Record<Exclude<Column, 'guest' | 'otherPzkMember' | 'nationalAdmin'>, string | null>> = {
    voivodeship: { inside: PODLASKIE, neighbourGmina: null, otherPowiat: null, otherVoivodeship: MAZOWIECKIE },
    powiat: { inside: SOKOLSKI, neighbourGmina: null, otherPowiat: CHOROSZCZ_POWIAT, otherVoivodeship: FOREIGN_POWIAT },
    gmina: { inside: JANOW, neighbourGmina: DABROWA, otherPowiat: CHOROSZCZ, otherVoivodeship: FOREIGN_GMINA },
    institution: { inside: JANOW, neighbourGmina: DABROWA, otherPowiat: CHOROSZCZ, otherVoivodeship: FOREIGN_GMINA },
  };
  const place = places[level][column];
  if (place === null) return null;
  const key = `${role}@${place}`;
  if (!actorCache.has(key)) actorCache.set(key, makeActor(role, place));
  return actorCache.get(key)!;
}

/** Builds the fixture (once per test file). */
export async function setupMatrix() {
  m.s = await caseSetup([JANOW, DABROWA]);
  m.national = await makeNationalAdmin();
  m.guest = await makeActor('pzk_member', JANOW);
  await addMember(m.s.pcpr, { pzkId: m.s.pzk.id, institutionId: m.guest.scope.institutionId, name: 'Gość Niepodpisany', function: 'Kurator', teamRole: 'invited', email: m.guest.email });
  ({ caseId: m.caseId } = await newCase(m.s));
  m.trackId = m.s.tracks[0].id;
  m.implementationId = m.s.tracks[0].implementationId!;
  [{ id: m.agreementId }] = await getDb()
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.kind, 'agreement_pzk'), eq(documents.gminaId, m.s.pzk.gminaId)));
  ({ id: m.meetingId } = await saveMeeting(m.s.gops, { ...meetingBase, pzkId: m.s.pzk.id, startsAt: '2027-05-10T10:00' }));
  ({ id: m.threadId } = await createPzkThread(m.s.gops, m.s.pzk.id, { title: 'Spotkanie w marcu', body: 'Proszę o potwierdzenie obecności.' }));
  ({ id: m.regionalThreadId } = await createRegionalThread(m.s.gops, { title: 'Dobre praktyki', body: 'Podzielmy się doświadczeniami.' }));
  ({ id: m.trainingId } = await saveTraining(m.s.rops, trainingInput(m.implementationId)));
  ({ id: m.extendedTrainingId } = await saveTraining(m.s.rops, { ...trainingInput(m.implementationId), kind: 'extended', implementationId: '', step: '' }));
  [{ notificationId: m.notificationId }] = await getDb().select({ notificationId: implementations.notificationId }).from(implementations).where(eq(implementations.id, m.implementationId));
  m.school = await makeInstitution(JANOW, 'school');
  // Another powiat of podlaskie and another województwo, each with an implementation and a PZK.
  await accepted((await actorIn('pcpr_animator', 'otherPowiat'))!, m.s.rops, [CHOROSZCZ]);
  m.choroszczPzk = await pzkOf(CHOROSZCZ);
  const ropsM = (await actorIn('rops_adviser', 'otherVoivodeship'))!;
  const pcprM = (await actorIn('pcpr_animator', 'otherVoivodeship'))!;
  m.foreignTrackId = (await accepted(pcprM, ropsM, [FOREIGN_GMINA])).trackIds[0];
  m.foreignPzk = await pzkOf(FOREIGN_GMINA);
  // A document of mazowieckie (a draft powiat–gmina agreement), for the documents twin.
  await createDocument(pcprM, { kind: 'agreement_powiat_gmina', implementationId: (await getTrackRow(m.foreignTrackId)).implementationId });
  // A powiat–gmina agreement of sokólski (a document of the powiat that each of its gminas reads).
  await createDocument(m.s.pcpr, { kind: 'agreement_powiat_gmina', implementationId: m.implementationId });
}

async function getTrackRow(trackIdOf: number) {
  const [t] = await getDb().select().from(tracks).where(eq(tracks.id, trackIdOf));
  return t;
}

export interface MatrixRow {
  /** `file#name` of the exported function, as the meta-test finds it. */
  fn: string;
  role: Role;
  call: (a: Actor) => Promise<unknown>;
  expect: Expect;
  /** Why a cell is what it is, where the policy is not obvious. */
  note?: string;
  /**
   * For a public function (first parameter `Visitor`): the same call by an anonymous visitor, and its
   * expected outcome — 'allow' only for the actions the policy marks `public`.
   */
  visitor?: { call: (v: null) => Promise<unknown>; expect: Cell };
}

/** A module of rows: its rows and, optionally, the extra records they need (run after setupMatrix). */
export interface RowModule {
  setup?: () => Promise<void>;
  rows: MatrixRow[];
}

export const outcome = (p: Promise<unknown>): Promise<string> => p.then(() => 'allow', (e: { code?: string; message?: string }) => e.code ?? `threw: ${e.message ?? String(e)}`);

/** The column `a` stands in as an actor of `role` (the matrix's actors are actorIn's, cached). */
export async function columnOf(role: Role, a: Actor): Promise<Column> {
  for (const c of COLUMNS) if ((await actorIn(role, c))?.userId === a.userId) return c;
  throw new Error(`${a.email} stands in no column of ${role}`);
}

/** Throws unless `got` and `want` hold the same values (a list that shows too much or too little). */
export function sameSet<T>(what: string, got: T[], want: T[]) {
  const [g, w] = [[...new Set(got)].map(String).sort(), [...new Set(want)].map(String).sort()];
  if (g.join() !== w.join()) throw new Error(`${what}: got [${g}], want [${w}]`);
}
