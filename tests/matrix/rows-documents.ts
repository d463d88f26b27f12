import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents, documentTemplates, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { changeStatus, createDocument, creationTargets, getDocumentScan, getRevision, partyOptions, saveDraft, signDocument, terminateDocument } from '@/lib/documents/documents';
import { getTemplateForEdit, listTemplates, saveTemplateVersion } from '@/lib/documents/templates';
import { TINY_PDF } from '../upload-fixtures';
import { columnOf, m, row, sameSet, type Column, type MatrixRow, type RowModule } from './fixture';

/*
 * Documents beyond the reads of rows-core.ts: revisions and scans of Janów's signed PZK agreement,
 * and the life of a document of gmina Janów — a confidentiality statement (a gmina document whose
 * signing changes nobody's access to the PZK) from creation to termination. Templates are national:
 * the national administrator saves a new version, a ROPS administrator only proposes (and so reads
 * the editor), everyone else is refused.
 *
 * By lib/documents/access.ts: a document of Janów is seen from Janów (territorial roles covering
 * it, institutions lying there or party to it) and managed by the document.manage roles covering
 * it; who sees it but may not manage it gets FORBIDDEN, who does not see it NOT_FOUND.
 */

const db = () => getDb();
/** A draft statement whose content is saved again on every call. */
let draftId: number;
/** A complete statement toggled between draft and ready for signature. */
let toggledId: number;
/** The statement a signing row signs, replaced by a new one once signed. */
let readyId = 0;
/** The statement a termination row terminates, replaced by a new one once terminated. */
let signedId = 0;

const docRow = async (id: number) => (await db().select().from(documents).where(eq(documents.id, id)))[0];

/** A new draft statement of Janów's PZK, with every field, party and signatory filled in. */
async function completeStatement(): Promise<number> {
  const { id } = await createDocument(m.s.gops, { kind: 'confidentiality_statement', implementationId: m.implementationId, gminaId: m.s.pzk.gminaId });
  const d = await docRow(id);
  const party = { institutionId: null, unitId: null, address: '', representativeName: 'Anna Nowak', representativeFunction: 'Ekspert rodzin', tasks: '' };
  const content = {
    ...d.content,
    place: 'Janów',
    parties: [
      { ...party, role: 'skladajacy', name: 'Anna Nowak' },
      // The PZK's own school receives the statement (the powiat has no PCPR in the registry here).
      { ...party, role: 'przyjmujacy', institutionId: m.school.id, name: 'Szkoła', representativeName: 'Jan Żak', representativeFunction: 'Dyrektor' },
    ],
    fields: { ...d.content.fields, gmina_pzk: 'Janów', zakres_dostepu: d.content.fields.zakres_dostepu || 'udział w spotkaniach Zespołu' },
  };
  await saveDraft(m.s.gops, { documentId: id, version: d.version, content });
  return id;
}

async function readyStatement() {
  const id = await completeStatement();
  await changeStatus(m.s.gops, { documentId: id, version: (await docRow(id)).version }, 'mark_ready');
  return id;
}

const signedOnEach = (d: { content: { parties: unknown[] } }) => d.content.parties.map(() => '2026-11-20');

async function setup() {
  draftId = await completeStatement();
  toggledId = await completeStatement();
}

async function saveDraftNow(a: Actor) {
  const d = await docRow(draftId);
  return saveDraft(a, { documentId: draftId, version: d.version, content: { ...d.content, fields: { ...d.content.fields, animator_pcpr: `Jan Kowalski (${d.version})` } } });
}

async function toggleStatus(a: Actor) {
  const d = await docRow(toggledId);
  return changeStatus(a, { documentId: toggledId, version: d.version }, d.status === 'draft' ? 'mark_ready' : 'reopen');
}

async function signNow(a: Actor) {
  if (!readyId || (await docRow(readyId)).status !== 'ready') readyId = await readyStatement();
  const d = await docRow(readyId);
  return signDocument(a, { documentId: readyId, version: d.version, signedOn: signedOnEach(d) }, { name: 'skan.pdf', data: TINY_PDF });
}

async function terminateNow(a: Actor) {
  if (!signedId || (await docRow(signedId)).status !== 'signed') {
    signedId = await readyStatement();
    const ready = await docRow(signedId);
    await signDocument(m.s.gops, { documentId: signedId, version: ready.version, signedOn: signedOnEach(ready) }, { name: 'skan.pdf', data: TINY_PDF });
  }
  return terminateDocument(a, { documentId: signedId, version: (await docRow(signedId)).version, terminatedOn: '2026-11-25', reason: 'Zakończenie udziału w pracach Zespołu.' });
}

/** Saves the annex template again, unchanged, as a new version. */
async function saveAnnexTemplate(a: Actor) {
  const [latest] = await db().select().from(documentTemplates).where(eq(documentTemplates.kind, 'annex')).orderBy(desc(documentTemplates.version)).limit(1);
  return saveTemplateVersion(a, { kind: 'annex', baseVersion: latest.version, changeNote: 'Wersja bez zmian treści (macierz uprawnień).', body: latest.body });
}

