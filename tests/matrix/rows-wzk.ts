import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents, wzkDecisions, wzkMeetings } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { insertDocument } from '@/lib/documents/store';
import { getRegionalEvaluation, saveRegionalEvaluation } from '@/lib/wzk/evaluation';
import { wzkMeetingIcs, wzkMinutesPdf } from '@/lib/wzk/documents';
import { addWzkDecision, getWzk, getWzkMeeting, saveWzkAttendance, saveWzkMeeting, saveWzkMinutes, setWzkDecisionStatus } from '@/lib/wzk/meetings';
import { uid } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The WZK (issue 18 §1) of podlaskie: ROPS manages its meetings (wzk.manage), WZK members read them
 * (wzk.view) and write the regional evaluation with ROPS (regional_evaluation.write). Everything is
 * the acting assignment's own województwo: mazowieckie's ROPS works on its own WZK ("allow" for the
 * lists and new records) and is refused podlaskie's meeting. Nobody below the województwo takes part.
 */

let meetingId: number;
let decisionId: number;
let memberKey: string;

async function setup() {
  const voivodeshipId = m.s.rops.scope.voivodeshipId;
  await getDb().transaction(async (tx) => {
    const doc = await insertDocument(tx, 'agreement_regional', { voivodeshipId, powiatId: null, gminaId: null, implementationId: null, gminaIds: [] }, null, { userId: m.s.rops.userId, name: m.s.rops.name }, 2027);
    await tx.update(documents).set({ status: 'signed' }).where(eq(documents.id, doc.id));
  });
  memberKey = `v:${voivodeshipId}`;
  ({ id: meetingId } = await saveWzkMeeting(m.s.rops, { version: 0, startsAt: '2027-05-12T10:00', durationMinutes: '120', place: 'ROPS', onlineUrl: '', agenda: '' }));
  ({ id: decisionId } = await addWzkDecision(m.s.rops, { meetingId, text: 'Zadanie', ownerPartyKey: memberKey, dueOn: '2027-06-30' }));
}

const meetingVersion = async () => (await getDb().select({ v: wzkMeetings.version }).from(wzkMeetings).where(eq(wzkMeetings.id, meetingId)))[0].v;
const decisionVersion = async () => (await getDb().select({ v: wzkDecisions.version }).from(wzkDecisions).where(eq(wzkDecisions.id, decisionId)))[0].v;

const list = (a: Actor) => getWzk(a);
const read = (a: Actor) => getWzkMeeting(a, meetingId);
const plan = (a: Actor) => saveWzkMeeting(a, { version: 0, startsAt: '2027-08-10T10:00', durationMinutes: '60', place: `Sala ${uid()}`, onlineUrl: '', agenda: '' });
const edit = async (a: Actor) => saveWzkMeeting(a, { meetingId, version: await meetingVersion(), startsAt: '2027-05-12T10:00', durationMinutes: '120', place: `ROPS ${uid()}`, onlineUrl: '', agenda: '' });
const attendance = (a: Actor) => saveWzkAttendance(a, { meetingId, rows: [{ partyKey: memberKey, present: true, personName: 'Jan Nowak' }] });
const decide = (a: Actor) => addWzkDecision(a, { meetingId, text: `Zadanie ${uid()}`, ownerPartyKey: memberKey, dueOn: '2027-06-30' });
const status = async (a: Actor) => setWzkDecisionStatus(a, { decisionId, version: await decisionVersion(), status: 'done' });
const minutes = async (a: Actor) => saveWzkMinutes(a, { meetingId, version: await meetingVersion(), minutes: `Projekt ${uid()}`, publish: false });
const ics = (a: Actor) => wzkMeetingIcs(a, meetingId, 'https://kooperacja.example.pl');
const pdf = (a: Actor) => wzkMinutesPdf(a, meetingId);
const evaluation = (a: Actor) => getRegionalEvaluation(a, 2027);
/** A year of its own per call, so that each allowed save is a first one (version 0). */
let year = 2030;
const writeEvaluation = (a: Actor) => saveRegionalEvaluation(a, { year: year++, version: 0, evaluation: 'Ocena współpracy' });

