import 'server-only';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type DbOrTx, type Tx } from '@/db/client';
import { documentTemplates, modelChangeProposals, users, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, mayEver } from '@/lib/auth/policy';
import { templateChangeSummary, templateChanges } from '@/lib/documents/template-changes';
import { applyTemplateEdit, parseTemplateEdit, type TemplateEdit } from '@/lib/documents/templates';
import { currentTemplate } from '@/lib/documents/store';
import { DOCUMENT_KIND_LABELS } from '@/lib/documents/template';
import { AppError, conflictError, notFoundError } from '@/lib/errors';
import { appUrl, notifyUsers } from '@/lib/notifications/outbox';
import { parseInput } from '@/lib/validation/parse';
import { summariseCatalogueEdit, type CatalogueEdit, type CatalogueEditKind } from './catalogue-edit';
import { applyCatalogueEdit, checkCatalogueEdit, latestVersionId, loadCatalogue, parseCatalogueEdit, VARIANT_LABELS } from './catalogue';
import type { Change } from './changes';
import { acceptProposalSchema, returnProposalSchema } from './schemas';
import { clock } from '@/lib/clock';

/*
 * Changes to the national model proposed by ROPS administrators. A proposal holds the edit form's
 * parsed input; it is checked exactly as the direct edit would be when it is made, and applied
 * through the same function (applyCatalogueEdit / applyTemplateEdit) when the national
 * administrator accepts it.
 */

export type ProposalKind = CatalogueEditKind | 'template';
type ModelChangeProposal = typeof modelChangeProposals.$inferSelect;

const NOT_FOUND = 'Nie znaleziono takiej propozycji.';
const STALE =
  'Od czasu złożenia tej propozycji powstała nowsza wersja, więc nie można jej już przyjąć. Zwróć ją autorowi z prośbą o przygotowanie zmiany na aktualnej wersji.';

async function mayPropose(actor: Actor) {
  await authorize(actor, 'model_change.propose', { voivodeshipId: actor.scope.voivodeshipId });
}

async function insertProposal(tx: Tx, actor: Actor, kind: ProposalKind, payload: object, summary: string, changes: Change[]) {
  if (!changes.length) throw new AppError('INVALID', 'Propozycja niczego nie zmienia — zmień co najmniej jedno pole.');
  const voivodeshipId = actor.scope.voivodeshipId;
  const [row] = await tx
    .insert(modelChangeProposals)
    .values({ kind, payload: payload as Record<string, unknown>, summary, voivodeshipId, proposedBy: actor.userId })
    .returning({ id: modelChangeProposals.id });
  await audit(tx, actor, { action: 'model_change.proposed', entityType: 'model_change', entityId: row.id, voivodeshipId, details: { kind, summary } });
  return { id: row.id, summary };
}

/**
 * A ROPS administrator proposes an edit of the catalogue (a sub-step, step or recurring task). The
 * edit form's input is checked as the direct edit checks it — a change that could not be applied
 * is refused now, with the same field errors.
 */
export async function proposeCatalogueChange(actor: Actor, kind: CatalogueEditKind, input: unknown) {
  await mayPropose(actor);
  const e = parseCatalogueEdit(kind, input);
  return getDb().transaction(async (tx) => {
    const { summary, changes } = await checkCatalogueEdit(tx, e);
    return insertProposal(tx, actor, kind, e.edit, summary, changes);
  });
}

/** A ROPS administrator proposes a new version of a document template (checked as a direct save). */
export async function proposeTemplateChange(actor: Actor, input: unknown) {
  await mayPropose(actor);
  const v = parseTemplateEdit(input);
  return getDb().transaction(async (tx) => {
    const current = await currentTemplate(tx, v.kind);
    if (current.version !== v.baseVersion) throw conflictError();
    const changes = templateChanges(current.body, v.body);
    return insertProposal(tx, actor, 'template', v, templateChangeSummary(v.kind, changes), changes);
  });
}

/** The proposals the actor may read: all for the national administrator, their own województwo's for ROPS. */
async function readable(actor: Actor): Promise<SQL> {
  if (can(actor.scope, 'model_change.decide')) return sql`true`;
  await mayPropose(actor);
  return eq(modelChangeProposals.voivodeshipId, actor.scope.voivodeshipId);
}

