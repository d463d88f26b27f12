import 'server-only';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import {
  caseConsents,
  caseCounters,
  caseEvaluations,
  caseMembers,
  caseMonitoring,
  caseQualifications,
  caseReferrals,
  caseReminders,
  cases,
  caseSessions,
  caseTeam,
  caseDiagnoses,
  gminas,
  institutions,
  ipps,
  pzkMeetings,
  pzkMembers,
  pzks,
  roleAssignments,
  users,
  type CaseRow,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { AppError, conflictError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { notifyUsers, appUrl } from '@/lib/notifications/outbox';
import { pzkAccess } from '@/lib/pzk/access';
import { listPzks, pzkName } from '@/lib/pzk/pzk';
import { maskPesel } from '@/lib/validation/fields';
import { parseInput } from '@/lib/validation/parse';
import { byPolish, formatDate } from '@/lib/text';
import { caseForWork, casesVisibleTo, openCase, touchCase } from './access';
import {
  closeCaseSchema,
  consentSchema,
  endAnnouncementSchema,
  extensionSchema,
  householdMemberSchema,
  newCaseSchema,
  referralSchema,
  removeMemberSchema,
  teamSchema,
  withdrawConsentSchema,
} from './schemas';
import { attachmentsOfOpenedCase } from './attachments';
import { householdOf } from './household';
import { afterSuccessorProblem, beforePredecessorProblem, caseDateErrors } from './date-rules';
import { clock } from '@/lib/clock';
import { polishOrder } from '@/lib/polish-order';

/*
 * The case (sprawa osoby, rodziny lub grupy): opening it with the karta oczekiwań, its household,
 * consents, key worker and team, and the case-level decisions (extension past 12 months, telling
 * the PCPR animator of the planned end, closing). The steps of the work live in their own modules.
 */

const audited = (tx: DbOrTx, actor: Actor, c: Pick<CaseRow, 'id' | 'voivodeshipId'>, action: Parameters<typeof audit>[2]['action'], details?: Record<string, unknown>) =>
  audit(tx, actor, { action, entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details });

/** People who may be a key worker in the gmina: its GOPS animators and social workers. */
export async function keyWorkerOptions(db: DbOrTx, p: { powiatId: number; gminaId: number }) {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name, jobTitle: users.jobTitle })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(users.status, 'active'),
        or(
          and(inArray(roleAssignments.role, ['gops_animator', 'social_worker']), eq(roleAssignments.gminaId, p.gminaId)),
          and(eq(roleAssignments.role, 'social_worker'), eq(roleAssignments.powiatId, p.powiatId), isNull(roleAssignments.gminaId)),
        ),
      ),
    );
  return rows.sort(byPolish((r) => r.name));
}

/**
 * PZK members with a platform account (linked, or matched by their e-mail): who can be put on a
 * case team — the account is what opens the case.
 */
export async function teamOptions(db: DbOrTx, pzkId: number) {
  const rows = await db
    .select({ id: pzkMembers.id, name: pzkMembers.name, function: pzkMembers.function, userId: sql<string | null>`coalesce(${pzkMembers.userId}, ${users.id})`, institutionName: institutions.name })
    .from(pzkMembers)
    .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
    .leftJoin(users, sql`${pzkMembers.userId} is null and ${users.email} = ${pzkMembers.email} and ${users.status} = 'active'`)
    .where(and(eq(pzkMembers.pzkId, pzkId), isNull(pzkMembers.removedAt), eq(pzkMembers.proposed, false)))
    .orderBy(polishOrder(pzkMembers.name));
  return rows.filter((r): r is typeof r & { userId: string } => r.userId != null);
}

/** The PZK's meetings, newest first — to link a referral, qualification or IPP acceptance. */
export async function meetingOptions(db: DbOrTx, pzkId: number) {
  return db.select({ id: pzkMeetings.id, startsAt: pzkMeetings.startsAt, kind: pzkMeetings.kind }).from(pzkMeetings).where(eq(pzkMeetings.pzkId, pzkId)).orderBy(desc(pzkMeetings.startsAt)).limit(50);
}

