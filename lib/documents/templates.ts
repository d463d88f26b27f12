import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb, type DbOrTx } from '@/db/client';
import { documentTemplates, type DocumentTemplateRow } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { conflictError, invalidError, notFoundError } from '@/lib/errors';
import { requireEditMode } from '@/lib/model/edit-mode';
import { parseInput } from '@/lib/validation/parse';
import { currentTemplate } from './store';
import { DOCUMENT_KINDS, templateProblems, type DocumentKind } from './template';
import { templateEditSchema } from './template-schema';

/**
 * Every kind's current version, for the list of templates: the national administrator edits them,
 * ROPS administrators propose changes (`mode`).
 */
export async function listTemplates(actor: Actor) {
  const mode = await requireEditMode(actor, 'template.manage');
  const db = getDb();
  const rows = await db
    .select({ kind: documentTemplates.kind, version: sql<number>`max(${documentTemplates.version})::int`, updatedAt: sql<string>`max(${documentTemplates.createdAt})` })
    .from(documentTemplates)
    .groupBy(documentTemplates.kind);
  return { mode, templates: DOCUMENT_KINDS.map((kind) => rows.find((r) => r.kind === kind)).filter((r) => !!r) };
}

/** What the template editor shows: the current version and every earlier one, newest first; how it saves. */
export async function getTemplateForEdit(actor: Actor, kind: DocumentKind) {
  const mode = await requireEditMode(actor, 'template.manage');
  const db = getDb();
  const [current, history] = await Promise.all([currentTemplate(db, kind), templateHistory(kind)]);
  return { mode, current, history };
}

function templateHistory(kind: DocumentKind) {
  return getDb()
    .select({ id: documentTemplates.id, version: documentTemplates.version, changeNote: documentTemplates.changeNote, createdAt: documentTemplates.createdAt, title: sql<string>`${documentTemplates.body}->>'title'` })
    .from(documentTemplates)
    .where(eq(documentTemplates.kind, kind))
    .orderBy(desc(documentTemplates.version));
}

export type TemplateEdit = z.output<typeof templateEditSchema>;

/**
 * Parses an edited template and checks it can be used (placeholders, keys): the same checks for a
 * direct save and for a proposal. INVALID carries every field error keyed like the editor's names.
 */
export function parseTemplateEdit(input: unknown): TemplateEdit {
  const v = parseInput(templateEditSchema, input);
  const problems = templateProblems(v.body);
  if (Object.keys(problems).length) throw invalidError(Object.fromEntries(Object.entries(problems).map(([k, m]) => [`body.${k}`, m])));
  return v;
}

/**
 * Saves an edited template as a new version. `baseVersion` is the version the editor started from:
 * if someone saved another version meanwhile, the edit is refused (nothing is overwritten).
 */
export async function saveTemplateVersion(actor: Actor, input: unknown) {
  await authorize(actor, 'template.manage');
  const v = parseTemplateEdit(input);
  return getDb().transaction((tx) => applyTemplateEdit(tx, actor, v));
}

/**
 * The one way a template version is written — the national administrator's direct save and an
 * accepted proposal both come here. A stale `baseVersion` is refused (CONFLICT). Callers authorize.
 */
export async function applyTemplateEdit(tx: DbOrTx, actor: Actor, v: TemplateEdit) {
  const current = await currentTemplate(tx, v.kind);
  if (current.version !== v.baseVersion) throw conflictError();
  const [row] = await tx
    .insert(documentTemplates)
    .values({ kind: v.kind, version: current.version + 1, body: v.body, changeNote: v.changeNote, createdBy: actor.userId })
    .onConflictDoNothing()
    .returning({ id: documentTemplates.id, version: documentTemplates.version });
  // Two editors saving at the same moment: the unique (kind, version) lets only one through.
  if (!row) throw conflictError();
  await audit(tx, actor, { action: 'template.versioned', entityType: 'document_template', entityId: row.id, details: { kind: v.kind, version: row.version } });
  return row;
}
