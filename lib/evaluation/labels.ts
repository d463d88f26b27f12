import { formatChange } from '@/lib/cases/scaling';
import { AREAS } from '@/lib/services/vocabulary';
import { formatHours, hoursForParticipants } from '@/lib/school/hours';
import type { ActivityKind, Figures, TrainingKind } from './aggregate';

/** The kinds of activity record, in Polish, grouped as the model's step 9.2 areas. */
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  project_group: 'Projekt socjalny grupowy',
  project_community: 'Projekt socjalny środowiskowy',
  project_institutional: 'Projekt socjalny instytucjonalny',
  community_action: 'Akcja na rzecz społeczności lokalnej',
  promotion: 'Działanie promocyjne',
  authorities_presentation: 'Prezentacja przed władzami (komisja, sesja rady)',
  new_service: 'Nowa usługa lub inicjatywa',
  programme_change: 'Zmiana w programie, strategii lub OZPS',
};

export const ACTIVITY_GROUPS: { label: string; kinds: ActivityKind[] }[] = [
  { label: 'Projekty socjalne', kinds: ['project_group', 'project_community', 'project_institutional'] },
  { label: 'Działania na rzecz społeczności', kinds: ['community_action'] },
  { label: 'Działania promocyjne', kinds: ['promotion'] },
  { label: 'Działania wspólne z władzami', kinds: ['authorities_presentation', 'new_service', 'programme_change'] },
];

/** The model's eight key questions of the evaluation (stage IV), keyed "1".."8". */
export const KEY_QUESTIONS: { key: string; text: string }[] = [
  { key: '1', text: 'Czy osiągnięto założone cele dla grup?' },
  { key: '2', text: 'Jakie nowe usługi, aktywności, działania, projekty i dlaczego, zaistniały wskutek prowadzonych działań?' },
  { key: '3', text: 'Co się zmieniło w obrębie procesów, działań i usług społecznych oraz w świecie wartości?' },
  { key: '4', text: 'Jaka jest wartość wykonywanej pracy? Czy czas, wysiłek i pieniądze temu poświęcone przynoszą odpowiednie rezultaty?' },
  { key: '5', text: 'Co zrobilibyśmy inaczej, jeśli byłaby taka możliwość?' },
  { key: '6', text: 'Co zadziało? Z czego byliśmy zadowoleni?' },
  { key: '7', text: 'Co można było zrobić lepiej?' },
  { key: '8', text: 'Czego się nauczyliśmy w wyniku dotychczasowych działań?' },
];
export const QUESTION_KEYS = KEY_QUESTIONS.map((q) => q.key);

/** The Szkoła Kooperacji hours lines: per kind and in total, "480 godzin dydaktycznych dla 424 uczestników". */
const TRAINING_HOURS_LINES: [TrainingKind | 'total', string, string][] = [
  ['basic', 'hoursBasic', 'Szkolenia podstawowe'],
  ['extended', 'hoursExtended', 'Szkolenia rozszerzone'],
  ['specialist', 'hoursSpecialist', 'Szkolenia specjalistyczne'],
  ['study_visit', 'hoursStudyVisits', 'Wizyty studyjne'],
  ['total', 'hoursTotal', 'Razem (wszystkie szkolenia)'],
];

/** "12,5 godz." */
const hoursValue = (h: number) => `${formatHours(h)} godz.`;

export const num = (n: number | null, digits = 1) => (n == null ? '—' : n.toLocaleString('pl-PL', { maximumFractionDigits: digits }));
const pct = (n: number | null) => (n == null ? '—' : `${n}%`);

export interface FigureLine {
  key: string;
  label: string;
  value: string;
  /** The figure as a number, where the printed value would hide one from a spreadsheet ("+1,5", "−2"). */
  number?: number | null;
}
export interface FigureSection {
  key: string;
  title: string;
  lines: FigureLine[];
}

