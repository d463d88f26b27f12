import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { pzkDecisions, pzkInstitutionProfiles, pzkMeetings, pzkMembers, pzkWorkPlans } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { addConsultation, addDecision, deleteConsultation, meetingIcs, minutesPdf, saveAttendance, saveMinutes, setDecisionStatus } from '@/lib/pzk/meetings';
import { acceptMember, addMember, institutionOptions, removeMember, saveProfile } from '@/lib/pzk/members';
import { workPlanPdf } from '@/lib/pzk/pdf';
import { saveWorkPlan } from '@/lib/pzk/work-plan';
import { WORK_PLAN_SECTIONS } from '@/lib/pzk/work-plan-sections';
import { CHOROSZCZ, PODLASKIE, makeInstitution } from '../factories';
import { FOREIGN_GMINA, m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * PZK rows (lib/pzk): a meeting's work (attendance, decisions, consultations, minutes, its .ics and
 * PDF), the team's composition and the institutions' profiles, the work plan's PDF. All on Janów's
 * PZK. Meeting pages are members' pages: a guest (listed, not signed) is refused, whoever does not
 * take part in the PZK does not find it; both animators run meetings, ROPS and members only read.
 */

/** A person on Janów's team without an account (the owner of decisions nobody in the matrix owns). */
let personRowId: number;
/** The signed member's own row on the team, linked to its account: it owns `ownedDecisionId`. */
let ownerRowId: number;
let ownedDecisionId: number;
let otherDecisionId: number;
/** Institutions of the registry: of the województwo (no powiat), of another powiat, of another województwo. */
let regionalInstitutionId: number;
let choroszczInstitutionId: number;
let foreignInstitutionId: number;

async function setup() {
  const db = getDb();
  const pzkId = m.s.pzk.id;
  ({ id: personRowId } = await addMember(m.s.pcpr, { pzkId, institutionId: '', name: 'Jerzy Kamiński', function: 'Radny gminy', teamRole: 'councillor_gmina', email: '' }));
  ({ id: ownerRowId } = await addMember(m.s.pcpr, { pzkId, institutionId: m.s.member.scope.institutionId, name: 'Maria Szkolna', function: 'Pedagog szkolny', teamRole: 'invited', email: '' }));
  await db.update(pzkMembers).set({ userId: m.s.member.userId }).where(eq(pzkMembers.id, ownerRowId));
  ({ id: ownedDecisionId } = await addDecision(m.s.gops, { pzkId, meetingId: m.meetingId, text: 'Przygotować listę usług szkoły', ownerMemberId: ownerRowId, dueOn: '2027-06-01' }));
  ({ id: otherDecisionId } = await addDecision(m.s.gops, { pzkId, meetingId: m.meetingId, text: 'Zaprosić kuratora na spotkanie', ownerMemberId: personRowId, dueOn: '2027-06-15' }));
  // The work plan exists (its PDF needs one); saved as a new version when another module saved it first.
  const [plan] = await db.select({ version: pzkWorkPlans.version }).from(pzkWorkPlans).where(eq(pzkWorkPlans.pzkId, pzkId));
  await saveWorkPlan(m.s.pcpr, { pzkId, version: plan?.version ?? 0, content: Object.fromEntries(WORK_PLAN_SECTIONS.map((x) => [x.key, 'Spotkania w każdy drugi wtorek miesiąca'])) });
  ({ id: regionalInstitutionId } = await makeInstitution(PODLASKIE, 'ngo'));
  ({ id: choroszczInstitutionId } = await makeInstitution(CHOROSZCZ, 'school'));
  ({ id: foreignInstitutionId } = await makeInstitution(FOREIGN_GMINA, 'school'));
}

const pzkId = () => m.s.pzk.id;

/** Marks a decision done, or reopens it when it is done: whichever changes it. */
async function toggleDecision(a: Actor, decisionId: number) {
  const [d] = await getDb().select({ version: pzkDecisions.version, status: pzkDecisions.status }).from(pzkDecisions).where(eq(pzkDecisions.id, decisionId));
  return setDecisionStatus(a, { pzkId: pzkId(), decisionId, version: d.version, status: d.status === 'done' ? 'open' : 'done' });
}

async function attendance(a: Actor) {
  const r = await saveAttendance(a, { pzkId: pzkId(), meetingId: m.meetingId, present: [personRowId] });
  if (r.present !== 1) throw new Error(`present: ${r.present}, expected the one person marked`);
  return r;
}

