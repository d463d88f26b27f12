import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import {
  auditLog,
  caseAttachments,
  caseConsents,
  caseDiagnoses,
  caseEvaluations,
  caseJournal,
  zzkMeetings,
  caseMonitoring,
  caseQualifications,
  caseReferrals,
  caseSessions,
  dataRequests,
  institutions,
  ippTaskUpdates,
  ipps,
  users,
  voivodeships,
} from '@/db/schema';
import { AccessSummaryPdf, type AccessSummaryData, type SummaryCategory } from '@/components/pdf/rodo/AccessSummaryPdf';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { roleLabel } from '@/lib/auth/roles';
import { audit } from '@/lib/audit';
import { caseAccessKindLabel } from '@/lib/audit-labels';
import { ACCESS_ACTIONS, dayOf, kindOf, loadPlaced, purposeOf } from '@/lib/cases/access';
import { caseExportData, exportFilename, type CaseExport } from '@/lib/cases/export';
import { householdOf } from '@/lib/cases/household';
import { CASE_KINDS, CASE_STATUSES, CONSENT_KINDS } from '@/lib/cases/vocabulary';
import { clock } from '@/lib/clock';
import { AppError, notFoundError, refusedError } from '@/lib/errors';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { pzkName } from '@/lib/pzk/pzk';
import { formatDate, formatDateTime } from '@/lib/text';
import { count, WORDS } from '@/lib/plural';

/*
 * The answer to a request of access (RODO art. 15) registered in the request register
 * (lib/rodo/requests.ts): the copy of the case's data (the existing JSON export, lib/cases/export.ts)
 * and a readable PDF — the controller's context, the categories of data held with counts and dates,
 * the household members' names (the person's own data) and the consultations of the data: when, for
 * what (the kind opened and the purpose ROPS gave) and by which role and institution — never the
 * employees' names or e-mails. The ROPS administrator of the request's województwo prepares both
 * (policy 'data_request.manage'); the case's key-worker gate and the purpose of supervision do not
 * apply — the request is the purpose. Each is audited: the export as case.exported (what "rodo",
 * the request's number as the purpose), the summary as data_request.summary_printed and, as it
 * reads the case, case.printed (what "rodo").
 */

const NOT_FOUND = 'Nie znaleziono żądania.';

/** The request: the ROPS administrator of its województwo only (others: FORBIDDEN, or "not found" across województwa). */
async function accessRequest(actor: Actor, requestId: number) {
  await authorize(actor, 'data_request.manage');
  const db = getDb();
  const [r] = await db
    .select({ id: dataRequests.id, number: dataRequests.number, voivodeshipId: dataRequests.voivodeshipId, kind: dataRequests.kind, caseId: dataRequests.caseId, receivedOn: dataRequests.receivedOn, requesterName: dataRequests.requesterName })
    .from(dataRequests)
    .where(eq(dataRequests.id, requestId));
  if (!r) throw notFoundError(NOT_FOUND);
  if (!can(actor.scope, 'data_request.manage', { voivodeshipId: r.voivodeshipId })) throw refusedError('data_request', requestId, r.voivodeshipId, NOT_FOUND);
  if (r.kind !== 'access') throw new AppError('INVALID', 'Kopię danych i informację o konsultacjach przygotowuje się w odpowiedzi na żądanie dostępu (art. 15 RODO).');
  if (r.caseId == null) throw new AppError('INVALID', 'Żądanie nie wskazuje sprawy — nie ma danych sprawy do wydania.');
  const placed = await loadPlaced(db, r.caseId);
  if (!placed || placed.case.voivodeshipId !== r.voivodeshipId) throw notFoundError('Nie znaleziono sprawy, której dotyczy żądanie.');
  if (placed.case.anonymisedAt) throw new AppError('CONFLICT', 'Sprawa została zanonimizowana — nie przechowuje się już danych osobowych, które można by wydać.');
  const c = { ...placed.case, gminaName: placed.gminaName, powiatName: placed.powiatName, keyWorkerName: placed.keyWorkerName, pzkName: pzkName(placed.gminaName) };
  return { r: { ...r, caseId: r.caseId }, c };
}

const purposeOfRequest = (number: string) => `Żądanie ${number} (art. 15 RODO)`;