/** The institutions on the PZK's member list (referring institution, opinions, task owners). */
export async function pzkInstitutionOptions(db: DbOrTx, pzkId: number) {
  const rows = await db
    .selectDistinct({ id: institutions.id, name: institutions.name })
    .from(pzkMembers)
    .innerJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
    .where(and(eq(pzkMembers.pzkId, pzkId), isNull(pzkMembers.removedAt)));
  return rows.sort(byPolish((r) => r.name));
}

/** The PZK a referral goes to, if the actor may refer there (a member taking part in it). */
export async function pzkForReferral(actor: Actor, pzkId: number) {
  const db = getDb();
  const [p] = await db.select({ pzk: pzks, gminaName: gminas.name }).from(pzks).innerJoin(gminas, eq(gminas.id, pzks.gminaId)).where(eq(pzks.id, pzkId));
  if (!p) throw notFoundError('Nie znaleziono zespołu.');
  const access = await pzkAccess(db, actor.scope, p.pzk);
  if (!access) throw refusedError('pzk', pzkId, p.pzk.voivodeshipId, 'Nie znaleziono zespołu.');
  if (!(access === 'member' || access === 'manage') || !(can(actor.scope, 'case.refer', { ...p.pzk }) || actor.scope.level === 'institution')) {
    throw refusedChange('pzk', pzkId, p.pzk.voivodeshipId, 'Zgłaszać osoby i rodziny mogą instytucje członkowskie PZK (po podpisaniu porozumienia lub deklaracji).');
  }
  if (actor.scope.role === 'family_expert' || actor.scope.role === 'rops_admin' || actor.scope.role === 'rops_adviser' || actor.scope.role === 'wzk_member') {
    throw refusedChange('pzk', pzkId, p.pzk.voivodeshipId, 'Zgłaszać osoby i rodziny mogą instytucje członkowskie PZK.');
  }
  return { ...p.pzk, name: pzkName(p.gminaName) };
}

/** The registry's name of a picked institution (one of the team's), else the typed name. */
async function referringName(db: DbOrTx, pzkId: number, v: { referringInstitutionId?: number; referringInstitutionName?: string }) {
  if (!v.referringInstitutionId) return v.referringInstitutionName!;
  const picked = (await pzkInstitutionOptions(db, pzkId)).find((i) => i.id === v.referringInstitutionId);
  if (!picked) throw invalidError({ referringInstitutionId: ['Wybierz instytucję z listy PZK albo wpisz nazwę.'] });
  return picked.name;
}

async function nextNumber(tx: DbOrTx, voivodeshipId: number, year: number) {
  const [row] = await tx
    .insert(caseCounters)
    .values({ voivodeshipId, year, last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.voivodeshipId, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last });
  return `R/${year}/${String(row.last).padStart(4, '0')}`;
}

/**
 * Opens a case with its karta oczekiwań. Whoever refers it (a PZK member) joins its team, so they
 * keep seeing what they referred; the key worker must be a GOPS animator or social worker there.
 */
