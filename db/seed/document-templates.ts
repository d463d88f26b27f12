// The built-in document templates of the Model Kooperacji, version 1 of each kind: the wording of the
// agreements (porozumienie wojewódzkie, powiat–gmina, PZK), the accession declaration, the family
// expert's confidentiality statement and the annex. Written from the rural model's description of
// steps 1.2, 3, 5.2 and 5.3 (załącznik nr 3 is not in the sources, so the texts are designed here).
//
// Conventions of the texts (see lib/documents/compose.ts):
// - a blank line separates numbered points (ust. 1, 2…); single line breaks start the "1) … 2) …"
//   items inside a point;
// - placeholders carry names as they are registered (nominative), so they follow a colon or stand
//   in a parenthesis, never in an inflected position ("powiat {{powiat}}", not "powiatu {{powiat}}");
// - no text refers to a paragraph by its number: optional clauses change the numbering.

import type { DocumentKind, TemplateBody, TemplateField } from '../../lib/documents/template';

/** Numbered points (ust.) of one paragraph. */
const ust = (...points: string[]) => points.join('\n\n');

/** An introduction followed by the items "1) …;", the last one ending with a full stop. */
const pkt = (intro: string, items: string[]) =>
  [intro, ...items.map((s, i) => `${i + 1}) ${s}${i === items.length - 1 ? '.' : ';'}`)].join('\n');

const CLOSING_ALL_PARTIES = 'Porozumienie sporządzono w jednobrzmiących egzemplarzach w liczbie odpowiadającej liczbie Stron, po jednym dla każdej ze Stron.';

const RODO_FULL =
  'rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych oraz uchylenia dyrektywy 95/46/WE (ogólne rozporządzenie o ochronie danych), zwanego dalej „RODO”';

const okresWypowiedzenia: TemplateField = {
  key: 'okres_wypowiedzenia',
  label: 'Okres wypowiedzenia',
  type: 'text',
  required: true,
  help: 'Wpisz tak, aby pasowało do zdania „…okresu wypowiedzenia wynoszącego …”, np. „1 miesiąc”, „3 miesiące”.',
  defaultValue: '1 miesiąc',
};

const osobyKontaktowe: TemplateField = {
  key: 'osoby_kontaktowe',
  label: 'Osoby do kontaktu',
  type: 'textarea',
  required: false,
  help: 'Każda osoba w osobnym wierszu (bez pustych linii): imię i nazwisko, instytucja, telefon, e-mail.',
};

// ———————————————————————————————————————————————————————————————————————————————————————————————
// 1. Porozumienie wojewódzkie (krok 1.2): Województwo i podmioty wojewódzkie powołują WZK.
// ———————————————————————————————————————————————————————————————————————————————————————————————