const M = 'lib/wzk/meetings.ts';
const D = 'lib/wzk/documents.tsx';
const E = 'lib/wzk/evaluation.ts';
const deny = row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const denyPowiat = row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
//                                                 inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const ownVoivodeship = row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const podlaskieOnly = row('allow', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const refusedRegional = row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');

const rows: MatrixRow[] = [
  { fn: `${M}#getWzk`, role: 'rops_adviser', call: list, expect: ownVoivodeship, note: 'each ROPS its own WZK' },
  { fn: `${M}#getWzk`, role: 'wzk_member', call: list, expect: ownVoivodeship },
  { fn: `${M}#getWzk`, role: 'pcpr_animator', call: list, expect: denyPowiat, note: 'below the województwo: no wzk.view' },
  { fn: `${M}#getWzkMeeting`, role: 'rops_adviser', call: read, expect: podlaskieOnly },
  { fn: `${M}#getWzkMeeting`, role: 'wzk_member', call: read, expect: podlaskieOnly },
  { fn: `${M}#getWzkMeeting`, role: 'gops_animator', call: read, expect: deny },
  { fn: `${M}#saveWzkMeeting`, role: 'rops_adviser', call: plan, expect: ownVoivodeship, note: 'a new meeting lands in the actor\'s own województwo' },
  { fn: `${M}#saveWzkMeeting`, role: 'rops_admin', call: edit, expect: podlaskieOnly, note: 'editing podlaskie\'s meeting' },
  { fn: `${M}#saveWzkMeeting`, role: 'wzk_member', call: plan, expect: refusedRegional, note: 'WZK members read only' },
  { fn: `${M}#saveWzkAttendance`, role: 'rops_adviser', call: attendance, expect: podlaskieOnly },
  { fn: `${M}#saveWzkAttendance`, role: 'wzk_member', call: attendance, expect: refusedRegional },
  { fn: `${M}#addWzkDecision`, role: 'rops_adviser', call: decide, expect: podlaskieOnly },
  { fn: `${M}#addWzkDecision`, role: 'wzk_member', call: decide, expect: refusedRegional },
  { fn: `${M}#setWzkDecisionStatus`, role: 'rops_adviser', call: status, expect: podlaskieOnly },
  { fn: `${M}#setWzkDecisionStatus`, role: 'wzk_member', call: status, expect: refusedRegional },
  { fn: `${M}#saveWzkMinutes`, role: 'rops_adviser', call: minutes, expect: podlaskieOnly },
  { fn: `${M}#saveWzkMinutes`, role: 'wzk_member', call: minutes, expect: refusedRegional },
  { fn: `${D}#wzkMeetingIcs`, role: 'wzk_member', call: ics, expect: podlaskieOnly },
  { fn: `${D}#wzkMeetingIcs`, role: 'pzk_member', call: ics, expect: deny },
  { fn: `${D}#wzkMinutesPdf`, role: 'rops_adviser', call: pdf, expect: podlaskieOnly },
  { fn: `${D}#wzkMinutesPdf`, role: 'network_worker', call: pdf, expect: deny },
  { fn: `${E}#getRegionalEvaluation`, role: 'wzk_member', call: evaluation, expect: ownVoivodeship },
  { fn: `${E}#getRegionalEvaluation`, role: 'pcpr_animator', call: evaluation, expect: denyPowiat },
  { fn: `${E}#saveRegionalEvaluation`, role: 'wzk_member', call: writeEvaluation, expect: ownVoivodeship, note: 'the WZK writes the third level of evaluation' },
  { fn: `${E}#saveRegionalEvaluation`, role: 'rops_adviser', call: writeEvaluation, expect: ownVoivodeship },
  { fn: `${E}#saveRegionalEvaluation`, role: 'gops_animator', call: writeEvaluation, expect: deny },
];

export default { setup, rows } satisfies RowModule;
