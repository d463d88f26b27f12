import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseAttachments, files, ipps, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { addAttachment, downloadAttachment, getAttachmentsPage, removeAttachment } from '@/lib/cases/attachments';
import { consentPaperPdf, monitoringSheetPdf, qualificationPaperPdf, rightsDutiesPdf } from '@/lib/cases/family-papers';
import { qualifiedCase } from '../case-factories';
import { TINY_PDF } from '../upload-fixtures';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Akta sprawy and the papers a family signs (issue 15, item 4), on a qualified case of gmina Janów
 * with an IPP. As every case function (lib/cases/access.ts): the GOPS animator of the gmina and the
 * PCPR animator of the powiat write (add, remove), the case team (the signed member on it) and ROPS
 * with a stated purpose read (list, download, print) — a change is FORBIDDEN to them, as is any
 * opening to ROPS without a purpose; everyone else does not find the case.
 */

const db = () => getDb();
let caseId: number;
/** A paper kept for the reads. */
let keptId: number;

async function setup() {
  ({ caseId } = await qualifiedCase(m.s));
  await db().insert(ipps).values({
    caseId,
    sequence: 1,
    startsOn: '2027-01-15',
    endsOn: '2027-04-14',
    goals: [{ key: 'g-1', memberId: null, area: 'rodzinny', title: 'Wspólny budżet domowy', expectedEffect: '', baseline: 2, target: 6, tasks: [] }],
    pzkAttendance: 'in_person',
    updatedBy: m.s.gops.userId,
  });
  ({ id: keptId } = await addAttachment(m.s.gops, paper(), { name: 'opinia.pdf', data: TINY_PDF }));
}

const paper = () => ({ caseId: String(caseId), kind: 'opinion', documentDate: '2027-02-10', description: 'Opinia szkoły', step: '' });

/** Adds a paper and takes it out again, so the row leaves nothing behind. */
async function addAndClean(a: Actor) {
  const { id } = await addAttachment(a, paper(), { name: 'opinia.pdf', data: TINY_PDF });
  const [row] = await db().select({ fileId: caseAttachments.fileId }).from(caseAttachments).where(eq(caseAttachments.id, id));
  await db().delete(caseAttachments).where(eq(caseAttachments.id, id));
  await db().delete(files).where(eq(files.id, row.fileId));
  return { id };
}

/** Removes a paper put in for this call; a refused call must leave it there. */
async function removeNew(a: Actor) {
  const { id } = await addAttachment(m.s.gops, paper(), { name: 'do-usuniecia.pdf', data: TINY_PDF });
  try {
    return await removeAttachment(a, { caseId, attachmentId: id });
  } catch (e) {
    if ((await db().select().from(caseAttachments).where(eq(caseAttachments.id, id))).length !== 1) throw new Error('refused, yet the paper was removed');
    throw e;
  }
}

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
const WRITE = {
  gops_animator: row('allow', NF, NF, NF, NF, NF, NF),
  pcpr_animator: row('allow', '-', NF, NF, NF, NF, NF),
  pzk_member: row(FB, NF, NF, NF, NF, NF, NF),
  rops_adviser: row(FB, '-', '-', NF, NF, NF, NF),
  social_worker: row(NF, NF, NF, NF, NF, NF, NF),
} as const;
const READ = {
  gops_animator: row('allow', NF, NF, NF, NF, NF, NF),
  pzk_member: row('allow', NF, NF, NF, NF, NF, NF),
  rops_adviser: row(FB, '-', '-', NF, NF, NF, NF),
  social_worker: row(NF, NF, NF, NF, NF, NF, NF),
} as const;
const notes = {
  pzk_member: 'inside: the signed member on the case team reads the case files, it does not change them',
  rops_adviser: 'ROPS at home: read-only supervision, and only with a stated purpose (FORBIDDEN)',
  social_worker: 'a social worker of the gmina who is neither the key worker nor on the team does not find the case',
};
const readNotes = { ...notes, pzk_member: 'inside: the signed member on the case team' };

const rowsFor = (fn: string, call: (a: Actor) => Promise<unknown>, expects: Partial<Record<Role, MatrixRow['expect']>>, n: Partial<Record<Role, string>>): MatrixRow[] =>
  (Object.entries(expects) as [Role, MatrixRow['expect']][]).map(([role, expect]) => ({ fn, role, call, expect, note: n[role] }));

const rows: MatrixRow[] = [
  ...rowsFor('lib/cases/attachments.ts#addAttachment', addAndClean, WRITE, notes),
  ...rowsFor('lib/cases/attachments.ts#removeAttachment', removeNew, { gops_animator: WRITE.gops_animator, pcpr_animator: WRITE.pcpr_animator, pzk_member: WRITE.pzk_member, rops_adviser: WRITE.rops_adviser }, notes),
  ...rowsFor('lib/cases/attachments.ts#getAttachmentsPage', (a) => getAttachmentsPage(a, caseId), READ, readNotes),
  ...rowsFor('lib/cases/attachments.ts#downloadAttachment', (a) => downloadAttachment(a, caseId, keptId), READ, readNotes),
  ...rowsFor('lib/cases/family-papers.tsx#consentPaperPdf', (a) => consentPaperPdf(a, caseId), { gops_animator: READ.gops_animator, pzk_member: READ.pzk_member, rops_adviser: READ.rops_adviser }, readNotes),
  ...rowsFor('lib/cases/family-papers.tsx#qualificationPaperPdf', (a) => qualificationPaperPdf(a, caseId), { gops_animator: READ.gops_animator, pzk_member: READ.pzk_member }, readNotes),
  ...rowsFor('lib/cases/family-papers.tsx#monitoringSheetPdf', (a) => monitoringSheetPdf(a, caseId), { gops_animator: READ.gops_animator, rops_adviser: READ.rops_adviser }, readNotes),
  ...rowsFor('lib/cases/family-papers.tsx#rightsDutiesPdf', (a) => rightsDutiesPdf(a, caseId), { pzk_member: READ.pzk_member, social_worker: READ.social_worker }, readNotes),
];

export default { setup, rows } satisfies RowModule;
