import type { ItemStatus } from '@/db/schema';

/**
 * The rule for a sub-step's checklist, the same on the page and in the PDF report: the checklist
 * is an aid to the work, never a condition of it. A sub-step is closed by its status — by hand,
 * or by its evidence (a signed agreement, an attendance list, the accepted notification) — and
 * closing it ticks nothing, since no point of a list says which evidence covers it. Beside a closed
 * sub-step the list is shown as "Lista kontrolna (pomocnicza)" with a note that the unticked points
 * do not block it; beside an open one as "Lista kontrolna" with how many points are ticked.
 */
export interface ChecklistView {
  heading: string;
  /** "zaznaczono 2 z 5" */
  count: string;
  /** Short form for narrow table cells: "2 z 5", "0 z 5 — pomocnicza". */
  short: string;
  advisory: boolean;
  note: string | null;
}

export const CHECKLIST_HEADING = 'Lista kontrolna';
export const ADVISORY_CHECKLIST_HEADING = 'Lista kontrolna (pomocnicza)';

export function checklistView(item: { status: ItemStatus; checks: { done: boolean }[]; evidence: string; evidenceLabel?: string | null }): ChecklistView {
  const ticked = item.checks.filter((c) => c.done).length;
  const total = item.checks.length;
  const closed = item.status === 'done' || item.status === 'not_applicable';
  const count = `zaznaczono ${ticked} z ${total}`;
  if (!closed) return { heading: CHECKLIST_HEADING, count, short: `${ticked} z ${total}`, advisory: false, note: null };
  const open = total - ticked;
  const byEvidence = item.status === 'done' && item.evidence !== 'none';
  const reason =
    item.status === 'not_applicable'
      ? 'Podkrok nie dotyczy gminy'
      : byEvidence
        ? `Podkrok wykonany na podstawie dowodu${item.evidenceLabel ? ` (${item.evidenceLabel})` : ''}`
        : 'Podkrok wykonany';
  return {
    heading: ADVISORY_CHECKLIST_HEADING,
    count,
    short: `${ticked} z ${total} — pomocnicza`,
    advisory: true,
    note: open > 0 ? `${reason}; punkty listy są pomocnicze — niezaznaczone nie blokują jego zamknięcia.` : `${reason}.`,
  };
}
