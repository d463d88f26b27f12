import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { services } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import {
  approvePzkService,
  createPzkService,
  createRegionalService,
  deletePzkService,
  deleteRegionalService,
  exportPzkServices,
  importPzkServices,
  importRegionalServices,
  listPzkServices,
  pzkForImport,
  pzkServiceForm,
  regionalListFor,
  regionalServiceForm,
  updatePzkService,
  updateRegionalService,
} from '@/lib/services/services';
import { uid } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The list of activities and services (step 6.3; issue 13, item 2). Janów's PZK list: whoever takes
 * part in the PZK reads it (guests included); the two animators keep it; a member of a signed
 * institution proposes entries; ROPS observes. Everyone else does not find the PZK. The regional
 * list is kept by ROPS for its own województwo: another województwo's entry is not found there.
 */

let published: number;
let pending: number;
let regional: number;

const entry = (over: Record<string, unknown> = {}) => ({
  name: 'Grupa wsparcia dla rodziców',
  description: 'Spotkania co dwa tygodnie z psychologiem.',
  targetGroups: ['rodziny'],
  areas: ['rodzinny'],
  providerName: 'Gminny Ośrodek Pomocy Społecznej w Janowie',
  conditions: '',
  cost: 'bezpłatnie',
  place: 'GOPS, ul. Główna 1',
  contact: 'tel. 85 722 00 00',
  referral: 'Zgłoszenie w GOPS.',
  lastReviewedOn: '2026-10-01',
  ...over,
});

/** One row of a CSV file as the import page sends it (the cells keyed by the column headers). */
const csvRow = (name: string) => ({
  row: 2,
  values: {
    'organization.name': 'Stowarzyszenie „Razem”',
    'service.name': name,
    'service.description': 'Zajęcia dla dzieci po lekcjach.',
    'service.eligibility_description': 'Dzieci i młodzież',
    'service.taxonomy_terms': 'Edukacyjny',
    'service.access_conditions': '',
    'service.fees_description': 'bezpłatnie',
    'location.address': 'Świetlica, ul. Szkolna 3',
    'contact.phone_or_email': 'razem@example.pl',
    'service.application_process': 'Zapisy u wychowawcy.',
    'service.assured_date': '01.10.2026',
  },
});

const versionOf = async (id: number) => (await getDb().select({ version: services.version }).from(services).where(eq(services.id, id)))[0].version;
const pzkId = () => m.s.pzk.id;

async function setup() {
  ({ id: published } = await createPzkService(m.s.pcpr, pzkId(), entry({ name: 'Poradnictwo rodzinne' })));
  ({ id: pending } = await createPzkService(m.s.member, pzkId(), entry({ name: 'Korepetycje dla dzieci (propozycja)' })));
  ({ id: regional } = await createRegionalService(m.s.rops, entry({ name: 'Wojewódzki telefon zaufania', providerName: 'ROPS w Białymstoku' })));
}

// ---------------------------------------------------------------------------------------------
// Calls that check what comes back
// ---------------------------------------------------------------------------------------------

/** The published entries for everyone who reads the list; the proposals waiting only for members, not guests. */
async function listChecked(a: Actor) {
  const r = await listPzkServices(a, pzkId());
  if (!r.results.rows.some((s) => s.id === published)) throw new Error('the published entry is missing');
  if (r.results.rows.some((s) => s.id === pending)) throw new Error('a proposal among the published entries');
  const seesProposals = r.proposals.some((p) => p.id === pending);
  if (seesProposals !== (r.pzk.access !== 'guest')) throw new Error(`access ${r.pzk.access}, proposals ${seesProposals ? 'shown' : 'hidden'}`);
}

async function editForm(a: Actor) {
  const f = await pzkServiceForm(a, pzkId(), published);
  if (f.mode !== 'edit' || f.service?.id !== published) throw new Error(`mode ${f.mode}`);
}

