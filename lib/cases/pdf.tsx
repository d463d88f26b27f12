import 'server-only';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseDiagnoses, caseEvaluations, caseReferrals, cases, caseSessions, gminas, institutions, ipps, powiats, pzkMeetings, users, type IppGoal } from '@/db/schema';
import type { CasePdfMember, CasePdfMeta } from '@/components/pdf/case/common';
import { memberName } from '@/components/pdf/case/common';
import { ContractPdf } from '@/components/pdf/case/ContractPdf';
import { CongratulationsPdf } from '@/components/pdf/case/CongratulationsPdf';
import { DiagnosisPdf } from '@/components/pdf/case/DiagnosisPdf';
import { EvaluationPdf, goalReached, type EvaluationPdfGoal } from '@/components/pdf/case/EvaluationPdf';
import { HOUSEHOLD_GROUP, IppPdf, memberLabel, type IppPdfGoalGroup } from '@/components/pdf/case/IppPdf';
import { KartaOczekiwanPdf } from '@/components/pdf/case/KartaOczekiwanPdf';
import type { Actor } from '@/lib/auth/actor';
import { AppError, notFoundError } from '@/lib/errors';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { pzkName } from '@/lib/pzk/pzk';
import { MEETING_KINDS } from '@/lib/pzk/meeting-schemas';
import { AREAS } from '@/lib/services/vocabulary';
import { formatDate, formatDateTime } from '@/lib/text';
import { maskPesel } from '@/lib/validation/fields';
import { openCase, type OpenedCase, type OpenedKind } from './access';
import { swotItems, workshopNote } from './diagnosis-schemas';
import { VISIT_INTERVALS } from './evaluation-schemas';
import { CASE_PRINT_KINDS, printCode, type CasePrintKind } from './prints';
import { CASE_KINDS, DIAGNOSIS_TOOLS, EVALUATION_OUTCOMES, NOT_REACHED_PATHS, PZK_ATTENDANCE } from './vocabulary';
import { householdOf } from './household';
import { clock } from '@/lib/clock';

/*
 * The case documents as PDFs: karta oczekiwań, diagnoza, IPP, kontrakt, ewaluacja końcowa and the
 * list gratulacyjny. Each public function opens the case first (openCase: strangers refused, the
 * print written to the audit log as case.printed), then loads the record and prints it marked
 * "Dane wrażliwe — poufne", with the case number and the record version's verification code on
 * every page (lib/cases/prints.ts). PESEL is always masked on paper.
 */

/** What openCase records for each print (the audit log's `what`). */
export const PRINT_WHAT: Record<CasePrintKind, OpenedKind> = {
  referral: 'pdf:karta',
  diagnosis: 'pdf:diagnoza',
  ipp: 'pdf:ipp',
  contract: 'pdf:kontrakt',
  evaluation: 'pdf:ewaluacja',
  congratulations: 'pdf:list-gratulacyjny',
  qualification: 'pdf:decyzja-kwalifikacja',
};

/** The case as the documents need it (an opened case has all of it). */
type PrintedCase = Pick<OpenedCase, 'id' | 'number' | 'kind' | 'qualifiedOn' | 'keyWorkerId' | 'keyWorkerName' | 'gminaName' | 'powiatName' | 'pzkName'>;

interface Printing {
  db: DbOrTx;
  c: PrintedCase;
  printedBy: string;
  now: Date;
}

const fileName = (prefix: string, c: Pick<PrintedCase, 'number'>) => `${prefix}-${c.number.replace(/\//g, '-')}.pdf`;
const areaLabel = (key: string) => (AREAS as Record<string, string>)[key] ?? key;

