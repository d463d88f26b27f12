import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelChangeProposals } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { currentTemplate } from '@/lib/documents/store';
import { editRecurring, editStep, editSubstep, getCatalogue, latestVersionId, loadCatalogue } from '@/lib/model/catalogue';
import { requireEditMode } from '@/lib/model/edit-mode';
import { acceptProposal, getProposal, listProposals, pendingProposalCount, proposeCatalogueChange, proposeTemplateChange, returnProposal } from '@/lib/model/proposals';
import { uid } from '../factories';
import { actorIn, m, row, type MatrixRow, type RowModule } from './fixture';
import { sameIds } from './rows-implementations';

/*
 * The national model (issue 13, item 2): one catalogue and one set of templates for the whole
 * country. Everyone reads the catalogue; only the national administrator changes it (the
 * "nationalAdmin" column is where those writes are allowed); a ROPS administrator proposes changes
 * for their województwo and reads only its proposals; no other role has anything to do with them.
 * The writes here touch the "Kooperacje 3D" catalogue, which no implementation of the fixture uses.
 */

const VARIANT = 'urban_3d' as const;
let podlaskieProposal: number;
let mazowieckieProposal: number;

async function latest() {
  const id = (await latestVersionId(getDb(), VARIANT))!;
  return (await loadCatalogue(getDb(), id))!;
}

/** A step edit on the current version that changes the description (so a proposal of it is not empty). */
async function stepEdit() {
  const c = await latest();
  const step = c.steps[0];
  return { versionId: String(c.id), number: String(step.number), name: step.name, description: `${step.description} (uzupełnienie ${uid()})`, note: 'Test macierzy uprawnień' };
}

/** A new proposal of a ROPS administrator of podlaskie, for the decision rows. */
const freshProposal = async () => (await proposeCatalogueChange((await actorIn('rops_admin', 'inside'))!, 'step', await stepEdit())).id;

async function setup() {
  podlaskieProposal = (await proposeCatalogueChange((await actorIn('rops_admin', 'inside'))!, 'step', await stepEdit())).id;
  mazowieckieProposal = (await proposeCatalogueChange((await actorIn('rops_admin', 'otherVoivodeship'))!, 'step', await stepEdit())).id;
}

const isNational = (a: Actor) => a.scope.role === 'national_admin';

// ---------------------------------------------------------------------------------------------
// Calls that check what comes back
// ---------------------------------------------------------------------------------------------

async function catalogueChecked(a: Actor | null) {
  const r = await getCatalogue(a, 'rural');
  if (r.catalogue.variant !== 'rural' || r.latestId !== (await latestVersionId(getDb(), 'rural'))) throw new Error('not the current rural catalogue');
}

async function saveStep(a: Actor) {
  const before = (await latest()).version;
  await editStep(a, await stepEdit());
  if ((await latest()).version !== before + 1) throw new Error('no new version');
}

async function saveSubstep(a: Actor) {
  const c = await latest();
  const s = c.substeps[0];
  await editSubstep(a, {
    versionId: String(c.id),
    code: s.code,
    name: s.name,
    description: `${s.description} (uzupełnienie ${uid()})`,
    startMonth: String(s.startMonth),
    durationMonths: String(s.durationMonths),
    checklist: s.checklist.map((i) => i.text).join('\n'),
    note: '',
  });
}

async function saveRecurring(a: Actor) {
  const c = await latest();
  const t = c.recurring[0];
  await editRecurring(a, { versionId: c.id, code: t.code, name: t.name, description: `${t.description} (uzupełnienie ${uid()})`, cadence: t.cadence, fromMonth: t.fromMonth, toMonth: t.toMonth });
}

/** The national administrator saves, a ROPS administrator proposes. */
async function modeChecked(a: Actor, manage: 'catalogue.manage' | 'template.manage') {
  const mode = await requireEditMode(a, manage);
  if (mode !== (isNational(a) ? 'save' : 'propose')) throw new Error(`mode ${mode}`);
}

/** A proposal is made for the proposer's own województwo. */
async function proposeStep(a: Actor) {
  const { id } = await proposeCatalogueChange(a, 'step', await stepEdit());
  const [p] = await getDb().select().from(modelChangeProposals).where(eq(modelChangeProposals.id, id));
  if (p.voivodeshipId !== a.scope.voivodeshipId || p.status !== 'pending') throw new Error('a proposal of another województwo');
}

async function proposeTemplate(a: Actor) {
  const t = await currentTemplate(getDb(), 'annex');
  const { id } = await proposeTemplateChange(a, { kind: 'annex', baseVersion: t.version, changeNote: 'Nowy tytuł', body: { ...t.body, title: `Aneks do porozumienia (${uid()})` } });
  const [p] = await getDb().select().from(modelChangeProposals).where(eq(modelChangeProposals.id, id));
  if (p.voivodeshipId !== a.scope.voivodeshipId || p.kind !== 'template') throw new Error('a proposal of another województwo');
}