const proposer = alias(users, 'proposer');
const decider = alias(users, 'decider');

/** The list of proposals, those waiting for a decision first, then the newest. */
export async function listProposals(actor: Actor) {
  const where = await readable(actor);
  const p = modelChangeProposals;
  return getDb()
    .select({
      id: p.id,
      kind: p.kind,
      summary: p.summary,
      status: p.status,
      proposedAt: p.proposedAt,
      decidedAt: p.decidedAt,
      voivodeshipName: voivodeships.name,
      proposerName: proposer.name,
    })
    .from(p)
    .leftJoin(voivodeships, eq(voivodeships.id, p.voivodeshipId))
    .leftJoin(proposer, eq(proposer.id, p.proposedBy))
    .where(where)
    .orderBy(sql`${p.status} = 'pending' desc`, desc(p.proposedAt), desc(p.id))
    .limit(500);
}

/** How many proposals wait for a decision (the pulpit); null for a role that has none. */
export async function pendingProposalCount(actor: Actor): Promise<number | null> {
  const decide = mayEver(actor.scope, 'model_change.decide');
  if (!decide && !can(actor.scope, 'model_change.propose', { voivodeshipId: actor.scope.voivodeshipId })) return null;
  const [row] = await getDb()
    .select({ n: count() })
    .from(modelChangeProposals)
    .where(and(eq(modelChangeProposals.status, 'pending'), decide ? undefined : eq(modelChangeProposals.voivodeshipId, actor.scope.voivodeshipId)));
  return row.n;
}

/**
 * One proposal with what it changes (each field before → after, against the version it was made
 * on), whether that version is still the current one, and where the changed item lives.
 */
export async function getProposal(actor: Actor, id: number) {
  const where = await readable(actor);
  const p = modelChangeProposals;
  const db = getDb();
  const [row] = await db
    .select({
      proposal: p,
      voivodeshipName: voivodeships.name,
      proposerName: proposer.name,
      deciderName: decider.name,
    })
    .from(p)
    .leftJoin(voivodeships, eq(voivodeships.id, p.voivodeshipId))
    .leftJoin(proposer, eq(proposer.id, p.proposedBy))
    .leftJoin(decider, eq(decider.id, p.decidedBy))
    .where(and(eq(p.id, id), where));
  if (!row) throw notFoundError(NOT_FOUND);
  const { proposal, ...names } = row;
  const view = await describe(db, proposal);
  return {
    proposal: { ...names, id: proposal.id, kind: proposal.kind as ProposalKind, summary: proposal.summary, status: proposal.status, proposedAt: proposal.proposedAt, decidedAt: proposal.decidedAt, decisionNote: proposal.decisionNote },
    ...view,
    canDecide: proposal.status === 'pending' && can(actor.scope, 'model_change.decide'),
  };
}

/** What a proposal changes, against its base version; `stale` once that version is no longer current. */
async function describe(db: DbOrTx, p: ModelChangeProposal) {
  if (p.kind === 'template') {
    const v = p.payload as unknown as TemplateEdit;
    const [base] = await db
      .select({ body: documentTemplates.body })
      .from(documentTemplates)
      .where(and(eq(documentTemplates.kind, v.kind), eq(documentTemplates.version, v.baseVersion)));
    const current = await currentTemplate(db, v.kind);
    return {
      changes: base ? templateChanges(base.body, v.body) : [],
      note: v.changeNote ?? null,
      base: { label: `wersja ${v.baseVersion} wzoru „${DOCUMENT_KIND_LABELS[v.kind]}”`, href: `/admin/wzory/${v.kind}` },
      stale: current.version !== v.baseVersion,
    };
  }
  const e = { kind: p.kind, edit: p.payload } as unknown as CatalogueEdit;
  const base = await loadCatalogue(db, e.edit.versionId);
  if (!base) return { changes: [], note: e.edit.note ?? null, base: null, stale: true };
  let changes: Change[] = [];
  try {
    changes = summariseCatalogueEdit(base, e).changes;
  } catch {
    // An edit that no longer fits its base cannot happen (versions never change); show no diff then.
  }
  const latest = await latestVersionId(db, base.variant);
  return {
    changes,
    note: e.edit.note ?? null,
    base: { label: `wersja ${base.version} katalogu „${VARIANT_LABELS[base.variant]}”`, href: `/model/${base.variant}?wersja=${base.id}` },
    stale: latest !== base.id,
  };
}