async function meta(p: Printing, kind: CasePrintKind, recordId: number, recordVersion: number): Promise<CasePdfMeta> {
  const [code, [worker]] = await Promise.all([
    printCode(p.db, { caseId: p.c.id, kind, recordId, recordVersion }),
    p.db.select({ institution: institutions.name }).from(users).leftJoin(institutions, eq(institutions.id, users.institutionId)).where(eq(users.id, p.c.keyWorkerId)),
  ]);
  return {
    caseNumber: p.c.number,
    caseKind: p.c.kind,
    caseKindLabel: CASE_KINDS[p.c.kind],
    pzkName: p.c.pzkName,
    gminaName: p.c.gminaName,
    powiatName: p.c.powiatName,
    keyWorkerName: p.c.keyWorkerName,
    keyWorkerInstitution: worker?.institution ?? null,
    verificationCode: code,
    printedAt: formatDateTime(p.now),
    printedBy: p.printedBy,
  };
}

async function household(db: DbOrTx, caseId: number): Promise<CasePdfMember[]> {
  const rows = await householdOf(db, caseId);
  return rows.map((m) => ({ id: m.id, firstName: m.firstName, lastName: m.lastName, birthYear: m.birthYear, relation: m.relation, pesel: m.pesel ? maskPesel(m.pesel) : null }));
}

/** "spotkanie comiesięczne, 14.01.2027, 10:00". */
async function meetingLabel(db: DbOrTx, meetingId: number | null): Promise<string | null> {
  if (!meetingId) return null;
  const [m] = await db.select({ kind: pzkMeetings.kind, startsAt: pzkMeetings.startsAt }).from(pzkMeetings).where(eq(pzkMeetings.id, meetingId));
  return m ? `${MEETING_KINDS[m.kind]}, ${formatDateTime(m.startsAt)}` : null;
}

/** The IPP's goals: the household's own first (cel rodzinny), then per member (in household order); goals of a removed person last. */
function goalGroups(goals: IppGoal[], members: CasePdfMember[]): IppPdfGoalGroup[] {
  const toPdf = (g: IppGoal) => ({
    key: g.key,
    area: areaLabel(g.area),
    title: g.title,
    expectedEffect: g.expectedEffect,
    baseline: g.baseline,
    target: g.target,
    tasks: g.tasks.map((t) => ({ description: t.description, institutionName: t.institutionName, person: t.person, dueOn: t.dueOn })),
  });
  const groups: IppPdfGoalGroup[] = [
    { member: null, household: true, goals: goals.filter((g) => g.memberId === null).map(toPdf) },
    ...members.map((m) => ({ member: m, goals: goals.filter((g) => g.memberId === m.id).map(toPdf) })),
  ];
  const orphans = goals.filter((g) => g.memberId !== null && !members.some((m) => m.id === g.memberId));
  if (orphans.length) groups.push({ member: null, goals: orphans.map(toPdf) });
  return groups.filter((g) => g.goals.length > 0);
}

async function referralDoc(p: Printing): Promise<PdfFile> {
  const [r] = await p.db.select().from(caseReferrals).where(eq(caseReferrals.caseId, p.c.id));
  if (!r) throw notFoundError('Karta oczekiwań nie została zapisana.');
  const [m, members, meeting] = await Promise.all([meta(p, 'referral', p.c.id, r.version), household(p.db, p.c.id), meetingLabel(p.db, r.meetingId)]);
  const pdf = await renderPdf(<KartaOczekiwanPdf data={{ meta: m, members, referral: r, meeting }} />);
  return { pdf, filename: fileName('karta-oczekiwan', p.c) };
}

