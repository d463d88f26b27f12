// The catalogue of the Model Kooperacji: stages → steps → sub-steps and recurring tasks, written
// into the repo from the source texts (the rural model's "Schemat", "Opis etapów i kroków
// schematu", "Etap I"–"Etap IV" and "Harmonogramy pracy Modelem"; the Kooperacje 3D pilot, good
// practice and staffing texts), so the app never reads ../shared at run time.
//
// Months are counted from the implementation's start: month 1 is the first month of stage II.
// Stage I is run by ROPS before that, in months -1 and 0.

export type Cadence = 'monthly' | 'quarterly' | 'every_3_months' | 'yearly_q1' | 'q1_q3';
export type Evidence =
  | 'none' // ticking the checklist is enough
  | 'notification' // the zgłoszenie to ROPS accepted in the app (step 2.4)
  | 'agreement_regional' // signed porozumienie wojewódzkie (1.2)
  | 'agreement_powiat_gmina' // signed porozumienie powiat–gmina (3)
  | 'agreement_pzk' // signed porozumienie PZK (5.2)
  | 'confidentiality_statement' // signed oświadczenie o zachowaniu tajemnicy (5.3)
  | 'training_attendance' // attendance list of the basic training (4, 6.1)
  | 'document'; // some other document/file (e.g. plan pracy 6.2, lista usług 6.3, report)
export type Level = 'regional' | 'local';

export interface CatalogueSeed {
  variant: { code: 'rural' | 'urban_3d'; name: string; description: string; durationMonths: number };
  stages: { number: 1 | 2 | 3 | 4; name: string; description: string; level: Level; startMonth: number; durationMonths: number }[];
  steps: { number: number; stage: 1 | 2 | 3 | 4; name: string; description: string }[];
  substeps: {
    code: string; // '1.1', '2.4', '3' (a step without sub-steps gets one sub-step with the step's number as code)
    step: number;
    name: string; // short Polish name, sentence case
    description: string; // 1–3 sentences in Polish from the seed text
    responsible: string[]; // Polish labels from the "Odpowiedzialni za" paragraphs
    startMonth: number; // month of the implementation when it should start; month 1 = the start month
    durationMonths: number; // planned window length in months (>= 1)
    evidence: Evidence;
    evidenceLabel: string; // Polish, what counts as evidence
    checklist: string[]; // 2–6 concrete Polish to-do items taken from the seed text
  }[];
  recurring: { code: string; name: string; description: string; responsible: string[]; cadence: Cadence; level: Level; fromMonth: number; toMonth: number }[];
}

const CHECKLIST_DONE = 'Zaznaczenie wykonania wszystkich punktów listy kontrolnej';

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Model Kooperacji w gminach wiejskich
// ─────────────────────────────────────────────────────────────────────────────────────────────

