import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseEvaluations, caseMonitoring, ipps, users, type AfterCarePlan, type CaseStatus, type IppGoal } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { AppError, conflictError, invalidError, type FieldErrors } from '@/lib/errors';
import { daysBetween } from '@/lib/model/dates';
import { parseInput } from '@/lib/validation/parse';
import { caseForWork, openCase, touchCase } from './access';
import { caseDateErrors } from './date-rules';
import { pzkInstitutionOptions } from './cases';
import { evaluationSchema } from './evaluation-schemas';
import { beyondCaseEnd, caseEnd } from './periods';
import { householdOf } from './household';
import { clock } from '@/lib/clock';

/*
 * The final evaluation (step 7.2), at most 12 months after qualification (or within a recorded
 * extension): the scale reached per goal of the case's IPPs, and the outcome — after-care (goals
 * reached), hand-over to another institution, or new goals (a new IPP). One row per case.
 */

export interface CaseGoal extends Omit<IppGoal, 'tasks'> {
  memberName: string;
  /** The sequence of the latest IPP that defines the goal. */
  ippSequence: number;
  /** The latest monitoring value of the goal's scale, and when it was recorded. */
  lastScale: number | null;
  lastScaleOn: string | null;
}

/**
 * Every goal of the case's IPPs by its stable key (in the order goals first appeared), with the
 * latest IPP's definition of each, the household member's name and the latest monitoring value.
 */
export async function caseGoals(db: DbOrTx, caseId: number): Promise<CaseGoal[]> {
  const [ippRows, members, monitoring] = await Promise.all([
    db.select({ sequence: ipps.sequence, goals: ipps.goals }).from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence)),
    householdOf(db, caseId),
    db.select({ heldOn: caseMonitoring.heldOn, scales: caseMonitoring.scales }).from(caseMonitoring).where(eq(caseMonitoring.caseId, caseId)).orderBy(desc(caseMonitoring.heldOn), desc(caseMonitoring.id)),
  ]);
  const byKey = new Map<string, { goal: IppGoal; sequence: number }>();
  for (const ipp of ippRows) for (const goal of ipp.goals ?? []) byKey.set(goal.key, { goal, sequence: ipp.sequence });
  const names = new Map(members.map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
  return [...byKey.values()].map(({ goal, sequence }) => {
    const last = monitoring.find((m) => typeof m.scales?.[goal.key] === 'number');
    const { tasks: _tasks, ...rest } = goal;
    return { ...rest, memberName: goal.memberId === null ? 'Cała rodzina' : (names.get(goal.memberId) ?? '—'), ippSequence: sequence, lastScale: last ? last.scales[goal.key] : null, lastScaleOn: last?.heldOn ?? null };
  });
}

/** The evaluation page: goals with their latest values, the evaluation if saved, the case's end. */
export async function getEvaluation(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'ewaluacja');
  const db = getDb();
  const [goals, [row]] = await Promise.all([
    caseGoals(db, caseId),
    db.select({ e: caseEvaluations, evaluatedByName: users.name }).from(caseEvaluations).leftJoin(users, eq(users.id, caseEvaluations.evaluatedBy)).where(eq(caseEvaluations.caseId, caseId)),
  ]);
  const evaluation = row ? { ...row.e, evaluatedByName: row.evaluatedByName } : null;
  const end = caseEnd(c);
  const writer = c.access === 'write' && !c.freeze; // a frozen case (RODO art. 18, anonymised) is read only
  /** The evaluation is recorded in a case in progress, and may be re-saved after it moved the case on. */
  const canEvaluate = writer && (c.status === 'qualified' || (!!evaluation && (c.status === 'after_care' || c.status === 'handed_over')));
  /** The extension decision and the announcement to the PCPR animator: while the case is open. */
  const canDecideEnd = writer && !!c.qualifiedOn && (c.status === 'qualified' || c.status === 'after_care');
  return {
    case: c,
    goals,
    evaluation,
    end,
    daysLeft: end ? daysBetween(clock.today(), end) : null,
    canEvaluate,
    canDecideEnd,
    institutions: canEvaluate ? await pzkInstitutionOptions(db, c.pzkId) : [],
  };
}

const STATUS_AFTER: Record<'goals_reached' | 'hand_over' | 'new_goals', CaseStatus> = {
  goals_reached: 'after_care',
  hand_over: 'handed_over',
  new_goals: 'qualified',
};

/**
 * Saves the final evaluation (first save: version 0) and moves the case on: goals reached →
 * after_care; not reached → handed_over (hand-over) or back to qualified (new goals, a new IPP).
 */