async function diagnosisDoc(p: Printing): Promise<PdfFile> {
  const [d] = await p.db.select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, p.c.id));
  if (!d) throw notFoundError('Diagnoza nie została jeszcze zapisana.');
  const [m, members, [workshops]] = await Promise.all([
    meta(p, 'diagnosis', p.c.id, d.version),
    household(p.db, p.c.id),
    p.db.select({ n: sql<number>`count(*)::int` }).from(caseSessions).where(and(eq(caseSessions.caseId, p.c.id), eq(caseSessions.kind, 'workshop'))),
  ]);
  const tools = [...d.tools.map((t) => (DIAGNOSIS_TOOLS as Record<string, string>)[t] ?? t), ...(d.toolsOther.trim() ? [d.toolsOther.trim()] : [])];
  const pdf = await renderPdf(
    <DiagnosisPdf
      data={{
        meta: m,
        members,
        diagnosis: { ...d, diagnosedOn: formatDate(d.diagnosedOn), updatedAt: formatDateTime(d.updatedAt) },
        swot: { strengths: swotItems(d.swotStrengths), weaknesses: swotItems(d.swotWeaknesses), opportunities: swotItems(d.swotOpportunities), threats: swotItems(d.swotThreats) },
        tools,
        workshops: workshopNote(workshops?.n ?? 0).text,
      }}
    />,
  );
  return { pdf, filename: fileName('diagnoza', p.c) };
}

async function loadIpp(db: DbOrTx, caseId: number, ippId: number) {
  const [ipp] = await db.select().from(ipps).where(and(eq(ipps.id, ippId), eq(ipps.caseId, caseId)));
  if (!ipp) throw notFoundError('Nie znaleziono programu (IPP).');
  return ipp;
}

async function ippDoc(p: Printing, ippId: number): Promise<PdfFile> {
  const ipp = await loadIpp(p.db, p.c.id, ippId);
  const [m, members, acceptedMeeting] = await Promise.all([meta(p, 'ipp', ipp.id, ipp.version), household(p.db, p.c.id), meetingLabel(p.db, ipp.acceptedMeetingId)]);
  const pdf = await renderPdf(
    <IppPdf
      data={{
        meta: m,
        members,
        ipp: { sequence: ipp.sequence, startsOn: ipp.startsOn, endsOn: ipp.endsOn, attendance: PZK_ATTENDANCE[ipp.pzkAttendance], acceptedOn: ipp.acceptedOn, acceptedMeeting, version: ipp.version },
        groups: goalGroups(ipp.goals, members),
        reasons: ipp.memberReasons.flatMap((r) => members.filter((x) => x.id === r.memberId).map((member) => ({ member, reason: r.reason }))),
      }}
    />,
  );
  return { pdf, filename: fileName(`ipp-${ipp.sequence}`, p.c) };
}

async function contractDoc(p: Printing, ippId: number): Promise<PdfFile> {
  const ipp = await loadIpp(p.db, p.c.id, ippId);
  if (!ipp.contract) throw notFoundError('Do tego programu (IPP) nie zawarto jeszcze kontraktu.');
  const [m, members] = await Promise.all([meta(p, 'contract', ipp.id, ipp.version), household(p.db, p.c.id)]);
  const pdf = await renderPdf(
    <ContractPdf data={{ meta: m, members, ipp: { sequence: ipp.sequence, startsOn: ipp.startsOn, endsOn: ipp.endsOn }, contract: ipp.contract, groups: goalGroups(ipp.goals, members) }} />,
  );
  return { pdf, filename: fileName(`kontrakt-ipp-${ipp.sequence}`, p.c) };
}

/**
 * Every goal of the case once (by its stable key, IPPs in order): the starting point from the
 * first IPP holding it, the wording and target from the latest.
 */
async function caseGoals(db: DbOrTx, caseId: number) {
  const rows = await db.select({ goals: ipps.goals }).from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence));
  const byKey = new Map<string, IppGoal>();
  for (const r of rows)
    for (const g of r.goals) {
      const seen = byKey.get(g.key);
      byKey.set(g.key, seen ? { ...g, baseline: seen.baseline } : g);
    }
  return [...byKey.values()];
}

async function loadEvaluation(p: Printing) {
  const [e] = await p.db.select().from(caseEvaluations).where(eq(caseEvaluations.caseId, p.c.id));
  const [goals, members] = await Promise.all([caseGoals(p.db, p.c.id), household(p.db, p.c.id)]);
  const person = (memberId: number | null) => (memberId === null ? HOUSEHOLD_GROUP : memberLabel(members.find((m) => m.id === memberId) ?? null));
  const results: EvaluationPdfGoal[] = goals.map((g) => ({ key: g.key, person: person(g.memberId), area: areaLabel(g.area), title: g.title, baseline: g.baseline, target: g.target, reached: e?.results[g.key] ?? null }));
  return { e, members, results };
}