export async function createCase(actor: Actor, input: unknown) {
  const v = parseInput(newCaseSchema, input);
  const pzk = await pzkForReferral(actor, v.pzkId);
  const db = getDb();
  const workers = await keyWorkerOptions(db, pzk);
  if (!workers.some((w) => w.id === v.keyWorkerId)) throw invalidError({ keyWorkerId: ['Pracownikiem kluczowym może być animator GOPS lub pracownik socjalny tej gminy.'] });
  if (v.meetingId && !(await meetingOptions(db, pzk.id)).some((m) => m.id === v.meetingId)) throw invalidError({ meetingId: ['Wybierz spotkanie tego zespołu.'] });
  const referringInstitutionName = await referringName(db, pzk.id, v);
  return db.transaction(async (tx) => {
    const number = await nextNumber(tx, pzk.voivodeshipId, Number(v.referredOn.slice(0, 4)));
    const [c] = await tx
      .insert(cases)
      .values({ number, pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, kind: v.kind, keyWorkerId: v.keyWorkerId, createdBy: actor.userId })
      .returning();
    await tx.insert(caseReferrals).values({
      caseId: c.id,
      referringInstitutionId: v.referringInstitutionId ?? null,
      referringInstitutionName,
      referrerName: v.referrerName,
      referredOn: v.referredOn,
      situation: v.situation,
      reasons: v.reasons,
      expectations: v.expectations,
      expectedFrom: v.expectedFrom,
      meetingId: v.meetingId ?? null,
      updatedBy: actor.userId,
    });
    const mine = (await teamOptions(tx, pzk.id)).find((o) => o.userId === actor.userId);
    if (mine && actor.userId !== v.keyWorkerId) await tx.insert(caseTeam).values({ caseId: c.id, pzkMemberId: mine.id, userId: actor.userId });
    await audited(tx, actor, c, 'case.created', { number, pzkId: pzk.id });
    return { id: c.id, number };
  });
}

/** The referral's stored date (every case has one, written with the case). */
async function referralDate(tx: DbOrTx, caseId: number): Promise<string | null> {
  const [r] = await tx.select({ referredOn: caseReferrals.referredOn }).from(caseReferrals).where(eq(caseReferrals.caseId, caseId));
  return r?.referredOn ?? null;
}

/** A referral moved later may not pass the records that follow it (consents, the qualification and its checks). */
async function refuseReferralAfterLaterRecords(tx: DbOrTx, caseId: number, referredOn: string) {
  const [consents] = await tx.select({ first: sql<string | null>`min(${caseConsents.givenOn})` }).from(caseConsents).where(eq(caseConsents.caseId, caseId));
  const [q] = await tx
    .select({ decidedOn: caseQualifications.decidedOn, welfareVerifiedOn: caseQualifications.welfareVerifiedOn, pcprConsultedOn: caseQualifications.pcprConsultedOn })
    .from(caseQualifications)
    .where(eq(caseQualifications.caseId, caseId));
  const problems = [
    afterSuccessorProblem('referral', referredOn, 'consent', consents?.first),
    afterSuccessorProblem('referral', referredOn, 'welfareVerification', q?.welfareVerifiedOn),
    afterSuccessorProblem('referral', referredOn, 'pcprConsultation', q?.pcprConsultedOn),
    afterSuccessorProblem('referral', referredOn, 'qualification', q?.decidedOn),
  ].filter((p): p is string => p !== null);
  if (problems.length) throw invalidError({ referredOn: problems });
}

export async function saveReferral(actor: Actor, input: unknown) {
  const v = parseInput(referralSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    if (v.meetingId && !(await meetingOptions(tx, c.pzkId)).some((m) => m.id === v.meetingId)) throw invalidError({ meetingId: ['Wybierz spotkanie tego zespołu.'] });
    const { caseId: _c, version: _v, ...fields } = v;
    await refuseReferralAfterLaterRecords(tx, c.id, v.referredOn);
    const referringInstitutionName = await referringName(tx, c.pzkId, v);
    // The version the form was opened with is part of the WHERE: a stale form changes nothing.
    const updated = await tx
      .update(caseReferrals)
      .set({ ...fields, referringInstitutionId: v.referringInstitutionId ?? null, referringInstitutionName, meetingId: v.meetingId ?? null, version: sql`${caseReferrals.version} + 1`, updatedBy: actor.userId, updatedAt: clock.now() })
      .where(and(eq(caseReferrals.caseId, c.id), eq(caseReferrals.version, v.version)))
      .returning({ version: caseReferrals.version });
    if (!updated.length) throw conflictError();
    await audited(tx, actor, c, 'case.referral_saved');
    return { version: updated[0].version };
  });
}