const agreementRegional: TemplateBody = {
  title: 'Porozumienie o współpracy na rzecz wdrażania Modelu Kooperacji i powołania Wojewódzkiego Zespołu Kooperacji',
  preamble:
    'zawarte w dniu {{data_zawarcia}} r. w {{miejsce_zawarcia}} pomiędzy następującymi Stronami: {{strony:wojewodztwo}} (dalej: „Województwo”) a {{strony:podmiot}} (dalej każdy z osobna: „Podmiot”, a łącznie: „Podmioty”), zwanymi dalej łącznie „Stronami”, reprezentowanymi przez osoby wymienione w poniższym wykazie Stron.',
  paragraphs: [
    {
      key: 'przedmiot',
      heading: 'Przedmiot porozumienia',
      text: ust(
        'Przedmiotem Porozumienia jest określenie zasad współpracy Stron na rzecz upowszechniania i wdrażania na obszarze Województwa Modelu Kooperacji (dalej: „Model”), w tym powołanie Wojewódzkiego Zespołu Kooperacji (dalej: „WZK” lub „Zespół”).',
        'Model zakłada stałą, partnerską współpracę instytucji pomocy i integracji społecznej oraz innych polityk sektorowych na poziomie gminno-powiatowym, w ramach Partnerskich Zespołów Kooperacji (dalej: „PZK”), przy wsparciu koordynacyjnym, doradczym i edukacyjnym samorządu województwa oraz podmiotów wojewódzkich.',
        'Województwo realizuje zadania wynikające z Porozumienia za pośrednictwem swojej jednostki organizacyjnej: {{nazwa_rops}} (dalej: „ROPS”).',
        'Porozumienie ma charakter porozumienia o współpracy; nie narusza kompetencji ani zakresu zadań ustawowych Stron i nie powoduje przekazania zadań pomiędzy Stronami.',
      ),
    },
    {
      key: 'cel',
      heading: 'Cel porozumienia',
      text: ust(
        'Celem Porozumienia jest {{cel}}.',
        pkt('Strony, współpracując w ramach WZK, dążą w szczególności do:', [
          'wsparcia merytorycznego, organizacyjnego, prawnego, szkoleniowego i edukacyjnego powiatów i gmin wdrażających Model',
          'ułatwienia funkcjonowania kooperacji gminno-powiatowej',
          'pozyskiwania zasobów specjalistycznych, usług oraz środków celowych na rzecz wdrażania Modelu',
          'wzmocnienia sprawczości podmiotów powiatowych i gminnych',
          'ułatwienia gminom i powiatom dostępu do dobrych praktyk i baz danych',
          'wzrostu prestiżu pomagania i zawodu pracownika socjalnego',
          'rekomendowania i wprowadzania zmian w programach, strategiach, ocenie zasobów pomocy społecznej oraz w samym Modelu',
          'promowania Modelu',
        ]),
      ),
    },
    {
      key: 'wzk',
      heading: 'Wojewódzki Zespół Kooperacji',
      text: ust(
        'Strony powołują Wojewódzki Zespół Kooperacji jako forum współpracy służące monitorowaniu wdrażania Modelu oraz wspieraniu podmiotów realizujących Model w regionie.',
        pkt('W skład WZK wchodzą:', [
          'przedstawiciele ROPS, w tym doradca ds. Modelu',
          'przedstawiciele Podmiotów – po jednym z każdego Podmiotu, wraz z zastępcami',
        ]),
        'Do składu WZK zaprasza się członka Zarządu Województwa odpowiedzialnego za sprawy społeczne.',
        'Każda ze Stron, w terminie 14 dni od dnia zawarcia Porozumienia, wskaże ROPS na piśmie lub w postaci elektronicznej swojego przedstawiciela w WZK oraz jego zastępcę. Imienny skład WZK ustala Dyrektor ROPS na podstawie wskazań Stron i podaje go do wiadomości Stron. Zmiana przedstawiciela nie wymaga zmiany Porozumienia.',
        'Pracami WZK kieruje przedstawiciel ROPS wskazany przez Dyrektora ROPS.',
        'Do udziału w posiedzeniach WZK, z głosem doradczym, mogą być zapraszani animatorzy Modelu z powiatów i gmin, przedstawiciele innych instytucji, organizacji pozarządowych o zasięgu ponadlokalnym, rad seniorów i uczelni oraz eksperci.',
      ),
    },
    {
      key: 'zadania_rops',
      heading: 'Zadania Województwa',
      text: pkt('Do zadań Województwa, realizowanych przez ROPS, należy w szczególności:', [
        'koordynowanie i upowszechnianie Modelu na obszarze Województwa, w tym organizowanie – co najmniej raz w roku, w pierwszym kwartale – spotkań informacyjnych dla dyrektorów i pracowników powiatowych centrów pomocy rodzinie oraz starostów',
        'przyjmowanie zgłoszeń powiatów i gmin, które podjęły decyzję o wdrażaniu Modelu, oraz zapewnienie im dostępu do Platformy Modelu Kooperacji (dalej: „Platforma”)',
        'prowadzenie Platformy, w tym e-Szkoły Kooperacji, oraz szkoleń podstawowych Szkoły Kooperacji dla animatorów, radnych i podmiotów PZK',
        'wyznaczenie doradcy (pracownika) ds. Modelu i zapewnienie jego wsparcia doradczego przez cały okres wdrażania Modelu',
        'prowadzenie i aktualizowanie wojewódzkiej listy aktywności i usług',
        'organizowanie i obsługa posiedzeń WZK, w tym przygotowanie rocznego harmonogramu posiedzeń i sporządzanie ustaleń z posiedzeń',
        'organizowanie, w miarę posiadanych możliwości i zgłoszonych potrzeb, szkoleń, superwizji i coachingu dla PZK',
        'promocja Modelu, co najmniej dwa razy w roku – w pierwszym i trzecim kwartale',
        'zbieranie wyników ewaluacji i rekomendacji powiatów i gmin oraz opracowanie, wspólnie z WZK, ewaluacji współpracy pomiędzy samorządem województwa, powiatami i gminami',
        'opracowanie wzorów certyfikatów udziału w pracach PZK i WZK oraz przygotowanie referencji Liderów Kooperacji',
      ]),
    },
    {
      key: 'zadania_podmiotow',
      heading: 'Zadania Podmiotów',
      text: ust(
        pkt('Do zadań Podmiotów, realizowanych w granicach ich kompetencji ustawowych, należy w szczególności:', [
          'udział przedstawicieli w posiedzeniach WZK',
          'monitorowanie realizacji i efektów wdrażania Modelu w powiatach i gminach, w szczególności w zakresie współpracy jednostek terenowych Podmiotów w PZK',
          'wspieranie podmiotów realizujących Model w regionie, w tym udzielanie wsparcia merytorycznego, organizacyjnego, metodycznego i prawnego',
          'informowanie podległych lub nadzorowanych jednostek terenowych o Modelu oraz zachęcanie ich do udziału w pracach PZK',
          'przekazywanie ROPS informacji o dobrych praktykach, usługach i aktywnościach realizowanych w regionie, na potrzeby wojewódzkiej listy aktywności i usług',
          'formułowanie rekomendacji dotyczących zmian prawnych i organizacyjnych, programów i strategii oraz oceny zasobów pomocy społecznej',
          'udział w ewaluacji Modelu i w spotkaniu podsumowującym wdrażanie Modelu w regionie',
          'promowanie Modelu w swoim środowisku',
        ]),
        'Zadania szczegółowe poszczególnych Stron, uzgodnione przy zawarciu Porozumienia, określa poniższe zestawienie.',
      ),
      table: 'tasks',
    },
    {
      key: 'doradca',
      heading: 'Doradca ds. Modelu',
      text: ust(
        'Funkcję doradcy (pracownika) ROPS ds. Modelu pełni: {{doradca_rops}}. Zmiana osoby pełniącej tę funkcję nie wymaga zmiany Porozumienia; ROPS informuje o niej pozostałe Strony.',
        pkt('Doradca ds. Modelu w szczególności:', [
          'jest osobą pierwszego kontaktu dla animatorów Modelu w powiatach i gminach',
          'udziela wsparcia doradczego, organizacyjnego i metodycznego na wszystkich etapach wdrażania Modelu, w tym przy zawieraniu porozumień i tworzeniu PZK',
          'w razie potrzeby pełni rolę mediatora lub eksperta w kontaktach z instytucjami sektorowymi',
          'przygotowuje i prowadzi posiedzenia WZK oraz spotkania animatorów, a ich harmonogram zamieszcza na Platformie',
          'przekazuje WZK informacje o postępach, trudnościach i potrzebach wsparcia PZK',
        ]),
      ),
    },
    {
      key: 'posiedzenia',
      heading: 'Posiedzenia Zespołu',
      text: ust(
        'WZK zbiera się nie rzadziej niż raz na kwartał, zgodnie z rocznym harmonogramem posiedzeń, a ponadto w miarę potrzeb zgłaszanych przez doradcę ds. Modelu lub przez Strony.',
        'Roczny harmonogram posiedzeń przygotowuje ROPS i zamieszcza go na Platformie przed końcem roku poprzedzającego, a w roku zawarcia Porozumienia – w terminie 30 dni od dnia jego zawarcia.',
        'Posiedzenia odbywają się w siedzibie ROPS lub w innym miejscu wskazanym przez ROPS, w tym na terenie powiatów i gmin wdrażających Model. Posiedzenia mogą odbywać się z wykorzystaniem środków komunikacji elektronicznej.',
        'Na posiedzeniach WZK analizuje postępy i trudności w pracach PZK, poszukuje rozwiązań i dobrych praktyk oraz planuje system wsparcia organizacyjnego, merytorycznego, metodycznego i prawnego.',
        'Posiedzenie WZK może być połączone ze spotkaniem animatorów; wówczas pierwsza część spotkania jest poświęcona pracy animatorów, a druga – ich potrzebom wsparcia ze strony WZK.',
        'Ustalenia z posiedzeń sporządza ROPS i udostępnia je członkom WZK za pośrednictwem Platformy.',
        'Udział w pracach WZK nie rodzi po stronie Województwa obowiązku wypłaty wynagrodzenia ani zwrotu kosztów. Koszty udziału swoich przedstawicieli ponosi każda ze Stron.',
      ),
    },
    {
      key: 'informacje',
      heading: 'Informacje i dane',
      text: ust(
        'W ramach prac WZK Strony nie przetwarzają danych osobowych osób i rodzin objętych wsparciem PZK. Informacje o przebiegu i efektach wdrażania Modelu są przekazywane WZK w postaci zbiorczej, uniemożliwiającej identyfikację osób.',
        'Strony zachowują w poufności informacje uzyskane w związku z pracami WZK, których ujawnienie mogłoby naruszyć prawnie chronione interesy Stron, powiatów, gmin lub osób trzecich.',
      ),
    },
    {
      key: 'okres',
      heading: 'Okres obowiązywania',
      text: ust(
        'Porozumienie zostaje zawarte na {{okres_obowiazywania}} i obowiązuje od dnia jego podpisania przez ostatnią ze Stron.',
        'Każda ze Stron może wystąpić z Porozumienia, składając pozostałym Stronom pisemne oświadczenie o wypowiedzeniu, z zachowaniem okresu wypowiedzenia wynoszącego {{okres_wypowiedzenia}}, ze skutkiem na koniec miesiąca kalendarzowego.',
        'Wystąpienie z Porozumienia jednego lub kilku Podmiotów nie powoduje jego rozwiązania w stosunku do pozostałych Stron.',
        'Porozumienie może zostać rozwiązane w każdym czasie za zgodą wszystkich Stron.',
      ),
    },
    {
      key: 'finanse',
      heading: 'Postanowienia finansowe',
      text: ust(
        'Porozumienie nie rodzi zobowiązań finansowych Stron wobec siebie.',
        'Każda ze Stron ponosi we własnym zakresie koszty realizacji zadań wynikających z Porozumienia.',
        'Zasady finansowania ewentualnych wspólnych przedsięwzięć Strony mogą określić w odrębnych umowach, zawartych zgodnie z przepisami o finansach publicznych.',
      ),
    },
    {
      key: 'promocja',
      heading: 'Informacja o Porozumieniu i promocja Modelu',
      text: ust(
        'Strony mogą informować o zawarciu Porozumienia, pracach WZK i efektach wdrażania Modelu na swoich stronach internetowych, w mediach społecznościowych i w materiałach informacyjnych.',
        'Posługiwanie się nazwą lub logo innej Strony w materiałach promocyjnych wymaga jej uprzedniej zgody wyrażonej w postaci elektronicznej lub pisemnej.',
      ),
      optional: { label: 'Informacja o Porozumieniu i promocja Modelu', defaultOn: true },
    },
    {
      key: 'uczelnie',
      heading: 'Badania i szkolenia z udziałem uczelni',
      text: ust(
        'Podmioty będące uczelniami mogą, w porozumieniu z ROPS, prowadzić na rzecz WZK, PZK i Modelu działania edukacyjne, szkoleniowe i badawcze, w tym badania ewaluacyjne.',
        'Zakres, terminy i zasady realizacji działań, o których mowa w ust. 1, w tym zasady korzystania z ich wyników, Strony określą w odrębnych uzgodnieniach.',
      ),
      optional: { label: 'Badania i szkolenia z udziałem uczelni', defaultOn: false },
    },
    {
      key: 'koncowe',
      heading: 'Postanowienia końcowe',
      text: ust(
        'Zmiana Porozumienia wymaga formy pisemnej w postaci aneksu pod rygorem nieważności, z zastrzeżeniem, że zmiana przedstawicieli w WZK, doradcy ds. Modelu oraz osób do kontaktu wymaga jedynie powiadomienia pozostałych Stron na piśmie lub w postaci elektronicznej.',
        'Osobami do kontaktu w sprawach realizacji Porozumienia są:\n{{osoby_kontaktowe}}',
        'Do Porozumienia mogą przystąpić kolejne podmioty wojewódzkie, za zgodą Stron wyrażoną w aneksie.',
        'Strony będą dążyć do polubownego rozwiązywania sporów wynikłych z realizacji Porozumienia. W przypadku braku porozumienia spór rozstrzyga sąd powszechny właściwy dla siedziby ROPS.',
        'W sprawach nieuregulowanych Porozumieniem stosuje się przepisy ustawy z dnia 23 kwietnia 1964 r. – Kodeks cywilny.',
      ),
    },
  ],
  fields: [
    {
      key: 'nazwa_rops',
      label: 'Nazwa regionalnego ośrodka polityki społecznej',
      type: 'text',
      required: true,
      help: 'Pełna nazwa w mianowniku, np. „Regionalny Ośrodek Polityki Społecznej w Kielcach”.',
    },
    {
      key: 'cel',
      label: 'Cel porozumienia',
      type: 'textarea',
      required: true,
      help: 'Dokończenie zdania „Celem Porozumienia jest …” – małą literą, bez kropki na końcu.',
      defaultValue:
        'stworzenie trwałych ram współpracy podmiotów wojewódzkich na rzecz monitorowania wdrażania Modelu oraz wspierania powiatów i gmin w jego realizacji, tak aby instytucje działające na ich terenie mogły skuteczniej pomagać osobom, rodzinom i grupom',
    },
    {
      key: 'doradca_rops',
      label: 'Doradca ROPS ds. Modelu',
      type: 'text',
      required: false,
      help: 'Imię i nazwisko oraz stanowisko doradcy (pracownika) ds. Modelu. Puste pole drukuje się jako miejsce do wpisania odręcznie.',
    },
    {
      key: 'okres_obowiazywania',
      label: 'Okres obowiązywania',
      type: 'text',
      required: true,
      help: 'Dokończenie zdania „Porozumienie zostaje zawarte na …”, np. „czas nieokreślony” albo „czas określony do dnia 31 grudnia 2027 r.”.',
      defaultValue: 'czas nieokreślony',
    },
    okresWypowiedzenia,
    osobyKontaktowe,
  ],
  parties: [
    { role: 'wojewodztwo', label: 'Województwo', source: 'voivodeship', min: 1, max: 1, signs: true, tasks: true },
    { role: 'podmiot', label: 'Podmiot wojewódzki', source: 'institution', min: 1, max: 50, signs: true, tasks: true },
  ],
  peopleLabel: null,
  closing: CLOSING_ALL_PARTIES,
};

// ———————————————————————————————————————————————————————————————————————————————————————————————
// 2. Porozumienie powiat–gmina(y) (krok 3): wdrażanie Modelu, animatorzy, radni, PZK.
// ———————————————————————————————————————————————————————————————————————————————————————————————

