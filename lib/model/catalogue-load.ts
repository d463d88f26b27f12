import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { catalogueVersions, type ModelVariant } from '@/db/schema';

// Reading a catalogue version; free of 'server-only' so seed scripts can use it too.

/** One catalogue version with everything under it, in the model's order. */
export async function loadCatalogue(db: DbOrTx, versionId: number) {
  const version = await db.query.catalogueVersions.findFirst({
    where: eq(catalogueVersions.id, versionId),
    with: {
      stages: { orderBy: (s, { asc }) => [asc(s.number)] },
      steps: { orderBy: (s, { asc }) => [asc(s.number)] },
      substeps: { orderBy: (s, { asc }) => [asc(s.position)], with: { checklist: { orderBy: (c, { asc }) => [asc(c.position)] } } },
      recurring: { orderBy: (r, { asc }) => [asc(r.id)] },
    },
  });
  if (!version) return null;
  const stageOfStep = new Map(version.steps.map((s) => [s.id, version.stages.find((st) => st.id === s.stageId)!]));
  const substeps = version.substeps.map((s) => {
    const step = version.steps.find((st) => st.id === s.stepId)!;
    return { ...s, stepNumber: step.number, stageNumber: stageOfStep.get(step.id)!.number };
  });
  return { ...version, substeps };
}
export type Catalogue = NonNullable<Awaited<ReturnType<typeof loadCatalogue>>>;

export async function latestVersionId(db: DbOrTx, variant: ModelVariant): Promise<number | null> {
  const [row] = await db
    .select({ id: catalogueVersions.id })
    .from(catalogueVersions)
    .where(eq(catalogueVersions.variant, variant))
    .orderBy(desc(catalogueVersions.version))
    .limit(1);
  return row?.id ?? null;
}

