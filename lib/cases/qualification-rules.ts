import { formatDate } from '@/lib/text';

/*
 * When a case may be qualified for work in the model (step 7.2): the consents of the person or
 * family, a positive opinion of at least one institution, the GOPS animator's check in the welfare
 * system, a consultation with the PCPR animator on the team, and at least one of the model's
 * criteria. Pure functions: the page shows them as a checklist, the server refuses with them
 * (tests/unit/cases-qualification.test.ts).
 */

/** A recorded consent as the rule needs it (from case_consents). */
export interface ConsentState {
  kind: 'cooperation' | 'data_sharing';
  withdrawnOn: string | null;
}

/** The decision as the form holds it (raw form values are fine: blanks count as missing). */
export interface QualificationRuleInput {
  decision?: 'qualified' | 'refused' | '' | null;
  decidedOn?: string | null;
  opinions?: readonly { institutionId?: unknown; institutionName?: string | null; reason?: string | null }[] | null;
  welfareVerifiedOn?: string | null;
  pcprConsultedOn?: string | null;
  criteria?: readonly string[] | string | false | null;
  refusalReason?: string | null;
}

/** The things a qualification needs, in the order the page lists them. */
export const QUALIFICATION_REQUIREMENTS = {
  consent_cooperation: 'Zgoda na współpracę w modelu (zapisana, niewycofana)',
  consent_data_sharing: 'Zgoda na przekazywanie danych między wskazanymi instytucjami (zapisana, niewycofana)',
  opinion: 'Pozytywna opinia co najmniej jednej instytucji — która i dlaczego',
  welfare: 'Weryfikacja w systemie pomocy społecznej przez animatora GOPS',
  pcpr: 'Konsultacja z animatorem PCPR w zespole',
  criteria: 'Co najmniej jedno kryterium kwalifikacji z modelu',
} as const;
export type QualificationRequirement = keyof typeof QUALIFICATION_REQUIREMENTS;

export interface QualificationIssue {
  /** Which requirement (or 'decision' / 'refusal_reason' / a date order problem). */
  key: QualificationRequirement | 'decision' | 'refusal_reason' | 'welfare_after_decision' | 'pcpr_after_decision';
  /** The form field the message belongs next to; null when it is not a field of the form (consents). */
  field: string | null;
  message: string;
}

const filled = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : typeof v === 'number' ? Number.isFinite(v) && v > 0 : false);

/** A consent counts when it is recorded and not withdrawn. */
export const hasActiveConsent = (consents: readonly ConsentState[], kind: ConsentState['kind']) => consents.some((c) => c.kind === kind && !c.withdrawnOn);

/** An opinion counts when it names an institution (from the list or typed) and says why. */
export const countsAsOpinion = (o: { institutionId?: unknown; institutionName?: string | null; reason?: string | null }) =>
  (filled(o.institutionId) || filled(o.institutionName)) && filled(o.reason);

const criteriaOf = (c: QualificationRuleInput['criteria']): string[] => (Array.isArray(c) ? c.filter((x) => filled(x)) : typeof c === 'string' && c ? [c] : []);

/** What stands in the way of the decision, with the field each message belongs to. */
export function qualificationIssues(input: QualificationRuleInput, ctx: { consents: readonly ConsentState[] }): QualificationIssue[] {
  if (input.decision === 'refused') {
    return filled(input.refusalReason) ? [] : [{ key: 'refusal_reason', field: 'refusalReason', message: 'Podaj powód odmowy kwalifikacji.' }];
  }
  if (input.decision !== 'qualified') return [{ key: 'decision', field: 'decision', message: 'Wybierz decyzję: zakwalifikowanie albo odmowa.' }];
  const issues: QualificationIssue[] = [];
  if (!hasActiveConsent(ctx.consents, 'cooperation')) {
    issues.push({ key: 'consent_cooperation', field: null, message: 'Brak zgody osoby lub rodziny na współpracę w modelu — zapisz ją na koncie sprawy (wycofana zgoda się nie liczy).' });
  }
  if (!hasActiveConsent(ctx.consents, 'data_sharing')) {
    issues.push({ key: 'consent_data_sharing', field: null, message: 'Brak zgody na przekazywanie danych między wskazanymi instytucjami — zapisz ją na koncie sprawy (wycofana zgoda się nie liczy).' });
  }
  if (!(input.opinions ?? []).some(countsAsOpinion)) {
    issues.push({ key: 'opinion', field: 'opinions', message: 'Brak pozytywnej opinii co najmniej jednej instytucji (która instytucja i dlaczego).' });
  }
  if (!filled(input.welfareVerifiedOn)) {
    issues.push({ key: 'welfare', field: 'welfareVerifiedOn', message: 'Brak daty weryfikacji w systemie pomocy społecznej przez animatora GOPS.' });
  } else if (filled(input.decidedOn) && input.welfareVerifiedOn! > input.decidedOn!) {
    issues.push({
      key: 'welfare_after_decision',
      field: 'welfareVerifiedOn',
      message: `Weryfikacja w systemie pomocy społecznej (${formatDate(input.welfareVerifiedOn!)}) nie może być późniejsza niż decyzja (${formatDate(input.decidedOn!)}).`,
    });
  }
  if (!filled(input.pcprConsultedOn)) {
    issues.push({ key: 'pcpr', field: 'pcprConsultedOn', message: 'Brak daty konsultacji z animatorem PCPR w zespole.' });
  } else if (filled(input.decidedOn) && input.pcprConsultedOn! > input.decidedOn!) {
    issues.push({
      key: 'pcpr_after_decision',
      field: 'pcprConsultedOn',
      message: `Konsultacja z animatorem PCPR (${formatDate(input.pcprConsultedOn!)}) nie może być późniejsza niż decyzja (${formatDate(input.decidedOn!)}).`,
    });
  }
  if (criteriaOf(input.criteria).length === 0) {
    issues.push({ key: 'criteria', field: 'criteria', message: 'Nie wskazano kryterium kwalifikacji z modelu (co najmniej jedno).' });
  }
  return issues;
}

/** The Polish messages, one per missing thing; empty when the decision may be recorded. */
export function qualificationProblems(input: QualificationRuleInput, ctx: { consents: readonly ConsentState[] }): string[] {
  return qualificationIssues(input, ctx).map((i) => i.message);
}

/** The checklist the page shows: every requirement of qualifying, met or not. */
export function qualificationChecklist(input: Omit<QualificationRuleInput, 'decision'>, ctx: { consents: readonly ConsentState[] }) {
  const missing = new Set(qualificationIssues({ ...input, decision: 'qualified' }, ctx).map((i) => i.key));
  return (Object.keys(QUALIFICATION_REQUIREMENTS) as QualificationRequirement[]).map((key) => ({ key, label: QUALIFICATION_REQUIREMENTS[key], met: !missing.has(key) }));
}

/** The refusal of a qualification attempt, in one message naming everything that is missing. */
export function qualificationRefusalMessage(problems: readonly string[]): string {
  return `Sprawy nie można zakwalifikować. ${problems.join(' ')}`;
}
