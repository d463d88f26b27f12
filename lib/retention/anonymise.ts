import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  caseAttachments,
  caseConsents,
  caseDiagnoses,
  caseEvaluations,
  caseJournal,
  zzkDecisions,
  zzkMeetings,
  caseMembers,
  caseMonitoring,
  caseQualifications,
  caseReferrals,
  caseReminders,
  cases,
  caseSessions,
  files,
  ipps,
  ippTasks,
  ippTaskUpdates,
} from '@/db/schema';
import { audit } from '@/lib/audit';
import { clock } from '@/lib/clock';
import { notFoundError } from '@/lib/errors';
import {
  ageBand,
  ageBandYear,
  anonymiseAfterCare,
  anonymiseContract,
  anonymiseExpectations,
  anonymiseGivenBy,
  anonymiseGoals,
  anonymiseMemberReasons,
  ZZK_DECISION_LABEL,
  anonymiseOpinions,
  blankNullable,
  neutralName,
  reasonKind,
  taskLabels,
} from './anonymise-rules';

/*
 * Anonymisation of one case (issue 16, item 1): run for the cases of an approved destruction batch
 * (lib/retention/) and for an erasure request that is due (lib/rodo/). The mapping is in
 * anonymise-rules.ts. What goes and what stays, table by table:
 *
 *  - case_members: names → "Osoba 1", "Osoba 2"… (household order), PESEL and birth year gone (the
 *    age band at the year of closing kept), notes gone; relation words kept.
 *  - case_referrals: the referrer's name and the four texts gone; the referring institution and date kept.
 *  - case_consents: who gave it → the member's label or nothing, the withdrawal note gone; kind,
 *    form, dates and the named institutions kept.
 *  - case_qualifications: opinions' reasons and the refusal reason gone; decision, dates, criteria kept.
 *  - case_diagnoses: every text and the institutions' expectations gone; the tools and date kept.
 *  - ipps: goal titles → "Cel 1", task descriptions → "Zadanie 1.1", expected effects, persons,
 *    members' reasons and the contract's texts gone; keys, members, areas, baselines, targets,
 *    institutions, due dates and dates kept. ipp_tasks follow (label, note gone); ipp_task_updates'
 *    notes gone (statuses and dates kept).
 *  - zzk_meetings' summary and other participants, zzk_decisions' text (→ "Ustalenie"): gone.
 *  - case_monitoring notes, case_sessions participants and notes, case_journal participants and
 *    notes: gone; dates, kinds, scales and statuses kept.
 *  - case_evaluations: summary, hand-over text, first-aid kit and family expert's name gone;
 *    outcome, results, dates and the after-care period kept.
 *  - case_attachments: deleted with their files (the bytes).
 *  - cases: the closing and extension reasons gone; anonymised_at/reason set; open reminders resolved.
 * Employees' names (recorded_by_name, author_name…) are not the family's data and stay, as do the
 * case's prints register, access purposes, legal holds and restrictions (records of the processing).
 * The e-mails and digests the application writes about a case carry its number and a link only.
 */

/**
 * Anonymises one case inside the caller's transaction: personal data gone, everything the
 * evaluation counts kept. The caller authorizes and has checked there is no legal hold; a case
 * already anonymised is left as it is. Writes the 'case.anonymised' audit entry (the reason's kind only).
 */
