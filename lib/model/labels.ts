import type { Cadence, ItemStatus, ModelVariant, NotificationStatus } from '@/db/schema';

export const VARIANT_LABELS: Record<ModelVariant, string> = {
  rural: 'Model Kooperacji dla gmin wiejskich',
  urban_3d: 'Kooperacje 3D (miasta powyżej 20 tys. mieszkańców)',
};

export const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;
export const stageLabel = (n: number | null) => (n ? `Etap ${ROMAN[n]}` : 'Zakończone');

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  not_started: 'nierozpoczęty',
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

/** What a proposed change to the national model is about. */
export const PROPOSAL_KIND_LABELS: Record<string, string> = {
  substep: 'Podkrok katalogu',
  step: 'Krok katalogu',
  recurring: 'Zadanie cykliczne',
  template: 'Wzór dokumentu',
};

export type ProposalStatus = 'pending' | 'accepted' | 'returned';
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  pending: 'czeka na decyzję',
  accepted: 'przyjęta',
  returned: 'zwrócona',
};

/** What saving an edit of the catalogue does, for the edit pages' lead. */
export function catalogueEditLead(mode: 'save' | 'propose', version: number) {
  return mode === 'save'
    ? `Zapisanie zmian utworzy wersję ${version + 1} katalogu; trwające wdrożenia zachowają wersję ${version}.`
    : `Katalog jest wspólny dla całego kraju: zmianę wysyłasz jako propozycję do administratora krajowego modelu. Po jej przyjęciu powstanie nowa wersja katalogu; trwające wdrożenia zachowają wersję ${version}.`;
}
