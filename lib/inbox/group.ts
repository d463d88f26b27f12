import { addDays, daysBetween, mondayOf } from '@/lib/model/dates';
import { plural } from '@/lib/plural';
import type { InboxItem } from './types';

/*
 * "Moja praca" grouped by when: pure, so its boundaries are unit-tested
 * (tests/unit/inbox-group.test.ts). Dates are ISO days of Poland (clock.today()).
 */

export type InboxGroupKey = 'overdue' | 'week' | 'later';

export interface InboxGroup {
  key: InboxGroupKey;
  label: string;
  items: InboxItem[];
}

export const GROUP_LABELS: Record<InboxGroupKey, string> = {
  overdue: 'Zaległe',
  week: 'W tym tygodniu',
  later: 'Później',
};

/** The Sunday that ends the ISO week (Monday–Sunday) of `today`. */
export const endOfWeek = (today: string): string => addDays(mondayOf(today), 6);

/**
 * Which group an item falls in: past its due date → "Zaległe"; due from today until the Sunday of
 * the current week, or without a date (it waits for someone's decision, which should not wait for
 * a deadline) → "W tym tygodniu"; anything later → "Później".
 */
export function groupOf(dueOn: string | null, today: string): InboxGroupKey {
  if (dueOn == null) return 'week';
  if (dueOn < today) return 'overdue';
  return dueOn <= endOfWeek(today) ? 'week' : 'later';
}

/** Due date ascending (so the longest overdue comes first); dateless last; then by what and key, for a stable order. */
export function compareItems(a: InboxItem, b: InboxItem): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn == null) return 1;
    if (b.dueOn == null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.what.localeCompare(b.what, 'pl') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The three groups in their order, each sorted; empty groups are kept (the page leaves them out). */
export function groupInbox(items: InboxItem[], today: string): InboxGroup[] {
  const groups: InboxGroup[] = (['overdue', 'week', 'later'] as const).map((key) => ({ key, label: GROUP_LABELS[key], items: [] }));
  const byKey = new Map(groups.map((g) => [g.key, g]));
  for (const item of [...items].sort(compareItems)) byKey.get(groupOf(item.dueOn, today))!.items.push(item);
  return groups;
}

const DAY_GEN = ['dnia', 'dni', 'dni'] as const;

/** How late an item is, in words (never only in colour): "po terminie od 3 dni"; null when it is not late. */
export function lateness(dueOn: string | null, today: string): string | null {
  if (dueOn == null || dueOn >= today) return null;
  const days = daysBetween(dueOn, today);
  return `po terminie od ${days} ${plural(days, DAY_GEN)}`;
}

/** How many items wait behind each navigation entry (its href). */
export function countByNav(items: InboxItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i.nav] = (out[i.nav] ?? 0) + 1;
  return out;
}
