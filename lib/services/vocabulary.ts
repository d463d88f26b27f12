/**
 * The vocabulary of the list of activities and services (lista aktywności i usług): the four
 * target groups and eight areas of the model, stored as ASCII keys and shown in Polish.
 */

export const TARGET_GROUPS = {
  dzieci_mlodziez: 'Dzieci i młodzież',
  rodziny: 'Rodziny z dziećmi',
  dorosli: 'Osoby dorosłe',
  seniorzy: 'Osoby starsze',
} as const;

export const AREAS = {
  socjalny: 'Socjalny',
  spoleczno_integracyjny: 'Społeczno-integracyjny',
  zdrowie: 'Zdrowie',
  prozawodowy: 'Prozawodowy',
  rodzinny: 'Rodzinny',
  sport_kultura: 'Sport i kultura',
  prawny: 'Prawny',
  edukacyjny: 'Edukacyjny',
} as const;

export type TargetGroup = keyof typeof TARGET_GROUPS;
export type Area = keyof typeof AREAS;

export const TARGET_GROUP_KEYS = Object.keys(TARGET_GROUPS) as [TargetGroup, ...TargetGroup[]];
export const AREA_KEYS = Object.keys(AREAS) as [Area, ...Area[]];

export const isTargetGroup = (v: unknown): v is TargetGroup => typeof v === 'string' && v in TARGET_GROUPS;
export const isArea = (v: unknown): v is Area => typeof v === 'string' && v in AREAS;

/** "Dzieci i młodzież, Osoby starsze" — unknown keys (none are stored) are shown as they are. */
export const groupLabels = (keys: readonly string[]) => keys.map((k) => (TARGET_GROUPS as Record<string, string>)[k] ?? k).join(', ');
export const areaLabels = (keys: readonly string[]) => keys.map((k) => (AREAS as Record<string, string>)[k] ?? k).join(', ');

/** The entry's fields as the form and the CSV import name them (errors are reported with these). */
export const FIELD_LABELS = {
  name: 'Nazwa usługi lub aktywności',
  description: 'Opis',
  targetGroups: 'Grupy odbiorców',
  areas: 'Obszary wsparcia',
  providerInstitutionId: 'Instytucja z rejestru',
  providerName: 'Dostawca',
  conditions: 'Warunki dostępu',
  cost: 'Koszt',
  place: 'Miejsce realizacji',
  contact: 'Kontakt',
  referral: 'Jak skierować',
  lastReviewedOn: 'Data ostatniej weryfikacji',
  coordinator: 'Koordynator u partnera',
  powiatId: 'Powiat',
} as const;

export type ServiceField = keyof typeof FIELD_LABELS;

/**
 * The parts of a service card (karta usługi, Kooperacje 3D), as the page and the printed card
 * name them: who provides it, for whom, what it is, how to get it, whom to contact.
 */
export const CARD_LABELS = {
  provider: 'Realizator (partner)',
  forWhom: 'Dla kogo',
  areas: 'Obszary wsparcia',
  description: 'Na czym polega',
  how: 'Jak skorzystać',
  referral: 'Jak się zgłosić lub skierować',
  conditions: 'Warunki dostępu',
  cost: 'Koszt',
  place: 'Miejsce',
  contact: 'Kontakt',
  coordinator: 'Koordynator u partnera',
  reviewed: 'Informację sprawdzono',
} as const;