const agreementPowiatGmina: TemplateBody = {
  title: 'Porozumienie o współpracy w zakresie wdrażania Modelu Kooperacji',
  preamble:
    'zawarte w dniu {{data_zawarcia}} r. w {{miejsce_zawarcia}} pomiędzy następującymi Stronami: {{strony:powiat}} (dalej: „Powiat”) a {{strony:gmina}} (dalej każda z osobna: „Gmina”, a łącznie: „Gminy”), zwanymi dalej łącznie „Stronami”, reprezentowanymi przez osoby wymienione w poniższym wykazie Stron.',
  paragraphs: [
    {
      key: 'przedmiot',
      heading: 'Przedmiot porozumienia',
      text: ust(
        'Przedmiotem Porozumienia jest określenie zasad współpracy Stron przy wdrażaniu na terenie Powiatu i Gmin Modelu Kooperacji (dalej: „Model”), w tym zadań Stron, wyznaczenia animatorów i radnych oraz powołania Partnerskich Zespołów Kooperacji.',
        'Model polega na budowaniu systemu stałej, partnerskiej współpracy instytucji pomocy i integracji społecznej oraz instytucji innych polityk sektorowych – w szczególności edukacji, ochrony zdrowia, rynku pracy, wymiaru sprawiedliwości, bezpieczeństwa publicznego, kultury i aktywności społecznej – oraz organizacji pozarządowych, na rzecz osób, rodzin i grup wymagających wsparcia.',
        'Strony zawierają Porozumienie w ramach zadań własnych określonych w szczególności w art. 17 i art. 19 ustawy z dnia 12 marca 2004 r. o pomocy społecznej oraz w ustawie z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej. Porozumienie nie powoduje przekazania zadań ani kompetencji pomiędzy Stronami.',
        'Powiat realizuje Porozumienie za pośrednictwem powiatowego centrum pomocy rodzinie (dalej: „PCPR”), a każda z Gmin – za pośrednictwem swojego ośrodka pomocy społecznej lub centrum usług społecznych (dalej: „GOPS”).',
      ),
    },
    {
      key: 'cel',
      heading: 'Cel porozumienia',
      text: ust(
        'Celem Porozumienia jest {{cel}}.',
        pkt('Cele szczegółowe Porozumienia to w szczególności:', [
          'budowanie profesjonalizmu podmiotów współpracujących w Modelu',
          'wzrost kompetencji pracowników pomocy i integracji społecznej oraz innych polityk sektorowych',
          'zbudowanie systemu wzajemnego i zewnętrznego wsparcia dla instytucji i ich pracowników',
          'harmonizowanie działań pomocowych i wzrost ich efektywności',
          'lepsza organizacja usług i aktywności gminno-powiatowych',
          'ewaluacja działań pomocowych i wzmocnienie roli pracownika socjalnego',
        ]),
        'Praca Modelem na terenie Gmin obejmie: {{grupa_docelowa}}.',
      ),
    },
    {
      key: 'zadania_powiatu',
      heading: 'Zadania Powiatu',
      text: pkt('Powiat, za pośrednictwem PCPR, w szczególności:', [
        'wyznacza animatora PCPR – pracownika wyodrębnionego organizacyjnie i zadaniowo, odpowiedzialnego za kooperację międzyinstytucjonalną w Modelu',
        'wyznacza do pracy w Modelu radnego powiatu lub członka zarządu powiatu odpowiedzialnego za sprawy społeczne',
        'odpowiada za współpracę międzysektorową podmiotów: wspólnie z animatorami GOPS dobiera instytucje do składu Partnerskich Zespołów Kooperacji, przygotowuje projekty porozumień o ich powołaniu i pracy, prowadzi listę kontaktów i zakłada konta zespołów na Platformie Modelu Kooperacji (dalej: „Platforma”)',
        'opracowuje plany pracy Partnerskich Zespołów Kooperacji i dokumentuje ich pracę na Platformie',
        'koordynuje opracowanie i aktualizację gminno-powiatowej listy aktywności i usług oraz udostępnia na jej potrzeby zasoby i usługi jednostek powiatowych',
        'zgłasza potrzeby do regionalnego ośrodka polityki społecznej oraz organizuje szkolenia, doradztwo, superwizję i coaching dla zaangażowanych podmiotów',
        'zbiera dane do ewaluacji i – wspólnie z radnym powiatu – prowadzi ewaluację pracy na rzecz podmiotów',
        'informuje organy Powiatu o przebiegu i efektach wdrażania Modelu',
      ]),
    },
    {
      key: 'zadania_gmin',
      heading: 'Zadania Gmin',
      text: pkt('Każda z Gmin, za pośrednictwem GOPS, w szczególności:', [
        'wyznacza animatora GOPS – pracownika wyodrębnionego organizacyjnie i zadaniowo, odpowiedzialnego za współpracę Partnerskiego Zespołu Kooperacji z osobami, rodzinami i grupami',
        'wyznacza do pracy w Modelu radnego gminy',
        'współtworzy Partnerski Zespół Kooperacji na swoim terenie, wskazuje instytucje gminne do jego składu i zapewnia warunki organizacyjne spotkań zespołu, w tym pomieszczenia',
        'zapewnia pracę z osobami i rodzinami w Modelu: przyjmowanie zgłoszeń i kart oczekiwań, kwalifikowanie za zgodą osób i rodzin, diagnozę wielowymiarową, opracowanie i realizację indywidualnych programów pomocy, wyznaczenie pracownika kluczowego, monitorowanie i ewaluację',
        'dokumentuje pracę z osobami i rodzinami na Platformie',
        'we współpracy z PCPR pozyskuje lidera-eksperta (osobę lub rodzinę) do pracy w Partnerskim Zespole Kooperacji',
        'wspólnie z radnym gminy prowadzi ewaluację pracy z osobami i rodzinami',
        'informuje organy Gminy o przebiegu i efektach wdrażania Modelu',
      ]),
    },
    {
      key: 'podzial_zadan',
      heading: 'Szczegółowy podział zadań',
      text: ust(
        'Strony współdziałają przy realizacji zadań wspólnych, w szczególności przy organizacji szkolenia podstawowego Szkoły Kooperacji, działań upowszechniających Model oraz ewaluacji końcowej.',
        'Zadania szczegółowe poszczególnych Stron, uzgodnione przy zawarciu Porozumienia, określa poniższe zestawienie.',
      ),
      table: 'tasks',
    },
    {
      key: 'animatorzy_radni',
      heading: 'Animatorzy i radni',
      text: ust(
        'Do realizacji Modelu Strony wyznaczają animatora PCPR, animatorów GOPS, radnego powiatu (lub członka zarządu powiatu) oraz radnych gmin – wymienionych w wykazie zamieszczonym poniżej.',
        'Animator PCPR odpowiada za kooperację międzyinstytucjonalną i osiąganie celów Modelu na rzecz podmiotów, a animator GOPS – za współpracę z osobami, rodzinami i grupami oraz efekty pracy w tym obszarze. Animator PCPR i animator GOPS partnersko zarządzają Partnerskim Zespołem Kooperacji w danej Gminie.',
        'Radni pracują wspólnie z animatorami jako członkowie Partnerskiego Zespołu Kooperacji, angażują komisje rady, prezentują potrzeby i efekty pracy Modelem na sesjach rady oraz współtworzą projekty socjalne na rzecz społeczności lokalnej. Radny powiatu, we współpracy z animatorem PCPR, odpowiada za ewaluację pracy na rzecz podmiotów, a radny gminy, we współpracy z animatorem GOPS – za ewaluację pracy z osobami i rodzinami.',
        'Strony zapewnią udział animatorów i radnych w szkoleniu podstawowym Szkoły Kooperacji, prowadzonym przez regionalny ośrodek polityki społecznej.',
        'Strony dołożą starań, aby animatorzy realizowali przede wszystkim zadania z zakresu usług i pracy socjalnej, a nie postępowań w sprawie przyznawania świadczeń.',
        'Zmiana osoby wyznaczonej do pracy w Modelu nie wymaga zmiany Porozumienia; Strona dokonująca zmiany niezwłocznie powiadamia o niej pozostałe Strony i regionalny ośrodek polityki społecznej na piśmie lub w postaci elektronicznej.',
      ),
      table: 'people',
    },
    {
      key: 'pzk',
      heading: 'Partnerskie Zespoły Kooperacji',
      text: ust(
        'Strony zobowiązują się do powołania w każdej z Gmin Partnerskiego Zespołu Kooperacji (dalej: „PZK”) w terminie do dnia {{termin_powolania_pzk}} r.',
        'PZK powołuje się na podstawie porozumienia o powołaniu i pracy Partnerskiego Zespołu Kooperacji, zawieranego pomiędzy instytucjami tworzącymi zespół, określającego zasady i tryb współpracy, podstawy prawne przekazywania danych osobowych oraz zadania wszystkich stron. Projekt porozumienia przygotowuje animator PCPR we współpracy z animatorem GOPS.',
        'Trzon każdego PZK stanowią: PCPR (animator i pracownicy socjalni), GOPS (animator i pracownicy socjalni), radny gminy i radny powiatu (lub członek zarządu powiatu), przewodniczący zespołu interdyscyplinarnego oraz lider-ekspert reprezentujący osoby i rodziny. Pozostałe instytucje dobiera się ze względu na dominujące potrzeby osób, rodzin i grup w Gminie.',
        'O ostatecznym składzie PZK decyduje animator PCPR we współpracy z animatorem GOPS, w porozumieniu z radnymi.',
        'PZK spotyka się nie rzadziej niż raz w miesiącu. Dokumentację pracy PZK prowadzi się w postaci elektronicznej na Platformie; w formie pisemnej sporządza się jedynie porozumienia.',
      ),
    },
    {
      key: 'okres',
      heading: 'Okres obowiązywania',
      text: ust(
        'Porozumienie wchodzi w życie z dniem jego podpisania przez ostatnią ze Stron i zostaje zawarte na czas wdrażania Modelu, tj. do dnia {{data_zakonczenia}} r.',
        'Wdrażanie Modelu rozpoczyna się w dniu {{data_rozpoczecia}} r. i trwa 18 miesięcy, obejmując etap organizacyjny (do 3 miesięcy), etap realizacji pracy Modelem (do 13 miesięcy) oraz etap ewaluacji końcowej (do 2 miesięcy).',
        'Na podstawie wyników ewaluacji końcowej Strony mogą postanowić o kontynuowaniu pracy Modelem, zawierając aneks do Porozumienia lub nowe porozumienie.',
        'Każda ze Stron może wypowiedzieć Porozumienie, składając pozostałym Stronom pisemne oświadczenie, z zachowaniem okresu wypowiedzenia wynoszącego {{okres_wypowiedzenia}}. Wypowiedzenie Porozumienia przez jedną z Gmin nie wpływa na jego obowiązywanie w stosunku do pozostałych Stron.',
        'Strona wypowiadająca Porozumienie zapewni, w okresie wypowiedzenia, zakończenie lub przekazanie innym instytucjom spraw osób i rodzin objętych wsparciem oraz poinformuje o wypowiedzeniu regionalny ośrodek polityki społecznej.',
      ),
    },
    {
      key: 'rops',
      heading: 'Współpraca z regionalnym ośrodkiem polityki społecznej',
      text: ust(
        'Strony współpracują z regionalnym ośrodkiem polityki społecznej (dalej: „ROPS”), który zapewnia dostęp do Platformy i e-Szkoły Kooperacji, wsparcie doradcy ds. Modelu, szkolenie podstawowe Szkoły Kooperacji, a w miarę możliwości i zgłoszonych potrzeb – superwizję i coaching.',
        'Strony przekazują ROPS informacje o przebiegu wdrażania Modelu, uczestniczą w kwartalnych spotkaniach animatorów i Wojewódzkiego Zespołu Kooperacji oraz przekazują wyniki ewaluacji i rekomendacje.',
        'Za bieżący kontakt z ROPS odpowiada animator PCPR, który zamieszcza również na Platformie skan podpisanego Porozumienia.',
      ),
    },
    {
      key: 'kontakt',
      heading: 'Osoby do kontaktu',
      text: ust(
        'Osobami do kontaktu w sprawach realizacji Porozumienia są:\n{{osoby_kontaktowe}}',
        'Zmiana osób do kontaktu nie wymaga zmiany Porozumienia i następuje przez powiadomienie pozostałych Stron na piśmie lub w postaci elektronicznej.',
      ),
    },
    {
      key: 'finanse',
      heading: 'Postanowienia finansowe',
      text: ust(
        'Porozumienie nie rodzi zobowiązań finansowych Stron wobec siebie, chyba że Strony postanowią inaczej w odrębnej umowie lub odrębnym porozumieniu, zawartym zgodnie z przepisami o finansach publicznych.',
        'Każda ze Stron ponosi we własnym zakresie koszty realizacji swoich zadań, w tym koszty pracy wyznaczonych animatorów.',
      ),
    },
    {
      key: 'udzial_radnych',
      heading: 'Udział radnych w pracach komisji',
      text: ust(
        'Radni wyznaczeni do pracy w Modelu przedstawią potrzeby i efekty pracy Modelem na posiedzeniach właściwych komisji rady powiatu i rad gmin oraz na sesji rady – co najmniej raz w trakcie wdrażania Modelu oraz po zakończeniu ewaluacji końcowej.',
        'Strony rozważą uwzględnienie Modelu w strategiach rozwiązywania problemów społecznych, programach i rekomendacjach oceny zasobów pomocy społecznej.',
      ),
      optional: { label: 'Udział radnych w pracach komisji', defaultOn: true },
    },
    {
      key: 'wspolne_wnioski',
      heading: 'Wspólne wnioski o dofinansowanie',
      text: ust(
        'Strony mogą wspólnie ubiegać się o środki zewnętrzne, krajowe i z funduszy Unii Europejskiej, na działania związane z wdrażaniem Modelu, w szczególności na szkolenia, superwizję, usługi dla osób i rodzin oraz projekty socjalne.',
        'Wskazanie lidera, podział zadań oraz zasady rozliczania środków Strony określą w odrębnej umowie partnerskiej.',
      ),
      optional: { label: 'Wspólne wnioski o dofinansowanie', defaultOn: false },
    },
    {
      key: 'promocja',
      heading: 'Promocja Modelu',
      text: ust(
        'Strony wspólnie informują mieszkańców, instytucje i organizacje o Modelu i możliwości zgłaszania osób i rodzin do współpracy, w szczególności na swoich stronach internetowych, w lokalnych mediach i podczas wydarzeń lokalnych.',
        'Strony podejmują działania na rzecz wzrostu prestiżu pomagania i zawodu pracownika socjalnego. Posługiwanie się nazwą lub herbem innej Strony wymaga jej uprzedniej zgody.',
      ),
      optional: { label: 'Promocja Modelu', defaultOn: true },
    },
    {
      key: 'pomoc_prawna',
      heading: 'Udział punktów nieodpłatnej pomocy prawnej',
      text: 'Powiat dołoży starań, aby w pracach PZK uczestniczyły punkty nieodpłatnej pomocy prawnej i nieodpłatnego poradnictwa obywatelskiego działające na jego terenie, w szczególności przez uwzględnianie współpracy w PZK w warunkach otwartego konkursu ofert na prowadzenie punktów, w granicach przepisów ustawy z dnia 5 sierpnia 2015 r. o nieodpłatnej pomocy prawnej, nieodpłatnym poradnictwie obywatelskim oraz edukacji prawnej.',
      optional: { label: 'Udział punktów nieodpłatnej pomocy prawnej', defaultOn: false },
    },
    {
      key: 'koncowe',
      heading: 'Postanowienia końcowe',
      text: ust(
        'Zmiana Porozumienia wymaga formy pisemnej w postaci aneksu pod rygorem nieważności, z wyjątkiem zmiany osób wyznaczonych do pracy w Modelu i osób do kontaktu, które wymagają jedynie powiadomienia pozostałych Stron.',
        'Do Porozumienia mogą przystąpić kolejne gminy z terenu Powiatu, za zgodą Stron wyrażoną w aneksie.',
        'Strony będą dążyć do polubownego rozwiązywania sporów wynikłych z realizacji Porozumienia, w tym z pomocą doradcy ds. Modelu ROPS. W przypadku braku porozumienia spór rozstrzyga sąd powszechny właściwy dla siedziby Powiatu.',
        'W sprawach nieuregulowanych Porozumieniem stosuje się przepisy ustawy z dnia 23 kwietnia 1964 r. – Kodeks cywilny.',
      ),
    },
  ],
  fields: [
    {
      key: 'cel',
      label: 'Cel porozumienia',
      type: 'textarea',
      required: true,
      help: 'Dokończenie zdania „Celem Porozumienia jest …” – małą literą, bez kropki na końcu.',
      defaultValue:
        'zbudowanie na terenie Powiatu i Gmin trwałego systemu kooperacji instytucji pomocy i integracji społecznej oraz innych polityk sektorowych, który pozwoli skuteczniej wspierać osoby, rodziny i grupy, w szczególności długotrwale korzystające z pomocy społecznej',
    },
    {
      key: 'grupa_docelowa',
      label: 'Grupa docelowa',
      type: 'textarea',
      required: true,
      help: 'Dokończenie zdania „Praca Modelem na terenie Gmin obejmie: …” – bez kropki na końcu. Można wskazać konkretną grupę, np. rodziny z dorosłymi osobami z niepełnosprawnościami.',
      defaultValue: 'osoby, rodziny i grupy wymagające wsparcia, bez zawężania do określonej grupy docelowej',
    },
    {
      key: 'termin_powolania_pzk',
      label: 'Termin powołania PZK',
      type: 'date',
      required: true,
      help: 'Data, do której w każdej gminie ma zostać zawarte porozumienie PZK (krok 5.2, zwykle do końca 3. miesiąca wdrażania).',
    },
    {
      key: 'data_rozpoczecia',
      label: 'Data rozpoczęcia wdrażania Modelu',
      type: 'date',
      required: true,
      help: 'Początek 1. miesiąca wdrażania (etap organizacyjny).',
    },
    {
      key: 'data_zakonczenia',
      label: 'Data zakończenia wdrażania Modelu',
      type: 'date',
      required: true,
      help: 'Koniec 18. miesiąca wdrażania; do tego dnia obowiązuje porozumienie.',
    },
    okresWypowiedzenia,
    osobyKontaktowe,
  ],
  parties: [
    { role: 'powiat', label: 'Powiat', source: 'powiat', min: 1, max: 1, signs: true, tasks: true },
    { role: 'gmina', label: 'Gmina', source: 'gmina', min: 1, max: 20, signs: true, tasks: true },
  ],
  peopleLabel: 'Animatorzy i radni',
  closing: CLOSING_ALL_PARTIES,
};

