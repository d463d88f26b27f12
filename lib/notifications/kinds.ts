/** What a PZK member (or a case's key worker) may be told by e-mail; each kind can be switched off by the user. */
export const EMAIL_KINDS = {
  meeting_new: 'Nowe spotkanie zespołu',
  minutes_published: 'Opublikowany protokół spotkania',
  forum_post: 'Nowy wpis na forum zespołu',
  task_assigned: 'Przydzielone mi zadanie (ustalenie)',
  services_changed: 'Zmiana listy aktywności i usług',
  case_reminder: 'Przypomnienia w sprawach, w których jestem pracownikiem kluczowym lub animatorem',
  model_proposal: 'Decyzje administratora krajowego w sprawie moich propozycji zmian modelu',
} as const;
export type EmailKind = keyof typeof EMAIL_KINDS;

/** E-mails about the safety of one's own account: always sent, they cannot be switched off. */
export const ACCOUNT_EMAIL_KINDS = {
  account_security: 'Bezpieczeństwo konta (wysyłane zawsze)',
  account_invitation: 'Zaproszenie do założenia konta (wysyłane zawsze)',
} as const;
export type AccountEmailKind = keyof typeof ACCOUNT_EMAIL_KINDS;

/** E-mails to people registered for or invited to an event of a województwo's calendar (lib/events): no account needed. */
export const EVENT_EMAIL_KINDS = {
  event_registration: 'Zapis na wydarzenie, lista rezerwowa i rezygnacja (wysyłane zawsze)',
  event_invitation: 'Zaproszenie instytucji na wydarzenie',
} as const;
export type EventEmailKind = keyof typeof EVENT_EMAIL_KINDS;

/** How a person wants one kind: an e-mail at once (also when nothing is set), in a digest, or not at all. */
export const DELIVERIES = {
  immediate: 'od razu',
  daily: 'codzienne podsumowanie',
  weekly: 'tygodniowe podsumowanie',
  none: 'nie wysyłaj',
} as const;
export type Delivery = keyof typeof DELIVERIES;
