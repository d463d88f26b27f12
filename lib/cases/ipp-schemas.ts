import { z } from 'zod';
import { AREA_KEYS } from '@/lib/services/vocabulary';
import { dateField, idField, LIMITS, optionalIdField, optionalText, requiredText } from '@/lib/validation/fields';
import { caseDateField, optionalCaseDateField } from './date-rules';
import { duplicateKeys, HOUSEHOLD_MEMBER, MEMBER_UNCOVERED, memberCoverage, tasksOutsidePeriod } from './ipp-rules';
import { ippPeriodProblem } from './periods';
import { count, WORDS } from '@/lib/plural';

/*
 * The IPP's forms (client-importable: no database, no server-only): starting the next IPP, the
 * IPP itself with its goals and tasks, and the kontrakt. react-hook-form checks them on the client
 * and lib/cases/ipp.ts parses them again on the server, where what needs the database (household
 * members without a goal, the PZK's services and institutions, monitoring) is checked.
 */

export const IPP_LIMITS = { goals: 40, tasks: 30, title: 300, description: 1000, institutionName: 300, person: 200 } as const;

const scaleMessage = 'Podaj liczbę całkowitą od 0 do 10.';

/** A value on the 0–10 scale; the form sends a string. */
export const ippScaleField = z.preprocess(
  (v) => (v === '' || v == null ? undefined : typeof v === 'string' ? Number(v.replace(',', '.')) : v),
  z.number({ error: scaleMessage }).int({ error: scaleMessage }).min(0, { error: scaleMessage }).max(10, { error: scaleMessage }),
);

/** Goal and task keys: generated with crypto.randomUUID() for new rows, kept for existing ones. */
export const ippKeyField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Nieprawidłowy klucz.' });

const version = z.coerce.number().int().nonnegative();
const attendance = z.enum(['in_person', 'through_key_worker'], { error: 'Wybierz, jak rodzina uczestniczy w spotkaniach PZK.' });

/**
 * Cross-field checks run even when other fields of the object fail (so every message shows at
 * once), as long as the fields they read parsed: zod skips them by default after any hard error.
 */
const validAt =
  (...keys: string[]) =>
  (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((i) => keys.includes(String(i.path?.[0])));

/** A task under a goal: from the PZK's services list or written freely, with who answers for it. */
export const ippTaskSchema = z
  .object({
    key: ippKeyField,
    serviceId: optionalIdField,
    description: requiredText(IPP_LIMITS.description),
    institutionId: optionalIdField,
    institutionName: optionalText(IPP_LIMITS.institutionName),
    person: optionalText(IPP_LIMITS.person),
    dueOn: dateField,
  })
  .refine((t) => !!(t.institutionId || t.institutionName), {
    path: ['institutionName'],
    message: 'Wybierz instytucję odpowiedzialną z listy albo wpisz jej nazwę.',
    when: validAt('institutionId', 'institutionName'),
  });

export { HOUSEHOLD_MEMBER };

const goalMemberMessage = 'Wybierz osobę, której dotyczy cel, albo całą rodzinę.';
/** A member's id, or HOUSEHOLD_MEMBER / null for a household goal (→ null). */
const goalMemberField = z.preprocess((v) => (v === HOUSEHOLD_MEMBER ? null : v), idField(goalMemberMessage).nullable());

/** A household member without a goal of their own, and why (blank when a goal covers them). */
export const ippMemberReasonSchema = z.object({
  memberId: idField(),
  reason: optionalText(LIMITS.reason),
});

export const ippGoalSchema = z
  .object({
    key: ippKeyField,
    memberId: goalMemberField,
    area: z.enum(AREA_KEYS, { error: 'Wybierz obszar wsparcia.' }),
    title: requiredText(IPP_LIMITS.title),
    expectedEffect: requiredText(LIMITS.reason),
    baseline: ippScaleField,
    target: ippScaleField,
    tasks: z
      .array(ippTaskSchema)
      .min(1, { error: 'Dodaj co najmniej jedno zadanie do celu.' })
      .max(IPP_LIMITS.tasks, { error: `Najwyżej ${count(IPP_LIMITS.tasks, WORDS.task)} w jednym celu.` }),
  })
  .refine((g) => g.target > g.baseline, { path: ['target'], message: 'Wartość docelowa musi być wyższa niż wartość na początku.', when: validAt('baseline', 'target') });

type Period = { startsOn: string; endsOn: string };

/** The period's own rule (at most 3 months): the message lands on the end date. */
function checkPeriod(v: Period, ctx: z.RefinementCtx) {
  const problem = ippPeriodProblem(v.startsOn, v.endsOn);
  if (problem) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: problem });
}

