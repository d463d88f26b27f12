import type { ModelVariant } from '@/db/schema';
import { plural, WORDS } from '@/lib/plural';

/*
 * The kinds of PZK meetings, as data (issue 17). The rural model knows the monthly and the
 * intervention meeting; in Kooperacje 3D the PZK is first formed at two initiating meetings and one
 * formalising meeting, each with its own agenda points (from the 3D catalogue's sub-steps 5.1–5.3),
 * ticked as done at the meeting. Pure: shared by the form, the pages, the PDF and the calendar.
 */

export const MEETING_KINDS = {
  regular: 'spotkanie comiesięczne',
  intervention: 'spotkanie interwencyjne',
  // Kooperacje 3D: the PZK is formed at two initiating meetings and one formalising meeting.
  initiating: 'spotkanie inicjujące',
  formalising: 'spotkanie formalizujące',
} as const;
export type MeetingKind = keyof typeof MEETING_KINDS;
export const MEETING_KIND_KEYS = Object.keys(MEETING_KINDS) as [MeetingKind, ...MeetingKind[]];

export interface AgendaPoint {
  key: string;
  label: string;
}

interface KindRule {
  /** The model's variants in which a PZK holds this kind of meeting. */
  variants: readonly ModelVariant[];
  /** The kind's own agenda points (keys saved in pzk_meetings.agenda_done); none → the three agenda areas. */
  agenda: readonly AgendaPoint[];
  /**
   * The schedule's sub-steps (catalogue codes, in order) that the published minutes of such a
   * meeting complete — the first one still open. The formalising meeting completes nothing by
   * itself: its sub-step's evidence is the signed PZK agreement.
   */
  completesSteps: readonly string[];
}

export const MEETING_KIND_RULES: Record<MeetingKind, KindRule> = {
  regular: { variants: ['rural', 'urban_3d'], agenda: [], completesSteps: [] },
  intervention: { variants: ['rural', 'urban_3d'], agenda: [], completesSteps: [] },
  initiating: {
    variants: ['urban_3d'],
    // The 3D catalogue's 5.1 (first) and 5.2 (second initiating meeting): one list for both, as
    // the seeds leave it to the network worker what is done at which of the two.
    agenda: [
      { key: 'model', label: 'Prezentacja założeń Modelu i korzyści ze współpracy multiprofesjonalnej' },
      { key: 'key_partners', label: 'Analiza kluczowych partnerów instytucjonalnych' },
      { key: 'competences', label: 'Prezentacja kompetencji partnerów, narzędzi i obszarów wspólnej pracy' },
      { key: 'problems', label: 'Zdefiniowanie najistotniejszych problemów społecznych z perspektywy ich rozwiązania' },
      { key: 'declarations', label: 'Zebranie podpisanych deklaracji przystąpienia do PZK' },
      { key: 'service_cards', label: 'Przygotowanie przez kooperantów kart usług do Lokalnego Koszyka Usług' },
    ],
    completesSteps: ['5.1', '5.2'],
  },
  formalising: {
    variants: ['urban_3d'],
    agenda: [
      { key: 'declarations', label: 'Omówienie podpisanych deklaracji przystąpienia do PZK' },
      { key: 'service_cards', label: 'Prezentacja kart usług partnerów (Lokalny Koszyk Usług)' },
      { key: 'coordinators', label: 'Wskazanie osób koordynujących współpracę u partnerów' },
      { key: 'plan', label: 'Rozpoczęcie prac nad planem działań PZK' },
      { key: 'zzk_rules', label: 'Uzgodnienie warunków tworzenia i działania ZZK' },
    ],
    completesSteps: [],
  },
};

/** The kinds a PZK of this variant holds, in the order the form offers them. */
export function kindsFor(variant: ModelVariant): MeetingKind[] {
  return MEETING_KIND_KEYS.filter((k) => MEETING_KIND_RULES[k].variants.includes(variant));
}

export const kindAllowed = (kind: MeetingKind, variant: ModelVariant) => MEETING_KIND_RULES[kind].variants.includes(variant);

/** The kind's own agenda points (empty for the monthly and the intervention meeting). */
export const agendaPointsOf = (kind: MeetingKind): readonly AgendaPoint[] => MEETING_KIND_RULES[kind].agenda;

/** Keys that are not agenda points of the kind (what a form must refuse). */
export function unknownAgendaKeys(kind: MeetingKind, keys: readonly string[]): string[] {
  const known = new Set(agendaPointsOf(kind).map((p) => p.key));
  return keys.filter((k) => !known.has(k));
}

/** Every agenda point of the kind, with whether it was done — in the kind's order. */
export function agendaChecklist(kind: MeetingKind, done: readonly string[]): { key: string; label: string; done: boolean }[] {
  const set = new Set(done);
  return agendaPointsOf(kind).map((p) => ({ ...p, done: set.has(p.key) }));
}

/** "Spotkanie inicjujące" — a kind's label at the start of a sentence or a heading. */
export const kindTitle = (kind: MeetingKind) => `${MEETING_KINDS[kind][0].toUpperCase()}${MEETING_KINDS[kind].slice(1)}`;

// ---------------------------------------------------------------------------
// Forming the PZK in Kooperacje 3D: 2 initiating + 1 formalising meeting
// ---------------------------------------------------------------------------

/** How many meetings of each forming kind the model asks for. */
export const FORMING_MEETINGS_REQUIRED = { initiating: 2, formalising: 1 } as const;

export interface FormingCounts {
  initiating: number;
  formalising: number;
}

/** "Tworzenie PZK: spotkania inicjujące 1 z 2, spotkanie formalizujące 0 z 1" (meetings with published minutes). */
export function formingProgressText(c: FormingCounts): string {
  const r = FORMING_MEETINGS_REQUIRED;
  return `Tworzenie PZK: ${plural(r.initiating, WORDS.initiatingMeeting)} ${c.initiating} z ${r.initiating}, ${plural(r.formalising, WORDS.formalisingMeeting)} ${c.formalising} z ${r.formalising}`;
}

/** Whether the PZK has held every forming meeting the model asks for. */
export const formingComplete = (c: FormingCounts) => c.initiating >= FORMING_MEETINGS_REQUIRED.initiating && c.formalising >= FORMING_MEETINGS_REQUIRED.formalising;
