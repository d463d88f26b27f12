import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseConsents, caseQualifications, caseReferrals, pzkMeetings, users, type PositiveOpinion } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { AppError, invalidError, type FieldErrors } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { caseForWork, openCase, touchCase } from './access';
import { caseDateErrors, consentsGivenOn } from './date-rules';
import { meetingOptions, pzkInstitutionOptions } from './cases';
import { qualificationIssues, qualificationRefusalMessage } from './qualification-rules';
import { qualificationSchema } from './qualification-schemas';

/*
 * Qualification of a referred case (step 7.2): the decision with its grounds. Qualifying needs
 * everything qualificationProblems lists; refusing needs a reason. Decided once, while the case
 * is 'referred'; afterwards the page shows the decision read-only.
 */

async function consentsOf(db: DbOrTx, caseId: number) {
  return db
    .select({ id: caseConsents.id, kind: caseConsents.kind, givenOn: caseConsents.givenOn, form: caseConsents.form, givenBy: caseConsents.givenBy, institutions: caseConsents.institutions, withdrawnOn: caseConsents.withdrawnOn })
    .from(caseConsents)
    .where(eq(caseConsents.caseId, caseId))
    .orderBy(asc(caseConsents.givenOn), asc(caseConsents.id));
}

/** The qualification page: the decision if taken, the consents, and for writers the form's options. */
export async function getQualification(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'kwalifikacja');
  const db = getDb();
  const [[row], consents, [referral]] = await Promise.all([
    db
      .select({ q: caseQualifications, decidedByName: users.name, meetingStartsAt: pzkMeetings.startsAt })
      .from(caseQualifications)
      .leftJoin(users, eq(users.id, caseQualifications.decidedBy))
      .leftJoin(pzkMeetings, eq(pzkMeetings.id, caseQualifications.meetingId))
      .where(eq(caseQualifications.caseId, caseId)),
    consentsOf(db, caseId),
    db.select({ meetingId: caseReferrals.meetingId, referredOn: caseReferrals.referredOn }).from(caseReferrals).where(eq(caseReferrals.caseId, caseId)),
  ]);
  const qualification = row ? { ...row.q, decidedByName: row.decidedByName, meetingStartsAt: row.meetingStartsAt } : null;
  const canDecide = c.access === 'write' && c.status === 'referred' && !qualification && !c.freeze;
  const options = canDecide ? { institutions: await pzkInstitutionOptions(db, c.pzkId), meetings: await meetingOptions(db, c.pzkId) } : null;
  return { case: c, qualification, consents, referral: referral ?? null, canDecide, options };
}

/**
 * Records the decision: 'qualified' (status qualified, qualifiedOn = decidedOn) only when nothing
 * is missing — else INVALID naming every missing thing; 'refused' (status refused) with a reason.
 */
export async function decideQualification(actor: Actor, input: unknown) {
  const v = parseInput(qualificationSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId, { version: v.version });
    const [existing] = await tx.select({ decision: caseQualifications.decision }).from(caseQualifications).where(eq(caseQualifications.caseId, c.id));
    if (existing || c.status !== 'referred') throw new AppError('INVALID', 'Decyzja o kwalifikacji w tej sprawie została już podjęta.');

    const consents = await consentsOf(tx, c.id);
    const issues = qualificationIssues(v, { consents });
    if (issues.length) {
      const fieldErrors: FieldErrors = {};
      for (const i of issues) if (i.field) (fieldErrors[i.field] ??= []).push(i.message);
      const messages = issues.map((i) => i.message);
      throw new AppError('INVALID', v.decision === 'refused' ? messages.join(' ') : qualificationRefusalMessage(messages), fieldErrors);
    }

    // The decision and its checks: not before the referral, a positive decision not before the
    // consents it relies on (their order among themselves is a qualification issue above, the
    // future a rule of the schema).
    const [referral] = await tx.select({ referredOn: caseReferrals.referredOn }).from(caseReferrals).where(eq(caseReferrals.caseId, c.id));
    const errors: FieldErrors = caseDateErrors(
      {
        decidedOn: { record: 'qualification', on: v.decidedOn },
        welfareVerifiedOn: { record: 'welfareVerification', on: v.welfareVerifiedOn },
        pcprConsultedOn: { record: 'pcprConsultation', on: v.pcprConsultedOn },
      },
      { referral: referral?.referredOn, consent: v.decision === 'qualified' ? consentsGivenOn(consents) : null },
    );
    const institutionList = await pzkInstitutionOptions(tx, c.pzkId);
    const opinions: PositiveOpinion[] = [];
    v.opinions.forEach((o, i) => {
      if (!o.institutionId && !o.institutionName && !o.reason) return;
      const known = o.institutionId ? institutionList.find((x) => x.id === o.institutionId) : undefined;
      if (o.institutionId && !known) {
        errors[`opinions.${i}.institutionId`] = ['Wybierz instytucję z listy PZK albo wpisz nazwę.'];
        return;
      }
      opinions.push({ institutionId: known?.id ?? null, institutionName: known?.name ?? o.institutionName!, reason: o.reason! });
    });
    if (v.meetingId && !(await meetingOptions(tx, c.pzkId)).some((m) => m.id === v.meetingId)) errors.meetingId = ['Wybierz spotkanie tego zespołu.'];
    if (Object.keys(errors).length) throw invalidError(errors);

    const qualified = v.decision === 'qualified';
    await tx.insert(caseQualifications).values({
      caseId: c.id,
      decision: v.decision,
      decidedOn: v.decidedOn,
      opinions,
      welfareVerifiedOn: v.welfareVerifiedOn ?? null,
      pcprConsultedOn: v.pcprConsultedOn ?? null,
      criteria: v.criteria,
      refusalReason: qualified ? null : v.refusalReason!,
      meetingId: v.meetingId ?? null,
      decidedBy: actor.userId,
    });
    await touchCase(tx, c.id, qualified ? { status: 'qualified', qualifiedOn: v.decidedOn } : { status: 'refused' }, v.version);
    await audit(tx, actor, {
      action: qualified ? 'case.qualified' : 'case.refused',
      entityType: 'case',
      entityId: c.id,
      voivodeshipId: c.voivodeshipId,
      details: { decidedOn: v.decidedOn, ...(qualified ? { criteria: v.criteria, opinions: opinions.length } : {}) },
    });
    return { version: c.version + 1, status: qualified ? ('qualified' as const) : ('refused' as const) };
  });
}