export async function saveEvaluation(actor: Actor, input: unknown) {
  const v = parseInput(evaluationSchema, input);
  return getDb().transaction(async (tx) => {
    // allowClosed: a case handed over by its evaluation may still have the evaluation corrected.
    const c = await caseForWork(tx, actor, v.caseId, { allowClosed: true });
    const [existing] = await tx.select({ version: caseEvaluations.version }).from(caseEvaluations).where(eq(caseEvaluations.caseId, c.id));
    const open = c.status === 'qualified' || (!!existing && (c.status === 'after_care' || c.status === 'handed_over'));
    if (!open || !c.qualifiedOn) {
      throw new AppError(
        'INVALID',
        c.status === 'closed' ? 'Sprawa jest zamknięta — nie można wprowadzać nowych działań.' : 'Ewaluację końcową przeprowadza się w sprawie zakwalifikowanej do współpracy (w realizacji).',
      );
    }
    if ((existing?.version ?? 0) !== v.version) throw conflictError();
    const dateErrors = caseDateErrors({ evaluatedOn: { record: 'evaluation', on: v.evaluatedOn } }, { qualification: c.qualifiedOn });
    if (Object.keys(dateErrors).length) throw invalidError(dateErrors);
    const beyond = beyondCaseEnd(c, v.evaluatedOn);
    if (beyond) throw new AppError('INVALID', beyond, { evaluatedOn: [beyond] });

    const goals = await caseGoals(tx, c.id);
    if (!goals.length) throw new AppError('INVALID', 'Ewaluacja końcowa podsumowuje cele IPP — w tej sprawie nie ma jeszcze IPP z celami.');
    const errors: FieldErrors = {};
    const results: Record<string, number> = {};
    v.results.forEach((r, i) => {
      if (!goals.some((g) => g.key === r.goalKey)) errors[`results.${i}.scale`] = ['Ten cel nie należy do IPP tej sprawy — odśwież stronę.'];
      else results[r.goalKey] = r.scale;
    });
    const missing = goals.filter((g) => results[g.key] === undefined);
    if (missing.length) errors.results = [`Podaj osiągniętą wartość skali dla każdego celu (brak: ${missing.map((g) => `„${g.title}”`).join(', ')}).`];

    let handoverInstitutionId: number | null = null;
    let handoverInstitutionName: string | null = null;
    const path = v.outcome === 'goals_reached' ? 'goals_reached' : v.notReachedPath!;
    if (path === 'hand_over') {
      if (v.handoverInstitutionId) {
        const known = (await pzkInstitutionOptions(tx, c.pzkId)).find((x) => x.id === v.handoverInstitutionId);
        if (!known) errors.handoverInstitutionId = ['Wybierz instytucję z listy PZK albo wpisz nazwę.'];
        else [handoverInstitutionId, handoverInstitutionName] = [known.id, known.name];
      } else handoverInstitutionName = v.handoverInstitutionName!;
    }
    if (Object.keys(errors).length) throw invalidError(errors);

    const afterCare: AfterCarePlan | null =
      path === 'goals_reached' ? { contactUntil: v.contactUntil!, visitEveryMonths: Number(v.visitEveryMonths), firstAidKit: v.firstAidKit!, familyExpertName: v.familyExpertName! } : null;
    const values = {
      evaluatedOn: v.evaluatedOn,
      results,
      outcome: v.outcome,
      summary: v.summary,
      afterCare,
      notReachedPath: v.outcome === 'not_reached' ? v.notReachedPath! : null,
      handoverInstitutionId,
      handoverInstitutionName,
      handoverWhat: path === 'hand_over' ? v.handoverWhat! : null,
      inviteAsFamilyExpert: v.inviteAsFamilyExpert,
      evaluatedBy: actor.userId,
    };
    const version = v.version + 1;
    if (existing) {
      const updated = await tx
        .update(caseEvaluations)
        .set({ ...values, version })
        .where(and(eq(caseEvaluations.caseId, c.id), eq(caseEvaluations.version, v.version)))
        .returning({ version: caseEvaluations.version });
      if (!updated.length) throw conflictError();
    } else {
      await tx.insert(caseEvaluations).values({ caseId: c.id, ...values, version });
    }
    const status = STATUS_AFTER[path];
    await touchCase(tx, c.id, { status });
    await audit(tx, actor, {
      action: 'case.evaluated',
      entityType: 'case',
      entityId: c.id,
      voivodeshipId: c.voivodeshipId,
      details: { evaluatedOn: v.evaluatedOn, outcome: v.outcome, path, status, version },
    });
    return { version, status };
  });
}