/** A new entry: an animator adds it, a member may only propose it. */
async function newForm(a: Actor) {
  const f = await pzkServiceForm(a, pzkId());
  const want = a.scope.role === 'pzk_member' ? 'propose' : 'add';
  if (f.mode !== want) throw new Error(`mode ${f.mode}, expected ${want}`);
}

async function create(a: Actor) {
  const r = await createPzkService(a, pzkId(), entry({ name: `Klub rodzica ${uid()}` }));
  const want = a.scope.role === 'pzk_member' ? 'proposed' : 'published';
  if (r.status !== want) throw new Error(`${r.status}, expected ${want}`);
}

const update = async (a: Actor) => updatePzkService(a, pzkId(), { ...entry({ name: 'Poradnictwo rodzinne', cost: `bezpłatnie (${uid()})` }), id: published, version: await versionOf(published) });

/** Deletes an entry made for the call (published by the PCPR animator, or proposed by the signed member). */
async function remove(a: Actor, by: 'pcpr' | 'member') {
  const { id } = await createPzkService(by === 'pcpr' ? m.s.pcpr : m.s.member, pzkId(), entry({ name: `Do usunięcia ${uid()}` }));
  try {
    await deletePzkService(a, pzkId(), { id, version: await versionOf(id) });
  } finally {
    await getDb().delete(services).where(eq(services.id, id));
  }
}

async function approve(a: Actor) {
  const { id } = await createPzkService(m.s.member, pzkId(), entry({ name: `Propozycja ${uid()}` }));
  const r = await approvePzkService(a, pzkId(), { id, version: await versionOf(id) });
  if (r.status !== 'published') throw new Error(r.status);
}

async function importOne(a: Actor) {
  const r = await importPzkServices(a, pzkId(), { rows: [csvRow(`Świetlica ${uid()}`)] });
  if (r.imported !== 1) throw new Error(JSON.stringify(r.errors));
}

async function exportChecked(a: Actor) {
  const r = await exportPzkServices(a, pzkId());
  if (!r.rows.some((s) => s.name === 'Poradnictwo rodzinne') || r.rows.some((s) => s.name.endsWith('(propozycja)'))) throw new Error('not the published list');
}

// The regional list: always the actor's own województwo's.
async function regionalChecked(a: Actor) {
  const r = await regionalListFor(a);
  if (r.voivodeshipId !== a.scope.voivodeshipId) throw new Error('another województwo\'s list');
}

async function regionalForm(a: Actor) {
  const f = await regionalServiceForm(a, regional);
  if (f.service?.id !== regional) throw new Error('another entry');
}

/** Adds an entry to the actor's own regional list (never to another województwo's). */
async function regionalCreate(a: Actor) {
  const { id } = await createRegionalService(a, entry({ name: `Infolinia ${uid()}`, providerName: 'ROPS' }));
  const [s] = await getDb().select().from(services).where(eq(services.id, id));
  if (s.scope !== 'regional' || s.voivodeshipId !== a.scope.voivodeshipId) throw new Error('not on the actor\'s regional list');
}

const regionalUpdate = async (a: Actor) =>
  updateRegionalService(a, { ...entry({ name: 'Wojewódzki telefon zaufania', providerName: 'ROPS w Białymstoku', contact: `tel. 800 ${uid()}` }), id: regional, version: await versionOf(regional) });

async function regionalDelete(a: Actor) {
  const { id } = await createRegionalService(m.s.rops, entry({ name: `Do usunięcia ${uid()}`, providerName: 'ROPS' }));
  try {
    await deleteRegionalService(a, { id, version: await versionOf(id) });
  } finally {
    await getDb().delete(services).where(eq(services.id, id));
  }
}

