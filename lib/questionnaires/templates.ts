import 'server-only';
import { and, asc, desc, eq, isNull, max, or } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { questionnaireTemplates } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { clock } from '@/lib/clock';
import { AppError, conflictError, invalidError, notFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { templateActiveSchema, templateSchema } from './schemas';

/*
 * Questionnaire templates are data kept by ROPS. The model's own (voivodeshipId null) are shared by
 * every województwo; a ROPS adds its own templates or a new version of any it sees. A version is
 * never changed: answers keep the version they were given on. A województwo uses, for each key,
 * the highest active version it sees.
 */

export const templateColumns = {
  id: questionnaireTemplates.id,
  voivodeshipId: questionnaireTemplates.voivodeshipId,
  key: questionnaireTemplates.key,
  version: questionnaireTemplates.version,
  audience: questionnaireTemplates.audience,
  title: questionnaireTemplates.title,
  intro: questionnaireTemplates.intro,
  questions: questionnaireTemplates.questions,
  active: questionnaireTemplates.active,
  createdAt: questionnaireTemplates.createdAt,
};
export type TemplateRow = Omit<typeof questionnaireTemplates.$inferSelect, 'createdBy'>;

/** The templates a województwo sees: the model's own and its ROPS's. */
export const visibleIn = (voivodeshipId: number) => or(isNull(questionnaireTemplates.voivodeshipId), eq(questionnaireTemplates.voivodeshipId, voivodeshipId));

/** Every version a województwo sees, newest first within each key. */
export async function unsafeTemplatesIn(db: DbOrTx, voivodeshipId: number): Promise<TemplateRow[]> {
  return db.select(templateColumns).from(questionnaireTemplates).where(visibleIn(voivodeshipId)).orderBy(asc(questionnaireTemplates.key), desc(questionnaireTemplates.version));
}

/** For each key the highest active version: the templates given out in this województwo. */
export async function unsafeCurrentTemplates(db: DbOrTx, voivodeshipId: number): Promise<TemplateRow[]> {
  const all = await unsafeTemplatesIn(db, voivodeshipId);
  const seen = new Set<string>();
  return all.filter((t) => t.active && !seen.has(t.key) && seen.add(t.key));
}

/** The ROPS list: current and older versions of every template it sees. */
export async function listTemplates(actor: Actor) {
  await authorize(actor, 'questionnaire.template', { voivodeshipId: actor.scope.voivodeshipId, powiatId: null, gminaId: null });
  return unsafeTemplatesIn(getDb(), actor.scope.voivodeshipId);
}

/** One version for the preview, if this ROPS sees it. */
export async function getTemplate(actor: Actor, id: number): Promise<TemplateRow> {
  await authorize(actor, 'questionnaire.template', { voivodeshipId: actor.scope.voivodeshipId, powiatId: null, gminaId: null });
  const [t] = await getDb()
    .select(templateColumns)
    .from(questionnaireTemplates)
    .where(and(eq(questionnaireTemplates.id, id), visibleIn(actor.scope.voivodeshipId)));
  if (!t) throw notFoundError('Nie znaleziono wzoru ankiety.');
  return t;
}

/**
 * Saves a template as a new version: of the template `baseId` (its key and audience kept; refused
 * when a newer version appeared since the form was opened) or, without it, a new template of this
 * ROPS under a key no template uses yet.
 */
export async function saveTemplateVersion(actor: Actor, input: unknown): Promise<{ id: number; version: number }> {
  const v = parseInput(templateSchema, input);
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'questionnaire.template', { voivodeshipId, powiatId: null, gminaId: null });
  return getDb().transaction(async (tx) => {
    // Lock the key's versions so that two saves number their versions one after another.
    const existing = await tx
      .select({ id: questionnaireTemplates.id, version: questionnaireTemplates.version, audience: questionnaireTemplates.audience })
      .from(questionnaireTemplates)
      .where(and(eq(questionnaireTemplates.key, v.key), visibleIn(voivodeshipId)))
      .for('update');
    let audience = v.audience;
    if (v.baseId != null) {
      const base = existing.find((e) => e.id === v.baseId);
      if (!base) throw notFoundError('Nie znaleziono wzoru ankiety.');
      const [{ latest }] = await tx.select({ latest: max(questionnaireTemplates.version) }).from(questionnaireTemplates).where(and(eq(questionnaireTemplates.key, v.key), visibleIn(voivodeshipId)));
      if ((latest ?? 0) !== base.version) throw conflictError();
      audience = base.audience;
    } else if (existing.length) {
      throw invalidError({ key: ['Wzór z takim kluczem już istnieje — dodaj jego nową wersję.'] });
    }
    const [{ latest }] = await tx.select({ latest: max(questionnaireTemplates.version) }).from(questionnaireTemplates).where(and(eq(questionnaireTemplates.key, v.key), visibleIn(voivodeshipId)));
    const version = (latest ?? 0) + 1;
    const [row] = await tx
      .insert(questionnaireTemplates)
      .values({ voivodeshipId, key: v.key, version, audience, title: v.title, intro: v.intro, questions: v.questions, active: true, createdBy: actor.userId, createdAt: clock.now() })
      .returning({ id: questionnaireTemplates.id, version: questionnaireTemplates.version });
    await audit(tx, actor, { action: 'questionnaire.template_saved', entityType: 'questionnaire_template', entityId: row.id, voivodeshipId, details: { key: v.key, version } });
    return row;
  });
}