/** A household member added or changed (PESEL optional, checked, never shown in full in lists). */
export async function saveHouseholdMember(actor: Actor, input: unknown) {
  const v = parseInput(householdMemberSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    const values = { firstName: v.firstName, lastName: v.lastName, birthYear: v.birthYear ?? null, relation: v.relation, pesel: v.pesel ?? null, notes: v.notes ?? '' };
    let memberId = v.memberId;
    if (memberId) {
      const updated = await tx
        .update(caseMembers)
        .set({ ...values, version: sql`${caseMembers.version} + 1` })
        .where(and(eq(caseMembers.id, memberId), eq(caseMembers.caseId, c.id), eq(caseMembers.version, v.version ?? -1)))
        .returning({ id: caseMembers.id });
      if (!updated.length) throw conflictError();
    } else {
      const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(caseMembers).where(eq(caseMembers.caseId, c.id));
      const [row] = await tx.insert(caseMembers).values({ caseId: c.id, position: n, ...values }).returning({ id: caseMembers.id });
      memberId = row.id;
    }
    await audited(tx, actor, c, 'case.member_saved', { memberId });
    return { memberId };
  });
}

export async function removeHouseholdMember(actor: Actor, input: unknown) {
  const v = parseInput(removeMemberSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    const used = await tx
      .select({ id: ipps.id })
      .from(ipps)
      .where(and(eq(ipps.caseId, c.id), sql`${ipps.goals} @> ${JSON.stringify([{ memberId: v.memberId }])}::jsonb`))
      .limit(1);
    if (used.length) throw new AppError('INVALID', 'Ta osoba ma cele w IPP — nie można jej usunąć ze sprawy.');
    const gone = await tx.delete(caseMembers).where(and(eq(caseMembers.id, v.memberId), eq(caseMembers.caseId, c.id))).returning({ id: caseMembers.id });
    if (!gone.length) throw notFoundError('Nie znaleziono osoby.');
    await audited(tx, actor, c, 'case.member_removed', { memberId: v.memberId });
    return { ok: true };
  });
}

export async function recordConsent(actor: Actor, input: unknown) {
  const v = parseInput(consentSchema, input);
  if (v.kind === 'data_sharing' && !v.institutions) throw invalidError({ institutions: ['Wymień instytucje, między którymi dane mogą być przekazywane.'] });
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    const dateErrors = caseDateErrors({ givenOn: { record: 'consent', on: v.givenOn } }, { referral: await referralDate(tx, c.id) });
    if (Object.keys(dateErrors).length) throw invalidError(dateErrors);
    const [row] = await tx
      .insert(caseConsents)
      .values({ caseId: c.id, kind: v.kind, givenOn: v.givenOn, form: v.form, givenBy: v.givenBy, institutions: v.institutions ?? '', recordedBy: actor.userId })
      .returning({ id: caseConsents.id });
    await audited(tx, actor, c, 'case.consent_recorded', { consentId: row.id, kind: v.kind });
    return { consentId: row.id };
  });
}

/** Withdrawing a consent closes the case for new work at once. */
export async function withdrawConsent(actor: Actor, input: unknown) {
  const v = parseInput(withdrawConsentSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId, { allowClosed: true });
    const [consent] = await tx.select().from(caseConsents).where(and(eq(caseConsents.id, v.consentId), eq(caseConsents.caseId, c.id)));
    if (!consent) throw notFoundError('Nie znaleziono zgody.');
    if (consent.withdrawnOn) throw new AppError('INVALID', 'Ta zgoda została już wycofana.');
    const beforeGiven = beforePredecessorProblem('consentWithdrawal', v.withdrawnOn, 'consent', consent.givenOn);
    if (beforeGiven) throw invalidError({ withdrawnOn: [beforeGiven] });
    await tx.update(caseConsents).set({ withdrawnOn: v.withdrawnOn, withdrawnNote: v.note ?? null }).where(eq(caseConsents.id, consent.id));
    const reason = `Wycofanie zgody (${consent.kind === 'cooperation' ? 'na współpracę w modelu' : 'na przekazywanie danych'}) ${formatDate(v.withdrawnOn)}`;
    if (c.status !== 'closed') await touchCase(tx, c.id, { status: 'closed', closedOn: v.withdrawnOn, closedReason: reason });
    await audited(tx, actor, c, 'case.consent_withdrawn', { consentId: consent.id, kind: consent.kind });
    return { ok: true };
  });
}

