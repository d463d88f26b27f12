import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { catalogueVersions, type ModelVariant } from '@/db/schema';
import { insertCatalogueVersion, sortByCode } from '@/db/seed/catalogue';
import { latestVersionId, loadCatalogue, type Catalogue } from './catalogue-load';

export { latestVersionId, loadCatalogue, type Catalogue };
import type { CatalogueSeed } from '@/db/seed/catalogue-data';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { AppError, invalidError, notFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { recurringEditSchema, stepEditSchema, substepEditSchema } from './schemas';

export const VARIANT_LABELS: Record<ModelVariant, string> = {
  rural: 'Model Kooperacji dla gmin wiejskich',
  urban_3d: 'Kooperacje 3D (miasta powyżej 20 tys. mieszkańców)',
};

export async function getCatalogue(actor: Actor, variant: ModelVariant, versionId?: number) {
  await authorize(actor, 'catalogue.view');
  const db = getDb();
  const id = versionId ?? (await latestVersionId(db, variant));
  const catalogue = id ? await loadCatalogue(db, id) : null;
  if (!catalogue || catalogue.variant !== variant) throw notFoundError('Nie znaleziono takiej wersji katalogu.');
  const versions = await db
    .select({ id: catalogueVersions.id, version: catalogueVersions.version, createdAt: catalogueVersions.createdAt, note: catalogueVersions.note })
    .from(catalogueVersions)
    .where(eq(catalogueVersions.variant, variant))
    .orderBy(asc(catalogueVersions.version));
  return { catalogue, versions, latestId: versions.at(-1)!.id };
}

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

type Seed = CatalogueSeed;

/**
 * Writes a change to the catalogue as a new version of it: `change` edits a copy of the base
 * version (throwing INVALID or NOT_FOUND as needed). Implementations already running keep their
 * version; a change based on an outdated version is refused. Callers authorize first.
 */
async function saveAsNewVersion(actor: Actor, versionId: number, note: string | undefined, what: Record<string, unknown>, change: (seed: Seed) => void) {
  return getDb().transaction(async (tx) => {
    const base = await loadCatalogue(tx, versionId);
    if (!base) throw notFoundError('Nie znaleziono takiej wersji katalogu.');
    if ((await latestVersionId(tx, base.variant)) !== base.id) {
      throw new AppError('CONFLICT', 'W międzyczasie powstała nowsza wersja katalogu. Otwórz ją i wprowadź zmianę ponownie.');
    }
    const seed = toSeed(base);
    change(seed);
    const created = await insertCatalogueVersion(tx, seed, { createdBy: actor.userId, note });
    await audit(tx, actor, {
      action: 'catalogue.versioned',
      entityType: 'catalogue',
      entityId: created.id,
      voivodeshipId: actor.scope.voivodeshipId,
      details: { variant: base.variant, version: created.version, ...what, note },
    });
    return created;
  });
}

/** Edits one sub-step: texts, timing (inside its stage's window) and checklist. */
export async function editSubstep(actor: Actor, input: unknown) {
  await authorize(actor, 'catalogue.manage');
  const v = parseInput(substepEditSchema, input);
  return saveAsNewVersion(actor, v.versionId, v.note, { substep: v.code }, (seed) => {
    const target = seed.substeps.find((s) => s.code === v.code);
    if (!target) throw notFoundError('Nie ma takiego podkroku w katalogu.');
    const stage = seed.stages.find((st) => st.number === seed.steps.find((s) => s.number === target.step)!.stage)!;
    const stageEnd = stage.startMonth + stage.durationMonths - 1;
    if (v.startMonth < stage.startMonth || v.startMonth + v.durationMonths - 1 > stageEnd) {
      throw invalidError({ startMonth: [`Podkrok musi mieścić się w oknie etapu: miesiące od ${stage.startMonth} do ${stageEnd}.`] });
    }
    Object.assign(target, { name: v.name, description: v.description, startMonth: v.startMonth, durationMonths: v.durationMonths, checklist: v.checklist });
  });
}

/** Edits a step's name and description. */
export async function editStep(actor: Actor, input: unknown) {
  await authorize(actor, 'catalogue.manage');
  const v = parseInput(stepEditSchema, input);
  return saveAsNewVersion(actor, v.versionId, v.note, { step: v.number }, (seed) => {
    const target = seed.steps.find((s) => s.number === v.number);
    if (!target) throw notFoundError('Nie ma takiego kroku w katalogu.');
    Object.assign(target, { name: v.name, description: v.description });
  });
}

/** Edits a recurring task: texts, how often, and the months it runs in. */
export async function editRecurring(actor: Actor, input: unknown) {
  await authorize(actor, 'catalogue.manage');
  const v = parseInput(recurringEditSchema, input);
  return saveAsNewVersion(actor, v.versionId, v.note, { recurring: v.code }, (seed) => {
    const target = seed.recurring.find((r) => r.code === v.code);
    if (!target) throw notFoundError('Nie ma takiego zadania cyklicznego w katalogu.');
    Object.assign(target, { name: v.name, description: v.description, cadence: v.cadence, fromMonth: v.fromMonth, toMonth: v.toMonth });
  });
}