/**
 * ROPS switches one version of its own template off — animators no longer give it out (an older
 * active version of the same template, if any, is given instead); links already given still take
 * their answers and the answers stay in the reports — or on again. The model's own templates are
 * shared by every województwo and are not switched off by one ROPS.
 */
export async function setTemplateActive(actor: Actor, input: unknown): Promise<{ id: number; active: boolean }> {
  const v = parseInput(templateActiveSchema, input);
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'questionnaire.template', { voivodeshipId, powiatId: null, gminaId: null });
  return getDb().transaction(async (tx) => {
    const [t] = await tx
      .select({ id: questionnaireTemplates.id, voivodeshipId: questionnaireTemplates.voivodeshipId, key: questionnaireTemplates.key, version: questionnaireTemplates.version, active: questionnaireTemplates.active })
      .from(questionnaireTemplates)
      .where(and(eq(questionnaireTemplates.id, v.templateId), visibleIn(voivodeshipId)))
      .for('update');
    if (!t) throw notFoundError('Nie znaleziono wzoru ankiety.');
    if (t.voivodeshipId === null) throw new AppError('INVALID', 'Wzory Modelu są wspólne dla wszystkich województw — nie wyłącza się ich w jednym. Dodaj ich nową wersję ROPS albo własny wzór.');
    // Already as asked (a second click, a colleague's click): nothing to write.
    if (t.active === v.active) return { id: t.id, active: t.active };
    await tx.update(questionnaireTemplates).set({ active: v.active }).where(eq(questionnaireTemplates.id, t.id));
    await audit(tx, actor, { action: v.active ? 'questionnaire.template_enabled' : 'questionnaire.template_disabled', entityType: 'questionnaire_template', entityId: t.id, voivodeshipId, details: { key: t.key, version: t.version } });
    return { id: t.id, active: v.active };
  });
}

/** A template of the given id seen in the województwo, for giving out (active only). */
export async function unsafeGivableTemplate(db: DbOrTx, voivodeshipId: number, templateId: number) {
  const current = await unsafeCurrentTemplates(db, voivodeshipId);
  const t = current.find((c) => c.id === templateId);
  if (!t) throw new AppError('INVALID', 'Tej ankiety nie można już wydać — wybierz aktualną wersję z listy.', { templateId: ['Wybierz ankietę z listy.'] });
  return t;
}