/** The key worker and the case team (PZK members with an account). */
export async function saveTeam(actor: Actor, input: unknown) {
  const v = parseInput(teamSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId, { version: v.version, allowClosed: true });
    if (!(await keyWorkerOptions(tx, c)).some((w) => w.id === v.keyWorkerId)) throw invalidError({ keyWorkerId: ['Pracownikiem kluczowym może być animator GOPS lub pracownik socjalny tej gminy.'] });
    const options = await teamOptions(tx, c.pzkId);
    const chosen = options.filter((o) => v.memberIds.includes(o.id));
    if (chosen.length !== new Set(v.memberIds).size) throw invalidError({ memberIds: ['Do zespołu sprawy można przypisać tylko członków tego PZK, którzy mają konto.'] });
    await tx.delete(caseTeam).where(eq(caseTeam.caseId, c.id));
    if (chosen.length) await tx.insert(caseTeam).values(chosen.map((o) => ({ caseId: c.id, pzkMemberId: o.id, userId: o.userId })));
    await touchCase(tx, c.id, { keyWorkerId: v.keyWorkerId }, v.version);
    await audited(tx, actor, c, 'case.updated', { keyWorkerId: v.keyWorkerId, previousKeyWorkerId: c.keyWorkerId, team: chosen.map((o) => o.id) });
    return { version: c.version + 1 };
  });
}

/** A recorded decision to work past 12 months from qualification (the model's maximum). */
export async function recordExtension(actor: Actor, input: unknown) {
  const v = parseInput(extensionSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId, { version: v.version });
    if (!c.qualifiedOn) throw new AppError('INVALID', 'Przedłużenie dotyczy sprawy zakwalifikowanej do współpracy.');
    if (v.until <= c.qualifiedOn) throw invalidError({ until: ['Nowy termin musi być późniejszy niż data kwalifikacji.'] });
    await touchCase(tx, c.id, { extensionUntil: v.until, extensionReason: v.reason }, v.version);
    await audited(tx, actor, c, 'case.extension_recorded', { until: v.until });
    return { version: c.version + 1 };
  });
}

/**
 * The key worker tells the PCPR animator of the planned end (at least a month before it); the
 * animators of the powiat get an e-mail — the case number only, nothing about the family.
 */
export async function announceEnd(actor: Actor, input: unknown) {
  const v = parseInput(endAnnouncementSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId, { version: v.version });
    const dateErrors = caseDateErrors({ on: { record: 'endAnnouncement', on: v.on } }, { qualification: c.qualifiedOn });
    if (Object.keys(dateErrors).length) throw invalidError(dateErrors);
    if (v.plannedEndOn < v.on) throw invalidError({ plannedEndOn: ['Planowane zakończenie nie może być wcześniejsze niż dzień poinformowania.'] });
    await touchCase(tx, c.id, { endAnnouncedOn: v.on }, v.version);
    const animators = await tx
      .selectDistinct({ id: users.id })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(
        and(
          // The PCPR animator of the powiat and — Kooperacje 3D — the network worker of the gmina.
          or(and(eq(roleAssignments.role, 'pcpr_animator'), eq(roleAssignments.powiatId, c.powiatId)), and(eq(roleAssignments.role, 'network_worker'), eq(roleAssignments.gminaId, c.gminaId))),
          eq(users.status, 'active'),
        ),
      );
    await notifyUsers(tx, c.voivodeshipId, animators.map((a) => a.id), 'case_reminder', {
      subject: `Planowane zakończenie pracy w sprawie ${c.number}`,
      body: `Pracownik kluczowy informuje o planowanym zakończeniu pracy w sprawie ${c.number} dnia ${formatDate(v.plannedEndOn)}.\nSzczegóły (po zalogowaniu): ${appUrl(`/sprawy/${c.id}`)}`,
    });
    await audited(tx, actor, c, 'case.end_announced', { plannedEndOn: v.plannedEndOn });
    return { version: c.version + 1 };
  });
}

