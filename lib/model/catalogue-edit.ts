import type { ModelVariant } from '@/db/schema';
import type { CatalogueSeed } from '@/db/seed/catalogue-data';
import { sortByCode } from '@/db/seed/catalogue';
import { invalidError, notFoundError } from '@/lib/errors';
import type { Catalogue } from './catalogue-load';
import { changeSummary, fieldChanges, type Change } from './changes';
import { CADENCE_LABELS } from './labels';
import type { RecurringEdit, StepEdit, SubstepEdit } from './schemas';

// The catalogue edits as pure functions on a catalogue's seed shape: the direct edit, a proposal's
// check and its "before → after" page all run the same code. Free of 'server-only' (demo seed).

/** One edit of the catalogue, parsed by its form's schema. */
export type CatalogueEdit = { kind: 'substep'; edit: SubstepEdit } | { kind: 'step'; edit: StepEdit } | { kind: 'recurring'; edit: RecurringEdit };
export type CatalogueEditKind = CatalogueEdit['kind'];

export const VARIANT_SHORT: Record<ModelVariant, string> = { rural: 'gminy wiejskie', urban_3d: 'Kooperacje 3D' };

/** The catalogue back in its seed shape — the unit that a new version is written from. */
export function toSeed(c: Catalogue): CatalogueSeed {
  return {
    variant: { code: c.variant, name: c.name, description: c.description, durationMonths: c.durationMonths },
    stages: c.stages.map((s) => ({ number: s.number as 1 | 2 | 3 | 4, name: s.name, description: s.description, level: s.level, startMonth: s.startMonth, durationMonths: s.durationMonths })),
    steps: c.steps.map((s) => ({ number: s.number, stage: c.stages.find((st) => st.id === s.stageId)!.number as 1 | 2 | 3 | 4, name: s.name, description: s.description })),
    substeps: sortByCode(
      c.substeps.map((s) => ({
        code: s.code,
        step: s.stepNumber,
        name: s.name,
        description: s.description,
        responsible: s.responsible,
        startMonth: s.startMonth,
        durationMonths: s.durationMonths,
        evidence: s.evidence,
        evidenceLabel: s.evidenceLabel,
        checklist: s.checklist.map((i) => i.text),
      })),
    ),
    recurring: c.recurring.map(({ code, name, description, responsible, cadence, level, fromMonth, toMonth }) => ({ code, name, description, responsible, cadence, level, fromMonth, toMonth })),
  };
}

/**
 * Applies an edit to a catalogue in its seed shape (in place), refusing it as the edit form would
 * (NOT_FOUND, or INVALID with field errors). Returns what it changed and the summary's subject.
 */
export function applyEditToSeed(seed: CatalogueSeed, e: CatalogueEdit): { subject: string; changes: Change[] } {
  const variant = ` (${VARIANT_SHORT[seed.variant.code]})`;
  switch (e.kind) {
    case 'substep': {
      const v = e.edit;
      const target = seed.substeps.find((s) => s.code === v.code);
      if (!target) throw notFoundError('Nie ma takiego podkroku w katalogu.');
      const stage = seed.stages.find((st) => st.number === seed.steps.find((s) => s.number === target.step)!.stage)!;
      const stageEnd = stage.startMonth + stage.durationMonths - 1;
      if (v.startMonth < stage.startMonth || v.startMonth + v.durationMonths - 1 > stageEnd) {
        throw invalidError({ startMonth: [`Podkrok musi mieścić się w oknie etapu: miesiące od ${stage.startMonth} do ${stageEnd}.`] });
      }
      const changes = fieldChanges([
        { label: 'Nazwa', topic: 'nazwy', before: target.name, after: v.name },
        { label: 'Opis', topic: 'opisu', before: target.description, after: v.description },
        { label: 'Miesiąc rozpoczęcia', topic: 'terminów', before: String(target.startMonth), after: String(v.startMonth) },
        { label: 'Czas trwania (miesiące)', topic: 'terminów', before: String(target.durationMonths), after: String(v.durationMonths) },
        { label: 'Lista kontrolna', topic: 'listy kontrolnej', before: target.checklist.join('\n'), after: v.checklist.join('\n') },
      ]);
      Object.assign(target, { name: v.name, description: v.description, startMonth: v.startMonth, durationMonths: v.durationMonths, checklist: v.checklist });
      return { subject: `Podkrok ${v.code}${variant}`, changes };
    }
    case 'step': {
      const v = e.edit;
      const target = seed.steps.find((s) => s.number === v.number);
      if (!target) throw notFoundError('Nie ma takiego kroku w katalogu.');
      const changes = fieldChanges([
        { label: 'Nazwa', topic: 'nazwy', before: target.name, after: v.name },
        { label: 'Opis', topic: 'opisu', before: target.description, after: v.description },
      ]);
      Object.assign(target, { name: v.name, description: v.description });
      return { subject: `Krok ${v.number}${variant}`, changes };
    }
    case 'recurring': {
      const v = e.edit;
      const target = seed.recurring.find((r) => r.code === v.code);
      if (!target) throw notFoundError('Nie ma takiego zadania cyklicznego w katalogu.');
      const changes = fieldChanges([
        { label: 'Nazwa', topic: 'nazwy', before: target.name, after: v.name },
        { label: 'Opis', topic: 'opisu', before: target.description, after: v.description },
        { label: 'Częstotliwość', topic: 'częstotliwości', before: CADENCE_LABELS[target.cadence], after: CADENCE_LABELS[v.cadence] },
        { label: 'Od miesiąca', topic: 'terminów', before: String(target.fromMonth), after: String(v.fromMonth) },
        { label: 'Do miesiąca', topic: 'terminów', before: String(target.toMonth), after: String(v.toMonth) },
      ]);
      const subject = `Zadanie cykliczne „${target.name}”${variant}`;
      Object.assign(target, { name: v.name, description: v.description, cadence: v.cadence, fromMonth: v.fromMonth, toMonth: v.toMonth });
      return { subject, changes };
    }
  }
}

/** The one-line summary of a catalogue edit against its base version (throws as applyEditToSeed). */
export function summariseCatalogueEdit(base: Catalogue, e: CatalogueEdit): { summary: string; changes: Change[] } {
  const { subject, changes } = applyEditToSeed(toSeed(base), e);
  return { summary: changeSummary(subject, changes), changes };
}
