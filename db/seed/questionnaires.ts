import type { Db } from '../client';
import { questionnaireTemplates, type QuestionnaireQuestion } from '../schema/regional';

/*
 * The model's own evaluation questionnaires (stage IV, step 9.1: "Jakie są spostrzeżenia rodzin
 * i osób, korzystających ze wsparcia w MODELU"; "Wzory ewaluacyjne dla animatorów … będą dostępne
 * na Platformie"). Version 1, shared by every województwo (voivodeshipId null); a ROPS may add its
 * own version. Loaded by loadReferenceData when no template with the key exists.
 */

export interface SeedTemplate {
  key: string;
  audience: 'family' | 'institution' | 'authority';
  title: string;
  intro: string;
  questions: QuestionnaireQuestion[];
}

const HELP_SCALE = { max: 5, minLabel: 'wcale', maxLabel: 'bardzo' } as const;
const GOOD_SCALE = { max: 5, minLabel: 'bardzo źle', maxLabel: 'bardzo dobrze' } as const;

export const FAMILY_TEMPLATE_KEY = 'rodziny';
export const INSTITUTION_TEMPLATE_KEY = 'instytucje_pzk';
export const AUTHORITY_TEMPLATE_KEY = 'wladze_samorzadowe';

export const QUESTIONNAIRE_TEMPLATES: SeedTemplate[] = [
  {
    key: FAMILY_TEMPLATE_KEY,
    audience: 'family',
    title: 'Ankieta dla rodzin i osób korzystających ze wsparcia',
    intro:
      'Chcemy wiedzieć, jak oceniacie wsparcie, które otrzymaliście w ramach współpracy instytucji w Waszej gminie. Ankieta jest anonimowa — nie podawajcie imion, nazwisk ani innych danych, po których można Was rozpoznać.',
    questions: [
      { key: 'pomoc', kind: 'scale', text: 'Na ile wsparcie pomogło Wam w rozwiązaniu Waszych trudności?', ...HELP_SCALE, required: true },
      {
        key: 'zmiany',
        kind: 'multiple',
        text: 'Co się zmieniło w Waszej sytuacji? (można zaznaczyć kilka odpowiedzi)',
        options: ['sytuacja finansowa', 'praca lub nauka', 'zdrowie', 'relacje w rodzinie', 'opieka nad dziećmi', 'mieszkanie', 'nic się nie zmieniło'],
      },
      { key: 'kontakt', kind: 'scale', text: 'Jak oceniacie kontakt z osobami, które Wam pomagały (zespołem)?', ...GOOD_SCALE, required: true },
      { key: 'jeden_plan', kind: 'single', text: 'Czy instytucje działały wspólnie, według jednego planu?', options: ['tak', 'częściowo', 'nie', 'trudno powiedzieć'] },
      { key: 'polecenie', kind: 'single', text: 'Czy polecilibyście takie wsparcie innym rodzinom?', options: ['tak', 'nie', 'nie wiem'] },
      { key: 'uwagi', kind: 'open', text: 'Wasze uwagi — co było dobre, co warto zmienić? (bez imion i nazwisk)' },
    ],
  },
  {
    key: INSTITUTION_TEMPLATE_KEY,
    audience: 'institution',
    title: 'Ankieta dla instytucji Partnerskiego Zespołu Kooperacji',
    intro: 'Ankieta dla przedstawicieli instytucji i organizacji w PZK. Pomoże ocenić współpracę w zespole i przygotować rekomendacje (krok 10.2).',
    questions: [
      { key: 'wspolpraca', kind: 'scale', text: 'Jak oceniasz współpracę instytucji w PZK?', ...GOOD_SCALE, required: true },
      { key: 'informacja', kind: 'scale', text: 'Jak oceniasz przepływ informacji między instytucjami?', ...GOOD_SCALE, required: true },
      { key: 'spotkania', kind: 'scale', text: 'Na ile przydatne były spotkania PZK?', max: 5, minLabel: 'nieprzydatne', maxLabel: 'bardzo przydatne', required: true },
      { key: 'platforma', kind: 'single', text: 'Jak często korzystałeś(-aś) z Platformy?', options: ['co tydzień lub częściej', 'kilka razy w miesiącu', 'rzadziej', 'wcale'] },
      {
        key: 'korzysci',
        kind: 'multiple',
        text: 'Co zyskała Twoja instytucja dzięki kooperacji? (można zaznaczyć kilka odpowiedzi)',
        options: ['szybszy kontakt z innymi instytucjami', 'lepsza wiedza o usługach w gminie', 'wspólne plany pomocy rodzinom', 'mniej dublowania działań', 'nowe umiejętności pracowników'],
      },
      { key: 'uwagi', kind: 'open', text: 'Co warto zmienić we współpracy w kolejnym cyklu?' },
    ],
  },
  {
    key: AUTHORITY_TEMPLATE_KEY,
    audience: 'authority',
    title: 'Ankieta dla władz samorządowych (wójt, burmistrz, starosta, radni)',
    intro: 'Ankieta dla wójta, burmistrza, starosty i radnych gmin i powiatu. Pomoże ocenić efekty wdrożenia Modelu Kooperacji i zdecydować o dalszej współpracy.',
    questions: [
      { key: 'efekty', kind: 'scale', text: 'Na ile widoczne są efekty wdrożenia Modelu Kooperacji w gminie lub powiecie?', max: 5, minLabel: 'niewidoczne', maxLabel: 'bardzo widoczne', required: true },
      { key: 'koszty', kind: 'single', text: 'Jak oceniasz koszty wdrożenia w porównaniu z korzyściami?', options: ['korzyści przewyższają koszty', 'korzyści równe kosztom', 'koszty przewyższają korzyści', 'trudno powiedzieć'] },
      { key: 'kontynuacja', kind: 'single', text: 'Czy samorząd powinien kontynuować kooperację w kolejnym cyklu?', options: ['tak', 'raczej tak', 'raczej nie', 'nie'], required: true },
      { key: 'dokumenty', kind: 'single', text: 'Czy rekomendacje zespołu warto wpisać do strategii lub programów samorządu?', options: ['tak', 'nie', 'nie wiem'] },
      { key: 'uwagi', kind: 'open', text: 'Uwagi i oczekiwania wobec dalszej współpracy' },
    ],
  },
];

/** Inserts version 1 of each model template whose key no template has yet (a new one in a later release too). */
export async function loadQuestionnaireTemplates(db: Db) {
  const have = new Set((await db.select({ key: questionnaireTemplates.key }).from(questionnaireTemplates)).map((t) => t.key));
  const missing = QUESTIONNAIRE_TEMPLATES.filter((t) => !have.has(t.key));
  if (missing.length) await db.insert(questionnaireTemplates).values(missing.map((t) => ({ ...t, voivodeshipId: null, version: 1, active: true })));
}
