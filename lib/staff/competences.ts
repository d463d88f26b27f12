/*
 * The competence self-assessment of a staff profile (issue 17, item 6). The list is the one the
 * model's annex on staff gives ("Warunki wdrożenia Modelu Kooperacje 3D w OPS — zasoby kadrowe",
 * after A. Kurcz, "Standardy umiejętności w pracy socjalnej"): every bullet of "Kompetencje w
 * zakresie wiedzy, umiejętności i kompetencji społecznych … obejmują m.in. następujące umiejętności",
 * completed to a whole phrase ("umiejętność …"). Keys are stable: saved ratings refer to them.
 * No server code here — the client form imports it too.
 */

export const COMPETENCES = {
  professional_relations: 'Tworzenie i podtrzymywanie wspomagających stosunków profesjonalnych',
  observation_analysis: 'Obserwacja, dokonywanie analizy i formułowanie wniosków',
  diagnostic_methods: 'Wykorzystywanie teorii osobowości oraz metod diagnostycznych',
  engaging_people: 'Angażowanie jednostek, grup, społeczności w starania na rzecz rozwiązywania ich własnych problemów i zdobywanie ich zaufania',
  innovation_mediation: 'Opracowanie innowacyjnych rozwiązań dla realizacji potrzeb, mediowanie i negocjowanie pomiędzy stronami',
  case_information: 'Zdobywanie informacji i zestawianie danych istotnych dla przygotowania historii przypadku, diagnozy, raportu',
  inter_organisational_contacts: 'Zapewnianie kontaktów międzyorganizacyjnych',
  advocacy: 'Interpretowanie i komunikowanie potrzeb społecznych wobec opinii publicznej, instancji legislacyjnych i dysponentów funduszy',
  counselling: 'Udzielanie porad',
  diagnosis_planning: 'Formułowanie diagnozy socjalnej oraz planu pomocy (projektowanie działań)',
  monitoring_evaluation: 'Stosowanie w praktyce metod i technik monitorowania i ewaluacji',
  communication: 'Umiejętności komunikacyjne i nawiązywania kontaktu',
  understanding_situation: 'Rozumienie sytuacji osoby lub rodziny',
  family_work: 'Praca z osobą, rodziną i ważnymi osobami z ich otoczenia',
  task_groups: 'Organizowanie i prowadzenie grup zadaniowych',
  community_activation: 'Aktywizowanie społeczności lokalnej',
  applying_law: 'Posługiwanie się i stosowanie w praktyce przepisów prawa',
  social_projects: 'Inicjowanie i współrealizowanie projektów działań społecznych, wspomaganie aktywności, kształtowanie postaw i stosunków międzyludzkich',
  self_help: 'Pobudzanie społecznej aktywności i inspirowanie działań samopomocowych w zaspokajaniu niezbędnych potrzeb życiowych osób, rodzin, grup i środowisk społecznych',
  precise_information: 'Udzielanie klientowi precyzyjnej informacji',
  cooperation: 'Współpraca',
  organising_help: 'Efektywne organizowanie zróżnicowanych form pomocy oraz zarządzanie nimi',
  strategic_planning: 'Planowanie strategiczne',
  self_reliance: 'Pobudzanie samozaradności indywidualnej',
} as const;

export type CompetenceKey = keyof typeof COMPETENCES;
export const COMPETENCE_KEYS = Object.keys(COMPETENCES) as [CompetenceKey, ...CompetenceKey[]];
export const isCompetenceKey = (k: string): k is CompetenceKey => Object.hasOwn(COMPETENCES, k);

/** The self-assessment scale: how well one masters a competence, 1 (least) to 5. */
export const RATINGS = {
  1: 'potrzebuję wsparcia',
  2: 'znam podstawy',
  3: 'stosuję samodzielnie',
  4: 'stosuję biegle',
  5: 'mogę uczyć innych',
} as const;
export type Rating = keyof typeof RATINGS;
export const RATING_VALUES = [1, 2, 3, 4, 5] as const satisfies readonly Rating[];
/** From this rating on a competence is the person's strong point (the overview's "mocne strony"). */
export const STRONG_RATING = 4;

/** The formal side (the annex recommends specialisation I or II stopnia, preferably in community work). */
export const SPECIALISATIONS = {
  none: 'brak specjalizacji',
  first: 'specjalizacja I stopnia',
  second: 'specjalizacja II stopnia',
} as const;
export type Specialisation = keyof typeof SPECIALISATIONS;
/** The choices of the form's radio group, under the legend "Specjalizacja w zawodzie pracownik socjalny". */
export const SPECIALISATION_CHOICES: Record<Specialisation, string> = { none: 'brak', first: 'I stopnia', second: 'II stopnia' };
export const SPECIALISATION_VALUES = Object.keys(SPECIALISATIONS) as [Specialisation, ...Specialisation[]];

/** The competences rated STRONG_RATING or more, best first, in the list's order within a rating. */
export function strongCompetences(ratings: Record<string, number>): CompetenceKey[] {
  return COMPETENCE_KEYS.filter((k) => (ratings[k] ?? 0) >= STRONG_RATING).sort((a, b) => ratings[b] - ratings[a]);
}
