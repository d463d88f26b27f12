/*
 * Team supervision and the schedule (step 7.1: "Superwizor jest dostępny dla zespołu minimum raz na
 * trzy miesiące"): the gmina's schedule holds a "Superwizja zespołowa" occurrence per period, and a
 * recorded supervision marks the one whose period holds its date. Pure rules; lib/coaching/coaching.ts
 * applies them in the session's transaction.
 */

export interface OccurrenceWindow {
  id: number;
  /** yyyy-mm-dd, both ends inclusive. */
  periodStart: string;
  dueDate: string;
}

export interface OccurrenceState {
  status: 'planned' | 'done' | 'skipped';
  doneOn: string | null;
  note: string | null;
}

export const SUPERVISION_NOTE = 'Superwizja zespołowa';
const NOTE_MAX = 1000;

/** The occurrence whose period holds `date` (ends included); the earliest-starting one if periods overlap; null when none does. */
export function occurrenceForDate(date: string, windows: readonly OccurrenceWindow[]): number | null {
  const hits = windows.filter((w) => w.periodStart <= date && date <= w.dueDate).sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.id - b.id);
  return hits[0]?.id ?? null;
}

/** "Superwizja zespołowa: budowanie zespołu" (the topic's first line), or just "Superwizja zespołowa". */
export function supervisionNote(topic: string): string {
  const first = topic.trim().split('\n')[0]?.trim() ?? '';
  const note = first ? `${SUPERVISION_NOTE}: ${first}` : SUPERVISION_NOTE;
  return note.length > NOTE_MAX ? `${note.slice(0, NOTE_MAX - 1)}…` : note;
}

/** Whether the occurrence's "done" was written by a supervision record (not ticked by hand in the schedule). */
export const markedBySupervision = (s: OccurrenceState) => s.status === 'done' && (s.note ?? '').startsWith(SUPERVISION_NOTE);

/**
 * What an occurrence becomes, given the supervisions still linked to it; null = leave it as it is.
 * With a supervision: done on the earliest one's date, noted with its topic. Without one: back to
 * planned, but only if a supervision had marked it — an occurrence ticked by hand stays done.
 * An occurrence ticked by hand is not overwritten either.
 */
export function nextOccurrenceState(current: OccurrenceState, supervisions: readonly { heldOn: string; topic: string }[]): OccurrenceState | null {
  const ours = markedBySupervision(current);
  if (current.status === 'done' && !ours) return null;
  if (!supervisions.length) return ours ? { status: 'planned', doneOn: null, note: null } : null;
  const first = [...supervisions].sort((a, b) => a.heldOn.localeCompare(b.heldOn))[0];
  const next: OccurrenceState = { status: 'done', doneOn: first.heldOn, note: supervisionNote(first.topic) };
  return next.status === current.status && next.doneOn === current.doneOn && next.note === current.note ? null : next;
}