let consultationMinute = 0;
const consultationInput = () => ({ pzkId: pzkId(), meetingId: m.meetingId, specialist: 'Psycholog PCPR', startsAt: `2027-05-10T12:${String(consultationMinute++ % 60).padStart(2, '0')}`, forWhom: 'Rodzice dzieci w wieku szkolnym' });

/** Deletes a consultation slot the GOPS animator has just added. */
async function removeConsultation(a: Actor) {
  const { id } = await addConsultation(m.s.gops, consultationInput());
  return deleteConsultation(a, { pzkId: pzkId(), consultationId: id });
}

async function minutes(a: Actor) {
  const [mt] = await getDb().select({ version: pzkMeetings.version }).from(pzkMeetings).where(eq(pzkMeetings.id, m.meetingId));
  return saveMinutes(a, { pzkId: pzkId(), meetingId: m.meetingId, version: mt.version, minutes: 'Omówiono plan pracy zespołu.', publish: false });
}

/** Accepts a person a GOPS animator has just proposed. */
async function acceptProposal(a: Actor) {
  const p = await addMember(m.s.gops, { pzkId: pzkId(), institutionId: '', name: 'Tomasz Proponowany', function: 'Terapeuta', teamRole: 'invited', email: '' });
  if (!p.proposed) throw new Error('the fixture proposal was added straight to the team');
  return acceptMember(a, { memberId: p.id, version: 1 });
}

/** Takes off the team a person the PCPR animator has just added. */
async function removePerson(a: Actor) {
  const p = await addMember(m.s.pcpr, { pzkId: pzkId(), institutionId: '', name: 'Zofia Odchodząca', function: 'Asystent rodziny', teamRole: 'invited', email: '' });
  return removeMember(a, { memberId: p.id, version: 1 });
}

/** Saves the presentation-table row of a signed institution of Janów's PZK. */
async function profile(a: Actor, institutionId: number) {
  const [p] = await getDb()
    .select({ version: pzkInstitutionProfiles.version })
    .from(pzkInstitutionProfiles)
    .where(and(eq(pzkInstitutionProfiles.pzkId, pzkId()), eq(pzkInstitutionProfiles.institutionId, institutionId)));
  return saveProfile(a, { pzkId: pzkId(), institutionId, version: p?.version ?? 0, scope: 'Pomoc psychologiczno-pedagogiczna', competences: 'Pedagog, psycholog', legalLimits: 'Tajemnica zawodowa', contactPerson: 'Maria Szkolna' });
}

/** The institutions Janów's team may add: the powiat's (its gminas' too) and the województwo's, no others. */
async function institutions(a: Actor) {
  const ids = new Set((await institutionOptions(a, pzkId())).map((i) => i.id));
  for (const [id, what] of [[m.school.id, 'a school of Janów'], [m.s.strangerMember.scope.institutionId!, 'an institution of Dąbrowa (same powiat)'], [regionalInstitutionId, 'an institution of the województwo']] as const) {
    if (!ids.has(id)) throw new Error(`misses ${what}`);
  }
  if (ids.has(choroszczInstitutionId)) throw new Error('offers an institution of another powiat');
  if (ids.has(foreignInstitutionId)) throw new Error('offers an institution of another województwo');
}

const BASE = 'https://kooperacja.example.pl';