/** The labels that differ by the model's variant (lib/evaluation/labels-3d.ts has the Kooperacje 3D ones). */
export interface VariantFigureLabels {
  services: string;
  servicesAdded: string;
  servicesUpdated: string;
  supervisions: string;
  casesTitle: string;
}

/** The rural model's wording (the default). */
export const RURAL_FIGURE_LABELS: VariantFigureLabels = {
  services: 'Pozycje listy aktywności i usług',
  servicesAdded: 'Pozycje dodane od rozpoczęcia wdrożenia',
  servicesUpdated: 'Pozycje zaktualizowane od rozpoczęcia wdrożenia',
  supervisions: 'Superwizje (w pracy z rodzinami)',
  casesTitle: 'Praca z osobami i rodzinami',
};

/**
 * The figures as the report prints them: the model's step 9.2 areas, each a table of label and
 * value. The page, the PDF, the CSV and the regional report all use these words; `v` gives the
 * words of the implementation's variant where they differ (sectionsFor in labels-3d.ts).
 */
export function figureSections(f: Figures, v: VariantFigureLabels = RURAL_FIGURE_LABELS): FigureSection[] {
  return [
    {
      key: 'engagement',
      title: 'Zaangażowanie instytucji, pracowników i osób',
      lines: [
        { key: 'pzks', label: 'Partnerskie Zespoły Kooperacji', value: num(f.pzks) },
        { key: 'institutions', label: 'Instytucje zaangażowane (porozumienie PZK lub deklaracja w mocy)', value: num(f.institutionsEngaged) },
        { key: 'people', label: 'Osoby w zespołach (członkowie PZK)', value: num(f.peopleEngaged) },
        { key: 'plans', label: 'Zapisane plany pracy PZK', value: num(f.workPlansSaved) },
        { key: 'planVersions', label: 'Wersje planów pracy PZK', value: num(f.workPlanVersions) },
        { key: 'scheduleDone', label: 'Podkroki harmonogramu wykonane', value: `${num(f.scheduleDone)} z ${num(f.scheduleTotal - f.scheduleNotApplicable)}` },
        { key: 'schedulePercent', label: 'Realizacja harmonogramu', value: pct(f.schedulePercent) },
        { key: 'meetings', label: 'Spotkania PZK odbyte (protokół opublikowany)', value: num(f.meetingsHeld) },
        { key: 'attendance', label: 'Średnia obecność na spotkaniu (osoby)', value: num(f.averageAttendance) },
        { key: 'attendanceRate', label: 'Frekwencja na spotkaniach', value: pct(f.attendanceRate) },
        { key: 'consultations', label: 'Konsultacje dla rodzin (punkt konsultacyjny)', value: num(f.consultations) },
      ],
    },
    {
      key: 'competences',
      title: 'Działania podnoszące kompetencje',
      lines: [
        { key: 'trainingBasic', label: 'Udział w szkoleniach podstawowych', value: num(f.trainings.basic) },
        { key: 'trainingExtended', label: 'Udział w szkoleniach rozszerzonych', value: num(f.trainings.extended) },
        { key: 'trainingSpecialist', label: 'Udział w szkoleniach specjalistycznych', value: num(f.trainings.specialist) },
        { key: 'studyVisits', label: 'Udział w wizytach studyjnych (wyjazdy)', value: num(f.trainings.study_visit) },
      ],
    },
    {
      key: 'trainingHours',
      title: 'Szkoła Kooperacji — godziny dydaktyczne i uczestnicy',
      lines: TRAINING_HOURS_LINES.map(([kind, key, label]) => ({ key, label, value: hoursForParticipants(f.trainingHours[kind].hours, f.trainingHours[kind].participants), number: f.trainingHours[kind].hours })),
    },
    {
      key: 'teamDevelopment',
      title: 'Rozwój zespołu: szkolenia wewnętrzne, coaching, superwizja (krok 7.1)',
      lines: [
        { key: 'internalTrainings', label: 'Szkolenia wewnętrzne (mini-szkolenia) — liczba', value: num(f.teamSessions.internal_training.sessions) },
        { key: 'internalTrainingHours', label: 'Szkolenia wewnętrzne — godziny', value: hoursValue(f.teamSessions.internal_training.hours), number: f.teamSessions.internal_training.hours },
        { key: 'internalTrainingParticipants', label: 'Szkolenia wewnętrzne — uczestnicy', value: num(f.teamSessions.internal_training.participants) },
        { key: 'coaching', label: 'Coaching — sesje', value: num(f.teamSessions.coaching.sessions) },
        { key: 'coachingHours', label: 'Coaching — godziny', value: hoursValue(f.teamSessions.coaching.hours), number: f.teamSessions.coaching.hours },
        { key: 'teamSupervisions', label: 'Superwizje zespołowe — liczba', value: num(f.teamSessions.supervision.sessions) },
        { key: 'teamSupervisionHours', label: 'Superwizje zespołowe — godziny', value: hoursValue(f.teamSessions.supervision.hours), number: f.teamSessions.supervision.hours },
        { key: 'supervisions', label: v.supervisions, value: num(f.supervisions) },
      ],
    },
    {
      key: 'community',
      title: 'Działania na rzecz społeczności lokalnej',
      lines: [
        { key: 'services', label: v.services, value: num(f.servicesPublished) },
        { key: 'servicesAdded', label: v.servicesAdded, value: num(f.servicesAdded) },
        { key: 'servicesUpdated', label: v.servicesUpdated, value: num(f.servicesUpdated) },
        { key: 'projectGroup', label: 'Projekty socjalne grupowe', value: num(f.activities.project_group) },
        { key: 'projectCommunity', label: 'Projekty socjalne środowiskowe', value: num(f.activities.project_community) },
        { key: 'projectInstitutional', label: 'Projekty socjalne instytucjonalne', value: num(f.activities.project_institutional) },
        { key: 'communityActions', label: 'Akcje na rzecz społeczności', value: num(f.activities.community_action) },
      ],
    },
    {
      key: 'authorities',
      title: 'Działania wspólne z władzami',
      lines: [
        { key: 'presentations', label: 'Prezentacje przed władzami (komisje, sesje)', value: num(f.activities.authorities_presentation) },
        { key: 'newServices', label: 'Nowe usługi i inicjatywy', value: num(f.activities.new_service) },
        { key: 'programmeChanges', label: 'Zmiany w programach, strategiach, OZPS', value: num(f.activities.programme_change) },
      ],
    },
    {
      key: 'promotion',
      title: 'Działania promocyjne',
      lines: [
        { key: 'promotion', label: 'Działania promocyjne i upowszechniające', value: num(f.activities.promotion) },
        { key: 'activityParticipants', label: 'Uczestnicy wszystkich działań (osoby)', value: num(f.activityParticipants) },
      ],
    },
    {
      key: 'cases',
      title: v.casesTitle,
      lines: [
        { key: 'referred', label: 'Zgłoszone (karty oczekiwań)', value: num(f.casesReferred) },
        { key: 'qualified', label: 'Zakwalifikowane do wsparcia', value: num(f.casesQualified) },
        { key: 'goalsReached', label: 'Zakończone z osiągnięciem celów', value: num(f.casesGoalsReached) },
        { key: 'handedOver', label: 'Przekazane innym instytucjom', value: num(f.casesHandedOver) },
      ],
    },
    {
      key: 'scale',
      title: 'Średnia zmiana w skali 0–10 według obszarów',
      lines: f.areas.map((a) => ({
        key: `area_${a.area}`,
        label: AREAS[a.area],
        value: formatChange(a.averageChange),
        number: a.averageChange === null ? null : Math.round(a.averageChange * 10) / 10,
      })),
    },
  ];
}