// ---------------------------------------------------------------------------------------------
// Lists and national pages: allowed, and each must see exactly its own
// ---------------------------------------------------------------------------------------------


type Gmina = 'janow' | 'dabrowa' | 'choroszcz' | 'foreign';
interface Targets {
  regional: boolean;
  powiat: Gmina[];
  gmina: Gmina[];
}
const NONE: Targets = { regional: false, powiat: [], gmina: [] };

/** Where the actor may start documents, among the gminas of the fixture's implementations, by column. */
async function targetsSeen(role: Role, a: Actor, want: Partial<Record<Column, Targets>>) {
  const ids: Record<Gmina, number> = { janow: m.s.pzk.gminaId, dabrowa: m.s.otherPzk.gminaId, choroszcz: m.choroszczPzk.gminaId, foreign: m.foreignPzk.gminaId };
  const known = new Set<number>(Object.values(ids));
  const got = await creationTargets(a);
  const w = want[await columnOf(role, a)] ?? NONE;
  if (got.regional !== w.regional) throw new Error(`regional agreement: got ${got.regional}, want ${w.regional}`);
  sameSet('powiat–gmina agreements for', got.powiat.map((t) => t.gminaId).filter((g) => g !== null && known.has(g)), w.powiat.map((k) => ids[k]));
  sameSet('PZK documents for', got.gmina.map((t) => t.gminaId).filter((g) => g !== null && known.has(g)), w.gmina.map((k) => ids[k]));
}