/** The case's data as JSON (the export of lib/cases/export.ts) for a request of access; audited. */
export async function exportForRequest(actor: Actor, requestId: number, now = clock.now()): Promise<CaseExport> {
  const { r, c } = await accessRequest(actor, requestId);
  const db = getDb();
  await audit(db, actor, {
    action: 'case.exported',
    entityType: 'case',
    entityId: c.id,
    voivodeshipId: c.voivodeshipId,
    details: { what: 'rodo', access: 'request', requestId: r.id, purpose: purposeOfRequest(r.number) },
  });
  return { filename: exportFilename(c), data: await caseExportData(db, c, actor.name, now) };
}

const range = (dates: (string | null | undefined)[]) => {
  const d = dates.filter((x): x is string => !!x).sort();
  if (!d.length) return '—';
  return d[0] === d[d.length - 1] ? formatDate(d[0]) : `${formatDate(d[0])} – ${formatDate(d[d.length - 1])}`;
};

async function categories(db: DbOrTx, caseId: number, referredOn: string | null): Promise<SummaryCategory[]> {
  const [consents, [qualification], [diagnosis], ippRows, monitoring, sessions, [evaluation], files, reports, journal, teamMeetings] = await Promise.all([
    db.select({ kind: caseConsents.kind, givenOn: caseConsents.givenOn, withdrawnOn: caseConsents.withdrawnOn }).from(caseConsents).where(eq(caseConsents.caseId, caseId)).orderBy(asc(caseConsents.givenOn), asc(caseConsents.id)),
    db.select({ decision: caseQualifications.decision, decidedOn: caseQualifications.decidedOn }).from(caseQualifications).where(eq(caseQualifications.caseId, caseId)),
    db.select({ diagnosedOn: caseDiagnoses.diagnosedOn, version: caseDiagnoses.version }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, caseId)),
    db.select({ sequence: ipps.sequence, startsOn: ipps.startsOn, endsOn: ipps.endsOn, contract: ipps.contract }).from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence)),
    db.select({ heldOn: caseMonitoring.heldOn }).from(caseMonitoring).where(eq(caseMonitoring.caseId, caseId)),
    db.select({ heldOn: caseSessions.heldOn }).from(caseSessions).where(eq(caseSessions.caseId, caseId)),
    db.select({ evaluatedOn: caseEvaluations.evaluatedOn, outcome: caseEvaluations.outcome }).from(caseEvaluations).where(eq(caseEvaluations.caseId, caseId)),
    db.select({ documentDate: caseAttachments.documentDate }).from(caseAttachments).where(eq(caseAttachments.caseId, caseId)),
    db.select({ notedOn: ippTaskUpdates.notedOn }).from(ippTaskUpdates).where(eq(ippTaskUpdates.caseId, caseId)),
    db.select({ happenedOn: caseJournal.happenedOn }).from(caseJournal).where(eq(caseJournal.caseId, caseId)),
    db.select({ heldOn: zzkMeetings.heldOn }).from(zzkMeetings).where(eq(zzkMeetings.caseId, caseId)),
  ]);
  const rows: SummaryCategory[] = [
    { name: 'Karta oczekiwań (zgłoszenie: sytuacja, powody, oczekiwania)', count: referredOn ? 1 : 0, dates: referredOn ? `zgłoszenie ${formatDate(referredOn)}` : '—' },
    {
      name: 'Zgody (na współpracę, na przekazywanie danych)',
      count: consents.length,
      dates: consents.length ? consents.map((k) => `${CONSENT_KINDS[k.kind]}: ${formatDate(k.givenOn)}${k.withdrawnOn ? `, wycofana ${formatDate(k.withdrawnOn)}` : ''}`).join('; ') : '—',
    },
    { name: 'Kwalifikacja do współpracy (decyzja, opinie instytucji)', count: qualification ? 1 : 0, dates: qualification ? `${qualification.decision === 'qualified' ? 'zakwalifikowano' : 'odmowa'} ${formatDate(qualification.decidedOn)}` : '—' },
    { name: 'Diagnoza wielowymiarowa z analizą SWOT', count: diagnosis ? 1 : 0, dates: diagnosis ? `${formatDate(diagnosis.diagnosedOn)} (wersja ${diagnosis.version})` : '—' },
    {
      name: 'Indywidualne programy pomocy (IPP: cele, zadania) i kontrakty',
      count: ippRows.length,
      dates: ippRows.length
        ? ippRows.map((i) => `IPP ${i.sequence}: ${formatDate(i.startsOn)} – ${formatDate(i.endsOn)}${i.contract ? `, kontrakt ${formatDate(i.contract.concludedOn)}` : ''}`).join('; ')
        : '—',
    },
    { name: 'Monitoring (spotkania monitorujące: skale, stan zadań, notatki)', count: monitoring.length, dates: range(monitoring.map((m) => m.heldOn)) },
    { name: 'Sesje (warsztaty, przeglądy zespołu, superwizje)', count: sessions.length, dates: range(sessions.map((x) => x.heldOn)) },
    { name: 'Ewaluacja końcowa', count: evaluation ? 1 : 0, dates: evaluation ? formatDate(evaluation.evaluatedOn) : '—' },
    { name: 'Akta sprawy (skany i pliki dokumentów)', count: files.length, dates: range(files.map((f) => f.documentDate)) },
    { name: 'Informacje zespołu o zadaniach IPP', count: reports.length, dates: range(reports.map((x) => x.notedOn)) },
    { name: 'Dziennik współpracy (kontakty i działania zespołu)', count: journal.length, dates: range(journal.map((x) => x.happenedOn)) },
    { name: 'Spotkania zespołu sprawy / ZZK (protokoły, ustalenia)', count: teamMeetings.length, dates: range(teamMeetings.map((x) => x.heldOn)) },
  ];
  return rows;
}

