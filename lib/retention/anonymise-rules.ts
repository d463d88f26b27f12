import type { AfterCarePlan, InstitutionExpectation, IppContract, IppGoal, IppMemberReason, PositiveOpinion } from '@/db/schema';

/*
 * The anonymisation mapping (pure): what of a case's data stays and what goes when a case is
 * anonymised (lib/retention/anonymise.ts). Everything the evaluation counts stays — statuses,
 * dates, scales, goal keys, areas, baselines and targets, member ids, task keys, institutions and
 * due dates; names, PESEL, exact birth years, addresses and every free-text note go. Where a screen
 * needs a non-empty value, a neutral label takes the place of a name ("Osoba 1", "Cel 1").
 *
 * Relation words ("matka", "syn") stay: alone they identify no one, and the household's shape is
 * what the work with a family was about.
 */

/** The age bands kept instead of the birth year. */
export const AGE_BANDS = ['0–6', '7–17', '18–25', '26–59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The band of the age reached in `atYear` by someone born in `birthYear` (a birth year after `atYear` counts as 0). */
export function ageBand(birthYear: number, atYear: number): AgeBand {
  const age = Math.max(0, atYear - birthYear);
  if (age <= 6) return '0–6';
  if (age <= 17) return '7–17';
  if (age <= 25) return '18–25';
  if (age <= 59) return '26–59';
  return '60+';
}

/** The year the band is computed at: the year the case closed, else the current year. */
export const ageBandYear = (closedOn: string | null, currentYear: number) => (closedOn ? Number(closedOn.slice(0, 4)) : currentYear);

/** The neutral label of the household member at `index` (0-based, in the household's order). */
export const neutralName = (index: number) => ({ firstName: 'Osoba', lastName: String(index + 1) });
/** The label as shown ("Osoba 1"). */
export const neutralFullName = (index: number) => `Osoba ${index + 1}`;
/** A ZZK decision's text when anonymised (owner, due date and status stay). */
export const ZZK_DECISION_LABEL = 'Ustalenie';
export const neutralGoalTitle = (goalIndex: number) => `Cel ${goalIndex + 1}`;
export const neutralTaskDescription = (goalIndex: number, taskIndex: number) => `Zadanie ${goalIndex + 1}.${taskIndex + 1}`;

/** A nullable free text: null stays null (nothing was written), any text becomes ''. */
export const blankNullable = (v: string | null) => (v == null ? null : '');

/** IPP goals: keys, member, area, baseline, target, task keys, institutions and due dates kept; titles and effects replaced, persons gone. */
export function anonymiseGoals(goals: IppGoal[]): IppGoal[] {
  return goals.map((g, gi) => ({
    key: g.key,
    memberId: g.memberId,
    area: g.area,
    title: neutralGoalTitle(gi),
    expectedEffect: '',
    baseline: g.baseline,
    target: g.target,
    tasks: g.tasks.map((t, ti) => ({
      key: t.key,
      serviceId: t.serviceId,
      description: neutralTaskDescription(gi, ti),
      institutionId: t.institutionId,
      institutionName: t.institutionName,
      person: '',
      dueOn: t.dueOn,
    })),
  }));
}

/** The description of an ipp_tasks row, the same label as its task in the IPP. */
export function taskLabels(goals: IppGoal[]): Map<string, string> {
  const out = new Map<string, string>();
  goals.forEach((g, gi) => g.tasks.forEach((t, ti) => out.set(t.key, neutralTaskDescription(gi, ti))));
  return out;
}

export const anonymiseMemberReasons = (reasons: IppMemberReason[]): IppMemberReason[] => reasons.map((r) => ({ memberId: r.memberId, reason: '' }));

/** The contract: its date kept, every commitment's text gone. */
export const anonymiseContract = (c: IppContract | null): IppContract | null =>
  c == null ? null : { concludedOn: c.concludedOn, familyCommitments: '', workerCommitments: '', institutionCommitments: '', consequences: '' };

/** After-care: the period and visit rhythm kept; the first-aid kit's text and the family expert's name gone. */
export const anonymiseAfterCare = (a: AfterCarePlan | null): AfterCarePlan | null =>
  a == null ? null : { contactUntil: a.contactUntil, visitEveryMonths: a.visitEveryMonths, firstAidKit: '', familyExpertName: '' };

/** Positive opinions of the qualification: which institution kept, the reason gone. */
export const anonymiseOpinions = (ops: PositiveOpinion[]): PositiveOpinion[] => ops.map((o) => ({ institutionId: o.institutionId, institutionName: o.institutionName, reason: '' }));

/** The institutions' expectations of the diagnosis: which institution kept, the text gone. */
export const anonymiseExpectations = (xs: InstitutionExpectation[]): InstitutionExpectation[] => xs.map((x) => ({ institutionName: x.institutionName, expectations: '' }));

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');

/**
 * Who gave a consent: a household member's name becomes that member's neutral label; anything else
 * (a guardian's name) is removed.
 */
export function anonymiseGivenBy(givenBy: string, members: { firstName: string; lastName: string }[]): string {
  const i = members.findIndex((m) => norm(`${m.firstName} ${m.lastName}`) === norm(givenBy) || norm(`${m.lastName} ${m.firstName}`) === norm(givenBy));
  return i >= 0 ? neutralFullName(i) : '';
}

/** The kind of an anonymisation's reason, the only thing of it written to the audit log. */
export type AnonymisationReasonKind = 'destruction_batch' | 'erasure_request' | 'other';

/** "partia brakowania zatwierdzona … (zgoda archiwum …)" → destruction_batch; "żądanie RODO/2026/0001" → erasure_request. */
export function reasonKind(reason: string): AnonymisationReasonKind {
  const r = reason.trim().toLocaleLowerCase('pl');
  if (r.startsWith('partia brakowania')) return 'destruction_batch';
  if (r.startsWith('żądanie')) return 'erasure_request';
  return 'other';
}
