import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import {
  caseConsents,
  caseDiagnoses,
  caseEvaluations,
  caseMonitoring,
  caseQualifications,
  caseReferrals,
  cases,
  caseSessions,
  caseTeam,
  institutions,
  ipps,
  pzkMeetings,
  pzkMembers,
  users,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { AREAS } from '@/lib/services/vocabulary';
import { caseAccess, openCase, type OpenedCase } from './access';
import {
  CASE_KINDS,
  CASE_STATUSES,
  CONSENT_FORMS,
  CONSENT_KINDS,
  DIAGNOSIS_TOOLS,
  EVALUATION_OUTCOMES,
  NOT_REACHED_PATHS,
  PZK_ATTENDANCE,
  QUALIFICATION_CRITERIA,
  SESSION_KINDS,
  TASK_STATUS_LABELS,
} from './vocabulary';
import { householdOf } from './household';
import { attachmentsForExport } from './attachments';
import { teamWorkForExport } from './team-work';
import { zzkForExport } from './zzk';
import { clock } from '@/lib/clock';
import { polishOrder } from '@/lib/polish-order';

/*
 * The whole case as JSON, for the family's right of access (RODO art. 15: a copy of the data):
 * the household with full PESEL, consents, referral, qualification, diagnosis, every IPP with its
 * goals, tasks and contract, the monitoring meetings, sessions and the evaluation. Stored keys come
 * with their Polish labels; staff are named, never identified by internal ids. Only the case's
 * writers (key worker, animators) export; every export is written to the audit log
 * (case.exported) by openCase.
 */

export const EXPORT_FORMAT = 'kooperacja/konto-osoby-rodziny';
export const EXPORT_FORMAT_VERSION = 1;

const label = (labels: Record<string, string>, key: string | null | undefined) => (key == null ? null : (labels[key] ?? key));

export interface CaseExport {
  filename: string;
  data: Record<string, unknown>;
}

/** The case's data as a JSON-ready object and its file name ("sprawa-R-2027-0001.json"). */
export async function exportCase(actor: Actor, caseId: number, now = clock.now()): Promise<CaseExport> {
  const db = getDb();
  // Refuse before openCase, so the audit log's "case.exported" means an export was handed out.
  const [place] = await db.select({ id: cases.id, voivodeshipId: cases.voivodeshipId, powiatId: cases.powiatId, gminaId: cases.gminaId, keyWorkerId: cases.keyWorkerId }).from(cases).where(eq(cases.id, caseId));
  if (!place) throw notFoundError('Nie znaleziono sprawy.');
  const access = await caseAccess(db, actor, place);
  if (!access) throw refusedError('case', caseId, place.voivodeshipId, 'Nie znaleziono sprawy.');
  if (access !== 'write') throw refusedChange('case', caseId, place.voivodeshipId, 'Eksport danych sprawy (prawo dostępu, art. 15 RODO) przygotowuje pracownik kluczowy lub animator.');
  const c = await openCase(actor, caseId, 'eksport');
  return { filename: exportFilename(c), data: await caseExportData(db, c, actor.name, now) };
}

/** "sprawa-R-2027-0001.json". */
export const exportFilename = (c: Pick<OpenedCase, 'number'>) => `sprawa-${c.number.replace(/\//g, '-')}.json`;

/** The case as the export names it (an opened case has all of it). */
export type ExportedCase = Pick<
  OpenedCase,
  'id' | 'number' | 'kind' | 'status' | 'pzkName' | 'gminaName' | 'powiatName' | 'keyWorkerName' | 'createdAt' | 'qualifiedOn' | 'extensionUntil' | 'extensionReason' | 'endAnnouncedOn' | 'closedOn' | 'closedReason'
>;

/**
 * The export's content, without any gate or audit: the caller has authorized and audited it —
 * exportCase (the case's writers, through openCase) or a data-subject request of kind "access"
 * (lib/rodo/access-summary.tsx, the ROPS administrator).
 */
export async function caseExportData(db: DbOrTx, c: ExportedCase, exportedBy: string, now: Date): Promise<Record<string, unknown>> {
  const caseId = c.id;
  const [members, consents, team, [referral], [qualification], [diagnosis], ippRows, monitoring, sessions, [evaluation]] = await Promise.all([
    householdOf(db, caseId),
    db.select().from(caseConsents).where(eq(caseConsents.caseId, caseId)).orderBy(asc(caseConsents.givenOn), asc(caseConsents.id)),
    db
      .select({ name: pzkMembers.name, function: pzkMembers.function, institutionName: institutions.name, addedAt: caseTeam.addedAt })
      .from(caseTeam)
      .innerJoin(pzkMembers, eq(pzkMembers.id, caseTeam.pzkMemberId))
      .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(eq(caseTeam.caseId, caseId))
      .orderBy(polishOrder(pzkMembers.name)),
    db.select().from(caseReferrals).where(eq(caseReferrals.caseId, caseId)),
    db.select().from(caseQualifications).where(eq(caseQualifications.caseId, caseId)),
    db.select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId)),
    db.select().from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence)),
    db.select().from(caseMonitoring).where(eq(caseMonitoring.caseId, caseId)).orderBy(asc(caseMonitoring.heldOn), asc(caseMonitoring.id)),
    db.select().from(caseSessions).where(eq(caseSessions.caseId, caseId)).orderBy(asc(caseSessions.heldOn), asc(caseSessions.id)),
    db.select().from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId)),
  ]);

  // Staff and meetings named, not identified by internal ids.
  const staffIds = [
    ...consents.map((x) => x.recordedBy),
    referral?.updatedBy,
    qualification?.decidedBy,
    diagnosis?.updatedBy,
    ...ippRows.map((x) => x.updatedBy),
    ...sessions.map((x) => x.recordedBy),
    evaluation?.evaluatedBy,
  ].filter((x): x is string => !!x);
  const meetingIds = [referral?.meetingId, qualification?.meetingId, ...ippRows.map((x) => x.acceptedMeetingId), ...sessions.map((x) => x.meetingId)].filter((x): x is number => x != null);
  const [staff, meetings, handover] = await Promise.all([
    staffIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(staffIds)])) : Promise.resolve([]),
    meetingIds.length ? db.select({ id: pzkMeetings.id, startsAt: pzkMeetings.startsAt }).from(pzkMeetings).where(inArray(pzkMeetings.id, [...new Set(meetingIds)])) : Promise.resolve([]),
    evaluation?.handoverInstitutionId && !evaluation.handoverInstitutionName
      ? db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, evaluation.handoverInstitutionId)).then((r) => r[0]?.name ?? null)
      : Promise.resolve(evaluation?.handoverInstitutionName ?? null),
  ]);
  const who = (id: string | null | undefined) => (id ? (staff.find((u) => u.id === id)?.name ?? null) : null);
  const meeting = (id: number | null | undefined) => (id ? (meetings.find((m) => m.id === id)?.startsAt.toISOString() ?? null) : null);
  const person = (memberId: number | null) => {
    if (memberId === null) return 'Cała rodzina';
    const m = members.find((x) => x.id === memberId);
    return m ? `${m.firstName} ${m.lastName}` : null;
  };
  const goals = new Map(ippRows.flatMap((i) => i.goals.map((g) => [g.key, g] as const)));
  const tasks = new Map(ippRows.flatMap((i) => i.goals.flatMap((g) => g.tasks.map((t) => [t.key, t] as const))));
  const sequenceOf = (ippId: number | null) => ippRows.find((i) => i.id === ippId)?.sequence ?? null;

  const data = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
    legalBasis: 'Art. 15 RODO — prawo dostępu osoby, której dane dotyczą, do jej danych osobowych (kopia danych). Dane szczególnie chronione (art. 9 RODO): przekaż je wyłącznie osobom, których dotyczą.',
    case: {
      number: c.number,
      kind: c.kind,
      kindLabel: CASE_KINDS[c.kind],
      status: c.status,
      statusLabel: CASE_STATUSES[c.status],
      pzk: c.pzkName,
      gmina: c.gminaName,
      powiat: c.powiatName,
      keyWorker: c.keyWorkerName,
      openedAt: c.createdAt.toISOString(),
      qualifiedOn: c.qualifiedOn,
      extensionUntil: c.extensionUntil,
      extensionReason: c.extensionReason,
      endAnnouncedOn: c.endAnnouncedOn,
      closedOn: c.closedOn,
      closedReason: c.closedReason,
    },
    household: members.map((m) => ({ firstName: m.firstName, lastName: m.lastName, birthYear: m.birthYear, relation: m.relation, pesel: m.pesel, notes: m.notes })),
    team: team.map((t) => ({ name: t.name, function: t.function, institution: t.institutionName, addedAt: t.addedAt.toISOString() })),
    consents: consents.map((x) => ({
      kind: x.kind,
      kindLabel: CONSENT_KINDS[x.kind],
      givenOn: x.givenOn,
      form: x.form,
      formLabel: CONSENT_FORMS[x.form],
      givenBy: x.givenBy,
      institutions: x.institutions,
      withdrawnOn: x.withdrawnOn,
      withdrawnNote: x.withdrawnNote,
      recordedBy: who(x.recordedBy),
      recordedAt: x.recordedAt.toISOString(),
    })),
    referral: referral
      ? {
          referringInstitution: referral.referringInstitutionName,
          referrer: referral.referrerName,
          referredOn: referral.referredOn,
          situation: referral.situation,
          reasons: referral.reasons,
          expectations: referral.expectations,
          expectedFrom: referral.expectedFrom,
          presentedAtPzkMeeting: meeting(referral.meetingId),
          version: referral.version,
          updatedBy: who(referral.updatedBy),
          updatedAt: referral.updatedAt.toISOString(),
        }
      : null,
    qualification: qualification
      ? {
          decision: qualification.decision,
          decisionLabel: qualification.decision === 'qualified' ? 'zakwalifikowano do współpracy' : 'nie zakwalifikowano',
          decidedOn: qualification.decidedOn,
          criteria: qualification.criteria.map((k) => label(QUALIFICATION_CRITERIA, k)),
          opinions: qualification.opinions.map((o) => ({ institution: o.institutionName, reason: o.reason })),
          welfareVerifiedOn: qualification.welfareVerifiedOn,
          pcprConsultedOn: qualification.pcprConsultedOn,
          refusalReason: qualification.refusalReason,
          pzkMeeting: meeting(qualification.meetingId),
          decidedBy: who(qualification.decidedBy),
        }
      : null,
    diagnosis: diagnosis
      ? {
          diagnosedOn: diagnosis.diagnosedOn,
          causes: diagnosis.causes,
          strengths: diagnosis.strengths,
          weaknesses: diagnosis.weaknesses,
          resources: diagnosis.resources,
          deficits: diagnosis.deficits,
          familyExpectations: diagnosis.familyExpectations,
          institutionExpectations: diagnosis.institutionExpectations,
          swot: { strengths: diagnosis.swotStrengths, weaknesses: diagnosis.swotWeaknesses, opportunities: diagnosis.swotOpportunities, threats: diagnosis.swotThreats },
          tools: diagnosis.tools.map((k) => label(DIAGNOSIS_TOOLS, k)),
          toolsOther: diagnosis.toolsOther,
          version: diagnosis.version,
          updatedBy: who(diagnosis.updatedBy),
          updatedAt: diagnosis.updatedAt.toISOString(),
        }
      : null,
    ipps: ippRows.map((i) => ({
      sequence: i.sequence,
      startsOn: i.startsOn,
      endsOn: i.endsOn,
      pzkAttendance: i.pzkAttendance,
      pzkAttendanceLabel: PZK_ATTENDANCE[i.pzkAttendance],
      acceptedOn: i.acceptedOn,
      acceptedAtPzkMeeting: meeting(i.acceptedMeetingId),
      membersWithoutOwnGoal: (i.memberReasons ?? []).map((r) => ({ person: person(r.memberId), reason: r.reason })),
      goals: i.goals.map((g) => ({
        key: g.key,
        person: person(g.memberId),
        area: label(AREAS, g.area),
        title: g.title,
        expectedEffect: g.expectedEffect,
        baseline: g.baseline,
        target: g.target,
        tasks: g.tasks.map((t) => ({ key: t.key, description: t.description, institution: t.institutionName, person: t.person, dueOn: t.dueOn })),
      })),
      contract: i.contract,
      version: i.version,
      updatedBy: who(i.updatedBy),
      updatedAt: i.updatedAt.toISOString(),
    })),
    monitoring: monitoring.map((m) => ({
      heldOn: m.heldOn,
      ippSequence: sequenceOf(m.ippId),
      scales: Object.entries(m.scales).map(([key, value]) => ({ goalKey: key, goal: goals.get(key)?.title ?? null, scale: value })),
      satisfaction: m.satisfaction,
      tasks: Object.entries(m.taskStatuses).map(([key, status]) => ({ taskKey: key, task: tasks.get(key)?.description ?? null, status, statusLabel: TASK_STATUS_LABELS[status] ?? status })),
      notes: m.notes,
      recordedBy: m.recordedByName,
      recordedAt: m.createdAt.toISOString(),
    })),
    sessions: sessions.map((x) => ({
      kind: x.kind,
      kindLabel: SESSION_KINDS[x.kind],
      heldOn: x.heldOn,
      ippSequence: sequenceOf(x.ippId),
      pzkMeeting: meeting(x.meetingId),
      participants: x.participants,
      notes: x.notes,
      recordedBy: who(x.recordedBy),
    })),
    // Akta sprawy: what each paper is, its date, file name, size and SHA-256 — never the bytes.
    attachments: await attachmentsForExport(db, caseId),
    // The team's work (issue 15): reports on the IPP tasks and the dziennik współpracy.
    ...(await teamWorkForExport(db, caseId)),
    // The case team's (ZZK) meetings and their decisions (issue 17).
    ...(await zzkForExport(db, caseId)),
    evaluation: evaluation
      ? {
          evaluatedOn: evaluation.evaluatedOn,
          outcome: evaluation.outcome,
          outcomeLabel: EVALUATION_OUTCOMES[evaluation.outcome],
          results: Object.entries(evaluation.results).map(([key, value]) => ({ goalKey: key, goal: goals.get(key)?.title ?? null, scale: value })),
          summary: evaluation.summary,
          afterCare: evaluation.afterCare,
          notReachedPath: evaluation.notReachedPath,
          notReachedPathLabel: label(NOT_REACHED_PATHS, evaluation.notReachedPath),
          handoverInstitution: handover,
          handoverWhat: evaluation.handoverWhat,
          inviteAsFamilyExpert: evaluation.inviteAsFamilyExpert,
          version: evaluation.version,
          evaluatedBy: who(evaluation.evaluatedBy),
        }
      : null,
  };
  return data;
}