async function regionalImport(a: Actor) {
  const name = `Poradnia ${uid()}`;
  const r = await importRegionalServices(a, { rows: [csvRow(name)] });
  const [s] = await getDb().select().from(services).where(eq(services.name, name));
  if (r.imported !== 1 || s?.voivodeshipId !== a.scope.voivodeshipId) throw new Error('not imported into the actor\'s own list');
}

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: 'lib/services/services.ts#listPzkServices', role: 'gops_animator', call: listChecked, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'guests read what is published; members also the proposals' },
  { fn: 'lib/services/services.ts#listPzkServices', role: 'pzk_member', call: listChecked, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#listPzkServices', role: 'rops_adviser', call: listChecked, expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#exportPzkServices', role: 'gops_animator', call: exportChecked, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#pzkForImport', role: 'pcpr_animator', call: (a) => pzkForImport(a, pzkId()), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#pzkForImport', role: 'pzk_member', call: (a) => pzkForImport(a, pzkId()), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'importing is the animators\' work' },
  { fn: 'lib/services/services.ts#pzkServiceForm', role: 'gops_animator', call: editForm, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'editing an entry' },
  { fn: 'lib/services/services.ts#pzkServiceForm', role: 'pzk_member', call: newForm, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a new entry: a signed member may propose one; a guest may not' },
  { fn: 'lib/services/services.ts#pzkServiceForm', role: 'rops_adviser', call: newForm, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS observes the PZK' },
  { fn: 'lib/services/services.ts#createPzkService', role: 'gops_animator', call: create, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'published at once' },
  { fn: 'lib/services/services.ts#createPzkService', role: 'pzk_member', call: create, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'allow = a proposal only' },
  { fn: 'lib/services/services.ts#createPzkService', role: 'rops_adviser', call: create, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#updatePzkService', role: 'pcpr_animator', call: update, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#updatePzkService', role: 'pzk_member', call: update, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'members propose; editing is the animators\' work' },
  { fn: 'lib/services/services.ts#deletePzkService', role: 'gops_animator', call: (a) => remove(a, 'pcpr'), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#deletePzkService', role: 'pzk_member', call: (a) => remove(a, 'member'), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: the member withdraws its own proposal; nobody else\'s' },
  { fn: 'lib/services/services.ts#deletePzkService', role: 'pzk_member', call: (a) => remove(a, 'pcpr'), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a published entry: the animators\' to delete' },
  { fn: 'lib/services/services.ts#approvePzkService', role: 'gops_animator', call: approve, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#approvePzkService', role: 'rops_adviser', call: approve, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#importPzkServices', role: 'gops_animator', call: importOne, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/services/services.ts#importPzkServices', role: 'pzk_member', call: importOne, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },

  // The regional list: ROPS of the województwo keeps its own.
  { fn: 'lib/services/services.ts#regionalListFor', role: 'rops_adviser', call: regionalChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'abroad: the list of mazowieckie' },
  { fn: 'lib/services/services.ts#regionalListFor', role: 'pcpr_animator', call: regionalChecked, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/services/services.ts#regionalServiceForm', role: 'rops_adviser', call: regionalForm, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'an entry of podlaskie is not on mazowieckie\'s list' },
  { fn: 'lib/services/services.ts#regionalServiceForm', role: 'wzk_member', call: regionalForm, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/services/services.ts#createRegionalService', role: 'rops_admin', call: regionalCreate, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'abroad: onto the list of mazowieckie' },
  { fn: 'lib/services/services.ts#createRegionalService', role: 'gops_animator', call: regionalCreate, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/services/services.ts#updateRegionalService', role: 'rops_adviser', call: regionalUpdate, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/services/services.ts#updateRegionalService', role: 'pcpr_animator', call: regionalUpdate, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/services/services.ts#deleteRegionalService', role: 'rops_adviser', call: regionalDelete, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/services/services.ts#deleteRegionalService', role: 'wzk_member', call: regionalDelete, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/services/services.ts#importRegionalServices', role: 'rops_admin', call: regionalImport, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'abroad: into the list of mazowieckie' },
  { fn: 'lib/services/services.ts#importRegionalServices', role: 'gops_animator', call: regionalImport, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
];

export default { setup, rows } satisfies RowModule;
