import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseConsents, caseQualifications, caseTeam, institutions, ipps, pzkMeetings, pzkMembers, users } from '@/db/schema';
import type { CasePdfMember, CasePdfMeta } from '@/components/pdf/case/common';
import { ConsentPaper, MonitoringSheet, QualificationPaper, RightsDutiesPaper } from '@/components/pdf/case/FamilyPapers';
import { HOUSEHOLD_GROUP, memberLabel } from '@/components/pdf/case/IppPdf';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { notFoundError } from '@/lib/errors';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { MEETING_KINDS } from '@/lib/pzk/meeting-schemas';
import { AREAS } from '@/lib/services/vocabulary';
import { formatDateTime } from '@/lib/text';
import { openCase, type OpenedCase } from './access';
import { householdOf } from './household';
import { ippCovering } from './monitoring-schemas';
import { printCode } from './prints';
import { FAMILY_DUTIES, FAMILY_DUTIES_TITLE, FAMILY_RIGHTS, FAMILY_RIGHTS_TITLE, MEASUREMENT_NOTE } from './rights-duties';
import { CASE_KINDS, CONSENT_KINDS, QUALIFICATION_CRITERIA } from './vocabulary';

/*
 * The papers a family signs, filled from the case: the consent with the RODO information clause,
 * the qualification decision, the monitoring sheet and the rights and duties sheet. Each opens the
 * case first (openCase: strangers NOT_FOUND, the print written to the audit log as case.printed)
 * and prints only what the paper needs — names and relations, never a PESEL or the diagnosis.
 * The qualification decision is a record, printed with a verification code (lib/cases/prints.ts,
 * version 1: a decision is never changed); the other three are blank papers to sign or fill in by
 * hand, so they carry none — the signed copy goes back into the case files (akta sprawy).
 */

const fileName = (prefix: string, c: Pick<OpenedCase, 'number'>) => `${prefix}-${c.number.replace(/\//g, '-')}.pdf`;
const areaLabel = (key: string) => (AREAS as Record<string, string>)[key] ?? key;

/** The header every printed paper of a case carries (also the ZZK protocol, lib/cases/zzk-pdf.tsx). */
export async function casePdfMeta(db: DbOrTx, c: OpenedCase, actor: Actor, now: Date): Promise<CasePdfMeta> {
  const [worker] = await db.select({ institution: institutions.name }).from(users).leftJoin(institutions, eq(institutions.id, users.institutionId)).where(eq(users.id, c.keyWorkerId));
  return {
    caseNumber: c.number,
    caseKind: c.kind,
    caseKindLabel: CASE_KINDS[c.kind],
    pzkName: c.pzkName,
    gminaName: c.gminaName,
    powiatName: c.powiatName,
    keyWorkerName: c.keyWorkerName,
    keyWorkerInstitution: worker?.institution ?? null,
    verificationCode: '',
    printedAt: formatDateTime(now),
    printedBy: actor.name,
  };
}

/** Names, years of birth and relations; no PESEL on these papers. */
async function members(db: DbOrTx, caseId: number): Promise<CasePdfMember[]> {
  const rows = await householdOf(db, caseId);
  return rows.map((m) => ({ id: m.id, firstName: m.firstName, lastName: m.lastName, birthYear: m.birthYear, relation: m.relation, pesel: null }));
}

