import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { zzkDecisions, zzkMeetings, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getZzkMeeting, listZzkMeetings, recordZzkMeeting, setZzkDecisionStatus, updateZzkMeeting } from '@/lib/cases/zzk';
import { zzkProtocolPdf } from '@/lib/cases/zzk-pdf';
import { qualifiedCase } from '../case-factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The case team's meetings (ZZK in Kooperacje 3D; issue 17, item 4) on a qualified case of Janów.
 * Who: the writers of the case record and correct; the signed member on the case team reads and
 * marks its own decision (FORBIDDEN to record); ROPS without a purpose FORBIDDEN; everyone else
 * does not find the case. network_worker rows wait for caseAccess (helper "netw").
 */

const db = () => getDb();
let caseId: number;
let meetingId: number;
let decisionId: number;

const input = (over: Record<string, unknown> = {}) => ({
  caseId,
  heldOn: '2027-02-10',
  familyPresent: 'yes',
  presentMemberIds: [m.s.memberRowId],
  otherParticipants: '',
  summary: 'Omówiono postępy.',
  decisions: [],
  ...over,
});

async function setup() {
  ({ caseId } = await qualifiedCase(m.s));
  ({ id: meetingId } = await recordZzkMeeting(m.s.gops, input({ decisions: [{ text: 'Konsultacja', ownerMemberId: m.s.memberRowId }] })));
  [{ id: decisionId }] = await db().select({ id: zzkDecisions.id }).from(zzkDecisions).where(eq(zzkDecisions.meetingId, meetingId));
}

const meetingVersion = async () => (await db().select({ version: zzkMeetings.version }).from(zzkMeetings).where(eq(zzkMeetings.id, meetingId)))[0].version;
const decision = async () => (await db().select().from(zzkDecisions).where(eq(zzkDecisions.id, decisionId)))[0];

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
const READ: Partial<Record<Role, MatrixRow['expect']>> = {
  gops_animator: row('allow', NF, NF, NF, NF, NF, NF),
  pcpr_animator: row('allow', '-', NF, NF, NF, NF, NF),
  pzk_member: row('allow', NF, NF, NF, NF, NF, NF),
  rops_adviser: row(FB, '-', '-', NF, NF, NF, NF),
  social_worker: row(NF, NF, NF, NF, NF, NF, NF),
};
const WRITE: Partial<Record<Role, MatrixRow['expect']>> = { ...READ, pzk_member: row(FB, NF, NF, NF, NF, NF, NF) };

const rowsFor = (fn: string, table: Partial<Record<Role, MatrixRow['expect']>>, call: (a: Actor) => Promise<unknown>): MatrixRow[] =>
  (Object.entries(table) as [Role, MatrixRow['expect']][]).map(([role, expect]) => ({ fn, role, call, expect }));

const rows: MatrixRow[] = [
  ...rowsFor('lib/cases/zzk.ts#listZzkMeetings', READ, (a) => listZzkMeetings(a, caseId)),
  ...rowsFor('lib/cases/zzk.ts#getZzkMeeting', READ, (a) => getZzkMeeting(a, caseId, meetingId)),
  ...rowsFor('lib/cases/zzk-pdf.tsx#zzkProtocolPdf', READ, (a) => zzkProtocolPdf(a, caseId, meetingId)),
  ...rowsFor('lib/cases/zzk.ts#recordZzkMeeting', WRITE, (a) => recordZzkMeeting(a, input())),
  ...rowsFor('lib/cases/zzk.ts#updateZzkMeeting', WRITE, async (a) => updateZzkMeeting(a, input({ meetingId, version: await meetingVersion(), decisions: [{ id: decisionId, text: 'Konsultacja', ownerMemberId: m.s.memberRowId }] }))),
  // The member on the team owns the decision: it may mark it.
  ...rowsFor('lib/cases/zzk.ts#setZzkDecisionStatus', READ, async (a) => {
    const d = await decision();
    return setZzkDecisionStatus(a, { caseId, decisionId, version: d.version, done: d.status === 'open' });
  }),
];

export default { setup, rows } satisfies RowModule;
