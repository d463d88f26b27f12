import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { documentTemplates, type DocumentTemplateRow } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { conflictError, invalidError, notFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { DOCUMENT_KINDS, templateProblems, type DocumentKind } from './template';
import { templateEditSchema } from './template-schema';

/** The current (latest) template of a kind. */
export async function currentTemplate(db: DbOrTx, kind: DocumentKind): Promise<DocumentTemplateRow> {
  const [t] = await db.select().from(documentTemplates).where(eq(documentTemplates.kind, kind)).orderBy(desc(documentTemplates.version)).limit(1);
  if (!t) throw notFoundError('Brak wzoru dokumentu tego rodzaju.');
  return t;
}

export async function templateById(db: DbOrTx, id: number): Promise<DocumentTemplateRow> {
  const [t] = await db.select().from(documentTemplates).where(eq(documentTemplates.id, id));
  if (!t) throw notFoundError('Nie znaleziono wzoru dokumentu.');
  return t;
}

/** Every kind's current version, with how many versions it has had. */
export async function listTemplates() {
  const db = getDb();
  const rows = await db
    .select({ kind: documentTemplates.kind, version: sql<number>`max(${documentTemplates.version})::int`, updatedAt: sql<string>`max(${documentTemplates.createdAt})` })
    .from(documentTemplates)
    .groupBy(documentTemplates.kind);
  return DOCUMENT_KINDS.map((kind) => rows.find((r) => r.kind === kind)).filter((r) => !!r);
}

/** A kind's versions, newest first (for the editor's history). */
export async function templateHistory(kind: DocumentKind) {
  return getDb()
    .select({ id: documentTemplates.id, version: documentTemplates.version, changeNote: documentTemplates.changeNote, createdAt: documentTemplates.createdAt, title: sql<string>`${documentTemplates.body}->>'title'` })
    .from(documentTemplates)
    .where(eq(documentTemplates.kind, kind))
    .orderBy(desc(documentTemplates.version));
}

/**
 * Saves an edited template as a new version. `baseVersion` is the version the editor started from:
 * if someone saved another version meanwhile, the edit is refused (nothing is overwritten).
 */
export async function saveTemplateVersion(actor: Actor, input: unknown) {
  await authorize(actor, 'template.manage');
  const v = parseInput(templateEditSchema, input);
  const problems = templateProblems(v.body);
  if (Object.keys(problems).length) throw invalidError(Object.fromEntries(Object.entries(problems).map(([k, m]) => [`body.${k}`, m])), 'Wzór zawiera błędy — popraw zaznaczone pola.');
  const db = getDb();
  return db.transaction(async (tx) => {
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
  });
}

export async function templateVersion(kind: DocumentKind, version: number) {
  const [t] = await getDb()
    .select()
    .from(documentTemplates)
    .where(and(eq(documentTemplates.kind, kind), eq(documentTemplates.version, version)));
  return t ?? null;
}
