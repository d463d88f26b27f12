import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { gminas, goodPractices, materials, users } from '../schema';
import { materialSearchText } from '../../lib/materials/text';
import { practiceSearchText } from '../../lib/practices/text';

/*
 * e-szkoła and the good-practice catalogue in the demo: one published practice, shortened from the
 * Kooperacje 3D sheet "Profesjonalizacja współpracy w ramach partnerstwa międzysektorowego", one
 * proposal waiting for the ROPS adviser (from the sheet "Rozwój zespołowej pracy socjalnej",
 * proposed by the OPS animator of Dąbrowa Białostocka), and two e-szkoła materials: a public one
 * (steps 4 and 6.1) and one for signed-in members only (step 7.2).
 * Needs the demo users (rops.doradca@…, gops.dabrowa@…).
 */
export async function seedDemoPractices(tx: DbOrTx, voivodeshipId: number) {
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['rops.doradca@kooperacja.test', 'gops.dabrowa@kooperacja.test']));
  const rops = people.find((p) => p.email === 'rops.doradca@kooperacja.test')!;
  const gops = people.find((p) => p.email === 'gops.dabrowa@kooperacja.test')!;
  const [dabrowa] = await tx.select({ id: gminas.id, name: gminas.name, powiatId: gminas.powiatId }).from(gminas).where(eq(gminas.teryt, '2011013'));

  const published = {
    name: 'Profesjonalizacja współpracy w ramach partnerstwa międzysektorowego',
    level: 'Etap inicjacji partnerskiego zespołu kooperacyjnego',
    area: 'Zaangażowanie władz miasta',
    description:
      'Zaangażowanie władz miasta w projekt KOOPERACJE 3D i wprowadzenie założeń modelu — pracy w ramach PZK jako współpracy multiprofesjonalnej przedstawicieli instytucji i podmiotów — sprawiło, że władze miasta przeskalowały formułę pracy multiprofesjonalnej na metodę działania i realizację zadań w Urzędzie Miasta.\n\nPowołano multiprofesjonalny Zespół ds. rozwoju ekonomii społecznej (w pierwszym mieście) i Zespół ds. opracowania Strategii Rozwiązywania Problemów Społecznych (w drugim mieście), działające pod kierunkiem zespołu badawczego pracowników uczelni. Współpraca opiera się na zespołowym rozpoznawaniu potrzeb mieszkańców, ścisłym powiązaniu bieżącej pracy z monitoringiem i ewaluacją oraz „otwieraniu się” Urzędu Miasta na partnerską współpracę z mieszkańcami, instytucjami i organizacjami.',
    conditions:
      '1. Dobre doświadczenia we współpracy z przedstawicielami innych organizacji i instytucji ważnych dla zaspokajania potrzeb mieszkańców, w tym podopiecznych MOPS.\n2. Cykl spotkań z przedstawicielami Urzędu Miasta, instytucji (w tym MOPS) i organizacji pozarządowych, przekazujących rzetelną informację o współpracy międzysektorowej i jej korzyściach.\n3. Warunki przyjazne wymianie informacji, doświadczeń i wiedzy o kompetencjach — bez osądzania i nieracjonalnego delegowania zadań.\n4. Spotkania PZK oparte na analizie kluczowych partnerów instytucjonalnych, ich kompetencji, narzędzi i obszarów wspólnej pracy.',
    process: [
      'Spotkania robocze zespołu, na których opracowano diagnozę, określono cel główny i cele operacyjne.',
      'Wypracowanie kierunków działań zespołu w oparciu o zdiagnozowane potrzeby i problemy społeczne miasta.',
      'Stworzenie atmosfery swobodnego angażowania się w rozwiązywanie problemów społecznych w gminie.',
      'Uzyskanie wstępnej zgody Urzędu Miasta na stosowanie nowych rozwiązań opartych na testowaniu ich skuteczności.',
      'Oparcie działań zespołu międzysektorowego na zasadach dobrowolności, elastyczności, otwartości komunikacyjnej i ścisłej współpracy pracowników Urzędu Miasta z przedstawicielami organizacji i instytucji.',
      'Zaplanowanie stałego monitorowania rezultatów pracy zespołu: dynamiki pracy w formule multiprofesjonalnej i aktywności poszczególnych partnerów.',
      'Stopniowe przenoszenie metody pracy PZK na działalność Urzędu Miejskiego i współpracę jego wydziałów.',
    ],
    solution:
      'Powołanie zarządzeniem Burmistrza Zespołu ds. rozwoju ekonomii społecznej, a w innym mieście — uchwała Rady Miejskiej o przyjęciu Strategii Rozwiązywania Problemów Społecznych Miasta na lata 2021–2027. Regularne spotkania integrujące partnerów, poznanie ich kompetencji i kultury organizacyjnej, wspólna diagnoza potrzeb i obszarów współdziałania jako podstawa planu działań strategicznych.',
    swotStrengths:
      'Doświadczenie we współpracy międzysektorowej i międzyresortowej.\nDobra współpraca podmiotów publicznych z organizacjami pozarządowymi.\nWsparcie i zaangażowanie władz miasta w innowacyjne działania, w tym powołanie PZK i zespołów „problemowych”.\nUmiejętność wykorzystania istniejących zasobów w strategicznych rozwiązaniach.',
    swotWeaknesses:
      'Dodatkowe obciążenie członków zespołu obok codziennych zadań.\nNiechęć przedstawicieli organizacji pozarządowych do częstych spotkań.\nNiekorzystny wpływ pandemii na współpracę multiprofesjonalną.\nNiewystarczające kompetencje części członków zespołu w pracy zdalnej.',
    swotOpportunities:
      'Wzrost znaczenia kooperacji międzyinstytucjonalnej w realizacji zadań publicznych.\nLepsze postrzeganie Urzędu Miasta jako instytucji otwartej na rzetelną współpracę.\nEfekt synergii doświadczeń zdobytych we współdziałaniu międzysektorowym.\nMożliwość wspólnych przedsięwzięć, także finansowanych ze źródeł zewnętrznych.',
    swotThreats:
      'Zbyt szybkie tempo spotkań może wykluczać partnerów obciążonych zadaniami własnymi.\nCzęste nieuzasadnione nieobecności osłabiają motywację i zaufanie w zespole.\nNiechęć instytucji do angażowania się w nowy „twór” rodzący dodatkowe obowiązki.\nBrak środków finansowych na zaplanowane działania.',
    measures:
      'Zawodowe umocnienie i rozwój kompetencji miękkich partnerów współpracy multiprofesjonalnej.\nMotywacja do spotkań nie słabnie mimo pandemii.\nOpracowano Strategię Rozwiązywania Problemów Społecznych Miasta na lata 2021–2027.\nDziałalność PZK (m.in. spotkania) wpisano jako wskaźnik jednego z celów operacyjnych strategii.',
    contact: 'Karta dobrej praktyki z projektu „Kooperacje 3D”; informacji udziela doradca ds. modelu ROPS w Białymstoku, ul. Wiejska 35, 15-351 Białystok.',
  };
  const proposal = {
    name: 'Rozwój zespołowej pracy socjalnej',
    level: 'Współpraca z osobą/rodziną',
    area: 'Metody pracy socjalnej',
    description:
      'Wprowadzenie założeń modelu — pracy w ramach ZZK — jako zadania zespołu pracowników socjalnych ośrodka pomocy społecznej: praca socjalna nie jako odseparowana aktywność pojedynczego profesjonalisty, lecz aktywność zespołowa, która stopniowo przekracza granice jednej organizacji. Opiera się na zespołowym rozpoznawaniu potrzeb osób i rodzin, powiązaniu pracy socjalnej z superwizją i otwieraniu ośrodka na współpracę z kluczowymi partnerami.',
    conditions:
      '1. Stabilny zespół pracowników socjalnych z doświadczeniem udziału w projektach.\n2. Satysfakcjonująca współpraca z przedstawicielami innych organizacji ważnych dla pracy socjalnej.\n3. Cykl spotkań z pracownikami socjalnymi i asystentami rodziny, przekazujących informację o modelu i budzących motywację do pracy według jego zasad.',
    process: [
      'Upoważnienie pracowników ds. sieci do działania w modelu przez kierownika ośrodka podczas wspólnego zebrania zespołu.',
      'Zebrania zespołu: uwspólnienie sensu modelu, określenie rodzin, których potrzeby można zaspokoić, dobór kluczowych partnerów instytucjonalnych.',
      'Oparcie działań na zasadach dobrowolności, elastyczności, otwartości komunikacyjnej i ścisłej współpracy pracowników ds. sieci.',
      'Superwizja zespołowa skupiona na wdrażaniu ZZK i wsparciu pracowników ds. sieci jako koordynatorów.',
      'Stałe monitorowanie dynamiki pracy ZZK i aktywności partnerów; przenoszenie wniosków na forum PZK.',
    ],
    solution: 'Rozwijanie zespołowej pracy socjalnej to proces wymagający refleksyjnej praktyki wspieranej superwizją, a nie stosowanie gotowych rozwiązań; kluczowe etapy wdrażania pracy w formule ZZK opisano w procesie wdrożenia.',
    swotStrengths: 'Wyższa jakość pracy socjalnej dzięki współpracy z przedstawicielami innych instytucji.\nUmiejętność pracy w zespole i wzajemne wspieranie się.',
    swotWeaknesses: 'Dodatkowe obciążenie pracowników.\nNiechęć części pracowników do pracy z rodziną w formie zinstytucjonalizowanej (PZK, ZZK).',
    swotOpportunities: 'Lepsze postrzeganie ośrodka jako instytucji pomocowej i pracownika socjalnego jako profesjonalisty.\nWiększa wiedza pracowników o usługach innych instytucji.',
    swotThreats: 'Główna odpowiedzialność nadal spoczywa na ośrodku pomocy społecznej.\nBrak chęci instytucji do angażowania się w nowy „twór”.',
    measures: 'Rozwój kompetencji miękkich pracowników ds. sieci.\nWiększa spójność zespołu pracowników socjalnych i asystentów rodziny.\nWyniki pracy w ZZK z rodzinami.',
    contact: 'Tomasz Lewandowski, Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej, ul. Łąkowa 2, 16-200 Dąbrowa Białostocka',
  };
  await tx.insert(goodPractices).values([
    {
      ...published,
      voivodeshipId,
      status: 'published',
      searchText: practiceSearchText(published),
      proposedBy: rops.id,
      publishedBy: rops.id,
      publishedAt: new Date('2026-10-05T10:00:00Z'),
      version: 2,
      createdAt: new Date('2026-10-01T09:00:00Z'),
    },
    {
      ...proposal,
      voivodeshipId,
      status: 'proposed',
      powiatId: dabrowa.powiatId,
      gminaId: dabrowa.id,
      searchText: practiceSearchText({ ...proposal, place: `${dabrowa.name} sokólski` }),
      proposedBy: gops.id,
      createdAt: new Date('2026-11-12T12:00:00Z'),
    },
  ]);

  const basics = {
    title: 'Jak pracować Modelem Kooperacji — podstawy',
    summary: 'Zasady kooperacji, etapy i kroki Modelu oraz praca na Platformie — materiał do szkolenia podstawowego (kroki 4 i 6.1).',
    body: [
      '## Czym jest Model Kooperacji',
      'Model Kooperacji to sposób pracy instytucji gminy i powiatu, które wspólnie — w Partnerskim Zespole Kooperacji (PZK) — rozpoznają potrzeby mieszkańców i planują wsparcie osób i rodzin.',
      '',
      '## Zasady kooperacji',
      '- dobrowolność i partnerstwo instytucji,',
      '- wspólna diagnoza i wspólny plan działań,',
      '- dokumentowanie pracy na Platformie.',
      '',
      '## Etapy i kroki',
      'Praca Modelem przebiega w czterech etapach: organizacja, przygotowanie, praca kooperacyjna i ewaluacja. Szkolenie podstawowe dla animatorów i radnych to krok 4, dla instytucji PZK — krok 6.1.',
      '',
      '## Gdzie szukać więcej',
      'Listę aktywności i usług województwa znajdziesz na stronie https://kooperacja.example.pl/uslugi.',
    ].join('\n'),
    tags: ['podstawy', 'współpraca', 'szkolenie podstawowe'],
    steps: ['4', '6.1'],
  };
  const families = {
    title: 'Praca z osobą i rodziną w zespole — notatki dla PZK',
    summary: 'Jak przygotować spotkanie zespołu z rodziną i prowadzić plan pracy (krok 7.2). Materiał dla zalogowanych.',
    body: [
      '## Przed spotkaniem',
      'Pracownik kluczowy uzgadnia z osobą lub rodziną cel spotkania i skład zespołu; zgody na udział i przetwarzanie danych zbiera przed pierwszym spotkaniem.',
      '',
      '## Na spotkaniu',
      '- wspólna diagnoza sytuacji rodziny,',
      '- uzgodnienie celów i zadań poszczególnych instytucji,',
      '- termin kolejnego spotkania i monitoringu.',
      '',
      '## Po spotkaniu',
      'Ustalenia trafiają do konta sprawy na Platformie; zespół wraca do nich na kolejnych spotkaniach monitorujących.',
    ].join('\n'),
    tags: ['rodzina', 'zespół', 'współpraca'],
    steps: ['7.2'],
  };
  await tx.insert(materials).values([
    { ...basics, voivodeshipId, visibility: 'public', searchText: materialSearchText(basics), createdBy: rops.id, updatedAt: new Date('2026-09-01T09:00:00Z') },
    { ...families, voivodeshipId, visibility: 'members', searchText: materialSearchText(families), createdBy: rops.id, updatedAt: new Date('2026-10-15T09:00:00Z') },
  ]);
}
