import type { TrackStepState } from '@/db/schema';

/** What the dashboard's strip says about one step of a gmina's track. */
export type StepStatus = 'done' | 'in_progress' | 'overdue' | 'not_started';

export interface StepCell {
  step: number;
  status: StepStatus;
  /** A step of the regional track (stage I: ROPS), the same for every gmina of the województwo. */
  regional: boolean;
}

export const STEP_STATUS_LABEL: Record<StepStatus, string> = {
  done: 'zakończony',
  in_progress: 'w toku',
  overdue: 'po terminie',
  not_started: 'nierozpoczęty',
};

/** The initial of the status beside the colour, so the strip reads without colour too (legend on the page and in the PDF). */
export const STEP_STATUS_MARK: Record<StepStatus, string> = {
  done: 'Z',
  in_progress: 'W',
  overdue: 'P',
  not_started: 'N',
};

/** The legend of the marks: "Z — zakończony, W — w toku, P — po terminie, N — nierozpoczęty". */
export const STEP_LEGEND = (Object.keys(STEP_STATUS_MARK) as StepStatus[]).map((s) => `${STEP_STATUS_MARK[s]} — ${STEP_STATUS_LABEL[s]}`).join(', ');

/**
 * The strip of steps of one gmina: its own steps (2–10), and those it does not carry — stage I,
 * step 1, is the województwo's — from the regional track. A step is overdue when one of its open
 * sub-steps was planned to end before today, whether started or not.
 */
export function stepStrip(own: TrackStepState[], regional: TrackStepState[], today: string): StepCell[] {
  const cells = new Map<number, StepCell>();
  for (const s of regional) cells.set(s.step, { step: s.step, status: statusOf(s, today), regional: true });
  for (const s of own) cells.set(s.step, { step: s.step, status: statusOf(s, today), regional: false });
  return [...cells.values()].sort((a, b) => a.step - b.step);
}

function statusOf(s: TrackStepState, today: string): StepStatus {
  if (s.state === 'done') return 'done';
  if (s.openEnd && s.openEnd < today) return 'overdue';
  return s.state === 'started' ? 'in_progress' : 'not_started';
}

/** The text alternative of a strip: "Krok 1 (wojewódzki): zakończony, Krok 2: w toku, …". */
export function stepStripText(cells: StepCell[]): string {
  return cells.map((c) => `Krok ${c.step}${c.regional ? ' (wojewódzki)' : ''}: ${STEP_STATUS_LABEL[c.status]}`).join(', ');
}

/** The steps a CSV has a column for: 1–10, whatever a row carries. */
export const STRIP_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A row's cell for step n in the CSV: the status in words, empty when the track has no such step. */
export function stepCsvCell(cells: StepCell[], step: number): string {
  const c = cells.find((x) => x.step === step);
  return c ? STEP_STATUS_LABEL[c.status] : '';
}
