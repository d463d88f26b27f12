/*
 * The family's duties and rights in the model, as the rural model proposes them (model
 * kooperacji dla gmin wiejskich, step 7.2: "Proponowane obowiązki rodziny to: …" and "Proponowane
 * prawa osoby/rodziny w MODELU: …"). Copied word for word; printed on the sheet the family signs
 * (lib/cases/family-papers.tsx).
 */

export const FAMILY_DUTIES_TITLE = 'Proponowane obowiązki rodziny';

export const FAMILY_DUTIES: readonly string[] = [
  'współpraca z animatorem/pracownikiem kluczowym, ekspertem rodzin, PZK,',
  'aktywność i zaangażowanie wszystkich członków rodziny w zmianę,',
  'koncentracja na małych krokach, krótkoterminowych celach,',
  'opracowanie wspólnie z zespołem diagnozy i IPP, udział w warsztatach,',
  'zawarcie i terminowe realizowanie kolejnych kontraktów rodzinnych,',
  'działanie na rzecz lokalnego środowiska, w tym współudział w projekcie socjalnym,',
  'wzajemne wspieranie się, pomoc w obowiązkach domowych, podział zadań w taki sposób, by wszyscy mogli realizować swoje cele i zadania,',
  'informowanie o każdej zmianie, odstąpieniu od kontraktu, o trudnościach (np. choroba)',
  'uczestnictwo w spotkaniach monitoringowych, ewaluacyjnych.',
];

export const FAMILY_RIGHTS_TITLE = 'Proponowane prawa osoby/rodziny w MODELU';

export const FAMILY_RIGHTS: readonly string[] = [
  'decyzja o udziale w MODELU,',
  'opracowanie IPP z własnymi oczekiwaniami,',
  'wyrażanie w każdym momencie opinii i spostrzeżeń,',
  'komunikowanie się z animatorem/pracownikiem kluczowym telefonicznie i osobiście,',
  'proszenie o pomoc, wsparcie, uzyskanie szybkiej reakcji ze strony instytucji i osób zaangażowanych, korzystanie z konsultacji i poradnictwa,',
  'wybór usług, zadań, zajęć zgodnie z potrzebami i aspiracjami,',
  'zyskania rekomendacji, poparcia, zaświadczeń niezbędnych do innych instytucji,',
  'wybór osób do zespołu, korzystanie z zasobów PZK.',
];

/** What the model says about measuring progress, printed under the lists. */
export const MEASUREMENT_NOTE =
  'Raz na miesiąc pracownik kluczowy/animator dokonuje pomiaru efektów i zadowolenia ze zmian, podczas spotkania z osobą/rodziną. Raz na trzy miesiące na etapie realizacji IPP animator/pracownik kluczowy oraz podmioty zaangażowane w pracę z rodziną przygotowują informację na spotkanie.';