// ———————————————————————————————————————————————————————————————————————————————————————————————
// 3. Porozumienie o powołaniu i pracy PZK (krok 5.2): zasady współpracy, dane osobowe, zadania.
// ———————————————————————————————————————————————————————————————————————————————————————————————

const agreementPzk: TemplateBody = {
  title: 'Porozumienie o powołaniu i pracy Partnerskiego Zespołu Kooperacji',
  preamble:
    'zawarte w dniu {{data_zawarcia}} r. w {{miejsce_zawarcia}} pomiędzy następującymi instytucjami i organizacjami: {{strony:instytucja}}, zwanymi dalej łącznie „Stronami”, a każda z osobna „Stroną”, reprezentowanymi przez osoby wymienione w poniższym wykazie Stron.',
  paragraphs: [
    {
      key: 'przedmiot',
      heading: 'Przedmiot porozumienia',
      text: ust(
        'Strony powołują Partnerski Zespół Kooperacji dla gminy {{gminy}} (powiat {{powiat}}), zwany dalej „Zespołem” lub „PZK”, działający w ramach wdrażania Modelu Kooperacji (dalej: „Model”) na podstawie porozumienia o współpracy zawartego pomiędzy powiatem a gminą.',
        'Ilekroć w Porozumieniu jest mowa o: PCPR – należy przez to rozumieć powiatowe centrum pomocy rodzinie będące Stroną; GOPS – ośrodek pomocy społecznej lub centrum usług społecznych gminy będące Stroną; Platformie – Platformę Modelu Kooperacji prowadzoną przez regionalny ośrodek polityki społecznej (dalej: „ROPS”); IPP – indywidualny program pomocy osoby lub rodziny.',
        'Zespół nie jest organem administracji, nie wydaje rozstrzygnięć w sprawach indywidualnych i nie zastępuje zespołu interdyscyplinarnego ani innych zespołów działających na podstawie przepisów prawa. Porozumienie nie narusza kompetencji ustawowych Stron.',
      ),
    },
    {
      key: 'cel',
      heading: 'Cel współpracy',
      text: ust(
        'Celem współpracy Stron w Zespole jest {{cel}}.',
        pkt('Zespół działa w dwóch obszarach:', [
          'na rzecz podmiotów – budowanie profesjonalizmu i potencjału instytucji, wzajemne szkolenia, wspólna lista aktywności i usług, projekty socjalne i działania na rzecz społeczności lokalnej',
          'na rzecz osób, rodzin i grup – wspólne kwalifikowanie do wsparcia, diagnoza wielowymiarowa, planowanie i realizacja pomocy z wykorzystaniem lokalnie dostępnych usług i aktywności, monitorowanie i ewaluacja',
        ]),
      ),
    },
    {
      key: 'sklad',
      heading: 'Skład Zespołu',
      text: ust(
        'Zespół tworzą Strony Porozumienia, wymienione w wykazie Stron.',
        'Trzon Zespołu stanowią: PCPR (animator PCPR i pracownicy socjalni), GOPS (animator GOPS i pracownicy socjalni), radny gminy i radny powiatu (lub członek zarządu powiatu), przewodniczący zespołu interdyscyplinarnego oraz lider-ekspert – osoba lub rodzina z grupy, klubu lub organizacji lokalnej, reprezentująca osoby i rodziny, która przed rozpoczęciem udziału w pracach Zespołu składa oświadczenie o zachowaniu tajemnicy.',
        'Każda ze Stron wskazuje animatorowi PCPR swojego przedstawiciela w Zespole oraz jego zastępcę. Zmiana przedstawiciela nie wymaga zmiany Porozumienia.',
        'W zależności od potrzeb i charakteru sprawy animatorzy mogą zapraszać do udziału w spotkaniach Zespołu inne instytucje i ich pracowników, a w sprawach dotyczących konkretnej osoby lub rodziny – za jej zgodą. Osoby zaproszone, niebędące przedstawicielami Stron, przed udziałem w omawianiu spraw osób i rodzin składają pisemne zobowiązanie do zachowania tajemnicy.',
        'O ostatecznym składzie Zespołu decyduje animator PCPR we współpracy z animatorem GOPS, a w sprawach dotyczących konkretnej osoby lub rodziny – także z jej udziałem.',
      ),
    },
    {
      key: 'zasady',
      heading: 'Zasady i tryb współpracy',
      text: ust(
        'Zespołem zarządzają partnersko animator PCPR i animator GOPS. Animator PCPR odpowiada za kooperację międzyinstytucjonalną, w tym za plan pracy Zespołu, listę aktywności i usług, szkolenia i dokumentowanie pracy Zespołu. Animator GOPS odpowiada za współpracę Zespołu z osobami, rodzinami i grupami, w tym za kwalifikowanie do wsparcia, diagnozę, IPP i monitorowanie.',
        'Strony współpracują na zasadach partnerstwa, wzajemnego zaufania, poszanowania kompetencji każdej ze Stron, podmiotowości i dobrowolności udziału osób i rodzin oraz ograniczenia dokumentacji do niezbędnego minimum.',
        'Objęcie osoby lub rodziny współpracą w Modelu wymaga jej zgody. Zgłoszenia dokonuje dowolna Strona za pośrednictwem karty oczekiwań przygotowanej z animatorem GOPS; o zakwalifikowaniu rozstrzyga Zespół na spotkaniu, po weryfikacji sytuacji osoby lub rodziny przez animatora GOPS i konsultacji z animatorem PCPR.',
        'Dla każdej osoby lub rodziny wyznacza się jednego pracownika kluczowego. IPP opracowuje osoba lub rodzina wspólnie z pracownikiem kluczowym, na okres nie dłuższy niż 3 miesiące; IPP wymaga akceptacji Zespołu, a jego realizację Zespół omawia nie rzadziej niż raz na 3 miesiące. Współpraca z osobą lub rodziną trwa co do zasady nie dłużej niż 12 miesięcy.',
        'Podczas spotkań Zespołu Strony nie przekazują sobie dokumentów służbowych, a jedynie wnioski diagnostyczne i wskazania. Jeżeli uszczegółowienie diagnozy wymaga dodatkowych informacji, animator zwraca się o nie do właściwej instytucji, na zasadach określonych w Porozumieniu.',
        'Dokumentację pracy Zespołu oraz pracy z osobami i rodzinami prowadzi się w postaci elektronicznej na Platformie, na zasadach określonych w regulaminie Platformy. Dostęp do informacji o konkretnej osobie lub rodzinie mają wyłącznie przedstawiciele Stron uczestniczący w pracy z nią.',
      ),
    },
    {
      key: 'spotkania',
      heading: 'Spotkania Zespołu',
      text: ust(
        'Zespół spotyka się nie rzadziej niż raz w miesiącu, zgodnie z planem pracy Zespołu opracowanym przez animatora PCPR i zamieszczonym na Platformie. Spotkania odbywają się co do zasady {{miejsce_spotkan}}.',
        pkt('Każde spotkanie obejmuje trzy obszary:', [
          'doskonalenie własnego warsztatu pracy i budowanie zasobów pomocy',
          'konsultacje prowadzonych spraw oraz realizację usług na rzecz osób, rodzin i grup',
          'pracę metodyczną z osobą, rodziną lub grupą',
        ]),
        'W sytuacjach wymagających szybkiej reakcji animator GOPS lub animator PCPR zwołuje spotkanie interwencyjne Zespołu, z wyprzedzeniem co najmniej {{termin_interwencji}}, w tym telefonicznie lub za pośrednictwem Platformy.',
        'Osoba lub rodzina może uczestniczyć w części spotkania dotyczącej jej sprawy; o udziale decyduje ona sama.',
        'Spotkania mogą odbywać się z wykorzystaniem środków komunikacji elektronicznej, zapewniających poufność omawianych spraw.',
        'Ustalenia ze spotkań zamieszcza na Platformie animator PCPR.',
      ),
    },
    {
      key: 'zadania',
      heading: 'Zadania Stron',
      text: ust(
        pkt('Każda ze Stron, w granicach swoich kompetencji, w szczególności:', [
          'uczestniczy w spotkaniach Zespołu przez wskazanego przedstawiciela',
          'przedstawia Zespołowi swoją ofertę i możliwości wsparcia oraz przygotowuje i aktualizuje wykaz swoich aktywności i usług dla dzieci i młodzieży, rodzin z dziećmi, osób dorosłych i osób starszych, na potrzeby gminno-powiatowej listy aktywności i usług',
          'informuje osoby i rodziny o możliwości objęcia współpracą w Modelu i zgłasza je do Zespołu',
          'uczestniczy w diagnozowaniu sytuacji osób i rodzin oraz realizuje przyjęte zadania IPP',
          'uczestniczy w szkoleniach Szkoły Kooperacji i w szkoleniach wewnętrznych prowadzonych przez Strony dla siebie nawzajem',
          'dokumentuje swój udział w pracy Zespołu na Platformie i przekazuje animatorom dane potrzebne do ewaluacji',
          'upowszechnia informacje o Modelu w swoim środowisku',
        ]),
        'Zadania szczegółowe poszczególnych Stron określa poniższe zestawienie.',
      ),
      table: 'tasks',
    },
    {
      key: 'podstawy_danych',
      heading: 'Podstawy prawne przetwarzania i udostępniania danych osobowych',
      text: ust(
        `Strony przetwarzają dane osobowe osób, rodzin i grup objętych współpracą w Zespole wyłącznie w zakresie i celu niezbędnym do realizacji swoich zadań ustawowych oraz współpracy w Zespole, zgodnie z przepisami ${RODO_FULL}, oraz ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych.`,
        pkt('Podstawę przetwarzania danych osobowych stanowią w szczególności:', [
          'art. 6 ust. 1 lit. c i e RODO – w zakresie, w jakim przetwarzanie jest niezbędne do wypełnienia obowiązku prawnego ciążącego na Stronie lub do wykonania zadania realizowanego w interesie publicznym albo w ramach sprawowania władzy publicznej powierzonej Stronie',
          'art. 9 ust. 2 lit. b, g i h RODO – w odniesieniu do szczególnych kategorii danych, w szczególności danych dotyczących zdrowia, w zakresie, w jakim przepisy prawa upoważniają Stronę do ich przetwarzania w związku z realizowanymi przez nią zadaniami z zakresu zabezpieczenia społecznego, ochrony socjalnej, opieki zdrowotnej lub ważnego interesu publicznego',
          'zgoda osoby, której dane dotyczą (art. 6 ust. 1 lit. a i art. 9 ust. 2 lit. a RODO) – w zakresie, w jakim przetwarzanie danych nie wynika z przepisów prawa',
        ]),
        pkt('Przepisami prawa krajowego, w związku z którymi Strony przetwarzają dane osobowe, są w szczególności – w zakresie, w jakim dotyczą danej Strony:', [
          'ustawa z dnia 12 marca 2004 r. o pomocy społecznej, w tym art. 100 tej ustawy dotyczący ochrony dóbr osobistych osób korzystających z pomocy społecznej oraz przetwarzania ich danych w zakresie i celu niezbędnym do realizacji zadań wynikających z ustawy',
          'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej – w zakresie pracy z rodziną i współpracy instytucji na rzecz rodziny',
          'ustawa z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej – wyłącznie przez podmioty i w zakresie w niej określonym',
          'przepisy ustaw regulujących działalność pozostałych Stron, w tym przepisy o tajemnicy zawodowej obowiązującej ich pracowników',
        ]),
        'Porozumienie nie stanowi samodzielnej podstawy prawnej udostępniania danych osobowych ani nie zwalnia z obowiązku zachowania tajemnic prawnie chronionych, w szczególności tajemnicy lekarskiej i innych tajemnic zawodowych.',
        pkt('Strona udostępnia dane osobowe innym Stronom wyłącznie wtedy, gdy zachodzi co najmniej jedna z następujących przesłanek:', [
          'osoba, której dane dotyczą, lub jej przedstawiciel ustawowy wyraziła na to zgodę',
          'obowiązek lub uprawnienie do udostępnienia danych wynika z przepisu prawa',
        ]),
        'Zgodę, o której mowa w ust. 2 pkt 3 i ust. 5 pkt 1, odbiera animator GOPS lub pracownik kluczowy na piśmie lub w postaci elektronicznej, po poinformowaniu osoby o celu i zakresie udostępnienia oraz o Stronach, którym dane zostaną udostępnione. Zgoda może zostać w każdym czasie wycofana, bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej wycofaniem.',
      ),
    },
    {
      key: 'rodo',
      heading: 'Ochrona danych osobowych',
      text: ust(
        'Każda ze Stron jest odrębnym administratorem danych osobowych przetwarzanych przez nią w związku z realizacją Porozumienia. Strony nie są współadministratorami w rozumieniu art. 26 RODO.',
        'Strony udostępniają sobie dane osobowe wyłącznie za zgodą osoby lub rodziny albo na podstawie przepisu prawa i tylko w zakresie niezbędnym do realizacji celu współpracy (zasada minimalizacji danych), przekazując w miarę możliwości wnioski i wskazania zamiast dokumentów.',
        'Strony dopuszczają do przetwarzania danych osobowych wyłącznie osoby posiadające upoważnienie, zobowiązane do zachowania w tajemnicy danych i sposobów ich zabezpieczenia, także po zakończeniu udziału w pracach Zespołu. Lider-ekspert ma dostęp do danych wyłącznie w zakresie uzgodnionym z animatorem PCPR i po złożeniu oświadczenia o zachowaniu tajemnicy.',
        'Każda ze Stron stosuje, zgodnie z art. 32 RODO, odpowiednie do ryzyka środki techniczne i organizacyjne zapewniające bezpieczeństwo przetwarzanych danych. Strony nie przesyłają danych szczególnych kategorii niezabezpieczoną pocztą elektroniczną ani za pośrednictwem komunikatorów internetowych, a materiały papierowe wykorzystane podczas spotkań zabezpieczają lub niszczą w sposób uniemożliwiający odczytanie.',
        'Strona, która stwierdziła naruszenie ochrony danych osobowych dotyczące danych udostępnionych w ramach Zespołu, niezwłocznie, nie później niż w ciągu 24 godzin od jego stwierdzenia, informuje o nim Stronę, od której dane pochodzą, oraz animatora PCPR. Każda ze Stron samodzielnie wykonuje obowiązki administratora określone w art. 33 i 34 RODO.',
        'Każda ze Stron samodzielnie wykonuje wobec osób, których dane dotyczą, obowiązki informacyjne określone w art. 13 i 14 RODO oraz rozpatruje żądania dotyczące danych, których jest administratorem. Strony współdziałają przy realizacji praw osób, których dane dotyczą.',
        'Strony nie przekazują danych osobowych przetwarzanych w związku z Porozumieniem do państw trzecich ani organizacji międzynarodowych, w tym poza Europejski Obszar Gospodarczy.',
        'Po wystąpieniu z Zespołu albo po rozwiązaniu Porozumienia Strona usuwa lub zwraca dane osobowe otrzymane od innych Stron, chyba że przepisy prawa nakładają na nią obowiązek ich dalszego przechowywania.',
        'Obowiązki określone w niniejszym paragrafie wiążą Strony także po wystąpieniu z Zespołu i po rozwiązaniu Porozumienia.',
      ),
    },
    {
      key: 'okres',
      heading: 'Okres obowiązywania',
      text: ust(
        'Porozumienie wchodzi w życie z dniem jego podpisania przez ostatnią ze Stron i zostaje zawarte na czas wdrażania Modelu, tj. do dnia {{data_zakonczenia}} r.',
        'W przypadku podjęcia decyzji o kontynuowaniu pracy Modelem Strony mogą przedłużyć okres obowiązywania Porozumienia w drodze aneksu.',
      ),
    },
    {
      key: 'przystapienie',
      heading: 'Przystąpienie do Porozumienia',
      text: ust(
        'Do Porozumienia może przystąpić kolejna instytucja lub organizacja, składając deklarację przystąpienia do Partnerskiego Zespołu Kooperacji, w której akceptuje wszystkie postanowienia Porozumienia, w tym zasady przetwarzania danych osobowych, oraz określa swoje zadania i przedstawiciela w Zespole.',
        'Deklarację przystąpienia przyjmuje w imieniu Zespołu PCPR, w porozumieniu z GOPS. Przystąpienie następuje z dniem podpisania deklaracji przez obie strony i nie wymaga zmiany Porozumienia.',
        'Deklaracja przystąpienia stanowi integralną część Porozumienia. Animator PCPR informuje pozostałe Strony o przystąpieniu nowej Strony za pośrednictwem Platformy.',
      ),
    },
    {
      key: 'wystapienie',
      heading: 'Wystąpienie z Porozumienia',
      text: ust(
        'Każda ze Stron może wystąpić z Porozumienia, składając PCPR pisemne oświadczenie, z zachowaniem okresu wypowiedzenia wynoszącego {{okres_wypowiedzenia}}. PCPR niezwłocznie informuje o tym pozostałe Strony.',
        'Wystąpienie jednej ze Stron nie powoduje rozwiązania Porozumienia w stosunku do pozostałych Stron. W przypadku wystąpienia PCPR albo GOPS Strony niezwłocznie ustalą, z udziałem ROPS, dalszy sposób pracy Zespołu.',
        'Strona występująca z Porozumienia zakończy lub przekaże, w okresie wypowiedzenia, realizowane przez siebie zadania IPP, w uzgodnieniu z pracownikiem kluczowym i animatorami.',
      ),
    },
    {
      key: 'zespol_interdyscyplinarny',
      heading: 'Współpraca z zespołem interdyscyplinarnym',
      text: 'Strony dążą do wykorzystania doświadczeń zespołu interdyscyplinarnego działającego w gminie, w szczególności przez udział jego przewodniczącego w spotkaniach Zespołu oraz udział przedstawicieli Zespołu w posiedzeniach zespołu interdyscyplinarnego, z poszanowaniem odrębnych zasad przetwarzania danych obowiązujących ten zespół.',
      optional: { label: 'Współpraca z zespołem interdyscyplinarnym', defaultOn: true },
    },
    {
      key: 'konsultacje',
      heading: 'Konsultacje dla mieszkańców',
      text: 'Strony mogą ustalić harmonogram konsultacji dla osób i rodzin z terenu gminy, udzielanych przez specjalistów Stron bezpośrednio po spotkaniach Zespołu (mobilny punkt konsultacyjny). Strony informują osoby i rodziny o terminach konsultacji.',
      optional: { label: 'Konsultacje dla mieszkańców (mobilny punkt konsultacyjny)', defaultOn: true },
    },
    {
      key: 'koncowe',
      heading: 'Postanowienia końcowe',
      text: ust(
        'Zmiana Porozumienia wymaga formy pisemnej w postaci aneksu pod rygorem nieważności, z wyjątkiem przystąpienia nowej Strony na podstawie deklaracji przystąpienia oraz zmiany przedstawicieli Stron w Zespole.',
        'Strony będą dążyć do polubownego rozwiązywania sporów wynikłych z realizacji Porozumienia, w tym z pomocą doradcy ds. Modelu ROPS jako mediatora. W przypadku braku porozumienia spór rozstrzyga sąd powszechny właściwy dla siedziby PCPR.',
        'W sprawach nieuregulowanych Porozumieniem stosuje się przepisy RODO, ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych oraz ustawy z dnia 23 kwietnia 1964 r. – Kodeks cywilny.',
        'Animator PCPR zamieszcza skan podpisanego Porozumienia na Platformie.',
      ),
    },
  ],
  fields: [
    {
      key: 'cel',
      label: 'Cel współpracy w Zespole',
      type: 'textarea',
      required: true,
      help: 'Dokończenie zdania „Celem współpracy Stron w Zespole jest …” – małą literą, bez kropki na końcu.',
      defaultValue:
        'zapewnienie osobom, rodzinom i grupom z terenu gminy skoordynowanego, międzysektorowego wsparcia, opartego na wspólnej diagnozie i indywidualnym programie pomocy, oraz wzmocnienie potencjału i profesjonalizmu instytucji działających na rzecz włączenia społecznego',
    },
    {
      key: 'miejsce_spotkan',
      label: 'Miejsce spotkań Zespołu',
      type: 'text',
      required: true,
      help: 'Dokończenie zdania „Spotkania odbywają się co do zasady …”, np. „w siedzibie GOPS”.',
      defaultValue: 'w siedzibie GOPS',
    },
    {
      key: 'termin_interwencji',
      label: 'Wyprzedzenie zwołania spotkania interwencyjnego',
      type: 'text',
      required: true,
      help: 'Dokończenie „z wyprzedzeniem co najmniej …”, np. „24 godzin”, „2 dni roboczych”.',
      defaultValue: '24 godzin',
    },
    {
      key: 'data_zakonczenia',
      label: 'Porozumienie obowiązuje do dnia',
      type: 'date',
      required: true,
      help: 'Zwykle koniec 18. miesiąca wdrażania Modelu, zgodnie z porozumieniem powiat–gmina.',
    },
    okresWypowiedzenia,
  ],
  parties: [{ role: 'instytucja', label: 'Instytucja', source: 'institution', min: 2, max: 100, signs: true, tasks: true }],
  peopleLabel: null,
  closing: CLOSING_ALL_PARTIES,
};