/** Marks a pending proposal decided; only one decision wins (the UPDATE's WHERE status = 'pending'). */
async function decide(tx: Tx, actor: Actor, id: number, status: 'accepted' | 'returned', note: string | undefined) {
  const p = modelChangeProposals;
  const [row] = await tx
    .update(p)
    .set({ status, decidedBy: actor.userId, decidedAt: clock.now(), decisionNote: note ?? null })
    .where(and(eq(p.id, id), eq(p.status, 'pending')))
    .returning();
  if (row) return row;
  const [exists] = await tx.select({ id: p.id }).from(p).where(eq(p.id, id));
  if (!exists) throw notFoundError(NOT_FOUND);
  throw new AppError('CONFLICT', 'Tę propozycję już rozpatrzono — odśwież stronę, aby zobaczyć decyzję.');
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

async function tellProposer(tx: Tx, p: ModelChangeProposal, subject: string, lines: string[]) {
  await notifyUsers(tx, p.voivodeshipId, [p.proposedBy], 'model_proposal', {
    subject: clip(subject, 300),
    body: [...lines, '', `Szczegóły: ${appUrl(`/admin/propozycje/${p.id}`)}`].join('\n'),
  });
}

/**
 * The national administrator accepts a proposal: its edit is applied as their own direct edit
 * would be, in the same transaction as the decision. A proposal made on a version that is no
 * longer the current one is refused (CONFLICT) — it is to be returned.
 */
export async function acceptProposal(actor: Actor, input: unknown) {
  await authorize(actor, 'model_change.decide');
  const v = parseInput(acceptProposalSchema, input);
  return getDb().transaction(async (tx) => {
    const p = await decide(tx, actor, v.id, 'accepted', v.note);
    let created: { id: number; version: number };
    try {
      created =
        p.kind === 'template'
          ? await applyTemplateEdit(tx, actor, p.payload as unknown as TemplateEdit)
          : await applyCatalogueEdit(tx, actor, { kind: p.kind, edit: p.payload } as unknown as CatalogueEdit);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT') throw new AppError('CONFLICT', STALE);
      throw e;
    }
    const what = p.kind === 'template' ? 'wzoru dokumentu' : 'katalogu modelu';
    await tellProposer(tx, p, `Propozycja zmiany modelu przyjęta: ${p.summary}`, [
      'Administrator krajowy modelu przyjął(-ęła) Twoją propozycję zmiany:',
      p.summary,
      '',
      `Powstała wersja ${created.version} ${what}. Wdrożenia i dokumenty już rozpoczęte zachowują swoją wersję.`,
      ...(v.note ? ['', `Komentarz: ${v.note}`] : []),
    ]);
    await audit(tx, actor, {
      action: 'model_change.accepted',
      entityType: 'model_change',
      entityId: p.id,
      voivodeshipId: p.voivodeshipId,
      details: { kind: p.kind, summary: p.summary, version: created.version, note: v.note },
    });
    return { id: p.id, version: created.version };
  });
}

/** The national administrator returns a proposal with a reason; the model does not change. */
export async function returnProposal(actor: Actor, input: unknown) {
  await authorize(actor, 'model_change.decide');
  const v = parseInput(returnProposalSchema, input);
  return getDb().transaction(async (tx) => {
    const p = await decide(tx, actor, v.id, 'returned', v.note);
    await tellProposer(tx, p, `Propozycja zmiany modelu zwrócona: ${p.summary}`, [
      'Administrator krajowy modelu zwrócił(a) Twoją propozycję zmiany:',
      p.summary,
      '',
      `Powód: ${v.note}`,
    ]);
    await audit(tx, actor, {
      action: 'model_change.returned',
      entityType: 'model_change',
      entityId: p.id,
      voivodeshipId: p.voivodeshipId,
      details: { kind: p.kind, summary: p.summary, note: v.note },
    });
    return { id: p.id };
  });
}