/** The template pages: the national administrator saves, a ROPS administrator proposes. */
async function modeIs(a: Actor, page: Promise<{ mode: string }>) {
  const { mode } = await page;
  const want = a.scope.role === 'national_admin' ? 'save' : 'propose';
  if (mode !== want) throw new Error(`mode ${mode}, want ${want}`);
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
/** Reading a document of Janów. */
const VIEW = {
  gops_animator: row('allow', NF, NF, NF, 'allow', NF, NF),
  pzk_member: row('allow', NF, NF, NF, 'allow', NF, NF),
  wzk_member: row('allow', '-', '-', NF, 'allow', NF, NF),
} as const;
/** Changing a document of Janów. */
const MANAGE = {
  gops_animator: row('allow', NF, NF, NF, FB, NF, NF),
  pcpr_animator: row('allow', '-', NF, NF, FB, NF, NF),
  network_worker: row('allow', NF, NF, NF, FB, NF, NF),
  rops_adviser: row('allow', '-', '-', NF, FB, NF, NF),
  pzk_member: row(FB, NF, NF, NF, FB, NF, NF),
  wzk_member: row(FB, '-', '-', NF, FB, NF, NF),
} as const;
const GUEST_NOTE = 'the guest\'s institution lies in Janów: it reads the gmina\'s documents, it does not manage them';
const notes: Partial<Record<Role, string>> = {
  gops_animator: GUEST_NOTE,
  pzk_member: 'inside: a member institution of Janów reads the gmina\'s documents, it does not manage them',
  wzk_member: 'WZK reads the documents of the województwo, it manages none',
  rops_adviser: 'ROPS manages documents anywhere in its województwo',
};

const rowsFor = (fn: string, call: (a: Actor) => Promise<unknown>, expects: Partial<Record<Role, MatrixRow['expect']>>): MatrixRow[] =>
  (Object.entries(expects) as [Role, MatrixRow['expect']][]).map(([role, expect]) => ({ fn, role, call, expect, note: notes[role] }));
const pick = <K extends keyof typeof MANAGE>(...roles: K[]) => Object.fromEntries(roles.map((r) => [r, MANAGE[r]]));

const newStatement = (a: Actor) => createDocument(a, { kind: 'confidentiality_statement', implementationId: m.implementationId, gminaId: m.s.pzk.gminaId });

const rows: MatrixRow[] = [
  // Janów's signed PZK agreement: an earlier revision and the signed scan.
  ...rowsFor('lib/documents/documents.ts#getRevision', (a) => getRevision(a, m.agreementId, 1), VIEW),
  ...rowsFor('lib/documents/documents.ts#getDocumentScan', (a) => getDocumentScan(a, m.agreementId), { gops_animator: VIEW.gops_animator, pzk_member: VIEW.pzk_member }),

  // A new document of Janów: the implementation is looked up first (not found outside it), then
  // the right to manage documents of the gmina is asked (refused to readers of the implementation).
  {
    fn: 'lib/documents/documents.ts#createDocument',
    role: 'gops_animator',
    call: newStatement,
    expect: row('allow', FB, NF, NF, FB, FB, NF),
    note: 'the implementation spans Janów and Dąbrowa: Dąbrowa\'s people see it, but Janów\'s documents are not theirs to start',
  },
  { fn: 'lib/documents/documents.ts#createDocument', role: 'pcpr_animator', call: newStatement, expect: row('allow', '-', NF, NF, FB, FB, NF) },
  { fn: 'lib/documents/documents.ts#createDocument', role: 'network_worker', call: newStatement, expect: row('allow', FB, NF, NF, FB, FB, NF), note: 'Kooperacje 3D: the network worker starts its own gmina\'s PZK documents (as the GOPS animator)' },
  { fn: 'lib/documents/documents.ts#createDocument', role: 'pzk_member', call: newStatement, expect: row(FB, FB, NF, NF, FB, FB, NF), note: 'PZK members read documents, they do not start them' },

  ...rowsFor('lib/documents/documents.ts#saveDraft', saveDraftNow, pick('gops_animator', 'network_worker', 'rops_adviser', 'pzk_member')),
  ...rowsFor('lib/documents/documents.ts#partyOptions', (a) => partyOptions(a, draftId), pick('gops_animator', 'pzk_member')),
  ...rowsFor('lib/documents/documents.ts#changeStatus', toggleStatus, pick('gops_animator', 'wzk_member')),
  ...rowsFor('lib/documents/documents.ts#signDocument', signNow, pick('gops_animator', 'pzk_member')),
  ...rowsFor('lib/documents/documents.ts#terminateDocument', terminateNow, pick('pcpr_animator', 'pzk_member')),

  // Where one may start documents: the gmina tracks (and for the powiat and ROPS, the powiat–gmina agreements).
  {
    fn: 'lib/documents/documents.ts#creationTargets',
    role: 'gops_animator',
    call: (a) =>
      targetsSeen('gops_animator', a, {
        inside: { regional: false, powiat: [], gmina: ['janow'] },
        neighbourGmina: { regional: false, powiat: [], gmina: ['dabrowa'] },
        otherPowiat: { regional: false, powiat: [], gmina: ['choroszcz'] },
        otherVoivodeship: { regional: false, powiat: [], gmina: ['foreign'] },
      }),
    expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'),
    note: 'allow = exactly its own gmina; PZK members and the national administrator: nowhere',
  },
  {
    fn: 'lib/documents/documents.ts#creationTargets',
    role: 'pcpr_animator',
    call: (a) =>
      targetsSeen('pcpr_animator', a, {
        inside: { regional: false, powiat: ['janow', 'dabrowa'], gmina: ['janow', 'dabrowa'] },
        otherPowiat: { regional: false, powiat: ['choroszcz'], gmina: ['choroszcz'] },
        otherVoivodeship: { regional: false, powiat: ['foreign'], gmina: ['foreign'] },
      }),
    expect: row('allow', '-', 'allow', 'allow', 'allow', 'allow', 'allow'),
  },
  {
    fn: 'lib/documents/documents.ts#creationTargets',
    role: 'network_worker',
    call: (a) =>
      targetsSeen('network_worker', a, {
        inside: { regional: false, powiat: [], gmina: ['janow'] },
        neighbourGmina: { regional: false, powiat: [], gmina: ['dabrowa'] },
        otherPowiat: { regional: false, powiat: [], gmina: ['choroszcz'] },
        otherVoivodeship: { regional: false, powiat: [], gmina: ['foreign'] },
      }),
    expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow'),
    note: 'allow = exactly its own gmina\'s PZK documents; never a powiat–gmina agreement',
  },
  {
    fn: 'lib/documents/documents.ts#creationTargets',
    role: 'rops_adviser',
    call: (a) =>
      targetsSeen('rops_adviser', a, {
        inside: { regional: true, powiat: ['janow', 'dabrowa', 'choroszcz'], gmina: ['janow', 'dabrowa', 'choroszcz'] },
        otherVoivodeship: { regional: true, powiat: ['foreign'], gmina: ['foreign'] },
      }),
    expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'allow'),
    note: 'its own województwo only, the regional agreement included',
  },

  // Templates (national).
  { fn: 'lib/documents/templates.ts#listTemplates', role: 'rops_admin', call: (a) => modeIs(a, listTemplates(a)), expect: row('allow', '-', '-', 'allow', FB, FB, 'allow'), note: 'allow = propose (ROPS administrator) or save (national administrator)' },
  { fn: 'lib/documents/templates.ts#listTemplates', role: 'rops_adviser', call: (a) => modeIs(a, listTemplates(a)), expect: row(FB, '-', '-', FB, FB, FB, 'allow'), note: 'only a ROPS administrator proposes changes to the model' },
  { fn: 'lib/documents/templates.ts#getTemplateForEdit', role: 'rops_admin', call: (a) => modeIs(a, getTemplateForEdit(a, 'annex')), expect: row('allow', '-', '-', 'allow', FB, FB, 'allow') },
  { fn: 'lib/documents/templates.ts#getTemplateForEdit', role: 'gops_animator', call: (a) => modeIs(a, getTemplateForEdit(a, 'annex')), expect: row(FB, FB, FB, FB, FB, FB, 'allow') },
  { fn: 'lib/documents/templates.ts#saveTemplateVersion', role: 'rops_admin', call: saveAnnexTemplate, expect: row(FB, '-', '-', FB, FB, FB, 'allow'), note: 'a ROPS administrator proposes a change; only the national administrator saves one' },
];

export default { setup, rows } satisfies RowModule;