export async function anonymiseCase(tx: DbOrTx, caseId: number, reason: string): Promise<void> {
  const [c] = await tx
    .select({ id: cases.id, voivodeshipId: cases.voivodeshipId, closedOn: cases.closedOn, anonymisedAt: cases.anonymisedAt })
    .from(cases)
    .where(eq(cases.id, caseId))
    .for('update');
  if (!c) throw notFoundError('Nie znaleziono sprawy.');
  if (c.anonymisedAt) return;
  const now = clock.now();
  const atYear = ageBandYear(c.closedOn, clock.year());

  // The household: neutral labels by position, the age band instead of the birth year.
  const members = await tx
    .select({ id: caseMembers.id, firstName: caseMembers.firstName, lastName: caseMembers.lastName, birthYear: caseMembers.birthYear, ageBand: caseMembers.ageBand, version: caseMembers.version })
    .from(caseMembers)
    .where(eq(caseMembers.caseId, caseId))
    .orderBy(asc(caseMembers.position), asc(caseMembers.id));
  // Consents name a member by name: read before the names go.
  const consents = await tx.select({ id: caseConsents.id, givenBy: caseConsents.givenBy, withdrawnNote: caseConsents.withdrawnNote }).from(caseConsents).where(eq(caseConsents.caseId, caseId));
  for (const [i, m] of members.entries()) {
    await tx
      .update(caseMembers)
      .set({ ...neutralName(i), birthYear: null, ageBand: m.birthYear == null ? m.ageBand : ageBand(m.birthYear, atYear), pesel: null, notes: '', version: m.version + 1 })
      .where(eq(caseMembers.id, m.id));
  }
  for (const k of consents) {
    await tx
      .update(caseConsents)
      .set({ givenBy: anonymiseGivenBy(k.givenBy, members), withdrawnNote: blankNullable(k.withdrawnNote) })
      .where(eq(caseConsents.id, k.id));
  }

  const [referral] = await tx.select({ version: caseReferrals.version }).from(caseReferrals).where(eq(caseReferrals.caseId, caseId));
  if (referral) {
    await tx
      .update(caseReferrals)
      .set({ referrerName: '', situation: '', reasons: '', expectations: '', expectedFrom: '', version: referral.version + 1 })
      .where(eq(caseReferrals.caseId, caseId));
  }

  const [qualification] = await tx.select({ opinions: caseQualifications.opinions, refusalReason: caseQualifications.refusalReason }).from(caseQualifications).where(eq(caseQualifications.caseId, caseId));
  if (qualification) {
    await tx
      .update(caseQualifications)
      .set({ opinions: anonymiseOpinions(qualification.opinions), refusalReason: blankNullable(qualification.refusalReason) })
      .where(eq(caseQualifications.caseId, caseId));
  }

  const [diagnosis] = await tx.select({ institutionExpectations: caseDiagnoses.institutionExpectations, version: caseDiagnoses.version }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId));
  if (diagnosis) {
    await tx
      .update(caseDiagnoses)
      .set({
        causes: '',
        strengths: '',
        weaknesses: '',
        resources: '',
        deficits: '',
        familyExpectations: '',
        institutionExpectations: anonymiseExpectations(diagnosis.institutionExpectations),
        swotStrengths: '',
        swotWeaknesses: '',
        swotOpportunities: '',
        swotThreats: '',
        toolsOther: '',
        version: diagnosis.version + 1,
      })
      .where(eq(caseDiagnoses.caseId, caseId));
  }

  const ippRows = await tx.select({ id: ipps.id, goals: ipps.goals, memberReasons: ipps.memberReasons, contract: ipps.contract, version: ipps.version }).from(ipps).where(eq(ipps.caseId, caseId));
  for (const p of ippRows) {
    await tx
      .update(ipps)
      .set({ goals: anonymiseGoals(p.goals), memberReasons: anonymiseMemberReasons(p.memberReasons), contract: anonymiseContract(p.contract), version: p.version + 1 })
      .where(eq(ipps.id, p.id));
    const labels = taskLabels(p.goals);
    const rows = await tx.select({ taskKey: ippTasks.taskKey, version: ippTasks.version }).from(ippTasks).where(eq(ippTasks.ippId, p.id));
    for (const t of rows) {
      await tx
        .update(ippTasks)
        .set({ description: labels.get(t.taskKey) ?? '', note: '', version: t.version + 1 })
        .where(and(eq(ippTasks.ippId, p.id), eq(ippTasks.taskKey, t.taskKey)));
    }
  }
  // Rows of tasks no longer in any IPP's goals (none expected; kept in step by every IPP save).
  await tx.update(ippTasks).set({ note: '' }).where(eq(ippTasks.caseId, caseId));
  await tx.update(ippTaskUpdates).set({ note: '' }).where(eq(ippTaskUpdates.caseId, caseId));

  await tx.update(caseMonitoring).set({ notes: '' }).where(eq(caseMonitoring.caseId, caseId));
  await tx.update(caseSessions).set({ participants: '', notes: '' }).where(eq(caseSessions.caseId, caseId));
  await tx.update(caseJournal).set({ participants: '', note: '' }).where(eq(caseJournal.caseId, caseId));
  // The case team's (ZZK) meetings: dates, family presence, who of the team and decisions' owners, due dates and statuses kept.
  await tx.update(zzkMeetings).set({ otherParticipants: '', summary: '' }).where(eq(zzkMeetings.caseId, caseId));
  await tx.update(zzkDecisions).set({ text: ZZK_DECISION_LABEL }).where(eq(zzkDecisions.caseId, caseId));

  const [evaluation] = await tx.select({ afterCare: caseEvaluations.afterCare, handoverWhat: caseEvaluations.handoverWhat, version: caseEvaluations.version }).from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId));
  if (evaluation) {
    await tx
      .update(caseEvaluations)
      .set({ summary: '', afterCare: anonymiseAfterCare(evaluation.afterCare), handoverWhat: blankNullable(evaluation.handoverWhat), version: evaluation.version + 1 })
      .where(eq(caseEvaluations.caseId, caseId));
  }

  // The case's files: the rows and the bytes.
  const attached = await tx.delete(caseAttachments).where(eq(caseAttachments.caseId, caseId)).returning({ fileId: caseAttachments.fileId });
  if (attached.length) await tx.delete(files).where(inArray(files.id, [...new Set(attached.map((a) => a.fileId))]));

  await tx.update(caseReminders).set({ resolvedAt: now }).where(and(eq(caseReminders.caseId, caseId), isNull(caseReminders.resolvedAt)));

  const [cur] = await tx.select({ closedReason: cases.closedReason, extensionReason: cases.extensionReason, version: cases.version }).from(cases).where(eq(cases.id, caseId));
  await tx
    .update(cases)
    .set({
      closedReason: blankNullable(cur.closedReason),
      extensionReason: blankNullable(cur.extensionReason),
      anonymisedAt: now,
      anonymisedReason: reason.slice(0, 300),
      version: cur.version + 1,
      updatedAt: now,
    })
    .where(eq(cases.id, caseId));

  await audit(tx, null, { action: 'case.anonymised', entityType: 'case', entityId: caseId, voivodeshipId: c.voivodeshipId, details: { reasonKind: reasonKind(reason) } });
}
