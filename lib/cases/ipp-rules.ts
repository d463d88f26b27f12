import type { IppGoal, IppTask } from '@/db/schema';
import { addDays } from '@/lib/model/dates';
import { formatDate } from '@/lib/text';
import { AREAS } from '@/lib/services/vocabulary';

/*
 * The IPP's rules as pure functions (tests/unit/cases-ipp.test.ts), shared by the form schema
 * (lib/cases/ipp-schemas.ts), the domain (lib/cases/ipp.ts) and the form on the client: how the
 * next IPP continues the previous one, who in the household still lacks a goal, which tasks fall
 * outside the IPP's period, and the kontrakt's first draft.
 */

export interface MonitoredScales {
  heldOn: string;
  /** Goal key → scale 0–10. */
  scales: Record<string, number>;
}

export interface HouseholdMember {
  id: number;
  firstName: string;
  lastName: string;
}

export const memberName = (m: Pick<HouseholdMember, 'firstName' | 'lastName'>) => `${m.firstName} ${m.lastName}`;

/** The latest monitored value of each goal key (meetings by date; on one date, the later entry wins). */
export function latestScales(entries: readonly MonitoredScales[]): Record<string, number> {
  const out: Record<string, number> = {};
  const sorted = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.heldOn.localeCompare(b.e.heldOn) || a.i - b.i);
  for (const { e } of sorted) for (const [key, value] of Object.entries(e.scales)) if (Number.isFinite(value)) out[key] = value;
  return out;
}

/** The earliest day the IPP after one ending on `previousEndsOn` may start. */
export const nextIppStart = (previousEndsOn: string) => addDays(previousEndsOn, 1);

/** A Polish message when the next IPP would start before the day after the previous one ends. */
export function nextIppStartProblem(previous: { sequence: number; endsOn: string }, startsOn: string): string | null {
  const earliest = nextIppStart(previous.endsOn);
  if (startsOn >= earliest) return null;
  return `IPP ${previous.sequence + 1} może się zacząć najwcześniej ${formatDate(earliest)} — dzień po zakończeniu IPP ${previous.sequence} (${formatDate(previous.endsOn)}).`;
}

/**
 * The next IPP's goals: the previous IPP's goals and tasks with the SAME keys (so monitoring and
 * the progress chart run on over the whole case). Each goal starts from the latest monitored
 * value of its key, or from the previous baseline when it was never measured. A task's due date
 * outside the new period moves to the new period's last day; the worker adjusts it.
 */
export function continueGoals(previous: readonly IppGoal[], monitoring: readonly MonitoredScales[], period: { startsOn: string; endsOn: string }): IppGoal[] {
  const latest = latestScales(monitoring);
  return previous.map((g) => ({
    ...g,
    baseline: latest[g.key] ?? g.baseline,
    tasks: g.tasks.map((t) => ({ ...t, dueOn: t.dueOn >= period.startsOn && t.dueOn <= period.endsOn ? t.dueOn : period.endsOn })),
  }));
}

/*
 * Who a goal is for: one household member, or the whole household (memberId null: "cel rodzinny").
 * The rule: every member is covered — by a goal of their own, by a household goal (which concerns
 * every member, so it covers all of them without marking each), or by a reason recorded for that
 * member in this IPP ("nie dotyczy — dziecko w wieku 4 lat, cele w celu rodzinnym").
 */

/** The label of a household goal's owner wherever goals are listed per person. */
export const HOUSEHOLD_LABEL = 'Cała rodzina';
export const HOUSEHOLD_GOAL = 'Cel rodzinny';

/** The member select's value for a goal of the whole household (stored as memberId null). */
export const HOUSEHOLD_MEMBER = 'household';

/** Form values carry ids as strings: HOUSEHOLD_MEMBER (or null) is the household, '' nobody yet. */
const memberOf = (g: { memberId: number | string | null }) => (g.memberId == null || g.memberId === HOUSEHOLD_MEMBER ? null : g.memberId === '' ? NaN : Number(g.memberId));