export async function closeCase(actor: Actor, input: unknown) {
  const v = parseInput(closeCaseSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId, { version: v.version, allowClosed: true });
    if (c.status === 'closed') throw new AppError('INVALID', 'Sprawa jest już zamknięta.');
    if (c.status === 'qualified') throw new AppError('INVALID', 'Sprawę w realizacji zamyka ewaluacja końcowa (cele osiągnięte lub przekazanie).');
    const dateErrors = caseDateErrors({ closedOn: { record: 'closing', on: v.closedOn } }, { referral: await referralDate(tx, c.id) });
    if (Object.keys(dateErrors).length) throw invalidError(dateErrors);
    await touchCase(tx, c.id, { status: 'closed', closedOn: v.closedOn, closedReason: v.reason }, v.version);
    await audited(tx, actor, c, 'case.closed');
    return { version: c.version + 1 };
  });
}

/** The cases the actor may open, for the list page. ROPS sees numbers and places, never names. */
export async function listCases(actor: Actor, filter: { status?: CaseRow['status']; pzkId?: number } = {}) {
  const db = getDb();
  const rows = await db
    .select({
      id: cases.id,
      number: cases.number,
      kind: cases.kind,
      status: cases.status,
      gminaName: gminas.name,
      pzkId: cases.pzkId,
      keyWorkerId: cases.keyWorkerId,
      keyWorkerName: users.name,
      qualifiedOn: cases.qualifiedOn,
      createdAt: cases.createdAt,
      firstMember: sql<string | null>`(select m.first_name || ' ' || left(m.last_name, 1) || '.' from ${caseMembers} m where m.case_id = ${cases.id} order by m.position, m.id limit 1)`,
      openReminders: sql<number>`(select count(*)::int from ${caseReminders} r where r.case_id = ${cases.id} and r.resolved_at is null)`,
    })
    .from(cases)
    .innerJoin(gminas, eq(gminas.id, cases.gminaId))
    .innerJoin(users, eq(users.id, cases.keyWorkerId))
    .where(and(casesVisibleTo(actor), filter.status ? eq(cases.status, filter.status) : undefined, filter.pzkId ? eq(cases.pzkId, filter.pzkId) : undefined))
    .orderBy(desc(cases.createdAt))
    .limit(500);
  const supervisor = actor.scope.role === 'rops_admin' || actor.scope.role === 'rops_adviser';
  return rows.map((r) => ({ ...r, firstMember: supervisor && r.keyWorkerId !== actor.userId ? null : r.firstMember }));
}