async function evaluationDoc(p: Printing): Promise<PdfFile> {
  const { e, results } = await loadEvaluation(p);
  if (!e) throw notFoundError('Ewaluacja końcowa nie została jeszcze zapisana.');
  const m = await meta(p, 'evaluation', p.c.id, e.version);
  const handover = e.handoverInstitutionName ?? (e.handoverInstitutionId ? (await p.db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, e.handoverInstitutionId)))[0]?.name : null) ?? null;
  const pdf = await renderPdf(
    <EvaluationPdf
      data={{
        meta: m,
        qualifiedOn: p.c.qualifiedOn,
        evaluation: { evaluatedOn: e.evaluatedOn, outcome: e.outcome, outcomeLabel: EVALUATION_OUTCOMES[e.outcome], summary: e.summary, version: e.version },
        goals: results,
        afterCare:
          e.outcome === 'goals_reached' && e.afterCare
            ? {
                contactUntil: e.afterCare.contactUntil,
                visits: (VISIT_INTERVALS as Record<string, string>)[String(e.afterCare.visitEveryMonths)] ?? `co ${e.afterCare.visitEveryMonths} mies.`,
                firstAidKit: e.afterCare.firstAidKit,
                familyExpertName: e.afterCare.familyExpertName,
              }
            : null,
        notReached: e.outcome === 'not_reached' ? { path: e.notReachedPath ? NOT_REACHED_PATHS[e.notReachedPath] : 'nie wskazano', institution: e.notReachedPath === 'hand_over' ? handover : null, what: e.notReachedPath === 'hand_over' ? e.handoverWhat : null } : null,
        inviteAsFamilyExpert: e.inviteAsFamilyExpert,
      }}
    />,
  );
  return { pdf, filename: fileName('ewaluacja', p.c) };
}

async function congratulationsDoc(p: Printing): Promise<PdfFile> {
  const { e, members, results } = await loadEvaluation(p);
  if (!e || e.outcome !== 'goals_reached') throw new AppError('INVALID', 'List gratulacyjny drukuje się dla rodziny, która osiągnęła cele — po ewaluacji końcowej z wynikiem „cele osiągnięte”.');
  const m = await meta(p, 'congratulations', p.c.id, e.version);
  const reached = results.filter((g) => goalReached(g) === true);
  const pdf = await renderPdf(
    <CongratulationsPdf
      data={{
        meta: m,
        members,
        goals: (reached.length ? reached : results).map((g) => g.title),
        qualifiedOn: p.c.qualifiedOn,
        evaluatedOn: e.evaluatedOn,
        contactUntil: e.afterCare?.contactUntil ?? null,
        inviteAsFamilyExpert: e.inviteAsFamilyExpert,
      }}
    />,
  );
  return { pdf, filename: fileName('list-gratulacyjny', p.c) };
}

async function opened(actor: Actor, caseId: number, kind: CasePrintKind, now: Date): Promise<Printing> {
  const c = await openCase(actor, caseId, PRINT_WHAT[kind]);
  return { db: getDb(), c, printedBy: actor.name, now };
}

/** Karta oczekiwań of the case. */
export async function referralPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  return referralDoc(await opened(actor, caseId, 'referral', now));
}

/** Diagnoza wielowymiarowa with its SWOT. */
export async function diagnosisPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  return diagnosisDoc(await opened(actor, caseId, 'diagnosis', now));
}

/** One IPP of the case, with the signature boxes of the family and the key worker. */
export async function ippPdf(actor: Actor, caseId: number, ippId: number, now = clock.now()): Promise<PdfFile> {
  return ippDoc(await opened(actor, caseId, 'ipp', now), ippId);
}