export const RURAL_CATALOGUE: CatalogueSeed = {
  variant: {
    code: 'rural',
    name: 'Model Kooperacji w gminach wiejskich',
    description:
      'Model wielosektorowej współpracy powiatu i gminy wiejskiej na rzecz osób, rodzin i grup, oparty na Partnerskim Zespole Kooperacji prowadzonym przez animatorów PCPR i GOPS, przy koordynacji i wsparciu ROPS oraz Wojewódzkiego Zespołu Kooperacji. Pierwsze wdrożenie trwa 18 miesięcy i obejmuje cztery etapy: koordynację i upowszechnianie, organizację, realizację Modelu oraz ewaluację końcową.',
    durationMonths: 18,
  },

  stages: [
    {
      number: 1,
      name: 'Koordynacja i upowszechnianie Modelu Kooperacji',
      description:
        'ROPS organizuje spotkania informacyjne dla dyrektorów i pracowników PCPR oraz starostów i powołuje Wojewódzki Zespół Kooperacji na podstawie porozumienia wojewódzkiego. Etap trwa do 2 miesięcy i poprzedza wdrożenie w powiecie i gminie.',
      level: 'regional',
      startMonth: -1,
      durationMonths: 2,
    },
    {
      number: 2,
      name: 'Organizacja',
      description:
        'Władze powiatu i gminy wraz z PCPR i GOPS podejmują decyzję o wdrażaniu Modelu, wybierają radnych i animatorów, zgłaszają inicjatywę do ROPS, zawierają porozumienie powiat–gmina, uczestniczą w szkoleniu podstawowym i powołują Partnerski Zespół Kooperacji. Etap trwa do 3 miesięcy.',
      level: 'local',
      startMonth: 1,
      durationMonths: 3,
    },
    {
      number: 3,
      name: 'Realizacja Modelu Kooperacji / ewaluacja',
      description:
        'Animatorzy PCPR i GOPS wraz z Partnerskim Zespołem Kooperacji przygotowują zespół do pracy, prowadzą działania na rzecz podmiotów, współpracę z osobami, rodzinami i grupami oraz działania środowiskowe, przy wsparciu ROPS i WZK. Etap trwa do 13 miesięcy.',
      level: 'local',
      startMonth: 4,
      durationMonths: 13,
    },
    {
      number: 4,
      name: 'Ewaluacja końcowa',
      description:
        'PZK ocenia efekty pracy z osobami i rodzinami oraz działań na rzecz podmiotów, efekty są prezentowane władzom, a rekomendacje trafiają do OZPS, programów i strategii. Etap trwa do 2 miesięcy.',
      level: 'local',
      startMonth: 17,
      durationMonths: 2,
    },
  ],

  steps: [
    {
      number: 1,
      stage: 1,
      name: 'Upowszechnianie Modelu i powołanie Wojewódzkiego Zespołu Kooperacji',
      description: 'Spotkania informacyjne ROPS dla dyrektorów i pracowników PCPR oraz starostów, a także powołanie Wojewódzkiego Zespołu Kooperacji.',
    },
    {
      number: 2,
      stage: 2,
      name: 'Diagnoza, decyzja o wdrażaniu Modelu i zgłoszenie do ROPS',
      description:
        'Spotkanie informacyjne w PCPR dla GOPS wraz z diagnozą sytuacji powiatowo-gminnej, decyzja władz i instytucji o wdrażaniu Modelu, wybór radnych i animatorów oraz zgłoszenie do ROPS.',
    },
    {
      number: 3,
      stage: 2,
      name: 'Zawarcie porozumienia powiat–gmina na wdrażanie Modelu',
      description: 'Porozumienie o współpracy pomiędzy powiatem a gminą lub gminami, określające cel i zadania stron.',
    },
    {
      number: 4,
      stage: 2,
      name: 'Szkolenie animatorów PCPR i GOPS oraz radnych do realizacji Modelu',
      description: 'Szkolenie podstawowe Szkoły Kooperacji dla animatorów PCPR i GOPS oraz radnych gminy i radnych lub członków zarządu powiatu, z dostępem do Platformy.',
    },
    {
      number: 5,
      stage: 2,
      name: 'Dobór i powołanie Partnerskiego Zespołu Kooperacji',
      description: 'Dobór zespołu i instytucji, powołanie PZK na podstawie porozumienia pomiędzy instytucjami oraz pozyskanie lidera-eksperta (osoby lub rodziny).',
    },
    {
      number: 6,
      stage: 3,
      name: 'Przygotowanie merytoryczne i organizacyjne PZK',
      description: 'Szkolenie podmiotów do pracy w Modelu, opracowanie planu pracy PZK, upowszechnienie informacji o pracy Modelem oraz opracowanie gminno-powiatowej listy aktywności i usług.',
    },
    {
      number: 7,
      stage: 3,
      name: 'Praca merytoryczna',
      description: 'Trzy obszary działań PZK: na rzecz podmiotów, z osobą, rodziną i grupą oraz na rzecz społeczności lokalnej.',
    },
    {
      number: 8,
      stage: 3,
      name: 'Organizacja spotkań WZK oraz animatorów / ewaluacja',
      description: 'Kwartalne spotkania Wojewódzkiego Zespołu Kooperacji i animatorów, służące analizie postępów, wymianie doświadczeń i bieżącej ewaluacji.',
    },
    {
      number: 9,
      stage: 4,
      name: 'Ewaluacja działań PZK',
      description: 'Ewaluacja pracy z osobami i rodzinami oraz działań na rzecz podmiotów, decyzja o kontynuacji prac oraz zakończenie pracy i przekazanie osób i rodzin.',
    },
    {
      number: 10,
      stage: 4,
      name: 'Ewaluacja pracy Modelem',
      description: 'Prezentacja efektów władzom, wypracowanie rekomendacji, zabezpieczenie szkoleń i usług na kolejne lata oraz referencje dla podmiotów i zespołów.',
    },
  ],

  substeps: [
    // ── Etap I ──
    {
      code: '1.1',
      step: 1,
      name: 'Spotkania informacyjne dla dyrektorów i pracowników PCPR oraz starostów',
      description:
        'ROPS organizuje w swojej siedzibie spotkanie informacyjne o Modelu Kooperacji dla dyrektorów i pracowników PCPR, wspólnie lub oddzielnie ze starostami. Uczestnicy poznają doradcę/pracownika ROPS ds. modelu i ustalają tryb zgłaszania do ROPS decyzji o wdrażaniu Modelu.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu'],
      startMonth: -1,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Zaproszenie dyrektorów i pracowników PCPR oraz starostów (e-mail, Platforma)',
        'Przeprowadzenie jednodniowego spotkania: zasady kooperacji, budowanie Zespołu, prowadzenie PZK, korzystanie z Platformy',
        'Zapoznanie uczestników z Kalkulatorem Kosztów Zaniechania',
        'Przedstawienie doradcy/pracownika ROPS ds. modelu',
        'Określenie trybu i formularza zgłaszania do ROPS decyzji o wdrażaniu Modelu',
      ],
    },
    {
      code: '1.2',
      step: 1,
      name: 'Powołanie Wojewódzkiego Zespołu Kooperacji',
      description:
        'ROPS zaprasza do współpracy przedstawicieli wojewódzkich instytucji samorządowych i rządowych oraz uczelni, które zawiązują Wojewódzki Zespół Kooperacji poprzez porozumienie o współpracy z Województwem. Do Zespołu proponuje się włączyć członka Zarządu Województwa odpowiedzialnego za sprawy społeczne.',
      responsible: ['ROPS', 'Członek Zarządu Województwa'],
      startMonth: -1,
      durationMonths: 2,
      evidence: 'agreement_regional',
      evidenceLabel: 'Podpisane porozumienie wojewódzkie o współpracy (powołanie WZK)',
      checklist: [
        'Zaproszenie wojewódzkich instytucji samorządowych i rządowych oraz uczelni do współpracy',
        'Włączenie do WZK członka Zarządu Województwa odpowiedzialnego za sprawy społeczne',
        'Podpisanie porozumienia o współpracy pomiędzy Województwem a podmiotami',
        'Przyjęcie rocznego harmonogramu spotkań WZK (minimum raz w kwartale) i umieszczenie go na Platformie',
      ],
    },

    // ── Etap II ──
    {
      code: '2.1',
      step: 2,
      name: 'Spotkanie informacyjne w PCPR i diagnoza sytuacji powiatowo-gminnej',
      description:
        'Dyrektorzy i pracownicy PCPR analizują powiatową ocenę zasobów pomocy społecznej (OZPS) w kontekście pracy Modelem i przedstawiają wstępne wnioski wszystkim GOPS z powiatu na spotkaniu powiatowym, w którym powinni uczestniczyć także starosta i wójtowie. GOPS w porozumieniu z wójtem może uzupełnić dane o własne spostrzeżenia.',
      responsible: ['Dyrektor PCPR', 'Kierownik GOPS', 'Starosta', 'Wójt'],
      startMonth: 1,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Analiza powiatowej oceny zasobów pomocy społecznej (OZPS) w kontekście pracy Modelem',
        'Przegląd danych gminnych strategii rozwiązywania problemów społecznych',
        'Zorganizowanie spotkania powiatowego dla GOPS z udziałem starosty i wójtów',
        'Prezentacja wstępnych wniosków z analiz oraz założeń Modelu',
        'Oszacowanie kosztów zaniechania (Kalkulator kosztów zaniechania na platformie)',
        'Uzupełnienie danych przez GOPS w porozumieniu z wójtem',
      ],
    },
    {
      code: '2.2',
      step: 2,
      name: 'Decyzja o wdrażaniu Modelu',
      description:
        'Decyzję o wdrażaniu Modelu podejmują wspólnie osoby zarządzające PCPR i GOPS oraz władze gminy i powiatu. Gmina może wskazać konkretną grupę osób lub rodzin do pracy w Modelu albo zdecydować o pracy uniwersalnej, bez wskazywania grupy docelowej.',
      responsible: ['Starosta', 'Wójt', 'Dyrektor PCPR', 'Kierownik GOPS'],
      startMonth: 1,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Omówienie wniosków z diagnozy przez osoby zarządzające PCPR i GOPS z wójtem i starostą',
        'Określenie, czy Model będzie wdrażany uniwersalnie, czy dla wskazanej grupy osób lub rodzin',
        'Podjęcie wspólnej decyzji władz gminy i powiatu, PCPR i GOPS o wdrażaniu Modelu',
      ],
    },
    {
      code: '2.3',
      step: 2,
      name: 'Wybór radnych oraz animatorów PCPR i GOPS',
      description:
        'Wspólnie z wójtem i starostą instytucje proponują radnego gminy oraz radnego lub członka zarządu powiatu do pracy w Modelu. Dyrektor PCPR i kierownik GOPS wybierają animatorów spośród pracowników i określają ich zadania w strukturze organizacyjnej.',
      responsible: ['Starosta', 'Wójt', 'Dyrektor PCPR', 'Kierownik GOPS'],
      startMonth: 1,
      durationMonths: 2,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Wskazanie radnego powiatu lub członka zarządu powiatu do pracy w Modelu',
        'Wskazanie radnego gminy do pracy w Modelu',
        'Wybór animatora PCPR, odpowiedzialnego za koordynowanie współpracy międzyinstytucjonalnej',
        'Wybór animatora GOPS, odpowiedzialnego za koordynowanie współpracy na rzecz osób i rodzin',
        'Zmiany w strukturze organizacyjnej i określenie zadań animatorów (ewentualny aneks do umowy)',
      ],
    },
    {
      code: '2.4',
      step: 2,
      name: 'Zgłoszenie do ROPS',
      description:
        'Pierwszym zadaniem animatora PCPR jest zgłoszenie do ROPS (formularz lub pismo) decyzji o podjęciu współpracy Modelem przez powiat i gminę. Doradca ROPS określa wstępny zakres wsparcia, a pracownicy ROPS przekazują dostęp do zamkniętej części Platformy.',
      responsible: ['Animator PCPR', 'ROPS'],
      startMonth: 2,
      durationMonths: 1,
      evidence: 'notification',
      evidenceLabel: 'Zgłoszenie do ROPS przyjęte w aplikacji',
      checklist: [
        'Wypełnienie i wysłanie formularza zgłoszeniowego do ROPS',
        'Ustalenie z doradcą ROPS wstępnego zakresu wsparcia (oczekiwania, terminy, możliwości)',
        'Uzyskanie dostępu do zamkniętej części Platformy',
      ],
    },
    {
      code: '3',
      step: 3,
      name: 'Zawarcie porozumienia powiat–gmina',
      description:
        'Po ustaleniu zasad wsparcia ze strony ROPS starosta podpisuje porozumienie o współpracy z chętną gminą lub gminami. Porozumienie określa cel i zadania powiatu i gmin: wyznaczenie animatorów i radnych oraz zawiązanie Partnerskiego Zespołu Kooperacji.',
      responsible: ['Starosta', 'Wójt', 'Dyrektor PCPR', 'Kierownik GOPS'],
      startMonth: 2,
      durationMonths: 2,
      evidence: 'agreement_powiat_gmina',
      evidenceLabel: 'Podpisane porozumienie powiat–gmina',
      checklist: [
        'Ustalenie zasad wsparcia ze strony ROPS',
        'Przygotowanie treści porozumienia: cel oraz zadania powiatu i każdej gminy',
        'Wskazanie w porozumieniu animatorów i radnych',
        'Zapisanie zobowiązania do zawiązania Partnerskiego Zespołu Kooperacji',
        'Podpisanie porozumienia przez starostę i wójta (wójtów) oraz dołączenie skanu',
      ],
    },
    {
      code: '4',
      step: 4,
      name: 'Szkolenie podstawowe animatorów i radnych',
      description:
        'Równolegle z zawarciem porozumienia ROPS prowadzi szkolenie podstawowe Szkoły Kooperacji dla animatorów oraz radnych gminnych i powiatowych. Uczestnicy otrzymują zaświadczenie o ukończeniu szkolenia podstawowego i dostęp do konta PZK na Platformie.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu'],
      startMonth: 2,
      durationMonths: 2,
      evidence: 'training_attendance',
      evidenceLabel: 'Lista obecności ze szkolenia podstawowego Szkoły Kooperacji',
      checklist: [
        'Ustalenie terminu i miejsca szkolenia (siedziba ROPS lub gmina wdrażająca Model)',
        'Przeprowadzenie jednodniowego szkolenia: zasady kooperacji, metody efektywnej współpracy, reguły pracy Modelem i dostępu do Platformy',
        'Wydanie zaświadczeń o ukończeniu szkolenia podstawowego Szkoły Kooperacji',
        'Udostępnienie uczestnikom konta PZK na Platformie',
      ],
    },
    {
      code: '5.1',
      step: 5,
      name: 'Dobór zespołu i instytucji do realizacji pracy',
      description:
        'Animatorzy i radni określają podmioty do proponowanego składu PZK, kierując się aktualnie dominującymi potrzebami osób, rodzin i grup w gminie. Ostateczną decyzję o zaangażowaniu podmiotów podejmuje animator PCPR we współpracy z animatorem GOPS.',
      responsible: ['Animator PCPR', 'Animator GOPS', 'Radny powiatu / członek zarządu powiatu', 'Radny gminy'],
      startMonth: 2,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Określenie aktualnie dominujących potrzeb osób, rodzin i grup w gminie',
        'Ustalenie podstawowego składu PZK: animatorzy i pracownicy socjalni PCPR i GOPS, radni, przewodniczący zespołu interdyscyplinarnego, lider-ekspert',
        'Wybór pozostałych podmiotów, sprofilowanych do grupy docelowej',
        'Kontakt z wybranymi podmiotami i prezentacja założeń współpracy w Modelu',
        'Zebranie informacji zwrotnych i wstępnych deklaracji podmiotów',
      ],
    },
    {
      code: '5.2',
      step: 5,
      name: 'Powołanie PZK i zawarcie porozumienia pomiędzy instytucjami',
      description:
        'Po zebraniu wstępnych deklaracji podmiotów animator PCPR we współpracy z animatorem GOPS przygotowuje porozumienie pomiędzy instytucjami, określające zasady i tryb kooperacji, podstawy prawne przekazywania danych oraz zadania wszystkich stron. Zbieranie podpisów jest okazją do nawiązania osobistych kontaktów z osobami zarządzającymi instytucjami.',
      responsible: ['Animator PCPR', 'Animator GOPS'],
      startMonth: 2,
      durationMonths: 2,
      evidence: 'agreement_pzk',
      evidenceLabel: 'Podpisane porozumienie PZK (podpisy wszystkich instytucji)',
      checklist: [
        'Przesłanie podmiotom wzoru porozumienia o powołaniu i pracy PZK',
        'Przygotowanie porozumienia: zasady i tryb kooperacji, podstawy prawne przekazywania danych, zadania stron',
        'Zebranie podpisów osób zarządzających instytucjami',
        'Zamieszczenie skanu podpisanego porozumienia na Platformie',
      ],
    },
    {
      code: '5.3',
      step: 5,
      name: 'Pozyskanie lidera-eksperta (osoby lub rodziny) do PZK',
      description:
        'Do PZK pozyskuje się osobę lub rodzinę jako eksperta – uczestnika grupy, klubu lub organizacji pozarządowej, który korzystał z pomocy, a obecnie jest na etapie utrwalonych zmian. Animator PCPR pozyskuje jego zgodę i wspólnie z nim ustala zadania i uprawnienia, w tym zakres dostępu do danych.',
      responsible: ['Animator PCPR'],
      startMonth: 3,
      durationMonths: 1,
      evidence: 'confidentiality_statement',
      evidenceLabel: 'Podpisane oświadczenie o zachowaniu tajemnicy',
      checklist: [
        'Wskazanie kandydata przez grupę, klub, organizację pozarządową lub GOPS',
        'Pozyskanie zgody osoby lub rodziny na udział w PZK w roli eksperta',
        'Ustalenie zadań i uprawnień eksperta, w tym zakresu dostępu do danych i ich przetwarzania',
        'Podpisanie oświadczenia o zachowaniu tajemnicy',
      ],
    },

    // ── Etap III ──
    {
      code: '6.1',
      step: 6,
      name: 'Szkolenie podmiotów PZK do pracy w Modelu',
      description:
        'Doradca/pracownik ROPS wspólnie z animatorami przeprowadza szkolenie podstawowe Szkoły Kooperacji dla osób zarządzających i wybranych pracowników podmiotów PZK. Podczas pierwszego spotkania zespół dba o komunikację, przygotowuje listę kontaktową i ustala warunki spotkań.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'Animator PCPR', 'Animator GOPS'],
      startMonth: 4,
      durationMonths: 1,
      evidence: 'training_attendance',
      evidenceLabel: 'Lista obecności ze szkolenia podstawowego podmiotów PZK',
      checklist: [
        'Przeprowadzenie szkolenia podstawowego dla osób zarządzających i wybranych pracowników podmiotów PZK',
        'Wydanie zaświadczeń o ukończeniu szkolenia podstawowego i udostępnienie konta PZK na Platformie',
        'Przygotowanie listy kontaktowej podmiotów PZK na Platformie',
        'Ustalenie warunków technicznych, prawnych i organizacyjnych spotkań',
        'Przekazanie informacji o prawnych sposobach przekazywania informacji i współpracy',
      ],
    },
    {
      code: '6.2',
      step: 6,
      name: 'Plan pracy PZK i upowszechnienie informacji o pracy Modelem',
      description:
        'Animator PCPR buduje plan pracy PZK na koncie zespołu na Platformie: cele, terminy i miejsca spotkań, procedurę spotkań interwencyjnych oraz tematy spotkań i szkoleń. Podmioty PZK rozpoczynają upowszechnianie informacji o możliwości zgłaszania osób i rodzin do współpracy w Modelu.',
      responsible: ['Animator PCPR', 'Animator GOPS', 'PZK', 'Radny gminy', 'Radny powiatu / członek zarządu powiatu'],
      startMonth: 4,
      durationMonths: 2,
      evidence: 'document',
      evidenceLabel: 'Plan pracy PZK',
      checklist: [
        'Określenie celów dla podmiotów, gminy i powiatu oraz celów pomocowych',
        'Ustalenie terminów i miejsc spotkań (minimum jedno spotkanie w miesiącu)',
        'Opracowanie procedury spotkań interwencyjnych PZK',
        'Zaplanowanie tematów spotkań oraz szkoleń wewnętrznych i zewnętrznych',
        'Ustalenie grafiku konsultacji dla osób i rodzin po spotkaniach zespołu (mobilny punkt konsultacyjny)',
        'Przygotowanie prezentacji na komisję i sesję rady gminy i powiatu',
      ],
    },
    {
      code: '6.3',
      step: 6,
      name: 'Gminno-powiatowa lista aktywności i usług',
      description:
        'Kluczowym wspólnym zadaniem PZK jest opracowanie, a potem aktualizowanie gminno-powiatowej listy aktywności i usług. Każda instytucja przygotowuje wstępną listę oferowanych aktywności i usług dla dzieci i młodzieży, rodzin z dziećmi, osób dorosłych i osób starszych.',
      responsible: ['Animator PCPR', 'PZK'],
      startMonth: 4,
      durationMonths: 3,
      evidence: 'document',
      evidenceLabel: 'Gminno-powiatowa lista aktywności i usług',
      checklist: [
        'Prezentacja zakresu działań podmiotów PZK (tabela prezentacji podmiotów)',
        'Rozesłanie przez animatora PCPR wzoru tabeli do uzupełnienia',
        'Przygotowanie przez każdą instytucję listy aktywności i usług dla dzieci i młodzieży, rodzin z dziećmi, osób dorosłych i osób starszych',
        'Analiza istniejących, niezbędnych i brakujących usług i aktywności',
        'Opublikowanie listy na koncie PZK na Platformie',
      ],
    },
    {
      code: '7.1',
      step: 7,
      name: 'Praca na rzecz podmiotów',
      description:
        'Działania służące profesjonalizacji kooperacji i wzmocnieniu kompetencji podmiotów: szkolenia wewnętrzne i zewnętrzne (Szkoła Kooperacji), coaching, superwizje, doradztwo i aktualizacja listy usług. Za ten obszar odpowiada animator PCPR, który stara się o ich realizację wspólnie z doradcą ROPS.',
      responsible: ['Animator PCPR', 'Doradca ROPS ds. modelu', 'PZK'],
      startMonth: 5,
      durationMonths: 12,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Mini szkolenia wewnętrzne prowadzone dla siebie nawzajem przez specjalistów podmiotów PZK',
        'Szkolenia zewnętrzne, tematyczne i specjalistyczne, w ramach Szkoły Kooperacji',
        'Superwizja zespołowa (minimum raz na trzy miesiące) oraz coaching dla animatorów',
        'Doradztwo, wizyty studyjne i warsztaty budowania Zespołu',
        'Aktualizacja gminno-powiatowej listy aktywności i usług',
      ],
    },
    {
      code: '7.2',
      step: 7,
      name: 'Współpraca z osobą, rodziną, grupą',
      description:
        'Zarządzanie przypadkiem z osobą, rodziną lub grupą: zgłoszenie, screening i kwalifikacja, diagnoza wielowymiarowa, indywidualny program pomocy (IPP) i ewentualny kontrakt, realizacja z wykorzystaniem lokalnie dostępnych usług oraz monitorowanie i ewaluacja. Pracownikiem kluczowym jest najczęściej animator GOPS lub inny pracownik socjalny będący członkiem PZK.',
      responsible: ['Animator GOPS', 'Pracownik kluczowy', 'Animator PCPR', 'PZK'],
      startMonth: 5,
      durationMonths: 12,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Zgłaszanie osób i rodzin oraz przygotowanie kart oczekiwań',
        'Screening i kwalifikacja osób i rodzin podczas spotkania PZK',
        'Diagnoza wielowymiarowa z warsztatami diagnostyczno-ewaluacyjnymi (minimum 2 dla osoby lub rodziny)',
        'Opracowanie IPP (na maksymalnie 3 miesiące) i ewentualnie kontraktu rodzinnego lub socjalnego',
        'Realizacja IPP z wykorzystaniem lokalnych usług i aktywności, comiesięczny monitoring i skalowanie',
        'Przegląd IPP każdej rodziny raz na 3 miesiące i omówienie każdej rodziny na superwizji',
      ],
    },
    {
      code: '7.3',
      step: 7,
      name: 'Projekty socjalne i działania środowiskowe',
      description:
        'Działania zapewniające udział osób i rodzin w lokalnym życiu społecznym: projekty socjalne, rozwijanie lokalnych usług i aktywności, działania środowiskowe oraz udział w pracach komisji społecznych gmin i powiatów. Obejmują także działania na rzecz podniesienia prestiżu zawodu pracownika socjalnego i promocję rozwiązań pomocowych.',
      responsible: ['PZK', 'Animator PCPR', 'Animator GOPS', 'Radny gminy', 'Radny powiatu / członek zarządu powiatu'],
      startMonth: 5,
      durationMonths: 12,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Realizacja grupowych, środowiskowych i instytucjonalnych projektów socjalnych',
        'Rozwijanie lokalnych usług i aktywności z udziałem osób i rodzin (np. wolontariat, inicjatywy z funduszu sołeckiego)',
        'Działania na rzecz prestiżu zawodu pracownika socjalnego i promocji rozwiązań pomocowych',
        'Prezentacja inicjatyw i projektów socjalnych podczas komisji i sesji rad gmin i powiatów',
        'Kampanie społeczne zaplanowane podczas spotkań PZK',
      ],
    },
    {
      code: '8',
      step: 8,
      name: 'Spotkania WZK i animatorów',
      description:
        'Animatorzy z gmin i powiatów wdrażających Model oraz Wojewódzki Zespół Kooperacji spotykają się kwartalnie w ROPS lub w terenie, aby analizować postępy, efekty i trudności, szukać rozwiązań i wymieniać dobre praktyki. Doradca ROPS umieszcza harmonogram spotkań na Platformie.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'WZK', 'Animator PCPR', 'Animator GOPS'],
      startMonth: 4,
      durationMonths: 13,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Umieszczenie harmonogramu spotkań na Platformie',
        'Udział animatorów w kwartalnych spotkaniach z WZK',
        'Analiza postępów, efektów i trudności w budowaniu zespołów i pracy na rzecz osób i rodzin',
        'Wymiana dobrych praktyk i zgłoszenie potrzeb wsparcia organizacyjnego, merytorycznego, metodycznego lub prawnego',
      ],
    },

    // ── Etap IV ──
    {
      code: '9.1',
      step: 9,
      name: 'Ewaluacja pracy z osobą, rodziną, grupą',
      description:
        'Ewaluacja efektów współpracy podmiotów na rzecz osób i rodzin objętych wsparciem – ilościowo i jakościowo – oraz zaplanowanie etapów pracy po zakończeniu wsparcia. Odpowiada za nią radny gminy we współpracy z animatorem GOPS.',
      responsible: ['Radny gminy', 'Animator GOPS', 'Pracownik kluczowy', 'PZK'],
      startMonth: 17,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Zebranie informacji, do ilu i jakich osób i rodzin kierowano wsparcie oraz jakie metody i narzędzia zastosowano',
        'Ocena stopnia realizacji celów z wykorzystaniem techniki skalowania',
        'Zaplanowanie etapów pracy po zakończeniu wsparcia (kontakt przez minimum pół roku, „apteczka pierwszej pomocy”)',
        'Zebranie spostrzeżeń osób i rodzin korzystających ze wsparcia',
      ],
    },
    {
      code: '9.2',
      step: 9,
      name: 'Podsumowanie efektów i decyzja o kontynuacji',
      description:
        'PZK podsumowuje działania z półtora roku i zbiera wszystkie efekty (liczbowe i jakościowe) osiągnięte na rzecz podmiotów, a następnie podejmuje ewentualną decyzję o kontynuacji prac (powrót do kroku 2.2). Za ewaluację pracy na rzecz podmiotów odpowiada radny powiatu we współpracy z animatorem PCPR.',
      responsible: ['Radny powiatu / członek zarządu powiatu', 'Animator PCPR', 'PZK'],
      startMonth: 17,
      durationMonths: 1,
      evidence: 'document',
      evidenceLabel: 'Raport z podsumowania efektów pracy PZK',
      checklist: [
        'Podsumowanie zaangażowania instytucji i osób: realizacja planu PZK, liczba spotkań, liczba konsultacji dla rodzin',
        'Zestawienie działań podnoszących kompetencje oraz działań na rzecz społeczności lokalnej',
        'Zestawienie działań wspólnych z władzami oraz działań promocyjnych',
        'Podjęcie przez PZK decyzji o ewentualnej kontynuacji prac (powrót do kroku 2.2)',
      ],
    },
    {
      code: '9.3',
      step: 9,
      name: 'Zakończenie pracy i przekazanie osób i rodzin',
      description:
        'Zakończenie pracy z osobami i rodzinami oraz ustalenie ich przekazania: przy niezadowalających efektach PZK decyduje o przekazaniu rodziny do innych instytucji lub wyznacza podmiot, który przejmie odpowiedzialność. Rodziny, które osiągnęły cele, mogą otrzymać list gratulacyjny i certyfikat udziału.',
      responsible: ['Animator GOPS', 'Pracownik kluczowy', 'Animator PCPR', 'PZK'],
      startMonth: 17,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Ustalenie zasad dalszej współpracy i wymiany informacji pomiędzy instytucjami',
        'Przekazanie osób i rodzin do dalszego wsparcia innych instytucji lub wyznaczenie podmiotu przejmującego odpowiedzialność',
        'Przygotowanie listów gratulacyjnych i certyfikatów udziału dla osób i rodzin',
        'Decyzja o włączeniu osoby lub rodziny w pracę PZK w roli eksperta rodzin',
      ],
    },
    {
      code: '10.1',
      step: 10,
      name: 'Prezentacja efektów władzom',
      description:
        'Podsumowane efekty i ewaluacja Modelu są prezentowane podczas posiedzeń komisji ds. społecznych oraz sesji rad gmin i powiatów, a także Zarządowi Województwa.',
      responsible: ['Animator PCPR', 'Animator GOPS', 'Radny gminy', 'Radny powiatu / członek zarządu powiatu'],
      startMonth: 17,
      durationMonths: 2,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Przygotowanie prezentacji podsumowanych efektów i ewaluacji',
        'Prezentacja na posiedzeniach komisji ds. społecznych w gminie i w powiecie',
        'Prezentacja na sesji rady gminy i rady powiatu',
        'Przekazanie ewaluacji do ROPS i prezentacja dla Zarządu Województwa',
      ],
    },
    {
      code: '10.2',
      step: 10,
      name: 'Wypracowanie rekomendacji',
      description:
        'Animatorzy wspólnie z doradcą ROPS przygotowują spotkanie podsumowujące z wójtem i starostą, podczas którego zbierane są informacje o mocnych stronach pracy zespołu, trudnościach i oczekiwanych zmianach. Rekomendacje powiatowo-gminne znajdują uogólnienie w rekomendacjach wojewódzkich WZK, dotyczących zmian prawnych i organizacyjnych oraz OZPS.',
      responsible: ['Animator PCPR', 'Animator GOPS', 'Doradca ROPS ds. modelu', 'Wójt', 'Starosta', 'WZK'],
      startMonth: 17,
      durationMonths: 2,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Spotkanie podsumowujące animatorów i doradcy ROPS z wójtem i starostą',
        'Zebranie informacji o mocnych stronach pracy zespołu, trudnościach i oczekiwanych zmianach',
        'Opracowanie rekomendacji powiatowo-gminnych, w tym do OZPS',
        'Przesłanie ewaluacji i rekomendacji do ROPS (na Platformie)',
        'Opracowanie przez WZK rekomendacji wojewódzkich dotyczących zmian prawnych i organizacyjnych',
      ],
    },
    {
      code: '10.3',
      step: 10,
      name: 'Zabezpieczenie szkoleń i usług na kolejne lata',
      description:
        'Na podstawie rekomendacji zabezpiecza się szkolenia i usługi na potrzeby podmiotów, gmin i powiatów w Modelu w kolejnych latach oraz wprowadza zmiany w programach i strategiach.',
      responsible: ['ROPS', 'WZK', 'Starosta', 'Wójt', 'Radny gminy', 'Radny powiatu / członek zarządu powiatu'],
      startMonth: 18,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Wpisanie rekomendacji do OZPS na kolejne lata',
        'Wprowadzenie kierunków działań do programów i strategii gminy, powiatu i województwa',
        'Zaplanowanie szkoleń i usług na potrzeby Modelu w kolejnych latach',
      ],
    },
    {
      code: '10.4',
      step: 10,
      name: 'Referencje dla podmiotów i zespołów – spotkanie wojewódzkie',
      description:
        'ROPS przygotowuje certyfikaty udziału w pracach PZK i WZK oraz referencje Liderów Kooperacji dla osób stale uczestniczących w działaniach Modelu. Referencje wręcza członek Zarządu Województwa lub Marszałek podczas spotkania podsumowującego dla władz, animatorów i WZK.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'Członek Zarządu Województwa'],
      startMonth: 18,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Przygotowanie certyfikatów udziału w pracach PZK i WZK',
        'Przygotowanie referencji Liderów Kooperacji dla animatorów, osób zarządzających PCPR i GOPS, władz i radnych',
        'Wręczenie certyfikatów uczestnikom PZK przez wójta i starostę',
        'Organizacja spotkania podsumowującego dla władz, animatorów i WZK',
        'Wręczenie referencji przez członka Zarządu Województwa lub Marszałka',
      ],
    },
  ],

  recurring: [
    {
      code: 'spotkanie-pzk',
      name: 'Spotkanie PZK',
      description:
        'Cykliczne spotkanie Partnerskiego Zespołu Kooperacji (minimum raz w miesiącu), obejmujące trzy obszary: doskonalenie własnego warsztatu pracy i budowanie zasobów pomocy; konsultacje realizowanych przypadków i realizację usług na rzecz osób, rodzin, grup; pracę metodyczną z osobą, rodziną, grupą. Po spotkaniu specjaliści mogą udzielać konsultacji osobom i rodzinom (mobilny punkt konsultacyjny).',
      responsible: ['Animator PCPR', 'Animator GOPS', 'PZK'],
      cadence: 'monthly',
      level: 'local',
      fromMonth: 4,
      toMonth: 18,
    },
    {
      code: 'spotkanie-wzk',
      name: 'Spotkanie WZK',
      description:
        'Spotkanie Wojewódzkiego Zespołu Kooperacji (minimum raz w kwartale, w siedzibie ROPS lub w innym miejscu) według rocznego harmonogramu: analiza postępów i trudności w pracach PZK, poszukiwanie rozwiązań i dobrych praktyk, planowanie wsparcia organizacyjnego, merytorycznego, metodycznego i prawnego.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'WZK'],
      cadence: 'quarterly',
      level: 'regional',
      fromMonth: -1,
      toMonth: 18,
    },
    {
      code: 'superwizja',
      name: 'Superwizja zespołowa',
      description:
        'Superwizor jest dostępny dla zespołu minimum raz na trzy miesiące w celu omawiania diagnoz, indywidualnych programów pomocy, ich realizacji oraz budowania zespołu. Każda rodzina objęta wsparciem zostaje omówiona na superwizji co najmniej raz.',
      responsible: ['Animator PCPR', 'Doradca ROPS ds. modelu', 'Superwizor'],
      cadence: 'every_3_months',
      level: 'local',
      fromMonth: 4,
      toMonth: 16,
    },
    {
      code: 'promocja-modelu',
      name: 'Promocja Modelu',
      description:
        'Promocja Modelu z silnym oddziaływaniem medialnym, realizowana dwukrotnie w ciągu roku (w pierwszym i trzecim kwartale), np. kampanie o dobrych praktykach kooperacji i profesji pracownika socjalnego-animatora, filmy dokumentalne o gminach i powiatach pracujących Modelem.',
      responsible: ['ROPS'],
      cadence: 'q1_q3',
      level: 'regional',
      fromMonth: -1,
      toMonth: 18,
    },
    {
      code: 'spotkania-informacyjne-rops',
      name: 'Spotkania informacyjne ROPS dla PCPR i starostów',
      description:
        'Spotkania informacyjne o Modelu Kooperacji dla dyrektorów i pracowników PCPR oraz starostów, organizowane minimum raz w roku w pierwszym kwartale, wraz z jednodniowym szkoleniem: zasady kooperacji, budowanie Zespołu, prowadzenie PZK, korzystanie z Platformy i Kalkulatora Kosztów Zaniechania.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu'],
      cadence: 'yearly_q1',
      level: 'regional',
      fromMonth: -1,
      toMonth: 18,
    },
  ],
};

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Kooperacje 3D – gminy miejskie powyżej 20 tys. mieszkańców
// The ośrodek pomocy społecznej leads the partnership and its pracownik ds. sieci coordinates the
// PZK and the ZZK (Zadaniowe Zespoły Kooperacyjne); where the 3D texts say nothing, the rural
// content is kept with the city's authorities and OPS in place of the wójt and GOPS.
// ─────────────────────────────────────────────────────────────────────────────────────────────

