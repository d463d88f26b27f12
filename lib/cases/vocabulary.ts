import type { CaseReminderKind, CaseStatus, TaskStatus } from '@/db/schema';

/*
 * The vocabulary of work with a person, family or group (step 7.2): stored as ASCII keys, shown
 * in Polish. One place for every label a case page, form, PDF or e-mail prints.
 */

export const CASE_KINDS = { person: 'Osoba', family: 'Rodzina', group: 'Grupa' } as const;

export const CASE_STATUSES: Record<CaseStatus, string> = {
  referred: 'Zgłoszona (karta oczekiwań)',
  qualified: 'W realizacji',
  refused: 'Niezakwalifikowana',
  after_care: 'Po zakończeniu wsparcia (monitoring trwałości)',
  handed_over: 'Przekazana innej instytucji',
  closed: 'Zamknięta',
};

/** Cases still in work (not refused, handed over or closed): new work may be recorded on them. */
export const IN_WORK_STATUSES = ['referred', 'qualified', 'after_care'] as const satisfies readonly CaseStatus[];
export const isInWork = (status: CaseStatus) => (IN_WORK_STATUSES as readonly CaseStatus[]).includes(status);

/** The model's criteria; qualification needs at least one (DOMAIN §4). */
export const QUALIFICATION_CRITERIA = {
  help_not_working: 'Dotychczasowa pomoc nie przynosi efektów',
  chronic_crisis: 'Przewlekły kryzys',
  cross_sector: 'Potrzebne rozwiązanie międzysektorowe lub szybka interwencja',
  individual_exhausted: 'Wyczerpały się możliwości pomocy indywidualnej',
} as const;
export type QualificationCriterion = keyof typeof QUALIFICATION_CRITERIA;
export const QUALIFICATION_CRITERIA_KEYS = Object.keys(QUALIFICATION_CRITERIA) as [QualificationCriterion, ...QualificationCriterion[]];

export const DIAGNOSIS_TOOLS = {
  wywiad: 'Wywiad środowiskowy',
  genogram: 'Genogram',
  ekomapa: 'Ekomapa',
  psr: 'Elementy PSR (podejście skoncentrowane na rozwiązaniach)',
  swot: 'Analiza SWOT',
} as const;
export type DiagnosisTool = keyof typeof DIAGNOSIS_TOOLS;
export const DIAGNOSIS_TOOL_KEYS = Object.keys(DIAGNOSIS_TOOLS) as [DiagnosisTool, ...DiagnosisTool[]];

export const CONSENT_KINDS = {
  cooperation: 'Zgoda na współpracę w modelu',
  data_sharing: 'Zgoda na przekazywanie danych między wskazanymi instytucjami',
} as const;
export const CONSENT_FORMS = { written: 'pisemnie', oral: 'ustnie (odnotowana w dokumentacji)', electronic: 'elektronicznie' } as const;

export const SESSION_KINDS = {
  workshop: 'Warsztat diagnostyczno-ewaluacyjny',
  team_review: 'Przegląd IPP przez zespół',
  supervision: 'Superwizja',
} as const;

export const PZK_ATTENDANCE = {
  in_person: 'Rodzina uczestniczy osobiście w spotkaniach PZK',
  through_key_worker: 'Rodzina nie uczestniczy w spotkaniach PZK — pracuje z pracownikiem kluczowym',
} as const;

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  planned: 'zaplanowane',
  in_progress: 'w trakcie',
  done: 'wykonane',
  dropped: 'zaniechane',
};

/** A partner's report on its IPP task (ipp_tasks.status, issue 15). */
export const TASK_PROGRESS_LABELS = { not_started: 'nie rozpoczęte', in_progress: 'w toku', done: 'wykonane', problem: 'problem' } as const;

/** The kinds of an entry of the dziennik współpracy. */
export const JOURNAL_KINDS = { visit: 'Wizyta', conversation: 'Rozmowa', consultation: 'Konsultacja', workshop: 'Warsztat', team_meeting: 'Spotkanie ZZK / zespołu', other: 'Inne' } as const;

export const EVALUATION_OUTCOMES = { goals_reached: 'Cele osiągnięte', not_reached: 'Cele nieosiągnięte' } as const;
export const NOT_REACHED_PATHS = { hand_over: 'Przekazanie do innej instytucji', new_goals: 'Ponowne określenie celów (nowy IPP)' } as const;

export const REMINDER_LABELS: Record<CaseReminderKind, string> = {
  monitoring_overdue: 'Minął miesiąc od ostatniego spotkania monitorującego',
  ipp_ending: 'IPP kończy się w ciągu 2 tygodni',
  case_11_months: 'Sprawa trwa 11 miesięcy — poinformuj animatora PCPR o planowanym zakończeniu',
  case_over_12_months: 'Sprawa przekroczyła 12 miesięcy bez decyzji o przedłużeniu',
};

/** WRZOS standard: a key worker should not carry more active cases than this. */
export const CASELOAD_LIMIT = 20;
