import type { ItemStatus } from '@/db/schema';
import { count, plural, WORDS } from '@/lib/plural';

/*
 * Step 9.2 of the model: "PODSUMOWANIE EFEKTÓW, EWENTUALNA DECYZJA PZK O KONTYNUACJI PRAC —
 * Przejdźcie do kroku 2.2". Pure rules, free of the database.
 */

/** Where a next cycle starts: "Przejdźcie do kroku 2.2". */
export const NEXT_CYCLE_FROM = '2.2';
/** The sub-step the decision belongs to, and the one that must be behind it. */
export const DECISION_SUBSTEP = '9.2';
export const BEFORE_DECISION_SUBSTEP = '9.1';

const closed = (s: ItemStatus) => s === 'done' || s === 'not_applicable';
const started = (s: ItemStatus) => s === 'in_progress' || s === 'done';

export interface CycleItem {
  code: string;
  position: number;
  status: ItemStatus;
}

/**
 * The PZK may decide once the evaluation of its work reached 9.2: sub-step 9.1 (work with the
 * person/family) is closed, or 9.2 itself or any later sub-step has been started (a team that went
 * ahead out of order). Before that the decision is refused with the reason.
 */
export function mayDecideCycle(items: CycleItem[]): { ok: true } | { ok: false; reason: string } {
  const before = items.find((i) => i.code === BEFORE_DECISION_SUBSTEP);
  const decision = items.find((i) => i.code === DECISION_SUBSTEP);
  if (!decision) return { ok: false, reason: 'Harmonogram nie ma podkroku 9.2 — decyzji o kontynuacji nie można zapisać.' };
  if (before && closed(before.status)) return { ok: true };
  if (items.some((i) => i.position >= decision.position && started(i.status))) return { ok: true };
  return { ok: false, reason: 'Decyzję o kontynuacji prac PZK podejmuje w kroku 9.2 — najpierw zakończ podkrok 9.1 (ewaluacja pracy z osobą/rodziną).' };
}

/**
 * The sub-steps of a next cycle: the gmina's own (local) ones from 2.2 on, in the model's order.
 * The ones before it (2.1: information meeting and diagnosis) belong to the first cycle only and
 * are not created, so the new schedule's counts and percentage are of its own work.
 */
export function nextCycleSubsteps<S extends { code: string; position: number; level: string }>(substeps: S[], from = NEXT_CYCLE_FROM): S[] {
  const first = substeps.find((s) => s.code === from);
  if (!first) throw new Error(`Katalog nie ma podkroku ${from}.`);
  return substeps.filter((s) => s.level === 'local' && s.position >= first.position);
}

/** "04.06.2028" from "2028-06-04" (no time zone involved). */
const pl = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The one-line summary of a decision: "Cykl 2 od 04.06.2028" for continue; for end "Zakończono
 * 30.06.2028: 3 sprawy w toku zostają w GOPS" (and how many were handed over).
 */
export function decisionSummary(d: { decision: 'continue' | 'end'; decidedOn: string; cycle: number; openCases: { handedTo: string | null }[] }): string {
  if (d.decision === 'continue') return `Cykl ${d.cycle + 1} od ${pl(d.decidedOn)}`;
  if (!d.openCases.length) return `Zakończono ${pl(d.decidedOn)}: bez spraw w toku`;
  const handed = d.openCases.filter((c) => c.handedTo).length;
  const kept = d.openCases.length - handed;
  const parts: string[] = [];
  if (kept) parts.push(`${count(kept, WORDS.case)} w toku ${plural(kept, ['zostaje', 'zostają', 'zostaje'])} w GOPS`);
  if (handed) parts.push(`${count(handed, WORDS.case)} ${plural(handed, ['przekazana', 'przekazane', 'przekazanych'])} dalej`);
  return `Zakończono ${pl(d.decidedOn)}: ${parts.join(', ')}`;
}