export const isHouseholdGoal = (g: { memberId: number | string | null }) => memberOf(g) === null;

/** Household members with no goal of their own in the IPP, in household order. */
export function membersWithoutGoals<M extends { id: number }>(members: readonly M[], goals: readonly { memberId: number | string | null }[]): M[] {
  const covered = new Set(goals.map(memberOf));
  return members.filter((m) => !covered.has(m.id));
}

export type MemberCoverage = 'own' | 'household' | 'reason' | 'missing';

/** How each member is covered (own goal first, then a household goal, then a recorded reason). */
export function memberCoverage(
  members: readonly { id: number }[],
  goals: readonly { memberId: number | string | null }[],
  reasons: readonly { memberId: number | string; reason?: string | null }[] = [],
): Map<number, MemberCoverage> {
  const own = new Set(goals.map(memberOf));
  const household = own.has(null);
  const withReason = new Set(reasons.filter((r) => (r.reason ?? '').trim()).map((r) => Number(r.memberId)));
  return new Map(members.map((m) => [m.id, own.has(m.id) ? 'own' : household ? 'household' : withReason.has(m.id) ? 'reason' : 'missing']));
}

/** Members covered by nothing, in household order. */
export function uncoveredMembers<M extends { id: number }>(members: readonly M[], goals: readonly { memberId: number | string | null }[], reasons: readonly { memberId: number | string; reason?: string | null }[] = []): M[] {
  const coverage = memberCoverage(members, goals, reasons);
  return members.filter((m) => coverage.get(m.id) === 'missing');
}

/** Beside a member's row in the form (and on the server's field of that row). */
export const MEMBER_UNCOVERED = 'Ta osoba nie ma celu: dodaj jej cel, cel dla całej rodziny albo wpisz, dlaczego cel jej nie dotyczy.';

/** "Każda osoba … Brak celu: Łukasz Zięba." — or null when everyone is covered. */
export function membersWithoutGoalsMessage(members: readonly HouseholdMember[], goals: readonly { memberId: number | string | null }[], reasons: readonly { memberId: number | string; reason?: string | null }[] = []): string | null {
  const missing = uncoveredMembers(members, goals, reasons);
  if (!missing.length) return null;
  return `Każda osoba z gospodarstwa domowego musi mieć własny cel, cel rodzinny (dla całej rodziny) albo zapisany powód braku celu. Brak celu: ${missing.map(memberName).join(', ')}.`;
}

/**
 * The reasons kept with the IPP: one per member of the household who has no goal of their own
 * (a reason beside an own goal says nothing), trimmed, blanks dropped, in household order.
 */
export function keptReasons(members: readonly { id: number }[], goals: readonly { memberId: number | string | null }[], reasons: readonly { memberId: number | string; reason?: string | null }[]) {
  const without = new Set(membersWithoutGoals(members, goals).map((m) => m.id));
  const byMember = new Map(reasons.map((r) => [Number(r.memberId), (r.reason ?? '').trim()]));
  return members.filter((m) => without.has(m.id) && byMember.get(m.id)).map((m) => ({ memberId: m.id, reason: byMember.get(m.id)! }));
}

export interface TaskDateProblem {
  goalIndex: number;
  taskIndex: number;
  message: string;
}

/** Tasks whose due date falls outside the IPP's period (each with a Polish message). */
export function tasksOutsidePeriod(goals: readonly { tasks: readonly { dueOn: string }[] }[], startsOn: string, endsOn: string): TaskDateProblem[] {
  const out: TaskDateProblem[] = [];
  goals.forEach((g, goalIndex) =>
    g.tasks.forEach((t, taskIndex) => {
      if (!t.dueOn) return;
      if (t.dueOn < startsOn || t.dueOn > endsOn) {
        out.push({ goalIndex, taskIndex, message: `Termin zadania musi mieścić się w okresie IPP (${formatDate(startsOn)}–${formatDate(endsOn)}).` });
      }
    }),
  );
  return out;
}