export const URBAN_3D_CATALOGUE: CatalogueSeed = {
  variant: {
    code: 'urban_3d',
    name: 'Kooperacje 3D (miasta powyżej 20 tys. mieszkańców)',
    description:
      'Model wielosektorowej współpracy na rzecz wsparcia osób i rodzin dla gmin miejskich powyżej 20 tys. mieszkańców. Liderem partnerstwa jest ośrodek pomocy społecznej, a współpracę koordynuje pracownik ds. sieci; Partnerski Zespół Kooperacyjny powstaje w wyniku dwóch spotkań inicjujących i jednego spotkania formalizującego, a z osobami i rodzinami pracują Zadaniowe Zespoły Kooperacyjne (ZZK).',
    durationMonths: 18,
  },

  stages: [
    {
      number: 1,
      name: 'Koordynacja i upowszechnianie Modelu Kooperacji',
      description:
        'ROPS organizuje spotkania informacyjne dla dyrektorów i pracowników ośrodków pomocy społecznej i PCPR oraz władz miast i powiatów, a także powołuje Wojewódzki Zespół Kooperacji na podstawie porozumienia wojewódzkiego. Etap trwa do 2 miesięcy i poprzedza wdrożenie w mieście.',
      level: 'regional',
      startMonth: -1,
      durationMonths: 2,
    },
    {
      number: 2,
      name: 'Organizacja',
      description:
        'Władze miasta i ośrodek pomocy społecznej diagnozują zasoby i współpracę w mieście, podejmują decyzję o wdrażaniu Modelu, wybierają pracownika ds. sieci i pracowników socjalnych, zgłaszają inicjatywę do ROPS i powołują Partnerski Zespół Kooperacyjny w wyniku dwóch spotkań inicjujących i jednego formalizującego. Etap trwa do 3 miesięcy.',
      level: 'local',
      startMonth: 1,
      durationMonths: 3,
    },
    {
      number: 3,
      name: 'Realizacja Modelu Kooperacji / ewaluacja',
      description:
        'Pracownik ds. sieci wraz z PZK przygotowuje zespół do pracy i buduje Lokalny Koszyk Usług, a Zadaniowe Zespoły Kooperacyjne (ZZK) pracują z osobami i rodzinami; pracownicy korzystają z coachingu i superwizji. Etap trwa do 13 miesięcy.',
      level: 'local',
      startMonth: 4,
      durationMonths: 13,
    },
    {
      number: 4,
      name: 'Ewaluacja końcowa',
      description:
        'PZK ocenia efekty pracy ZZK z osobami i rodzinami oraz działań na rzecz partnerów, efekty są prezentowane władzom, a rekomendacje trafiają do OZPS, programów i strategii. Etap trwa do 2 miesięcy.',
      level: 'local',
      startMonth: 17,
      durationMonths: 2,
    },
  ],

  steps: [
    {
      number: 1,
      stage: 1,
      name: 'Upowszechnianie Modelu i powołanie Wojewódzkiego Zespołu Kooperacji',
      description: 'Spotkania informacyjne ROPS dla ośrodków pomocy społecznej, PCPR i władz samorządowych, a także powołanie Wojewódzkiego Zespołu Kooperacji.',
    },
    {
      number: 2,
      stage: 2,
      name: 'Diagnoza, decyzja o wdrażaniu Modelu i zgłoszenie do ROPS',
      description:
        'Analiza zasobów środowiska lokalnego i diagnoza współpracy, decyzja władz miasta i OPS o wdrażaniu Modelu, dobór pracownika ds. sieci i pracowników socjalnych oraz zgłoszenie do ROPS.',
    },
    {
      number: 3,
      stage: 2,
      name: 'Zawarcie porozumienia powiat–gmina na wdrażanie Modelu',
      description: 'Porozumienie o współpracy pomiędzy powiatem a miastem, określające cel i zadania stron.',
    },
    {
      number: 4,
      stage: 2,
      name: 'Szkolenie kadry OPS i władz miasta do realizacji Modelu',
      description: 'Przygotowanie pracowników do zastosowania Modelu w praktyce: wspólne szkolenie dla władz miasta, dyrekcji OPS i pracowników socjalnych oraz spotkania edukacyjne.',
    },
    {
      number: 5,
      stage: 2,
      name: 'Inicjowanie i formalizowanie Partnerskiego Zespołu Kooperacyjnego',
      description: 'Partnerski Zespół Kooperacyjny powstaje w wyniku dwóch spotkań inicjujących i jednego spotkania formalizującego w każdej gminie.',
    },
    {
      number: 6,
      stage: 3,
      name: 'Przygotowanie merytoryczne i organizacyjne PZK',
      description: 'Warsztaty kooperacyjne dla partnerów, plan działań PZK, upowszechnienie informacji o Modelu oraz zbudowanie Lokalnego Koszyka Usług.',
    },
    {
      number: 7,
      stage: 3,
      name: 'Praca merytoryczna',
      description: 'Działania na rzecz partnerów, praca z osobami i rodzinami w Zadaniowych Zespołach Kooperacyjnych oraz współtworzenie usług i działania środowiskowe.',
    },
    {
      number: 8,
      stage: 3,
      name: 'Organizacja spotkań WZK oraz pracowników ds. sieci / ewaluacja',
      description: 'Kwartalne spotkania Wojewódzkiego Zespołu Kooperacji i pracowników ds. sieci, służące analizie postępów, wymianie doświadczeń i bieżącej ewaluacji.',
    },
    {
      number: 9,
      stage: 4,
      name: 'Ewaluacja działań PZK',
      description: 'Ewaluacja pracy ZZK z osobami i rodzinami oraz działań PZK, decyzja o kontynuacji prac oraz zakończenie pracy i przekazanie osób i rodzin.',
    },
    {
      number: 10,
      stage: 4,
      name: 'Ewaluacja pracy Modelem',
      description: 'Prezentacja efektów władzom, wypracowanie rekomendacji, zabezpieczenie szkoleń i usług na kolejne lata oraz referencje dla podmiotów i zespołów.',
    },
  ],

  substeps: [
    // ── Etap I ──
    {
      code: '1.1',
      step: 1,
      name: 'Spotkania informacyjne dla ośrodków pomocy społecznej, PCPR i władz samorządowych',
      description:
        'ROPS organizuje spotkanie informacyjne o Modelu dla dyrektorów i pracowników ośrodków pomocy społecznej i PCPR, wspólnie lub oddzielnie z przedstawicielami władz miast i powiatów. Uczestnicy poznają doradcę/pracownika ROPS ds. modelu i ustalają tryb zgłaszania do ROPS decyzji o wdrażaniu Modelu.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu'],
      startMonth: -1,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Zaproszenie dyrektorów i pracowników OPS i PCPR oraz burmistrzów, prezydentów miast i starostów',
        'Przedstawienie założeń Modelu i korzyści ze stosowania zaproponowanych rozwiązań',
        'Zapoznanie uczestników z Kalkulatorem Kosztów Zaniechania',
        'Przedstawienie doradcy/pracownika ROPS ds. modelu',
        'Określenie trybu i formularza zgłaszania do ROPS decyzji o wdrażaniu Modelu',
      ],
    },
    {
      code: '1.2',
      step: 1,
      name: 'Powołanie Wojewódzkiego Zespołu Kooperacji',
      description:
        'ROPS zaprasza do współpracy przedstawicieli wojewódzkich instytucji samorządowych i rządowych oraz uczelni, które zawiązują Wojewódzki Zespół Kooperacji poprzez porozumienie o współpracy z Województwem. Do Zespołu proponuje się włączyć członka Zarządu Województwa odpowiedzialnego za sprawy społeczne.',
      responsible: ['ROPS', 'Członek Zarządu Województwa'],
      startMonth: -1,
      durationMonths: 2,
      evidence: 'agreement_regional',
      evidenceLabel: 'Podpisane porozumienie wojewódzkie o współpracy (powołanie WZK)',
      checklist: [
        'Zaproszenie wojewódzkich instytucji samorządowych i rządowych oraz uczelni do współpracy',
        'Włączenie do WZK członka Zarządu Województwa odpowiedzialnego za sprawy społeczne',
        'Podpisanie porozumienia o współpracy pomiędzy Województwem a podmiotami',
        'Przyjęcie rocznego harmonogramu spotkań WZK (minimum raz w kwartale) i umieszczenie go na Platformie',
      ],
    },

    // ── Etap II ──
    {
      code: '2.1',
      step: 2,
      name: 'Diagnoza zasobów środowiska lokalnego i współpracy',
      description:
        'Ośrodek pomocy społecznej zapewnia wstępne warunki wdrażania Modelu: analizuje i identyfikuje zasoby środowiska lokalnego oraz diagnozuje dotychczasową współpracę instytucji w mieście. Wykorzystuje przy tym ocenę zasobów pomocy społecznej (OZPS) i dane strategii rozwiązywania problemów społecznych.',
      responsible: ['Dyrektor OPS', 'Dyrektor PCPR'],
      startMonth: 1,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Analiza i identyfikacja zasobów środowiska lokalnego: instytucji, usług, specjalistów',
        'Diagnoza dotychczasowej współpracy instytucji w mieście',
        'Analiza oceny zasobów pomocy społecznej (OZPS) i strategii rozwiązywania problemów społecznych miasta',
        'Zdefiniowanie typu rodzin, których potrzeby mogą zostać zaspokojone dzięki pracy Modelem',
        'Przygotowanie wstępnych wniosków dla władz miasta',
      ],
    },
    {
      code: '2.2',
      step: 2,
      name: 'Decyzja władz miasta i OPS o wdrażaniu Modelu',
      description:
        'Dyrekcja OPS informuje burmistrza lub prezydenta miasta o potrzebie powołania PZK, uzgadnia warunki inicjatywy oraz uzyskuje akceptację i upoważnienia. Decyzję o wdrażaniu Modelu podejmują wspólnie ośrodek pomocy społecznej i władze miasta, przy udziale powiatu.',
      responsible: ['Burmistrz / prezydent miasta', 'Dyrektor OPS', 'Starosta', 'Dyrektor PCPR'],
      startMonth: 1,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Poinformowanie burmistrza lub prezydenta miasta o potrzebie powołania PZK',
        'Uzgodnienie warunków inicjatywy z władzami miasta',
        'Uzyskanie akceptacji i upoważnień do działania',
        'Podjęcie wspólnej decyzji władz miasta i powiatu, OPS i PCPR o wdrażaniu Modelu',
      ],
    },
    {
      code: '2.3',
      step: 2,
      name: 'Wybór pracownika ds. sieci, pracowników socjalnych i radnych',
      description:
        'Kadra zarządzająca OPS rozpoznaje zasoby kadrowe i dobiera do realizacji Modelu pracowników socjalnych, którzy zgłaszają chęć udziału. Funkcję pracownika ds. sieci rekomenduje się powierzyć osobie z kadry zarządzającej (np. zastępcy dyrektora), upoważnionej przez dyrektora OPS do działania w Modelu.',
      responsible: ['Dyrektor OPS', 'Burmistrz / prezydent miasta', 'Starosta'],
      startMonth: 1,
      durationMonths: 2,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Rozpoznanie niedoborów kadrowych i potencjału kompetencyjnego pracowników OPS',
        'Przedstawienie pracownikom na wspólnym spotkaniu zasobów i ograniczeń wynikających z udziału w Modelu',
        'Dobór pracowników socjalnych zgłaszających chęć udziału w realizacji Modelu',
        'Powierzenie funkcji pracownika ds. sieci i upoważnienie go przez dyrektora OPS do działania w Modelu',
        'Wskazanie radnego miasta oraz radnego lub członka zarządu powiatu do pracy w Modelu',
      ],
    },
    {
      code: '2.4',
      step: 2,
      name: 'Zgłoszenie do ROPS',
      description:
        'Pracownik ds. sieci zgłasza do ROPS (formularz lub pismo) decyzję o podjęciu współpracy Modelem. Doradca ROPS określa wstępny zakres wsparcia, a pracownicy ROPS przekazują dostęp do zamkniętej części Platformy.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Dyrektor OPS', 'ROPS'],
      startMonth: 2,
      durationMonths: 1,
      evidence: 'notification',
      evidenceLabel: 'Zgłoszenie do ROPS przyjęte w aplikacji',
      checklist: [
        'Wypełnienie i wysłanie formularza zgłoszeniowego do ROPS',
        'Ustalenie z doradcą ROPS wstępnego zakresu wsparcia (oczekiwania, terminy, możliwości)',
        'Uzyskanie dostępu do zamkniętej części Platformy',
      ],
    },
    {
      code: '3',
      step: 3,
      name: 'Zawarcie porozumienia powiat–gmina',
      description:
        'Po ustaleniu zasad wsparcia ze strony ROPS starosta podpisuje z miastem porozumienie o współpracy. Porozumienie określa cel i zadania powiatu i miasta: wyznaczenie osób odpowiedzialnych za współpracę i radnych oraz zawiązanie Partnerskiego Zespołu Kooperacyjnego.',
      responsible: ['Starosta', 'Burmistrz / prezydent miasta', 'Dyrektor PCPR', 'Dyrektor OPS'],
      startMonth: 2,
      durationMonths: 2,
      evidence: 'agreement_powiat_gmina',
      evidenceLabel: 'Podpisane porozumienie powiat–gmina',
      checklist: [
        'Ustalenie zasad wsparcia ze strony ROPS',
        'Przygotowanie treści porozumienia: cel oraz zadania powiatu i miasta',
        'Wskazanie w porozumieniu pracownika ds. sieci, osoby odpowiedzialnej ze strony PCPR i radnych',
        'Zapisanie zobowiązania do zawiązania Partnerskiego Zespołu Kooperacyjnego',
        'Podpisanie porozumienia przez starostę i burmistrza lub prezydenta miasta oraz dołączenie skanu',
      ],
    },
    {
      code: '4',
      step: 4,
      name: 'Szkolenie kadry OPS i władz miasta',
      description:
        'Przed wdrożeniem Modelu konieczne jest przygotowanie pracowników do zastosowania go w praktyce; w pierwszej kolejności rekomenduje się wspólne szkolenie dla władz miasta, dyrektora OPS (lub jego zastępcy) oraz pracowników socjalnych. Pracownicy OPS i PCPR uczestniczą w spotkaniu edukacyjnym o organizowaniu i prowadzeniu spotkań zespołu multiprofesjonalnego przy udziale osoby lub rodziny.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'Dyrektor OPS'],
      startMonth: 2,
      durationMonths: 2,
      evidence: 'training_attendance',
      evidenceLabel: 'Lista obecności ze szkolenia podstawowego',
      checklist: [
        'Wspólne szkolenie dla przedstawicieli władz miasta, dyrektora OPS (lub zastępcy) i pracowników socjalnych',
        'Spotkanie edukacyjne „Organizowanie i prowadzenie spotkań zespołu multiprofesjonalnego zgodnie z ideą empowerment (przy udziale osoby lub rodziny)”',
        'Spotkanie ekspercko-doradcze w OPS: szczegółowy instruktaż osób odpowiedzialnych za wdrażanie Modelu',
        'Wydanie zaświadczeń o ukończeniu szkolenia i udostępnienie konta PZK na Platformie',
      ],
    },
    {
      code: '5.1',
      step: 5,
      name: 'Pierwsze spotkanie inicjujące',
      description:
        'Pracownik ds. sieci nawiązuje kontakt z lokalnymi instytucjami mającymi tworzyć PZK: wysyła pakiet informacji wraz z zaproszeniem i prowadzi rozmowy z potencjalnymi kooperantami. Pierwsze spotkanie inicjujące przedstawia założenia Modelu i korzyści ze współpracy oraz analizuje kluczowych partnerów instytucjonalnych.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Dyrektor OPS'],
      startMonth: 2,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Wysłanie potencjalnym kooperantom pakietu informacji wraz z zaproszeniem do udziału w PZK',
        'Rozmowy informujące i zapraszające z przedstawicielami instytucji (m.in. PCPR, szkoły, przedszkola, policja, straż miejska, organizacje pozarządowe, kuratorskie służby sądowe)',
        'Prezentacja założeń Modelu i korzyści ze współpracy multiprofesjonalnej',
        'Analiza kluczowych partnerów instytucjonalnych',
      ],
    },
    {
      code: '5.2',
      step: 5,
      name: 'Drugie spotkanie inicjujące',
      description:
        'Drugie spotkanie inicjujące ukazuje kompetencje poszczególnych partnerów, narzędzia i obszary wspólnej pracy oraz definiuje najistotniejsze problemy z perspektywy ich rozwiązania. Następnie przedstawiciele OPS i PCPR na spotkaniu roboczym przygotowują spotkanie formalizujące.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Dyrektor PCPR'],
      startMonth: 2,
      durationMonths: 2,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Prezentacja kompetencji partnerów, narzędzi i obszarów wspólnej pracy',
        'Zdefiniowanie najistotniejszych problemów społecznych z perspektywy ich rozwiązania',
        'Zebranie podpisanych deklaracji przystąpienia do PZK',
        'Przygotowanie przez kooperantów kart usług do Lokalnego Koszyka Usług',
        'Spotkanie robocze przedstawicieli OPS i PCPR przygotowujące spotkanie formalizujące',
      ],
    },
    {
      code: '5.3',
      step: 5,
      name: 'Spotkanie formalizujące — porozumienie PZK',
      description:
        'Na spotkaniu formalizującym partnerzy omawiają podpisane deklaracje przystąpienia do PZK, prezentują karty usług składające się na Lokalny Koszyk Usług, wskazują osoby koordynujące współpracę i rozpoczynają prace nad planem działań. Uzgadniają też warunki tworzenia i działania ZZK oraz relacje pomiędzy partnerami PZK oraz pomiędzy PZK i ZZK.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Dyrektor OPS', 'Dyrektor PCPR'],
      startMonth: 3,
      durationMonths: 1,
      evidence: 'agreement_pzk',
      evidenceLabel: 'Podpisane porozumienie PZK wraz z deklaracjami przystąpienia do PZK',
      checklist: [
        'Omówienie podpisanych deklaracji przystąpienia do PZK',
        'Podpisanie porozumienia PZK (zasady i tryb kooperacji, podstawy prawne przekazywania danych, zadania stron) i dołączenie skanu',
        'Prezentacja kart usług kooperantów składających się na Lokalny Koszyk Usług',
        'Wskazanie osób koordynujących współpracę u partnerów',
        'Rozpoczęcie prac nad planem działań PZK',
        'Uzgodnienie warunków tworzenia i działania ZZK oraz relacji pomiędzy PZK i ZZK',
      ],
    },

    // ── Etap III ──
    {
      code: '6.1',
      step: 6,
      name: 'Warsztaty kooperacyjne dla partnerów PZK',
      description:
        'Przedstawiciele instytucji tworzących PZK uczestniczą w dwudniowych warsztatach „Razem znaczy lepiej – współpraca multiprofesjonalna na rzecz rozwiązywania problemów społecznych”. Celem jest wyposażenie uczestników w wiedzę i umiejętności budowania zespołu, kreatywnego rozwiązywania konfliktów i ustalania celów oraz ukazanie korzyści ze współpracy w zespołach multiprofesjonalnych.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'Pracownik ds. sieci (OPS)'],
      startMonth: 4,
      durationMonths: 1,
      evidence: 'training_attendance',
      evidenceLabel: 'Lista obecności z warsztatów kooperacyjnych dla partnerów PZK',
      checklist: [
        'Moduł 1: budowanie partnerskiego zespołu',
        'Moduł 2: budowanie zespołu multiprofesjonalnego i wzmacnianie współpracy – ćwiczenia',
        'Udział przedstawicieli instytucji PZK (m.in. wymiaru sprawiedliwości, rynku pracy, oświaty, policji, ochrony zdrowia, organizacji pozarządowych, instytucji kultury)',
        'Przygotowanie listy kontaktowej partnerów PZK na Platformie',
        'Ustalenie warunków technicznych, prawnych i organizacyjnych spotkań',
      ],
    },
    {
      code: '6.2',
      step: 6,
      name: 'Plan działań PZK i upowszechnienie informacji o Modelu',
      description:
        'Prace nad planem działań, rozpoczęte na spotkaniu formalizującym, kończą się przyjęciem planu pracy PZK: celów, terminów spotkań, procedury spotkań interwencyjnych oraz tematów spotkań i szkoleń. Pracownik ds. sieci kontynuuje działania promocyjne Modelu i na bieżąco pozyskuje nowych kooperantów.',
      responsible: ['Pracownik ds. sieci (OPS)', 'PZK'],
      startMonth: 4,
      durationMonths: 2,
      evidence: 'document',
      evidenceLabel: 'Plan pracy PZK',
      checklist: [
        'Określenie celów dla partnerów i miasta oraz celów pomocowych',
        'Ustalenie terminów i miejsc cyklicznych spotkań PZK (również w formie zdalnej)',
        'Opracowanie procedury spotkań interwencyjnych PZK',
        'Zaplanowanie tematów spotkań i szkoleń dla partnerów',
        'Działania promocyjne Modelu i zapraszanie nowych kooperantów',
        'Przygotowanie prezentacji na komisję i sesję rady miasta',
      ],
    },
    {
      code: '6.3',
      step: 6,
      name: 'Lokalny Koszyk Usług',
      description:
        'Każdy kooperant przygotowuje kartę usług, a karty składają się na Lokalny Koszyk Usług – wspólne, aktualizowane zestawienie usług i aktywności dostępnych w mieście. Pracownik ds. sieci koordynuje budowanie koszyka i jego aktualizację.',
      responsible: ['Pracownik ds. sieci (OPS)', 'PZK'],
      startMonth: 4,
      durationMonths: 3,
      evidence: 'document',
      evidenceLabel: 'Lokalny Koszyk Usług (karty usług kooperantów)',
      checklist: [
        'Przygotowanie karty usług przez każdego kooperanta',
        'Zestawienie kart usług w Lokalny Koszyk Usług',
        'Uporządkowanie usług według odbiorców: dzieci i młodzież, rodziny z dziećmi, osoby dorosłe, osoby starsze',
        'Analiza istniejących, niezbędnych i brakujących usług i aktywności',
        'Opublikowanie Lokalnego Koszyka Usług na koncie PZK na Platformie',
      ],
    },
    {
      code: '7.1',
      step: 7,
      name: 'Praca na rzecz partnerów',
      description:
        'Wzmacnianie kompetencji pracowników i partnerów: coaching dla pracowników socjalnych pracujących w ZZK, spotkania edukacyjne, szkolenia dla partnerów pracujących w ZZK i PZK oraz spotkania ekspercko-doradcze w OPS. Najskuteczniejsze są szkolenia warsztatowe z udziałem pracowników kooperujących instytucji z jednego miasta lub powiatu.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Dyrektor OPS', 'Doradca ROPS ds. modelu'],
      startMonth: 5,
      durationMonths: 12,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Coaching dla pracowników socjalnych pracujących w ZZK',
        'Spotkanie edukacyjne „Dialog motywujący w pracy socjalnej”',
        'Szkolenia dla partnerów pracujących w ZZK i PZK (np. PSR, mediacje i negocjacje, praca z danymi osobowymi – RODO)',
        'Spotkania ekspercko-doradcze ekspertów ds. modelu w OPS',
        'Aktualizacja Lokalnego Koszyka Usług',
      ],
    },
    {
      code: '7.2',
      step: 7,
      name: 'Praca z osobą i rodziną w Zadaniowych Zespołach Kooperacyjnych (ZZK)',
      description:
        'Pracownik socjalny może zaproponować osobie lub rodzinie współpracę w formule ZZK – zespołu złożonego z pracowników instytucji tworzących PZK, który wspólnie z nią prowadzi pogłębioną diagnozę, wybiera potrzeby, określa cele i buduje plan działania z indywidualnym koszykiem usług. Pracownik ds. sieci koordynuje i monitoruje pracę ZZK oraz prowadzi ich ewidencję.',
      responsible: ['Pracownik socjalny OPS (pracownik kluczowy)', 'Pracownik ds. sieci (OPS)', 'ZZK', 'PZK'],
      startMonth: 5,
      durationMonths: 12,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Zaproponowanie osobie lub rodzinie współpracy w formule ZZK i powołanie składu ZZK',
        'Pogłębiona diagnoza sytuacji osoby lub rodziny z analizą SWOT',
        'Wybór potrzeb, określenie celów i opracowanie planu działania z indywidualnym koszykiem usług',
        'Realizacja planu i regularne, cykliczne spotkania ZZK, także z udziałem osoby lub rodziny',
        'Monitorowanie dynamiki pracy ZZK i aktywności partnerów oraz prowadzenie ewidencji ZZK',
        'Przenoszenie uogólnionych wyników pracy ZZK oraz bieżących trudności na forum PZK',
      ],
    },
    {
      code: '7.3',
      step: 7,
      name: 'Współtworzenie usług i działania środowiskowe',
      description:
        'Partnerzy PZK współtworzą (koprodukują) nowe usługi, np. wolontariat, realizują projekty socjalne i działania środowiskowe, a pracownik ds. sieci na bieżąco pozyskuje nowych kooperantów. Metoda pracy multiprofesjonalnej może być przenoszona na działalność urzędu miasta, np. przy opracowaniu strategii rozwiązywania problemów społecznych.',
      responsible: ['PZK', 'Pracownik ds. sieci (OPS)', 'Radny miasta'],
      startMonth: 5,
      durationMonths: 12,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Współtworzenie (koprodukcja) nowych usług, np. powołanie wolontariatu',
        'Realizacja projektów socjalnych i działań środowiskowych',
        'Pozyskiwanie nowych kooperantów do PZK',
        'Udział w pracach zespołów multiprofesjonalnych urzędu miasta, np. nad strategią rozwiązywania problemów społecznych',
        'Prezentacja inicjatyw podczas komisji i sesji rady miasta',
      ],
    },
    {
      code: '8',
      step: 8,
      name: 'Spotkania WZK i pracowników ds. sieci',
      description:
        'Pracownicy ds. sieci z miast wdrażających Model oraz Wojewódzki Zespół Kooperacji spotykają się kwartalnie w ROPS lub w terenie, aby analizować postępy, efekty i trudności, szukać rozwiązań i wymieniać dobre praktyki. Doradca ROPS umieszcza harmonogram spotkań na Platformie.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'WZK', 'Pracownik ds. sieci (OPS)'],
      startMonth: 4,
      durationMonths: 13,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Umieszczenie harmonogramu spotkań na Platformie',
        'Udział pracowników ds. sieci w kwartalnych spotkaniach z WZK',
        'Analiza postępów, efektów i trudności w budowaniu zespołów i pracy ZZK z osobami i rodzinami',
        'Wymiana dobrych praktyk i zgłoszenie potrzeb wsparcia organizacyjnego, merytorycznego, metodycznego lub prawnego',
      ],
    },

    // ── Etap IV ──
    {
      code: '9.1',
      step: 9,
      name: 'Ewaluacja pracy z osobą i rodziną',
      description:
        'Ewaluacja efektów pracy ZZK z osobami i rodzinami – ilościowo i jakościowo – wraz z oceną końcową realizacji celów planu pomocy. Po zakończeniu wsparcia utrzymywany jest kontakt pracownika socjalnego z rodziną i przedstawicielami kooperujących instytucji.',
      responsible: ['Pracownik socjalny OPS (pracownik kluczowy)', 'ZZK', 'Radny miasta', 'PZK'],
      startMonth: 17,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Zebranie informacji, do ilu i jakich osób i rodzin kierowano wsparcie oraz jakie metody i narzędzia zastosowano',
        'Ocena końcowa stopnia realizacji celów określonych w planie pomocy',
        'Zaplanowanie etapów pracy po zakończeniu wsparcia i utrzymania kontaktu z rodziną',
        'Zebranie spostrzeżeń osób i rodzin korzystających ze wsparcia',
      ],
    },
    {
      code: '9.2',
      step: 9,
      name: 'Podsumowanie efektów i decyzja o kontynuacji',
      description:
        'Pracownik ds. sieci na podstawie protokołów i sprawozdań z działania PZK i ewidencji ZZK przygotowuje podsumowanie efektów (liczbowych i jakościowych), a PZK podejmuje ewentualną decyzję o kontynuacji prac (powrót do kroku 2.2).',
      responsible: ['Pracownik ds. sieci (OPS)', 'PZK', 'Radny powiatu / członek zarządu powiatu'],
      startMonth: 17,
      durationMonths: 1,
      evidence: 'document',
      evidenceLabel: 'Sprawozdanie z działania PZK (podsumowanie efektów)',
      checklist: [
        'Podsumowanie zaangażowania partnerów: realizacja planu PZK, liczba spotkań PZK, liczba partnerów',
        'Zestawienie liczby ZZK i spotkań ZZK, w tym z udziałem rodzin',
        'Zestawienie działań podnoszących kompetencje, działań na rzecz społeczności lokalnej i działań promocyjnych',
        'Podjęcie przez PZK decyzji o ewentualnej kontynuacji prac (powrót do kroku 2.2)',
      ],
    },
    {
      code: '9.3',
      step: 9,
      name: 'Zakończenie pracy i przekazanie osób i rodzin',
      description:
        'Zakończenie pracy z osobami i rodzinami oraz ustalenie ich przekazania: przy niezadowalających efektach PZK decyduje o przekazaniu rodziny do innych instytucji lub wyznacza podmiot, który przejmie odpowiedzialność. Rodziny, które osiągnęły cele, mogą otrzymać list gratulacyjny i certyfikat udziału.',
      responsible: ['Pracownik socjalny OPS (pracownik kluczowy)', 'Pracownik ds. sieci (OPS)', 'PZK'],
      startMonth: 17,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Ustalenie zasad dalszej współpracy i wymiany informacji pomiędzy instytucjami',
        'Przekazanie osób i rodzin do dalszego wsparcia innych instytucji lub wyznaczenie podmiotu przejmującego odpowiedzialność',
        'Przygotowanie listów gratulacyjnych i certyfikatów udziału dla osób i rodzin',
        'Zamknięcie ZZK i odnotowanie tego w ewidencji ZZK',
      ],
    },
    {
      code: '10.1',
      step: 10,
      name: 'Prezentacja efektów władzom',
      description:
        'Podsumowane efekty i ewaluacja Modelu są prezentowane podczas posiedzeń komisji ds. społecznych oraz sesji rady miasta i rady powiatu, a także Zarządowi Województwa.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Radny miasta', 'Radny powiatu / członek zarządu powiatu'],
      startMonth: 17,
      durationMonths: 2,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Przygotowanie prezentacji podsumowanych efektów i ewaluacji',
        'Prezentacja na posiedzeniach komisji ds. społecznych w mieście i w powiecie',
        'Prezentacja na sesji rady miasta i rady powiatu',
        'Przekazanie ewaluacji do ROPS i prezentacja dla Zarządu Województwa',
      ],
    },
    {
      code: '10.2',
      step: 10,
      name: 'Wypracowanie rekomendacji',
      description:
        'Pracownik ds. sieci wspólnie z doradcą ROPS przygotowuje spotkanie podsumowujące z władzami miasta i powiatu, podczas którego zbierane są informacje o mocnych stronach pracy zespołu, trudnościach i oczekiwanych zmianach. Rekomendacje lokalne znajdują uogólnienie w rekomendacjach wojewódzkich WZK, dotyczących zmian prawnych i organizacyjnych oraz OZPS.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Doradca ROPS ds. modelu', 'Burmistrz / prezydent miasta', 'Starosta', 'WZK'],
      startMonth: 17,
      durationMonths: 2,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Spotkanie podsumowujące z burmistrzem lub prezydentem miasta i starostą',
        'Zebranie informacji o mocnych stronach pracy zespołu, trudnościach i oczekiwanych zmianach',
        'Opracowanie rekomendacji lokalnych, w tym do OZPS',
        'Przesłanie ewaluacji i rekomendacji do ROPS (na Platformie)',
        'Opracowanie przez WZK rekomendacji wojewódzkich dotyczących zmian prawnych i organizacyjnych',
      ],
    },
    {
      code: '10.3',
      step: 10,
      name: 'Zabezpieczenie szkoleń i usług na kolejne lata',
      description:
        'Na podstawie rekomendacji zabezpiecza się szkolenia i usługi na potrzeby partnerów i miasta w Modelu w kolejnych latach oraz wprowadza zmiany w programach i strategiach, w tym w strategii rozwiązywania problemów społecznych miasta.',
      responsible: ['ROPS', 'WZK', 'Burmistrz / prezydent miasta', 'Starosta', 'Radny miasta'],
      startMonth: 18,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Wpisanie rekomendacji do OZPS na kolejne lata',
        'Wprowadzenie kierunków działań do programów i strategii miasta, powiatu i województwa',
        'Zaplanowanie szkoleń, coachingu i superwizji na potrzeby Modelu w kolejnych latach',
      ],
    },
    {
      code: '10.4',
      step: 10,
      name: 'Referencje dla podmiotów i zespołów – spotkanie wojewódzkie',
      description:
        'ROPS przygotowuje certyfikaty udziału w pracach PZK i WZK oraz referencje Liderów Kooperacji dla osób stale uczestniczących w działaniach Modelu. Referencje wręcza członek Zarządu Województwa lub Marszałek podczas spotkania podsumowującego dla władz, pracowników ds. sieci i WZK.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'Członek Zarządu Województwa'],
      startMonth: 18,
      durationMonths: 1,
      evidence: 'none',
      evidenceLabel: CHECKLIST_DONE,
      checklist: [
        'Przygotowanie certyfikatów udziału w pracach PZK i WZK',
        'Przygotowanie referencji Liderów Kooperacji dla pracowników ds. sieci, dyrekcji OPS, władz i radnych',
        'Wręczenie certyfikatów uczestnikom PZK przez burmistrza lub prezydenta miasta',
        'Organizacja spotkania podsumowującego dla władz, pracowników ds. sieci i WZK',
        'Wręczenie referencji przez członka Zarządu Województwa lub Marszałka',
      ],
    },
  ],

  recurring: [
    {
      code: 'spotkanie-pzk',
      name: 'Spotkanie PZK',
      description:
        'Cykliczne spotkanie Partnerskiego Zespołu Kooperacyjnego (minimum raz w miesiącu, również zdalnie), obejmujące trzy obszary: doskonalenie własnego warsztatu pracy i budowanie zasobów pomocy; konsultacje realizowanych przypadków, w tym wyników pracy ZZK; pracę metodyczną z osobą, rodziną, grupą. Pracownik ds. sieci prowadzi spotkanie i sporządza protokół.',
      responsible: ['Pracownik ds. sieci (OPS)', 'PZK'],
      cadence: 'monthly',
      level: 'local',
      fromMonth: 4,
      toMonth: 18,
    },
    {
      code: 'spotkanie-wzk',
      name: 'Spotkanie WZK',
      description:
        'Spotkanie Wojewódzkiego Zespołu Kooperacji (minimum raz w kwartale, w siedzibie ROPS lub w innym miejscu) według rocznego harmonogramu: analiza postępów i trudności w pracach PZK, poszukiwanie rozwiązań i dobrych praktyk, planowanie wsparcia organizacyjnego, merytorycznego, metodycznego i prawnego.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu', 'WZK'],
      cadence: 'quarterly',
      level: 'regional',
      fromMonth: -1,
      toMonth: 18,
    },
    {
      code: 'superwizja',
      name: 'Superwizja w ramach ZZK',
      description:
        'Superwizja zespołowa, której celem jest zwiększenie skuteczności pracy z osobą lub rodziną oraz merytoryczne wsparcie pracowników tworzących ZZK i pracowników ds. sieci jako koordynatorów tego procesu. Odbywa się minimum raz na trzy miesiące, a każda rodzina zostaje omówiona co najmniej raz.',
      responsible: ['Pracownik ds. sieci (OPS)', 'Superwizor', 'ZZK'],
      cadence: 'every_3_months',
      level: 'local',
      fromMonth: 4,
      toMonth: 16,
    },
    {
      code: 'promocja-modelu',
      name: 'Promocja Modelu',
      description:
        'Promocja Modelu z silnym oddziaływaniem medialnym, realizowana dwukrotnie w ciągu roku (w pierwszym i trzecim kwartale), np. kampanie o dobrych praktykach kooperacji i profesji pracownika socjalnego, filmy dokumentalne o miastach pracujących Modelem.',
      responsible: ['ROPS'],
      cadence: 'q1_q3',
      level: 'regional',
      fromMonth: -1,
      toMonth: 18,
    },
    {
      code: 'spotkania-informacyjne-rops',
      name: 'Spotkania informacyjne ROPS dla OPS, PCPR i władz samorządowych',
      description:
        'Spotkania informacyjne o Modelu dla dyrektorów i pracowników ośrodków pomocy społecznej i PCPR oraz władz miast i powiatów, organizowane minimum raz w roku w pierwszym kwartale.',
      responsible: ['ROPS', 'Doradca ROPS ds. modelu'],
      cadence: 'yearly_q1',
      level: 'regional',
      fromMonth: -1,
      toMonth: 18,
    },
  ],
};

export const CATALOGUES = [RURAL_CATALOGUE, URBAN_3D_CATALOGUE];
