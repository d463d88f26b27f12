import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx, type Tx } from '@/db/client';
import { catalogueVersions, type ModelVariant } from '@/db/schema';
import { insertCatalogueVersion } from '@/db/seed/catalogue';
import { audit } from '@/lib/audit';
import type { Actor, Visitor } from '@/lib/auth/actor';
import { authorize, authorizeVisitor } from '@/lib/auth/authorize';
import { AppError, notFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { applyEditToSeed, summariseCatalogueEdit, toSeed, type CatalogueEdit, type CatalogueEditKind } from './catalogue-edit';
import { latestVersionId, loadCatalogue, type Catalogue } from './catalogue-load';
import { recurringEditSchema, stepEditSchema, substepEditSchema, type RecurringEdit, type StepEdit, type SubstepEdit } from './schemas';

export { latestVersionId, loadCatalogue, toSeed, type Catalogue };

export { VARIANT_LABELS } from './labels';

/** The model's description, stages, steps and schedule: public, for visitors without an account too. */
export async function getCatalogue(visitor: Visitor, variant: ModelVariant, versionId?: number) {
  await authorizeVisitor(visitor, 'catalogue.view');
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

/**
 * The one way a catalogue edit is written — the national administrator's direct edit and an
 * accepted proposal both come here: a new version is made from a copy of the base version with
 * the edit applied (NOT_FOUND or INVALID as the form would say). Implementations already running
 * keep their version; an edit based on an outdated version is refused (CONFLICT). Callers authorize.
 */
export async function applyCatalogueEdit(tx: Tx, actor: Actor, e: CatalogueEdit) {
  // Locking the base version makes two edits of it wait for each other, so the second one sees
  // the first one's version below and is refused rather than colliding on the version number.
  const [locked] = await tx.select({ id: catalogueVersions.id }).from(catalogueVersions).where(eq(catalogueVersions.id, e.edit.versionId)).for('update');
  const base = locked ? await loadCatalogue(tx, locked.id) : null;
  if (!base) throw notFoundError('Nie znaleziono takiej wersji katalogu.');
  await mustBeLatest(tx, base);
  const seed = toSeed(base);
  applyEditToSeed(seed, e);
  const created = await insertCatalogueVersion(tx, seed, { createdBy: actor.userId, note: e.edit.note });
  await audit(tx, actor, {
    action: 'catalogue.versioned',
    entityType: 'catalogue',
    entityId: created.id,
    details: { variant: base.variant, version: created.version, ...WHAT[e.kind](e.edit as never), note: e.edit.note },
  });
  return created;
}

/**
 * Runs every check of applyCatalogueEdit without writing: for a proposal, which must be one that
 * could be applied. Returns the base version, what would change and the summary.
 */
export async function checkCatalogueEdit(db: DbOrTx, e: CatalogueEdit) {
  const base = await loadCatalogue(db, e.edit.versionId);
  if (!base) throw notFoundError('Nie znaleziono takiej wersji katalogu.');
  await mustBeLatest(db, base);
  return { base, ...summariseCatalogueEdit(base, e) };
}

async function mustBeLatest(db: DbOrTx, base: Catalogue) {
  if ((await latestVersionId(db, base.variant)) !== base.id) {
    throw new AppError('CONFLICT', 'W międzyczasie powstała nowsza wersja katalogu. Otwórz ją i wprowadź zmianę ponownie.');
  }
}

// What the audit entry names as edited.
const WHAT = {
  substep: (v: SubstepEdit) => ({ substep: v.code }),
  step: (v: StepEdit) => ({ step: v.number }),
  recurring: (v: RecurringEdit) => ({ recurring: v.code }),
} as const;

/** The form schema of each kind of catalogue edit. */
const CATALOGUE_EDIT_SCHEMAS = { substep: substepEditSchema, step: stepEditSchema, recurring: recurringEditSchema } as const;

/** Parses a catalogue edit of the kind with its form's schema (INVALID with every field error). */
export function parseCatalogueEdit(kind: CatalogueEditKind, input: unknown): CatalogueEdit {
  return { kind, edit: parseInput(CATALOGUE_EDIT_SCHEMAS[kind], input) } as CatalogueEdit;
}

async function editCatalogue(actor: Actor, kind: CatalogueEditKind, input: unknown) {
  await authorize(actor, 'catalogue.manage');
  const e = parseCatalogueEdit(kind, input);
  return getDb().transaction((tx) => applyCatalogueEdit(tx, actor, e));
}

/** Edits one sub-step: texts, timing (inside its stage's window) and checklist. */
export const editSubstep = (actor: Actor, input: unknown) => editCatalogue(actor, 'substep', input);

/** Edits a step's name and description. */
export const editStep = (actor: Actor, input: unknown) => editCatalogue(actor, 'step', input);

/** Edits a recurring task: texts, how often, and the months it runs in. */
export const editRecurring = (actor: Actor, input: unknown) => editCatalogue(actor, 'recurring', input);
