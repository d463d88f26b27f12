import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { goodPractices, materials } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { attachMaterialFile, createMaterial, deleteMaterial, detachMaterialFile, materialForm, materialsForStep, updateMaterial } from '@/lib/materials/materials';
import { listProposals, myProposals, practiceForm, proposePractice, publishPractice, updatePractice } from '@/lib/practices/practices';
import { TINY_PDF } from '../upload-fixtures';
import { actorIn, m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * e-szkoła materials (lib/materials) and good practices (lib/practices).
 * Materials are kept by ROPS of their own województwo: ROPS of another one does not find
 * podlaskie's material; every other role is refused before any record is looked at.
 * Good practices: anyone working in a województwo proposes one there; a proposal is seen by its
 * author and ROPS of its województwo only (anyone else: not found); a published practice is seen
 * by everyone, and only ROPS of its województwo changes it (anyone else: forbidden).
 */

let pubMaterialId: number;
let membersMaterialId: number;
/** A material of podlaskie the rows edit and attach files to. */
let editMaterialId: number;
let foreignMaterialId: number;

/** A proposal of the GOPS animator of Janów, one of a GOPS animator of mazowieckie, and a published practice of podlaskie. */
let proposalId: number;
let foreignProposalId: number;
let publishedId: number;

const material = (over: Record<string, unknown> = {}) => ({
  title: 'Jak pracować Modelem Kooperacji — podstawy',
  summary: 'Wprowadzenie do współpracy instytucji w gminie.',
  body: 'Współpraca zaczyna się od diagnozy.',
  visibility: 'public',
  tags: 'podstawy',
  steps: [] as string[],
  ...over,
});

const sheet = (name: string) => ({
  name,
  level: 'Etap pracy kooperacyjnej',
  area: 'Organizacja pracy PZK',
  description: 'Instytucje gminy uzgadniają terminy spotkań na cały rok.',
  conditions: 'Zawiązany PZK i zgoda kierowników instytucji.',
  process: [{ text: 'Zebranie propozycji terminów od partnerów.' }],
  solution: 'Roczny kalendarz spotkań przyjęty przez zespół.',
  swotStrengths: '',
  swotWeaknesses: '',
  swotOpportunities: '',
  swotThreats: '',
  measures: 'Frekwencja na spotkaniach powyżej 80%.',
  powiatId: '',
  gminaId: '',
  contact: 'GOPS w Janowie, tel. 85 000 00 00',
});

async function setup() {
  const foreignRops = (await actorIn('rops_adviser', 'otherVoivodeship'))!;
  const foreignGops = (await actorIn('gops_animator', 'otherVoivodeship'))!;
  ({ id: pubMaterialId } = await createMaterial(m.s.rops, material({ title: 'Krok 4: szkolenie podstawowe', steps: ['4'] })));
  ({ id: membersMaterialId } = await createMaterial(m.s.rops, material({ title: 'Krok 4: materiał wewnętrzny', visibility: 'members', steps: ['4'] })));
  ({ id: editMaterialId } = await createMaterial(m.s.rops, material({ title: 'Materiał do edycji' })));
  ({ id: foreignMaterialId } = await createMaterial(foreignRops, material({ title: 'Krok 4 na Mazowszu', steps: ['4'] })));
  ({ id: proposalId } = await proposePractice(m.s.gops, sheet('Wspólny kalendarz spotkań zespołu')));
  ({ id: foreignProposalId } = await proposePractice(foreignGops, sheet('Dyżury partnerów w urzędzie')));
  const published = await proposePractice(m.s.gops, sheet('Mobilny punkt konsultacyjny'));
  ({ id: publishedId } = await publishPractice(m.s.rops, { id: published.id, version: published.version }));
}

const PODLASKIE_ID = () => m.s.pzk.voivodeshipId;
const FOREIGN_ID = () => m.foreignPzk.voivodeshipId;
const same = (got: number[], want: number[]) => JSON.stringify([...got].sort()) === JSON.stringify([...want].sort());

// ---------------------------------------------------------------------------------------------
// Materials
// ---------------------------------------------------------------------------------------------

/** Step 4's materials: those of the actor's own województwo (members-only ones included), no other's. */
async function stepMaterials(a: Actor) {
  const known = [pubMaterialId, membersMaterialId, foreignMaterialId];
  const got = (await materialsForStep(a, 4)).map((x) => x.id).filter((id) => known.includes(id));
  const want = a.scope.voivodeshipId === PODLASKIE_ID() ? [pubMaterialId, membersMaterialId] : a.scope.voivodeshipId === FOREIGN_ID() ? [foreignMaterialId] : [];
  if (!same(got, want)) throw new Error(`step 4 materials ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}

async function form(a: Actor) {
  const f = await materialForm(a, editMaterialId);
  if (f.material?.id !== editMaterialId) throw new Error('another material in the form');
}

let materialNo = 0;
/** A new material; it must belong to the actor's own województwo. */
async function newMaterial(a: Actor) {
  const { id } = await createMaterial(a, material({ title: `Nowy materiał ${++materialNo}` }));
  const [row] = await getDb().select({ voivodeshipId: materials.voivodeshipId }).from(materials).where(eq(materials.id, id));
  if (row.voivodeshipId !== a.scope.voivodeshipId) throw new Error('the material landed in another województwo');
}

async function editMaterial(a: Actor) {
  const [row] = await getDb().select({ version: materials.version }).from(materials).where(eq(materials.id, editMaterialId));
  return updateMaterial(a, { ...material({ title: `Materiał do edycji (${row.version})` }), id: editMaterialId, version: row.version });
}

/** Deletes a material ROPS of podlaskie has just published. */
async function removeMaterial(a: Actor) {
  const made = await createMaterial(m.s.rops, material({ title: 'Materiał do usunięcia' }));
  return deleteMaterial(a, { id: made.id, version: made.version });
}

const attach = (a: Actor) => attachMaterialFile(a, { materialId: editMaterialId, title: 'Prezentacja', fileName: 'prezentacja.pdf', data: TINY_PDF });

/** Detaches a file ROPS of podlaskie has just attached. */
async function detach(a: Actor) {
  const { fileId } = await attachMaterialFile(m.s.rops, { materialId: editMaterialId, title: 'Do odłączenia', fileName: 'plik.pdf', data: TINY_PDF });
  return detachMaterialFile(a, { materialId: editMaterialId, fileId });
}

// ---------------------------------------------------------------------------------------------
// Good practices
// ---------------------------------------------------------------------------------------------

/** Proposals waiting for review: exactly those of the actor's own województwo. */
async function proposals(a: Actor) {
  const known = [proposalId, foreignProposalId, publishedId];
  const got = (await listProposals(a)).map((p) => p.id).filter((id) => known.includes(id));
  const want = a.scope.voivodeshipId === PODLASKIE_ID() ? [proposalId] : [foreignProposalId];
  if (!same(got, want)) throw new Error(`proposals ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}

/** One's own proposals: the Janów GOPS animator sees its proposal, the mazowieckie one its own, nobody anyone else's. */
async function ownProposals(a: Actor) {
  const known = [proposalId, foreignProposalId, publishedId];
  const got = (await myProposals(a)).map((p) => p.id).filter((id) => known.includes(id));
  const foreignGops = (await actorIn('gops_animator', 'otherVoivodeship'))!;
  const want = a.userId === m.s.gops.userId ? [proposalId] : a.userId === foreignGops.userId ? [foreignProposalId] : [];
  if (!same(got, want)) throw new Error(`own proposals ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}

/** The new-proposal form: of the actor's own województwo. */
async function newPracticeForm(a: Actor) {
  const f = await practiceForm(a);
  if (f.voivodeshipId !== a.scope.voivodeshipId || f.practice) throw new Error('a form of another województwo, or with a practice');
}

let practiceNo = 0;
/** A new proposal; it must belong to the actor's own województwo and wait for ROPS. */
async function propose(a: Actor) {
  const p = await proposePractice(a, sheet(`Praktyka zgłoszona ${++practiceNo}`));
  const [row] = await getDb().select().from(goodPractices).where(eq(goodPractices.id, p.id));
  if (row.voivodeshipId !== a.scope.voivodeshipId || row.status !== 'proposed') throw new Error('the proposal landed in another województwo, or was published');
}

async function editPractice(a: Actor, id: number) {
  const [p] = await getDb().select({ version: goodPractices.version, name: goodPractices.name }).from(goodPractices).where(eq(goodPractices.id, id));
  return updatePractice(a, { ...sheet(p.name), id, version: p.version });
}

/** Publishes a proposal the Janów GOPS animator has just made. */
async function publish(a: Actor) {
  const p = await proposePractice(m.s.gops, sheet(`Praktyka do publikacji ${++practiceNo}`));
  return publishPractice(a, { id: p.id, version: p.version });
}

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  // e-szkoła: step 4's materials on the model's page; the national administrator sees no województwo's.
  { fn: 'lib/materials/materials.ts#materialsForStep', role: 'gops_animator', call: stepMaterials, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), note: 'allow = exactly its own województwo\'s materials (none for the national administrator)' },
  { fn: 'lib/materials/materials.ts#materialForm', role: 'rops_adviser', call: form, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/materials/materials.ts#materialForm', role: 'gops_animator', call: form, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'materials are kept by ROPS' },
  { fn: 'lib/materials/materials.ts#createMaterial', role: 'rops_adviser', call: newMaterial, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'otherVoiv: a material of its own województwo' },
  { fn: 'lib/materials/materials.ts#createMaterial', role: 'gops_animator', call: newMaterial, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/materials/materials.ts#updateMaterial', role: 'rops_adviser', call: editMaterial, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/materials/materials.ts#updateMaterial', role: 'rops_admin', call: editMaterial, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/materials/materials.ts#deleteMaterial', role: 'rops_adviser', call: removeMaterial, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/materials/materials.ts#attachMaterialFile', role: 'rops_adviser', call: attach, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/materials/materials.ts#detachMaterialFile', role: 'rops_adviser', call: detach, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },

  // Good practices.
  { fn: 'lib/practices/practices.ts#listProposals', role: 'rops_adviser', call: proposals, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'allow = the proposals of its own województwo only' },
  { fn: 'lib/practices/practices.ts#listProposals', role: 'gops_animator', call: proposals, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/practices/practices.ts#myProposals', role: 'gops_animator', call: ownProposals, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), note: 'allow = one\'s own proposals only (none for most)' },
  { fn: 'lib/practices/practices.ts#practiceForm', role: 'gops_animator', call: newPracticeForm, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN'), note: 'the new-proposal form' },
  { fn: 'lib/practices/practices.ts#practiceForm', role: 'gops_animator', call: (a) => practiceForm(a, proposalId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: the author of the proposal' },
  { fn: 'lib/practices/practices.ts#practiceForm', role: 'rops_adviser', call: (a) => practiceForm(a, proposalId), expect: row('allow', '-', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/practices/practices.ts#practiceForm', role: 'rops_adviser', call: (a) => practiceForm(a, publishedId), expect: row('allow', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a published practice: everyone reads it, only ROPS of its województwo edits' },
  { fn: 'lib/practices/practices.ts#proposePractice', role: 'gops_animator', call: propose, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN'), note: 'allow = a proposal of its own województwo' },
  { fn: 'lib/practices/practices.ts#updatePractice', role: 'gops_animator', call: (a) => editPractice(a, proposalId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: the author, before publication' },
  { fn: 'lib/practices/practices.ts#updatePractice', role: 'rops_adviser', call: (a) => editPractice(a, proposalId), expect: row('allow', '-', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/practices/practices.ts#updatePractice', role: 'gops_animator', call: (a) => editPractice(a, publishedId), expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'published: the author\'s right has ended' },
  { fn: 'lib/practices/practices.ts#updatePractice', role: 'rops_adviser', call: (a) => editPractice(a, publishedId), expect: row('allow', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/practices/practices.ts#publishPractice', role: 'rops_adviser', call: publish, expect: row('allow', '-', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/practices/practices.ts#publishPractice', role: 'gops_animator', call: publish, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: its author sees it but does not publish' },
];

export default { setup, rows } satisfies RowModule;
