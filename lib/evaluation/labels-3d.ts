import type { ModelVariant } from '@/db/schema';
import { wordsFor } from '@/lib/model/variant';
import type { Figures } from './aggregate';
import type { Figures3dCounts } from './figures-3d';
import { figureSections, num, RURAL_FIGURE_LABELS, type FigureLine, type FigureSection, type VariantFigureLabels } from './labels';

/*
 * The report's words for Kooperacje 3D (issue 17, item 7): the variant's words where the two
 * models differ, and the 3D figures per town. Kept apart from labels.ts, which client forms import.
 */

const W3D = wordsFor('urban_3d');

const VARIANT_FIGURE_LABELS: Record<ModelVariant, VariantFigureLabels> = {
  rural: RURAL_FIGURE_LABELS,
  urban_3d: {
    services: `Karty usług (${W3D.serviceList})`,
    servicesAdded: 'Karty usług dodane od rozpoczęcia wdrożenia',
    servicesUpdated: 'Karty usług zaktualizowane od rozpoczęcia wdrożenia',
    supervisions: `Superwizje (w pracy ${W3D.caseTeamShort} z rodzinami)`,
    casesTitle: `Praca z osobami i rodzinami (${W3D.caseTeamShort})`,
  },
};

/** The figure sections in the words of the implementation's variant. */
export const sectionsFor = (f: Figures, variant: ModelVariant): FigureSection[] => figureSections(f, VARIANT_FIGURE_LABELS[variant]);

/** The report's section of the 3D figures. */
export const THREE_D_TITLE = 'Kooperacje 3D';

/** "512 godz.", "1,5 godz." */
export const hoursText = (n: number) => `${num(n)} godz.`;

/** A town's (or the total's) 3D figures as a table, a number per line (the CSV keeps them as numbers). */
export function threeDLines(t: Figures3dCounts): FigureLine[] {
  return [
    { key: 'initiating', label: 'Spotkania inicjujące PZK (protokół opublikowany)', value: num(t.initiatingMeetings) },
    { key: 'formalising', label: 'Spotkania formalizujące PZK (protokół opublikowany)', value: num(t.formalisingMeetings) },
    { key: 'zzkMeetings', label: `Spotkania ${W3D.caseTeamShort}`, value: num(t.zzkMeetings) },
    { key: 'zzkWithFamily', label: `Spotkania ${W3D.caseTeamShort} z udziałem rodziny`, value: num(t.zzkMeetingsWithFamily) },
    { key: 'zzkWithoutFamily', label: `Spotkania ${W3D.caseTeamShort} bez udziału rodziny`, value: num(t.zzkMeetings - t.zzkMeetingsWithFamily) },
    { key: 'decisionsOpen', label: `Ustalenia ${W3D.caseTeamShort} w realizacji`, value: num(t.zzkDecisionsOpen) },
    { key: 'decisionsDone', label: `Ustalenia ${W3D.caseTeamShort} wykonane`, value: num(t.zzkDecisionsDone) },
    { key: 'coachingHours', label: 'Coaching — godziny', value: hoursText(t.coachingHours), number: t.coachingHours },
    { key: 'coachingSessions', label: 'Coaching — sesje', value: num(t.coachingSessions) },
    { key: 'supervisionHours', label: `Superwizja w ${W3D.caseTeamShort} — godziny`, value: hoursText(t.supervisionHours), number: t.supervisionHours },
    { key: 'supervisionSessions', label: `Superwizja w ${W3D.caseTeamShort} — sesje`, value: num(t.supervisionSessions) },
    { key: 'internalTrainings', label: 'Szkolenia wewnętrzne — liczba', value: num(t.internalTrainingSessions) },
    { key: 'internalTrainingHours', label: 'Szkolenia wewnętrzne — godziny', value: hoursText(t.internalTrainingHours), number: t.internalTrainingHours },
    { key: 'internalTrainingParticipants', label: 'Szkolenia wewnętrzne — uczestnicy', value: num(t.internalTrainingParticipants) },
    { key: 'lkuCards', label: `Karty usług w ${W3D.serviceListShort}`, value: num(t.lkuCards) },
  ];
}

/**
 * The 3D figures in a few sentences, as the pilot reports them: "Spotkania ZZK: 39, w tym 9 z
 * udziałem rodziny", "Coaching: 512 godz., superwizja: 36 godz.", "Karty usług w LKU: 24",
 * "Spotkania tworzące PZK: inicjujące 2, formalizujące 1".
 */
export function threeDSummary(t: Figures3dCounts): string[] {
  return [
    `Spotkania tworzące PZK: inicjujące ${num(t.initiatingMeetings)}, formalizujące ${num(t.formalisingMeetings)}`,
    `Spotkania ${W3D.caseTeamShort}: ${num(t.zzkMeetings)}, w tym ${num(t.zzkMeetingsWithFamily)} z udziałem rodziny`,
    `Ustalenia ${W3D.caseTeamShort}: w realizacji ${num(t.zzkDecisionsOpen)}, wykonane ${num(t.zzkDecisionsDone)}`,
    `Coaching: ${hoursText(t.coachingHours)}, superwizja: ${hoursText(t.supervisionHours)}`,
    `Szkolenia wewnętrzne: ${num(t.internalTrainingSessions)}, ${hoursText(t.internalTrainingHours)}`,
    `Karty usług w ${W3D.serviceListShort}: ${num(t.lkuCards)}`,
  ];
}