const periodParsed = validAt('startsOn', 'endsOn');

/** Starting an IPP: its period and the family's decision on the PZK meetings. */
export const newIppSchema = z
  .object({
    caseId: idField(),
    startsOn: dateField,
    endsOn: dateField,
    pzkAttendance: attendance,
  })
  .check(z.superRefine(checkPeriod, { when: periodParsed }));
export type NewIppInput = z.input<typeof newIppSchema>;

/** The IPP form: period, attendance, the PZK's acceptance, the goals with their tasks. */
export const ippSchema = z
  .object({
    caseId: idField(),
    ippId: idField(),
    /** The IPP's version when the form was opened: a stale save gets a conflict. */
    version,
    startsOn: dateField,
    endsOn: dateField,
    pzkAttendance: attendance,
    acceptedOn: optionalCaseDateField('ippAcceptance'),
    acceptedMeetingId: optionalIdField,
    goals: z
      .array(ippGoalSchema)
      .min(1, { error: 'Dodaj co najmniej jeden cel.' })
      .max(IPP_LIMITS.goals, { error: `Najwyżej ${count(IPP_LIMITS.goals, WORDS.goal)} w jednym IPP.` }),
    /** One row per household member as the form lists them; the server checks the whole household again. */
    memberReasons: z.array(ippMemberReasonSchema).max(100).default([]),
  })
  .check(
    z.superRefine((v, ctx) => {
      checkPeriod(v, ctx);
      // The goals may hold unparsed rows here (other errors): read them defensively.
      const goals = (Array.isArray(v.goals) ? v.goals : []).map((g) => ({ tasks: (Array.isArray(g?.tasks) ? g.tasks : []).map((t) => ({ dueOn: typeof t?.dueOn === 'string' ? t.dueOn : '' })) }));
      for (const p of tasksOutsidePeriod(goals, v.startsOn, v.endsOn)) ctx.addIssue({ code: 'custom', path: ['goals', p.goalIndex, 'tasks', p.taskIndex, 'dueOn'], message: p.message });
    }, { when: periodParsed }),
    z.superRefine((v, ctx) => {
      if (v.acceptedMeetingId && !v.acceptedOn) ctx.addIssue({ code: 'custom', path: ['acceptedOn'], message: 'Podaj datę akceptacji IPP przez PZK.' });
    }, { when: validAt('acceptedOn', 'acceptedMeetingId') }),
    z.superRefine((v, ctx) => {
      const goals = (Array.isArray(v.goals) ? v.goals : []).map((g) => ({ key: String(g?.key), tasks: (Array.isArray(g?.tasks) ? g.tasks : []).map((t) => ({ key: String(t?.key) })) }));
      if (duplicateKeys(goals).length) ctx.addIssue({ code: 'custom', path: ['goals'], message: 'Cele i zadania mają powtórzone klucze — odśwież stronę i spróbuj ponownie.' });
    }, { when: () => true }),
    // Every member listed in the form is covered by an own goal, a household goal or a reason;
    // the message stands beside the member's row. Goals still holding errors count as written.
    z.superRefine((v, ctx) => {
      const goals = (Array.isArray(v.goals) ? v.goals : []).map((g) => ({ memberId: (g?.memberId ?? null) as number | string | null }));
      const rows = (Array.isArray(v.memberReasons) ? v.memberReasons : []).map((r) => ({ memberId: Number(r?.memberId), reason: typeof r?.reason === 'string' ? r.reason : '' }));
      const coverage = memberCoverage(rows.map((r) => ({ id: r.memberId })), goals, rows);
      rows.forEach((r, i) => {
        if (coverage.get(r.memberId) === 'missing') ctx.addIssue({ code: 'custom', path: ['memberReasons', i, 'reason'], message: MEMBER_UNCOVERED });
      });
    }, { when: () => true }),
  );
export type IppInput = z.input<typeof ippSchema>;
export type IppValues = z.output<typeof ippSchema>;

/** The kontrakt, generated from the IPP and saved with the IPP's version. */
export const contractSchema = z.object({
  caseId: idField(),
  ippId: idField(),
  version,
  concludedOn: caseDateField('contract'),
  familyCommitments: requiredText(LIMITS.longText),
  workerCommitments: requiredText(LIMITS.longText),
  institutionCommitments: optionalText(LIMITS.longText),
  consequences: optionalText(LIMITS.longText),
});
export type ContractInput = z.input<typeof contractSchema>;