// ———————————————————————————————————————————————————————————————————————————————————————————————
// 4. Deklaracja przystąpienia do PZK: jedna instytucja dołącza do zawartego porozumienia PZK.
// ———————————————————————————————————————————————————————————————————————————————————————————————

const pzkAccession: TemplateBody = {
  title: 'Deklaracja przystąpienia do Partnerskiego Zespołu Kooperacji',
  preamble:
    'złożona w dniu {{data_zawarcia}} r. w {{miejsce_zawarcia}}. Instytucja przystępująca: {{strony:instytucja}} (dalej: „Instytucja przystępująca”). Przyjmujący deklarację w imieniu Partnerskiego Zespołu Kooperacji dla gminy {{gminy}}: {{strony:przyjmujacy}} (dalej: „Przyjmujący”).',
  paragraphs: [
    {
      key: 'przystapienie',
      heading: 'Przystąpienie do Porozumienia',
      text: ust(
        'Instytucja przystępująca oświadcza, że przystępuje do porozumienia: {{dokument_nadrzedny}} (dalej: „Porozumienie”), i staje się jego Stroną oraz członkiem Partnerskiego Zespołu Kooperacji (dalej: „Zespół”).',
        'Instytucja przystępująca oświadcza, że zapoznała się z treścią Porozumienia i akceptuje bez zastrzeżeń wszystkie jego postanowienia, w szczególności cel, zasady i tryb współpracy w Zespole, podstawy prawne przetwarzania i udostępniania danych osobowych oraz postanowienia dotyczące ochrony danych osobowych.',
        'Z dniem przystąpienia Instytucja przystępująca nabywa prawa i obowiązki Strony Porozumienia na równi z pozostałymi Stronami.',
      ),
    },
    {
      key: 'zadania',
      heading: 'Zadania Instytucji przystępującej',
      text: ust(
        'Instytucja przystępująca, w granicach swoich kompetencji, uczestniczy w spotkaniach Zespołu, przedstawia swoją ofertę i wykaz aktywności i usług na potrzeby gminno-powiatowej listy aktywności i usług, uczestniczy w diagnozowaniu sytuacji osób i rodzin, realizuje przyjęte zadania indywidualnych programów pomocy oraz dokumentuje swój udział w pracy Zespołu na Platformie Modelu Kooperacji.',
        'Zadania szczegółowe Instytucji przystępującej określa poniższe zestawienie.',
      ),
      table: 'tasks',
    },
    {
      key: 'przedstawiciel',
      heading: 'Przedstawiciel w Zespole',
      text: ust(
        'Przedstawicielem Instytucji przystępującej w pracach Zespołu jest: {{przedstawiciel}}; w razie jego nieobecności Instytucję przystępującą reprezentuje: {{zastepca}}.',
        'Dane kontaktowe przedstawiciela: {{kontakt_przedstawiciela}}.',
        'Instytucja przystępująca zapewni udział swojego przedstawiciela w szkoleniu podstawowym Szkoły Kooperacji. Zmiana przedstawiciela nie wymaga zmiany deklaracji i następuje przez powiadomienie animatora PCPR.',
      ),
    },
    {
      key: 'dane_osobowe',
      heading: 'Ochrona danych osobowych',
      text: ust(
        'Instytucja przystępująca jest odrębnym administratorem danych osobowych przetwarzanych przez nią w związku z udziałem w pracach Zespołu i zobowiązuje się przestrzegać zasad przetwarzania i udostępniania danych osobowych określonych w Porozumieniu.',
        'Instytucja przystępująca udostępnia i przyjmuje dane osobowe osób i rodzin wyłącznie za ich zgodą albo na podstawie przepisu prawa, w zakresie niezbędnym do celu współpracy, oraz dopuszcza do ich przetwarzania wyłącznie upoważnione osoby zobowiązane do zachowania tajemnicy.',
        'O stwierdzonym naruszeniu ochrony danych osobowych udostępnionych w ramach Zespołu Instytucja przystępująca informuje Stronę, od której dane pochodzą, oraz animatora PCPR niezwłocznie, nie później niż w ciągu 24 godzin od jego stwierdzenia.',
      ),
    },
    {
      key: 'przyjecie',
      heading: 'Przyjęcie deklaracji',
      text: ust(
        'Przyjmujący, działając w imieniu Zespołu w porozumieniu z ośrodkiem pomocy społecznej gminy uczestniczącym w Zespole, przyjmuje deklarację. Przystąpienie następuje z dniem podpisania deklaracji przez Instytucję przystępującą i Przyjmującego, a jeżeli podpisy złożono w różnych dniach – z dniem złożenia późniejszego z nich.',
        'Deklaracja stanowi integralną część Porozumienia i nie wymaga jego zmiany. Animator PCPR informuje pozostałe Strony o przystąpieniu za pośrednictwem Platformy Modelu Kooperacji i zamieszcza na niej skan podpisanej deklaracji.',
        'W sprawach nieuregulowanych deklaracją, w tym w zakresie wystąpienia z Zespołu, stosuje się postanowienia Porozumienia.',
      ),
    },
  ],
  fields: [
    {
      key: 'przedstawiciel',
      label: 'Przedstawiciel w Zespole',
      type: 'text',
      required: true,
      help: 'Imię, nazwisko i stanowisko, np. „Anna Kowalska, pedagog szkolny”.',
    },
    {
      key: 'zastepca',
      label: 'Zastępca przedstawiciela',
      type: 'text',
      required: false,
      help: 'Imię, nazwisko i stanowisko. Puste pole drukuje się jako miejsce do wpisania odręcznie.',
    },
    {
      key: 'kontakt_przedstawiciela',
      label: 'Dane kontaktowe przedstawiciela',
      type: 'text',
      required: false,
      help: 'Służbowy telefon i adres e-mail – trafią na listę kontaktową Zespołu.',
    },
  ],
  parties: [
    { role: 'instytucja', label: 'Instytucja przystępująca', source: 'institution', min: 1, max: 1, signs: true, tasks: true },
    { role: 'przyjmujacy', label: 'Przyjmujący w imieniu Zespołu', source: 'institution', min: 1, max: 1, signs: true, tasks: false },
  ],
  peopleLabel: null,
  closing: 'Deklarację sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla Instytucji przystępującej i dla Przyjmującego.',
};