/** The consent to cooperation and to data sharing, with the information clause of art. 13 RODO. */
export async function consentPaperPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  const c = await openCase(actor, caseId, 'pdf:zgoda');
  const db = getDb();
  const [meta, people, ops, team, [worker], sharing] = await Promise.all([
    casePdfMeta(db, c, actor, now),
    members(db, c.id),
    // The controller: the social-welfare centre of the case's gmina.
    db.select({ name: institutions.name, street: institutions.street, postalCode: institutions.postalCode, city: institutions.city, email: institutions.email, phone: institutions.phone }).from(institutions).where(and(eq(institutions.gminaId, c.gminaId), eq(institutions.type, 'ops'))).orderBy(asc(institutions.id)).limit(1),
    db
      .selectDistinct({ name: institutions.name })
      .from(caseTeam)
      .innerJoin(pzkMembers, eq(pzkMembers.id, caseTeam.pzkMemberId))
      .innerJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(eq(caseTeam.caseId, c.id)),
    db.select({ name: institutions.name, type: institutions.type }).from(users).innerJoin(institutions, eq(institutions.id, users.institutionId)).where(eq(users.id, c.keyWorkerId)),
    db.select({ institutions: caseConsents.institutions }).from(caseConsents).where(and(eq(caseConsents.caseId, c.id), eq(caseConsents.kind, 'data_sharing'))).orderBy(asc(caseConsents.givenOn)),
  ]);
  const o = ops[0];
  const administrator = o
    ? { name: o.name, address: [o.street, [o.postalCode, o.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null, email: o.email, phone: o.phone }
    : worker?.type === 'ops'
      ? { name: worker.name, address: null, email: null, phone: null }
      : { name: `Ośrodek Pomocy Społecznej gminy ${c.gminaName}`, address: null, email: null, phone: null };
  const named = sharing.flatMap((k) => k.institutions.split(/[,;\n]/)).map((x) => x.trim());
  const recipients = [...new Set([administrator.name, ...(worker ? [worker.name] : []), ...team.map((t) => t.name), ...named].filter(Boolean))];
  const pdf = await renderPdf(<ConsentPaper data={{ meta, members: people, administrator, recipients, today: clock.today() }} />);
  return { pdf, filename: fileName('zgoda', c) };
}

/** The qualification decision (NOT_FOUND before one is taken). */
export async function qualificationPaperPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  const c = await openCase(actor, caseId, 'pdf:decyzja-kwalifikacja');
  const db = getDb();
  const [q] = await db.select().from(caseQualifications).where(eq(caseQualifications.caseId, c.id));
  if (!q) throw notFoundError('Decyzja o kwalifikacji nie została jeszcze podjęta.');
  const [meta, code, people, [by], [meeting], consents] = await Promise.all([
    casePdfMeta(db, c, actor, now),
    printCode(db, { caseId: c.id, kind: 'qualification', recordId: c.id, recordVersion: 1 }),
    members(db, c.id),
    db.select({ name: users.name }).from(users).where(eq(users.id, q.decidedBy)),
    q.meetingId ? db.select({ kind: pzkMeetings.kind, startsAt: pzkMeetings.startsAt }).from(pzkMeetings).where(eq(pzkMeetings.id, q.meetingId)) : Promise.resolve([]),
    db.select({ kind: caseConsents.kind, givenOn: caseConsents.givenOn, withdrawnOn: caseConsents.withdrawnOn }).from(caseConsents).where(eq(caseConsents.caseId, c.id)).orderBy(asc(caseConsents.givenOn)),
  ]);
  const pdf = await renderPdf(
    <QualificationPaper
      data={{
        meta: { ...meta, verificationCode: code },
        members: people,
        decision: q.decision,
        decidedOn: q.decidedOn,
        decidedBy: by?.name ?? null,
        meeting: meeting ? `${MEETING_KINDS[meeting.kind]}, ${formatDateTime(meeting.startsAt)}` : null,
        welfareVerifiedOn: q.welfareVerifiedOn,
        pcprConsultedOn: q.pcprConsultedOn,
        criteria: q.criteria.map((k) => (QUALIFICATION_CRITERIA as Record<string, string>)[k] ?? k),
        opinions: q.opinions.map((o) => ({ institutionName: o.institutionName, reason: o.reason })),
        refusalReason: q.refusalReason,
        consentsOn: consents.filter((k) => !k.withdrawnOn || k.withdrawnOn > q.decidedOn).map((k) => ({ label: CONSENT_KINDS[k.kind], givenOn: k.givenOn })),
      }}
    />,
  );
  return { pdf, filename: fileName('decyzja-kwalifikacja', c) };
}

/**
 * The monitoring sheet of the current IPP (the one covering today, else the latest): each goal
 * with a 0–10 scale of boxes to mark by hand at the meeting, satisfaction, notes and signatures.
 */
export async function monitoringSheetPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  const c = await openCase(actor, caseId, 'pdf:karta-monitoringu');
  const db = getDb();
  const rows = await db.select({ sequence: ipps.sequence, startsOn: ipps.startsOn, endsOn: ipps.endsOn, goals: ipps.goals }).from(ipps).where(eq(ipps.caseId, c.id)).orderBy(asc(ipps.sequence));
  const today = clock.today();
  const ipp = ippCovering(rows, today) ?? rows.at(-1);
  if (!ipp) throw notFoundError('W tej sprawie nie ma jeszcze IPP — karta monitoringu wymienia cele programu.');
  const [meta, people] = await Promise.all([casePdfMeta(db, c, actor, now), members(db, c.id)]);
  const person = (memberId: number | null) => (memberId === null ? HOUSEHOLD_GROUP : memberLabel(people.find((m) => m.id === memberId) ?? null));
  const goals = ipp.goals.map((g) => ({ key: g.key, person: person(g.memberId), area: areaLabel(g.area), title: g.title, expectedEffect: g.expectedEffect, baseline: g.baseline, target: g.target }));
  const pdf = await renderPdf(<MonitoringSheet data={{ meta, members: people, ipp: { sequence: ipp.sequence, startsOn: ipp.startsOn, endsOn: ipp.endsOn }, goals, today }} />);
  return { pdf, filename: fileName(`karta-monitoringu-ipp-${ipp.sequence}`, c) };
}

/** The family's rights and duties in the model (the rural model's text), to sign. */
export async function rightsDutiesPdf(actor: Actor, caseId: number, now = clock.now()): Promise<PdfFile> {
  const c = await openCase(actor, caseId, 'pdf:prawa-obowiazki');
  const db = getDb();
  const [meta, people] = await Promise.all([casePdfMeta(db, c, actor, now), members(db, c.id)]);
  const pdf = await renderPdf(
    <RightsDutiesPaper
      data={{
        meta,
        members: people,
        duties: { title: FAMILY_DUTIES_TITLE, items: FAMILY_DUTIES },
        rights: { title: FAMILY_RIGHTS_TITLE, items: FAMILY_RIGHTS },
        note: MEASUREMENT_NOTE,
        today: clock.today(),
      }}
    />,
  );
  return { pdf, filename: fileName('prawa-i-obowiazki', c) };
}
