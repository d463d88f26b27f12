import type { Cadence, ItemStatus, NotificationStatus } from '@/db/schema';

export const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;
export const stageLabel = (n: number | null) => (n ? `Etap ${ROMAN[n]}` : 'Zakończone');

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  not_started: 'nie rozpoczęty',
  in_progress: 'w toku',
  done: 'wykonany',
  not_applicable: 'nie dotyczy',
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  monthly: 'co najmniej raz w miesiącu',
  quarterly: 'co najmniej raz na kwartał',
  every_3_months: 'co najmniej raz na 3 miesiące',
  yearly_q1: 'raz w roku, w I kwartale',
  q1_q3: 'dwa razy w roku: w I i III kwartale',
};

export const NOTIFICATION_STATUS_LABELS: Record<NotificationStatus, string> = {
  submitted: 'czeka na decyzję ROPS',
  returned: 'zwrócone do poprawy',
  accepted: 'przyjęte',
};

/** "m. 4–5" for a window in implementation months (months ≤ 0 are before the start). */
export function monthsLabel(startMonth: number, durationMonths: number) {
  const end = startMonth + durationMonths - 1;
  return end === startMonth ? `mies. ${startMonth}` : `mies. ${startMonth}–${end}`;
}