// ———————————————————————————————————————————————————————————————————————————————————————————————
// 5. Oświadczenie o zachowaniu tajemnicy (krok 5.3): lider-ekspert / ekspert rodzin.
// ———————————————————————————————————————————————————————————————————————————————————————————————

const confidentialityStatement: TemplateBody = {
  title: 'Oświadczenie o zachowaniu tajemnicy',
  preamble:
    'złożone w dniu {{data_zawarcia}} r. w {{miejsce_zawarcia}}. Składający oświadczenie: {{strony:skladajacy}}. Zespół: Partnerski Zespół Kooperacji dla gminy {{gmina_pzk}} (dalej: „Zespół”). Rola w Zespole: {{rola}}. Przyjmujący oświadczenie: {{strony:przyjmujacy}} (dalej: „Przyjmujący”).',
  paragraphs: [
    {
      key: 'zobowiazanie',
      heading: 'Zobowiązanie do zachowania tajemnicy',
      text: ust(
        'Oświadczam, że zobowiązuję się zachować w tajemnicy wszelkie informacje dotyczące osób, rodzin i grup, w tym ich dane osobowe oraz informacje o ich sytuacji życiowej, rodzinnej, zdrowotnej, materialnej i prawnej, a także informacje dotyczące instytucji uczestniczących w pracach Zespołu, które uzyskam w związku z udziałem w pracach Zespołu – niezależnie od formy i sposobu ich uzyskania, w tym ustnie, na piśmie lub za pośrednictwem Platformy Modelu Kooperacji.',
        'Zobowiązanie obowiązuje w czasie mojego udziału w pracach Zespołu, a także bezterminowo po jego zakończeniu, niezależnie od przyczyny zakończenia.',
        'Nie ujawnię informacji, o których mowa w ust. 1, żadnym osobom trzecim, w tym członkom mojej rodziny i osobom mi bliskim, ani nie będę ich publikować, w tym w internecie i w mediach społecznościowych, również w formie, która pozwalałaby na rozpoznanie osoby lub rodziny w społeczności lokalnej.',
      ),
    },
    {
      key: 'wykorzystanie',
      heading: 'Zasady korzystania z informacji',
      text: pkt('Zobowiązuję się:', [
        'wykorzystywać uzyskane informacje wyłącznie do pracy Zespołu i wspierania osób i rodzin, z którymi współpracuję w ramach Zespołu',
        'nie sporządzać kopii, zdjęć, nagrań ani notatek zawierających dane osób i rodzin oraz nie wynosić dokumentów i materiałów udostępnionych podczas spotkań Zespołu',
        'nie podejmować prób uzyskania informacji wykraczających poza uzgodniony zakres dostępu',
        'zwrócić lub przekazać do zniszczenia, na żądanie Przyjmującego lub po zakończeniu udziału w pracach Zespołu, wszelkie otrzymane materiały',
        'niezwłocznie poinformować animatora PCPR o każdym przypadku ujawnienia, utraty lub podejrzenia nieuprawnionego dostępu do informacji',
      ]),
    },
    {
      key: 'zakres_dostepu',
      heading: 'Zakres dostępu do informacji',
      text: ust(
        'Moje zadania w Zespole oraz zakres informacji i danych, do których mam dostęp, zostały uzgodnione z animatorem PCPR ({{animator_pcpr}}) i obejmują: {{zakres_dostepu}}.',
        'Informacje i dane osobowe przetwarzam wyłącznie na polecenie Przyjmującego i w granicach udzielonego mi upoważnienia. Zmiana zakresu dostępu wymaga uzgodnienia z animatorem PCPR, utrwalonego na piśmie lub w postaci elektronicznej.',
        'Przyjmuję do wiadomości, że w sprawach dotyczących konkretnej osoby lub rodziny mogę uczestniczyć wyłącznie za jej zgodą.',
      ),
    },
    {
      key: 'odpowiedzialnosc',
      heading: 'Odpowiedzialność',
      text: ust(
        'Mam świadomość, że ujawnienie lub wykorzystanie informacji wbrew niniejszemu zobowiązaniu może skutkować odpowiedzialnością prawną, w tym odpowiedzialnością cywilną za naruszenie dóbr osobistych (art. 23 i 24 ustawy z dnia 23 kwietnia 1964 r. – Kodeks cywilny) oraz odpowiedzialnością karną, w szczególności na podstawie art. 266 § 1 ustawy z dnia 6 czerwca 1997 r. – Kodeks karny oraz art. 107 ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych.',
        'Przyjmuję do wiadomości, że naruszenie niniejszego zobowiązania stanowi podstawę do zakończenia mojego udziału w pracach Zespołu.',
      ),
    },
    {
      key: 'klauzula_informacyjna',
      heading: 'Informacja o przetwarzaniu danych osobowych',
      text: ust(
        `Na podstawie art. 13 ${RODO_FULL}, Przyjmujący informuje, że jest administratorem danych osobowych Składającego oświadczenie. Kontakt z inspektorem ochrony danych: {{kontakt_iod}}.`,
        'Dane osobowe Składającego oświadczenie są przetwarzane w celu organizacji pracy Zespołu i udokumentowania złożonego zobowiązania, na podstawie art. 6 ust. 1 lit. e RODO – w związku z realizacją przez Przyjmującego zadań z zakresu pomocy społecznej i wspierania rodziny, a w zakresie danych kontaktowych podanych dobrowolnie – na podstawie zgody (art. 6 ust. 1 lit. a RODO).',
        'Odbiorcami danych mogą być przedstawiciele instytucji uczestniczących w pracach Zespołu (w zakresie imienia, nazwiska, roli w Zespole i danych kontaktowych) oraz podmiot prowadzący Platformę Modelu Kooperacji. Dane nie będą przekazywane do państw trzecich ani organizacji międzynarodowych i nie będą podlegać zautomatyzowanemu podejmowaniu decyzji, w tym profilowaniu.',
        'Dane będą przechowywane przez okres udziału w pracach Zespołu, a następnie przez okres wynikający z przepisów o archiwizacji dokumentacji obowiązujących Przyjmującego.',
        'Składającemu oświadczenie przysługuje prawo dostępu do danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania – w przypadkach przewidzianych w RODO, prawo wniesienia sprzeciwu, prawo cofnięcia zgody w każdym czasie bez wpływu na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
        'Podanie danych jest dobrowolne, lecz niezbędne do udziału w pracach Zespołu.',
      ),
      optional: { label: 'Klauzula informacyjna RODO dla składającego oświadczenie', defaultOn: true },
    },
    {
      key: 'przyjecie',
      heading: 'Przyjęcie oświadczenia',
      text: 'Przyjmujący przyjmuje oświadczenie, przechowuje je w dokumentacji Zespołu, zamieszcza jego skan na Platformie Modelu Kooperacji w części dostępnej wyłącznie dla animatorów, a jeden egzemplarz przekazuje Składającemu oświadczenie.',
    },
  ],
  fields: [
    {
      key: 'gmina_pzk',
      label: 'Gmina Partnerskiego Zespołu Kooperacji',
      type: 'text',
      required: true,
      help: 'Nazwa gminy w mianowniku, np. „Chmielnik” – drukuje się po słowach „dla gminy”.',
    },
    {
      key: 'rola',
      label: 'Rola w Zespole',
      type: 'text',
      required: true,
      defaultValue: 'lider-ekspert (ekspert rodzin)',
    },
    {
      key: 'animator_pcpr',
      label: 'Animator PCPR',
      type: 'text',
      required: false,
      help: 'Imię i nazwisko animatora PCPR, z którym uzgodniono zakres dostępu.',
    },
    {
      key: 'zakres_dostepu',
      label: 'Zakres dostępu do informacji',
      type: 'textarea',
      required: true,
      help: 'Dokończenie zdania „…zostały uzgodnione z animatorem PCPR i obejmują: …” – bez kropki na końcu.',
      defaultValue:
        'udział w spotkaniach Zespołu w części dotyczącej osób i rodzin, z którymi współpracuję jako ekspert rodzin, za ich zgodą, oraz dostęp do informacji przekazywanych ustnie podczas tych spotkań, bez dostępu do dokumentacji osób i rodzin na Platformie Modelu Kooperacji',
    },
    {
      key: 'kontakt_iod',
      label: 'Kontakt z inspektorem ochrony danych',
      type: 'text',
      required: false,
      help: 'Adres e-mail lub adres korespondencyjny inspektora ochrony danych Przyjmującego (do klauzuli informacyjnej).',
    },
  ],
  parties: [
    { role: 'skladajacy', label: 'Składający oświadczenie', source: 'person', min: 1, max: 1, signs: true, tasks: false },
    { role: 'przyjmujacy', label: 'Przyjmujący oświadczenie', source: 'institution', min: 1, max: 1, signs: true, tasks: false },
  ],
  peopleLabel: null,
  closing: 'Oświadczenie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla Składającego oświadczenie i dla Przyjmującego.',
};