/** The contract concluded to an IPP (NOT_FOUND when none was recorded). */
export async function contractPdf(actor: Actor, caseId: number, ippId: number, now = clock.now()): Promise<PdfFile> {
  return contractDoc(await opened(actor, caseId, 'contract', now), ippId);
}

/** Ewaluacja końcowa. */
export async function evaluationPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  return evaluationDoc(await opened(actor, caseId, 'evaluation', now));
}

/** List gratulacyjny: only after an evaluation with the outcome "goals reached" (else INVALID). */
export async function congratulationsPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  return congratulationsDoc(await opened(actor, caseId, 'congratulations', now));
}

/**
 * One PDF of every case document kind from whatever cases the database holds (the first case that
 * has each) — for `npm run pdf:samples`. Skips openCase and its audit ("unsafe"): never call it
 * from a page, action or route. Kinds with no case to print are left out.
 */
export async function unsafeCaseSamplePdfs(db: DbOrTx, now = clock.now()): Promise<{ kind: CasePrintKind; title: string; caseNumber: string; names: string[]; pdf: Buffer }[]> {
  const first = async (caseId: number | undefined) => {
    if (!caseId) return null;
    const [row] = await db
      .select({ c: cases, gminaName: gminas.name, powiatName: powiats.name, keyWorkerName: users.name })
      .from(cases)
      .innerJoin(gminas, eq(gminas.id, cases.gminaId))
      .innerJoin(powiats, eq(powiats.id, cases.powiatId))
      .innerJoin(users, eq(users.id, cases.keyWorkerId))
      .where(eq(cases.id, caseId));
    return row ? { ...row.c, gminaName: row.gminaName, powiatName: row.powiatName, keyWorkerName: row.keyWorkerName, pzkName: pzkName(row.gminaName) } : null;
  };
  const [[referral], [diagnosis], [ipp], [contract], [evaluation], [reached]] = await Promise.all([
    db.select({ caseId: caseReferrals.caseId }).from(caseReferrals).orderBy(asc(caseReferrals.caseId)).limit(1),
    db.select({ caseId: caseDiagnoses.caseId }).from(caseDiagnoses).orderBy(asc(caseDiagnoses.caseId)).limit(1),
    db.select({ caseId: ipps.caseId, id: ipps.id }).from(ipps).orderBy(asc(ipps.id)).limit(1),
    db.select({ caseId: ipps.caseId, id: ipps.id }).from(ipps).where(isNotNull(ipps.contract)).orderBy(asc(ipps.id)).limit(1),
    db.select({ caseId: caseEvaluations.caseId }).from(caseEvaluations).orderBy(asc(caseEvaluations.caseId)).limit(1),
    db.select({ caseId: caseEvaluations.caseId }).from(caseEvaluations).where(eq(caseEvaluations.outcome, 'goals_reached')).orderBy(asc(caseEvaluations.caseId)).limit(1),
  ]);
  const plan: [CasePrintKind, number | undefined, (p: Printing) => Promise<PdfFile>][] = [
    ['referral', referral?.caseId, referralDoc],
    ['diagnosis', diagnosis?.caseId, diagnosisDoc],
    ['ipp', ipp?.caseId, (p) => ippDoc(p, ipp!.id)],
    ['contract', contract?.caseId, (p) => contractDoc(p, contract!.id)],
    ['evaluation', evaluation?.caseId, evaluationDoc],
    ['congratulations', reached?.caseId, congratulationsDoc],
  ];
  const out = [];
  for (const [kind, caseId, render] of plan) {
    const c = await first(caseId);
    if (!c) continue;
    const { pdf } = await render({ db, c, printedBy: 'próbka (npm run pdf:samples)', now });
    const names = (await household(db, c.id)).map(memberName);
    out.push({ kind, title: CASE_PRINT_KINDS[kind], caseNumber: c.number, names, pdf });
  }
  return out;
}