/** Keys repeated within the IPP (a goal or task key must be unique in it). */
export function duplicateKeys(goals: readonly { key: string; tasks: readonly { key: string }[] }[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of goals.flatMap((g) => [g.key, ...g.tasks.map((t) => t.key)])) {
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}

/**
 * Goals and tasks of the stored IPP that the new version drops although monitoring already
 * recorded them (goal keys in scales, task keys in task statuses): the series would break.
 */
export function removedReferenced(stored: readonly IppGoal[], next: readonly { key: string; tasks: readonly { key: string }[] }[], referenced: { goalKeys: ReadonlySet<string>; taskKeys: ReadonlySet<string> }) {
  const nextGoals = new Set(next.map((g) => g.key));
  const nextTasks = new Set(next.flatMap((g) => g.tasks.map((t) => t.key)));
  const goals = stored.filter((g) => referenced.goalKeys.has(g.key) && !nextGoals.has(g.key));
  const tasks = stored.flatMap((g) => g.tasks).filter((t) => referenced.taskKeys.has(t.key) && !nextTasks.has(t.key));
  return { goals, tasks };
}

/** The refusal message for removedReferenced, or null. */
export function removedReferencedMessage(removed: { goals: readonly Pick<IppGoal, 'title'>[]; tasks: readonly Pick<IppTask, 'description'>[] }): string | null {
  const parts: string[] = [];
  if (removed.goals.length) parts.push(`${removed.goals.length === 1 ? 'celu' : 'celów'} ${removed.goals.map((g) => `„${g.title}”`).join(', ')}`);
  if (removed.tasks.length) parts.push(`${removed.tasks.length === 1 ? 'zadania' : 'zadań'} ${removed.tasks.map((t) => `„${t.description}”`).join(', ')}`);
  if (!parts.length) return null;
  return `Nie można usunąć ${parts.join(' ani ')} — monitoring tego IPP ma już dla nich zapisy. Zmień treść zamiast usuwać (zadanie niewykonane oznacz w monitoringu jako zaniechane).`;
}

const areaLabel = (a: string) => (AREAS as Record<string, string>)[a] ?? a;

/** The kontrakt's first draft, from the IPP: the family's commitments per member, the institutions' per institution. */
export function contractDraft(goals: readonly IppGoal[], members: readonly HouseholdMember[], period: { startsOn: string; endsOn: string }) {
  const line = (g: IppGoal) => `– ${g.title} (obszar: ${areaLabel(g.area).toLowerCase()}); oczekiwany efekt: ${g.expectedEffect}`;
  const household = goals.filter(isHouseholdGoal);
  const family = [
    household.length ? [`${HOUSEHOLD_LABEL} (${HOUSEHOLD_GOAL.toLowerCase()}):`, ...household.map(line)].join('\n') : null,
    ...members.map((m) => {
      const own = goals.filter((g) => g.memberId === m.id);
      if (!own.length) return null;
      return [`${memberName(m)}:`, ...own.map(line)].join('\n');
    }),
  ]
    .filter((x): x is string => x !== null)
    .join('\n\n');
  const byInstitution = new Map<string, string[]>();
  for (const g of goals) {
    for (const t of g.tasks) {
      const name = t.institutionName || 'Instytucja nieokreślona';
      const list = byInstitution.get(name) ?? [];
      list.push(`– ${t.description}${t.person ? ` (odpowiada: ${t.person})` : ''}, termin: ${formatDate(t.dueOn)}`);
      byInstitution.set(name, list);
    }
  }
  const institutions = [...byInstitution.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'pl'))
    .map(([name, list]) => [`${name}:`, ...list].join('\n'))
    .join('\n\n');
  return {
    familyCommitments: family,
    workerCommitments: `Pracownik kluczowy w okresie ${formatDate(period.startsOn)}–${formatDate(period.endsOn)} spotyka się z rodziną co najmniej raz w miesiącu (monitoring), koordynuje działania instytucji i informuje zespół o postępach.`,
    institutionCommitments: institutions,
    consequences: '',
  };
}