/** The national administrator lists every województwo's proposals; a ROPS administrator its own. */
async function listChecked(a: Actor) {
  const got = (await listProposals(a)).map((p) => p.id);
  const all = await getDb().select({ id: modelChangeProposals.id, voivodeshipId: modelChangeProposals.voivodeshipId }).from(modelChangeProposals);
  sameIds('proposals', got, all.filter((p) => isNational(a) || p.voivodeshipId === a.scope.voivodeshipId).map((p) => p.id));
  const mustHave = isNational(a) ? [podlaskieProposal, mazowieckieProposal] : [a.scope.voivodeshipId === m.s.pzk.voivodeshipId ? podlaskieProposal : mazowieckieProposal];
  if (!mustHave.every((id) => got.includes(id))) throw new Error('the fixture\'s proposal is missing');
}

/** The number waiting: every województwo's for the national administrator, its own for a ROPS administrator, none (null) for the rest. */
async function pendingChecked(a: Actor) {
  const n = await pendingProposalCount(a);
  const pending = await getDb().select({ voivodeshipId: modelChangeProposals.voivodeshipId }).from(modelChangeProposals).where(and(eq(modelChangeProposals.status, 'pending')));
  const want = isNational(a) ? pending.length : a.scope.role === 'rops_admin' ? pending.filter((p) => p.voivodeshipId === a.scope.voivodeshipId).length : null;
  if (n !== want) throw new Error(`${n} waiting, expected ${want}`);
}

async function proposalChecked(a: Actor) {
  const r = await getProposal(a, podlaskieProposal);
  if (r.proposal.id !== podlaskieProposal || r.canDecide !== isNational(a)) throw new Error('wrong proposal or decision right');
}

async function accept(a: Actor) {
  const id = await freshProposal();
  const before = (await latest()).version;
  const r = await acceptProposal(a, { id, note: 'Przyjęte.' });
  if (r.version !== before + 1) throw new Error('no new version');
}

const giveBack = async (a: Actor) => returnProposal(a, { id: await freshProposal(), note: 'Proszę doprecyzować opis.' });

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: 'lib/model/catalogue.ts#getCatalogue', role: 'gops_animator', call: catalogueChecked, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), note: 'the catalogue is the national model, read by everyone', visitor: { call: catalogueChecked, expect: 'allow' } },
  // Direct edits: the national administrator only; a ROPS administrator proposes instead.
  { fn: 'lib/model/catalogue.ts#editStep', role: 'rops_admin', call: saveStep, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow') },
  { fn: 'lib/model/catalogue.ts#editStep', role: 'pcpr_animator', call: saveStep, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow') },
  { fn: 'lib/model/catalogue.ts#editSubstep', role: 'rops_admin', call: saveSubstep, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow') },
  { fn: 'lib/model/catalogue.ts#editRecurring', role: 'rops_admin', call: saveRecurring, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow') },
  { fn: 'lib/model/edit-mode.ts#requireEditMode', role: 'rops_admin', call: (a) => modeChecked(a, 'catalogue.manage'), expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'allow'), note: 'allow = "propose" for ROPS, "save" for the national administrator' },
  { fn: 'lib/model/edit-mode.ts#requireEditMode', role: 'rops_adviser', call: (a) => modeChecked(a, 'template.manage'), expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow'), note: 'only ROPS administrators propose' },
  // Proposals: a ROPS administrator proposes for its own województwo.
  { fn: 'lib/model/proposals.ts#proposeCatalogueChange', role: 'rops_admin', call: proposeStep, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'the national administrator decides, it does not propose' },
  { fn: 'lib/model/proposals.ts#proposeCatalogueChange', role: 'rops_adviser', call: proposeStep, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/model/proposals.ts#proposeTemplateChange', role: 'rops_admin', call: proposeTemplate, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/model/proposals.ts#proposeTemplateChange', role: 'gops_animator', call: proposeTemplate, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/model/proposals.ts#listProposals', role: 'rops_admin', call: listChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'allow'), note: 'each ROPS its own województwo\'s; the national administrator all' },
  { fn: 'lib/model/proposals.ts#listProposals', role: 'rops_adviser', call: listChecked, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow') },
  { fn: 'lib/model/proposals.ts#pendingProposalCount', role: 'rops_admin', call: pendingChecked, expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'allow'), note: 'never refused: null (nothing to show) for roles without proposals' },
  { fn: 'lib/model/proposals.ts#pendingProposalCount', role: 'gops_animator', call: pendingChecked, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'), note: 'null for the GOPS animator' },
  { fn: 'lib/model/proposals.ts#getProposal', role: 'rops_admin', call: proposalChecked, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'allow'), note: 'a proposal of podlaskie: not found by mazowieckie\'s ROPS' },
  { fn: 'lib/model/proposals.ts#getProposal', role: 'rops_adviser', call: proposalChecked, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow') },
  // Decisions: the national administrator only.
  { fn: 'lib/model/proposals.ts#acceptProposal', role: 'rops_admin', call: accept, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow'), note: 'the proposer does not decide on its own proposal' },
  { fn: 'lib/model/proposals.ts#returnProposal', role: 'rops_admin', call: giveBack, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow') },
];

export default { setup, rows } satisfies RowModule;
