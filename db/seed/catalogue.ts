import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  catalogueChecklistItems,
  catalogueRecurringTasks,
  catalogueStages,
  catalogueSteps,
  catalogueSubsteps,
  catalogueVersions,
} from '../schema';
import type { CatalogueSeed } from './catalogue-data';

/** Writes a catalogue as the next version of its variant; returns the new version's id. */
export async function insertCatalogueVersion(db: DbOrTx, seed: CatalogueSeed, meta: { createdBy?: string | null; note?: string | null } = {}) {
  const [last] = await db
    .select({ version: catalogueVersions.version })
    .from(catalogueVersions)
    .where(eq(catalogueVersions.variant, seed.variant.code))
    .orderBy(desc(catalogueVersions.version))
    .limit(1);
  const [version] = await db
    .insert(catalogueVersions)
    .values({
      variant: seed.variant.code,
      version: (last?.version ?? 0) + 1,
      name: seed.variant.name,
      description: seed.variant.description,
      durationMonths: seed.variant.durationMonths,
      createdBy: meta.createdBy ?? null,
      note: meta.note ?? null,
    })
    .returning({ id: catalogueVersions.id, version: catalogueVersions.version });
  const versionId = version.id;

  const stageIds = new Map<number, number>();
  for (const s of seed.stages) {
    const [row] = await db.insert(catalogueStages).values({ ...s, versionId }).returning({ id: catalogueStages.id });
    stageIds.set(s.number, row.id);
  }
  const stepIds = new Map<number, number>();
  const stageOfStep = new Map<number, 1 | 2 | 3 | 4>();
  for (const s of seed.steps) {
    const [row] = await db
      .insert(catalogueSteps)
      .values({ versionId, stageId: stageIds.get(s.stage)!, number: s.number, name: s.name, description: s.description })
      .returning({ id: catalogueSteps.id });
    stepIds.set(s.number, row.id);
    stageOfStep.set(s.number, s.stage);
  }
  const stageLevel = new Map(seed.stages.map((s) => [s.number, s.level]));
  for (const [position, s] of sortByCode(seed.substeps).entries()) {
    const { checklist, step, ...fields } = s;
    const [row] = await db
      .insert(catalogueSubsteps)
      .values({ ...fields, versionId, stepId: stepIds.get(step)!, position, level: stageLevel.get(stageOfStep.get(step)!)! })
      .returning({ id: catalogueSubsteps.id });
    if (checklist.length) {
      await db.insert(catalogueChecklistItems).values(checklist.map((text, i) => ({ substepId: row.id, position: i, text })));
    }
  }
  if (seed.recurring.length) await db.insert(catalogueRecurringTasks).values(seed.recurring.map((r) => ({ ...r, versionId })));
  return version;
}

/** Sub-step codes in the model's order: "1.1" < "1.2" < "2.1" < "3" < "10.1". */
export function sortByCode<T extends { code: string }>(xs: T[]): T[] {
  const key = (c: string) => c.split('.').map(Number);
  return [...xs].sort((a, b) => {
    const ka = key(a.code);
    const kb = key(b.code);
    return ka[0] - kb[0] || (ka[1] ?? 0) - (kb[1] ?? 0);
  });
}