/** Everything the case's main page shows; the opening is audited by openCase. */
export async function getCaseOverview(actor: Actor, id: number) {
  const c = await openCase(actor, id);
  const db = getDb();
  const writer = c.access === 'write';
  const [members, consents, team, [referral], [qualification], [diagnosis], ippRows, [monitoring], sessions, [evaluation], reminders, attachments, options] = await Promise.all([
    householdOf(db, id),
    db.select().from(caseConsents).where(eq(caseConsents.caseId, id)).orderBy(asc(caseConsents.givenOn)),
    db
      .select({ pzkMemberId: caseTeam.pzkMemberId, name: pzkMembers.name, function: pzkMembers.function, institutionName: institutions.name })
      .from(caseTeam)
      .innerJoin(pzkMembers, eq(pzkMembers.id, caseTeam.pzkMemberId))
      .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(eq(caseTeam.caseId, id)),
    db.select().from(caseReferrals).where(eq(caseReferrals.caseId, id)),
    db.select().from(caseQualifications).where(eq(caseQualifications.caseId, id)),
    db.select({ version: caseDiagnoses.version, diagnosedOn: caseDiagnoses.diagnosedOn, updatedAt: caseDiagnoses.updatedAt }).from(caseDiagnoses).where(eq(caseDiagnoses.caseId, id)),
    db.select({ id: ipps.id, sequence: ipps.sequence, startsOn: ipps.startsOn, endsOn: ipps.endsOn, acceptedOn: ipps.acceptedOn }).from(ipps).where(eq(ipps.caseId, id)).orderBy(asc(ipps.sequence)),
    db.select({ n: sql<number>`count(*)::int`, last: sql<string | null>`max(${caseMonitoring.heldOn})` }).from(caseMonitoring).where(eq(caseMonitoring.caseId, id)),
    db.select({ kind: caseSessions.kind, n: sql<number>`count(*)::int` }).from(caseSessions).where(eq(caseSessions.caseId, id)).groupBy(caseSessions.kind),
    db.select({ outcome: caseEvaluations.outcome, evaluatedOn: caseEvaluations.evaluatedOn }).from(caseEvaluations).where(eq(caseEvaluations.caseId, id)),
    db.select().from(caseReminders).where(and(eq(caseReminders.caseId, id), isNull(caseReminders.resolvedAt))).orderBy(asc(caseReminders.dueOn)),
    attachmentsOfOpenedCase(c),
    writer && !c.freeze ? Promise.all([keyWorkerOptions(db, c), teamOptions(db, c.pzkId)]).then(([keyWorkers, teamMembers]) => ({ keyWorkers, teamMembers })) : null,
  ]);
  return {
    options,
    case: c,
    attachments,
    members: members.map((m) => ({ ...m, pesel: m.pesel ? maskPesel(m.pesel) : null, fullPesel: writer ? m.pesel : null })),
    consents,
    team,
    referral: referral ?? null,
    qualification: qualification ?? null,
    diagnosis: diagnosis ?? null,
    ipps: ippRows,
    monitoring: { count: monitoring?.n ?? 0, last: monitoring?.last ?? null },
    sessions: Object.fromEntries(sessions.map((s) => [s.kind, s.n])) as Partial<Record<'workshop' | 'team_review' | 'supervision', number>>,
    evaluation: evaluation ?? null,
    reminders,
  };
}

/** The PZKs the actor may refer a person or family to. */
export async function referralPzks(actor: Actor) {
  const all = await listPzks(actor);
  const allowed = await Promise.all(all.map((p) => pzkForReferral(actor, p.id).then(() => true, () => false)));
  return all.filter((_, i) => allowed[i]);
}

/** What the karta oczekiwań form offers for a PZK: key workers, its institutions and meetings. */
export async function referralOptions(actor: Actor, pzkId: number) {
  const pzk = await pzkForReferral(actor, pzkId);
  const db = getDb();
  const [keyWorkers, institutionList, meetings] = await Promise.all([keyWorkerOptions(db, pzk), pzkInstitutionOptions(db, pzk.id), meetingOptions(db, pzk.id)]);
  return { pzk, keyWorkers, institutions: institutionList, meetings };
}

/** The karta oczekiwań page: the referral and, for writers, the options of its form. */
export async function getReferral(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'karta');
  const db = getDb();
  const [[referral], institutionList, meetings] = await Promise.all([
    db.select().from(caseReferrals).where(eq(caseReferrals.caseId, caseId)),
    pzkInstitutionOptions(db, c.pzkId),
    meetingOptions(db, c.pzkId),
  ]);
  return { case: c, referral, institutions: institutionList, meetings };
}