async function ics(a: Actor) {
  const r = await meetingIcs(a, pzkId(), m.meetingId, BASE);
  if (!r.ics.includes(`pzk-meeting-${m.meetingId}@`)) throw new Error('the .ics holds another meeting');
  return r;
}

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  // A meeting's work: both animators run it; a member and ROPS read (FORBIDDEN); a guest is refused.
  { fn: 'lib/pzk/meetings.ts#saveAttendance', role: 'gops_animator', call: attendance, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#saveAttendance', role: 'pcpr_animator', call: attendance, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  // Kooperacje 3D: the network worker runs its own gmina's PZK as the PCPR animator runs the powiat's; nothing outside its gmina.
  { fn: 'lib/pzk/meetings.ts#saveAttendance', role: 'network_worker', call: attendance, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a network worker of Dąbrowa (same powiat) does not find Janów\'s PZK' },
  { fn: 'lib/pzk/meetings.ts#saveAttendance', role: 'pzk_member', call: attendance, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a member reads the meeting; the animators keep the attendance' },
  {
    fn: 'lib/pzk/meetings.ts#addDecision',
    role: 'gops_animator',
    call: (a) => addDecision(a, { pzkId: pzkId(), meetingId: m.meetingId, text: 'Uzgodnić terminy dyżurów', ownerMemberId: personRowId, dueOn: '2027-07-01' }),
    expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'),
  },
  {
    fn: 'lib/pzk/meetings.ts#addDecision',
    role: 'rops_adviser',
    call: (a) => addDecision(a, { pzkId: pzkId(), meetingId: m.meetingId, text: 'Uzgodnić terminy dyżurów', ownerMemberId: personRowId, dueOn: '2027-07-01' }),
    expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'),
    note: 'ROPS observes the PZK; it records nothing in it',
  },
  // A decision's status: the animators, or the member who owns it (linked to their account).
  { fn: 'lib/pzk/meetings.ts#setDecisionStatus', role: 'gops_animator', call: (a) => toggleDecision(a, otherDecisionId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#setDecisionStatus', role: 'pzk_member', call: (a) => toggleDecision(a, ownedDecisionId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: the member owns this decision' },
  { fn: 'lib/pzk/meetings.ts#setDecisionStatus', role: 'pzk_member', call: (a) => toggleDecision(a, otherDecisionId), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'someone else\'s decision' },
  { fn: 'lib/pzk/meetings.ts#setDecisionStatus', role: 'rops_adviser', call: (a) => toggleDecision(a, otherDecisionId), expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#addConsultation', role: 'gops_animator', call: (a) => addConsultation(a, consultationInput()), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#addConsultation', role: 'pzk_member', call: (a) => addConsultation(a, consultationInput()), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#deleteConsultation', role: 'pcpr_animator', call: removeConsultation, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#deleteConsultation', role: 'rops_adviser', call: removeConsultation, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#saveMinutes', role: 'gops_animator', call: minutes, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#saveMinutes', role: 'pzk_member', call: minutes, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#meetingIcs', role: 'pzk_member', call: ics, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/meetings.ts#meetingIcs', role: 'rops_adviser', call: ics, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS reads what members read' },
  { fn: 'lib/pzk/meetings.ts#minutesPdf', role: 'gops_animator', call: (a) => minutesPdf(a, pzkId(), m.meetingId), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },

  // The team's composition: the PCPR animator decides; everyone else (GOPS, ROPS) is refused.
  { fn: 'lib/pzk/members.ts#acceptMember', role: 'pcpr_animator', call: acceptProposal, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#acceptMember', role: 'network_worker', call: acceptProposal, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'the network worker composes its gmina\'s PZK (pzk.manage)' },
  { fn: 'lib/pzk/members.ts#acceptMember', role: 'gops_animator', call: acceptProposal, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a GOPS animator proposes; the PCPR animator accepts' },
  { fn: 'lib/pzk/members.ts#removeMember', role: 'pcpr_animator', call: removePerson, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#removeMember', role: 'network_worker', call: removePerson, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#removeMember', role: 'rops_adviser', call: removePerson, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  // The presentation table: an institution describes itself; the PCPR animator may fill a row in for it.
  { fn: 'lib/pzk/members.ts#saveProfile', role: 'pzk_member', call: (a) => profile(a, m.s.member.scope.institutionId!), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'inside: its own institution\'s row' },
  { fn: 'lib/pzk/members.ts#saveProfile', role: 'pzk_member', call: (a) => profile(a, m.s.outsider.scope.institutionId!), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'another signed institution\'s row' },
  { fn: 'lib/pzk/members.ts#saveProfile', role: 'pcpr_animator', call: (a) => profile(a, m.s.member.scope.institutionId!), expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#saveProfile', role: 'gops_animator', call: (a) => profile(a, m.s.member.scope.institutionId!), expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#institutionOptions', role: 'gops_animator', call: institutions, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/members.ts#institutionOptions', role: 'pzk_member', call: institutions, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a member proposes people, so it picks from the same list' },

  // The work plan is a members' page.
  { fn: 'lib/pzk/pdf.tsx#workPlanPdf', role: 'gops_animator', call: (a) => workPlanPdf(a, pzkId()), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pzk/pdf.tsx#workPlanPdf', role: 'rops_adviser', call: (a) => workPlanPdf(a, pzkId()), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
];

export default { setup, rows } satisfies RowModule;