/**
 * The consultations of the case's data: openings, prints and exports folded per Polish day, kind,
 * purpose, role and institution — who by role and institution only, never by name or e-mail.
 */
async function consultations(db: DbOrTx, caseId: number) {
  const opened = inArray(auditLog.action, ACCESS_ACTIONS.filter((a) => a !== 'case.purpose_given'));
  const rows = await db
    .select({
      day: sql<string>`${dayOf}`.as('day'),
      kind: sql<string>`${kindOf}`.as('kind'),
      purpose: sql<string | null>`${purposeOf}`.as('purpose'),
      role: auditLog.role,
      institution: institutions.name,
      count: sql<number>`count(*)::int`.as('count'),
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), opened))
    .groupBy(dayOf, kindOf, purposeOf, auditLog.role, institutions.name)
    .orderBy(asc(dayOf), asc(kindOf));
  return rows.map((r) => ({
    day: formatDate(r.day),
    what: caseAccessKindLabel(r.kind),
    purpose: r.purpose,
    who: [r.role ? roleLabel(r.role) : 'konto usunięte', r.institution].filter(Boolean).join(', '),
    count: r.count,
  }));
}

/** The readable summary of the data held and of their consultations, for a request of access; audited. */
export async function accessSummaryPdf(actor: Actor, requestId: number, now = clock.now()): Promise<PdfFile> {
  const { r, c } = await accessRequest(actor, requestId);
  const db = getDb();
  const [[voivodeship], [referral], members] = await Promise.all([
    db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, c.voivodeshipId)),
    db.select({ referredOn: caseReferrals.referredOn }).from(caseReferrals).where(eq(caseReferrals.caseId, c.id)),
    householdOf(db, c.id),
  ]);
  // What the summary reads is read before the reading is logged: it lists consultations up to now.
  const [held, consulted] = await Promise.all([categories(db, c.id, referral?.referredOn ?? null), consultations(db, c.id)]);
  const data: AccessSummaryData = {
    requestNumber: r.number,
    receivedOn: formatDate(r.receivedOn),
    requesterName: r.requesterName,
    voivodeship: voivodeship?.name ?? '',
    caseNumber: c.number,
    caseKind: CASE_KINDS[c.kind],
    caseStatus: CASE_STATUSES[c.status],
    pzkName: c.pzkName,
    gminaName: c.gminaName,
    powiatName: c.powiatName,
    openedOn: formatDate(c.createdAt),
    members: members.map((m) => ({ name: `${m.firstName} ${m.lastName}`, birthYear: m.birthYear, relation: m.relation })),
    memberCount: count(members.length, WORDS.person),
    categories: held,
    consultations: consulted,
    printedAt: formatDateTime(now),
  };
  await audit(db, actor, { action: 'data_request.summary_printed', entityType: 'data_request', entityId: r.id, voivodeshipId: r.voivodeshipId, details: { caseId: c.id, number: r.number } });
  await audit(db, actor, { action: 'case.printed', entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details: { what: 'rodo', access: 'request', requestId: r.id, purpose: purposeOfRequest(r.number) } });
  const pdf = await renderPdf(<AccessSummaryPdf data={data} />);
  return { pdf, filename: `informacja-art-15-${r.number.replace(/\//g, '-')}.pdf` };
}