// ———————————————————————————————————————————————————————————————————————————————————————————————
// 6. Aneks do porozumienia: the app copies the parent's parties into the role "strona".
// ———————————————————————————————————————————————————————————————————————————————————————————————

const annex: TemplateBody = {
  title: 'Aneks do porozumienia',
  preamble:
    'Aneks nr {{numer_aneksu}} do porozumienia: {{dokument_nadrzedny}} (dalej: „Porozumienie”), zawarty w dniu {{data_zawarcia}} r. w {{miejsce_zawarcia}} pomiędzy Stronami Porozumienia: {{strony:strona}}, zwanymi dalej łącznie „Stronami”, reprezentowanymi przez osoby wymienione w poniższym wykazie Stron.',
  paragraphs: [
    {
      key: 'zmiany',
      heading: 'Zmiany Porozumienia',
      text: 'Strony zgodnie postanawiają wprowadzić do Porozumienia następujące zmiany:\n{{zmiany}}',
    },
    {
      key: 'przyczyna',
      heading: 'Przyczyna zmian',
      text: 'Zmiany wprowadza się w związku z: {{przyczyna}}.',
      optional: { label: 'Przyczyna zmian', defaultOn: true },
    },
    {
      key: 'pozostale',
      heading: 'Pozostałe postanowienia',
      text: ust(
        'Pozostałe postanowienia Porozumienia pozostają bez zmian.',
        'Aneks stanowi integralną część Porozumienia. W sprawach nieuregulowanych Aneksem stosuje się postanowienia Porozumienia.',
      ),
    },
    {
      key: 'wejscie_w_zycie',
      heading: 'Wejście w życie',
      text: 'Aneks wchodzi w życie z dniem {{data_wejscia_w_zycie}} r., nie wcześniej jednak niż z dniem jego podpisania przez ostatnią ze Stron.',
    },
  ],
  fields: [
    {
      key: 'numer_aneksu',
      label: 'Kolejny numer aneksu',
      type: 'text',
      required: true,
      help: 'Numer kolejny aneksu do tego porozumienia, np. „1” dla pierwszego aneksu.',
      defaultValue: '1',
    },
    {
      key: 'zmiany',
      label: 'Treść zmian',
      type: 'textarea',
      required: true,
      help: 'Wyliczenie zmian, każda w osobnym wierszu, bez pustych linii, np. „1) w § 8 ust. 1 otrzymuje brzmienie: „…”;” i „2) w § 10 skreśla się ust. 3.”.',
    },
    {
      key: 'przyczyna',
      label: 'Przyczyna zmian',
      type: 'textarea',
      required: false,
      help: 'Dokończenie zdania „Zmiany wprowadza się w związku z: …” – bez kropki na końcu, np. „decyzją o kontynuowaniu pracy Modelem”.',
    },
    {
      key: 'data_wejscia_w_zycie',
      label: 'Data wejścia w życie',
      type: 'date',
      required: true,
      help: 'Dzień, od którego obowiązują zmiany; zwykle dzień podpisania aneksu.',
    },
  ],
  parties: [{ role: 'strona', label: 'Strona', source: 'parent', min: 1, max: 100, signs: true, tasks: false }],
  peopleLabel: null,
  closing: 'Aneks sporządzono w jednobrzmiących egzemplarzach w liczbie odpowiadającej liczbie Stron, po jednym dla każdej ze Stron.',
};

export const DOCUMENT_TEMPLATES: Record<DocumentKind, TemplateBody> = {
  agreement_regional: agreementRegional,
  agreement_powiat_gmina: agreementPowiatGmina,
  agreement_pzk: agreementPzk,
  pzk_accession: pzkAccession,
  confidentiality_statement: confidentialityStatement,
  annex,
};

