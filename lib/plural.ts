/**
 * Polish counting: "1 usługa", "2 usługi", "5 usług", and the verb that agrees with the count
 * ("jest 1 usługa", "są 2 usługi", "jest 5 usług"). Every count sentence in the UI goes through
 * here, with its word taken from `WORDS`, so each word is checked once in `tests/unit/plural.test.ts`
 * (a source scan there refuses hand-made counts elsewhere).
 */

/** The three forms a Polish count needs: after 1, after 2–4 (22–24, …; not 12–14), after the rest (0, 5–21, …). */
export type Forms = readonly [one: string, few: string, many: string];
export type PluralCategory = 'one' | 'few' | 'many';

export function pluralCategory(n: number): PluralCategory {
  const abs = Math.abs(n);
  if (abs === 1) return 'one';
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 >= 2 && mod10 <= 4 && !(mod100 >= 12 && mod100 <= 14)) return 'few';
  return 'many';
}

/** The form of `forms` that goes with `n` (the word only). */
export function plural(n: number, forms: Forms): string {
  const c = pluralCategory(n);
  return c === 'one' ? forms[0] : c === 'few' ? forms[1] : forms[2];
}

/** "5 usług". */
export const count = (n: number, forms: Forms) => `${n} ${plural(n, forms)}`;

/** "jest 1 dobra praktyka", "są 2 materiały", "jest 5 usług" — the verb agrees with the count. */
export const thereIs = (n: number, forms: Forms, verb: Forms = VERBS.is) => `${plural(n, verb)} ${count(n, forms)}`;

/** Verbs in the third person, agreeing with a counted subject. */
export const VERBS = {
  is: ['jest', 'są', 'jest'],
  waits: ['czeka', 'czekają', 'czeka'],
  implements: ['wdraża', 'wdrażają', 'wdraża'],
} as const satisfies Record<string, Forms>;

/**
 * Words that are counted in the UI. `Acc` = the accusative ("Znaleziono 1 usługę", "prowadzisz 1
 * sprawę"); the others are the nominative ("jest 1 usługa"). For nouns the few/many forms of both cases agree.
 */
export const WORDS = {
  activeCaseAcc: ['aktywną sprawę', 'aktywne sprawy', 'aktywnych spraw'],
  accountRequest: ['wniosek o konto', 'wnioski o konto', 'wniosków o konto'],
  action: ['działanie', 'działania', 'działań'],
  case: ['sprawa', 'sprawy', 'spraw'],
  caseAcc: ['sprawę', 'sprawy', 'spraw'],
  certificate: ['zaświadczenie', 'zaświadczenia', 'zaświadczeń'],
  char: ['znak', 'znaki', 'znaków'],
  day: ['dzień', 'dni', 'dni'],
  familyOrPersonAcc: ['rodzinę lub osobę', 'rodziny lub osoby', 'rodzin lub osób'],
  gmina: ['gmina', 'gminy', 'gmin'],
  gminaAcc: ['gminę', 'gminy', 'gmin'],
  gminaNotification: ['zgłoszenie gminy', 'zgłoszenia gmin', 'zgłoszeń gmin'],
  goal: ['cel', 'cele', 'celów'],
  goodPractice: ['dobra praktyka', 'dobre praktyki', 'dobrych praktyk'],
  goodPracticeAcc: ['dobrą praktykę', 'dobre praktyki', 'dobrych praktyk'],
  /** Genitive: "w ciągu 1 godziny", "w ciągu 8 godzin". */
  hourGen: ['godziny', 'godzin', 'godzin'],
  /** Szkoła Kooperacji and internal trainings: "8 godzin dydaktycznych" (a fraction takes "godziny dydaktycznej"). */
  didacticHour: ['godzina dydaktyczna', 'godziny dydaktyczne', 'godzin dydaktycznych'],
  /** Genitive: "najwyżej 500 godzin dydaktycznych". */
  didacticHourGen: ['godziny dydaktycznej', 'godzin dydaktycznych', 'godzin dydaktycznych'],
  /** Kooperacje 3D: the PZK's forming meetings. */
  initiatingMeeting: ['spotkanie inicjujące', 'spotkania inicjujące', 'spotkań inicjujących'],
  formalisingMeeting: ['spotkanie formalizujące', 'spotkania formalizujące', 'spotkań formalizujących'],
  institution: ['instytucja', 'instytucje', 'instytucji'],
  institutionAcc: ['instytucję', 'instytucje', 'instytucji'],
  material: ['materiał', 'materiały', 'materiałów'],
  measurement: ['pomiar', 'pomiary', 'pomiarów'],
  meeting: ['spotkanie', 'spotkania', 'spotkań'],
  minute: ['minuta', 'minuty', 'minut'],
  month: ['miesiąc', 'miesiące', 'miesięcy'],
  modelChangeProposal: ['propozycja zmiany modelu', 'propozycje zmian modelu', 'propozycji zmian modelu'],
  need: ['zgłoszenie', 'zgłoszenia', 'zgłoszeń'],
  participant: ['uczestnik', 'uczestników', 'uczestników'],
  /** Genitive: "dla 1 uczestnika", "dla 424 uczestników". */
  participantGen: ['uczestnika', 'uczestników', 'uczestników'],
  party: ['strona', 'strony', 'stron'],
  person: ['osoba', 'osoby', 'osób'],
  post: ['wpis', 'wpisy', 'wpisów'],
  powiat: ['powiat', 'powiaty', 'powiatów'],
  progressReport: ['zgłoszenie postępu', 'zgłoszenia postępu', 'zgłoszeń postępu'],
  question: ['pytanie', 'pytania', 'pytań'],
  /** Locative: "w 1 przypadku", "w 2 przypadkach". */
  instanceLoc: ['przypadku', 'przypadkach', 'przypadkach'],
  recurringTask: ['zadanie cykliczne', 'zadania cykliczne', 'zadań cyklicznych'],
  reminder: ['przypomnienie', 'przypomnienia', 'przypomnień'],
  row: ['wiersz', 'wiersze', 'wierszy'],
  service: ['usługa', 'usługi', 'usług'],
  /** A coaching or supervision session. */
  session: ['sesja', 'sesje', 'sesji'],
  /** Locative: "w 1 sesji", "w 9 sesjach". */
  sessionLoc: ['sesji', 'sesjach', 'sesjach'],
  serviceAcc: ['usługę', 'usługi', 'usług'],
  subStep: ['podkrok', 'podkroki', 'podkroków'],
  task: ['zadanie', 'zadania', 'zadań'],
  worker: ['pracownik', 'pracowników', 'pracowników'],
  workshop: ['warsztat diagnostyczno-ewaluacyjny', 'warsztaty diagnostyczno-ewaluacyjne', 'warsztatów diagnostyczno-ewaluacyjnych'],
  year: ['rok', 'lata', 'lat'],
  /** Genitive: "w ciągu 1 roku", "w ciągu 7 lat". */
  yearGen: ['roku', 'lat', 'lat'],
  /** Locative: "po 1 roku", "po 7 latach". */
  yearLoc: ['roku', 'latach', 'latach'],
} as const satisfies Record<string, Forms>;
