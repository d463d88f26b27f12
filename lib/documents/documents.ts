import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import {
  documentCounters,
  documentEvents,
  documentGminas,
  documentRevisions,
  documents,
  evidence,
  files,
  gminas,
  institutions,
  powiats,
  scheduleItems,
  tracks,
  voivodeships,
  type DocumentRow,
} from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { AppError, conflictError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import { uploadProblem } from '@/lib/files';
import { satisfyEvidence } from '@/lib/implementations/instantiate';
import { loadCatalogue } from '@/lib/model/catalogue';
import { isCityWithPowiatRights } from '@/lib/model/variant';

import { newVerificationCode, normalizeVerificationCode } from '@/lib/pdf/verification';
import { formatDate } from '@/lib/text';
import { fieldErrorsOf, parseInput } from '@/lib/validation/parse';
import { canManageDocument, canViewDocument, documentResource, documentsVisibleTo } from './access';
import { composeDocument, defaultClauses, type DocumentContent, type DocumentMeta } from './compose';
import { ANNEXABLE, EVIDENCE_OF_KIND, formatDocumentNumber, isInForce, nextStatus, refusal, type DocumentEvent } from './lifecycle';
import { gminaPartyName, gminasInPowiat, gminasOfContent, implementationPlace, institutionAddress, powiatPartyName, prefill, unitParty, voivodeshipPartyName, type DocumentPlace } from './prefill';
import { createDocumentSchema, documentContentSchema, saveDraftSchema, signSchema, statusChangeSchema, terminateSchema } from './schemas';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type TemplateBody } from './template';
import { printVariant } from './print-variant';
import { addRevision, insertDocument, logEvent, recordSigning, templateById, type Who } from './store';
import { clock } from '@/lib/clock';
import { polishOrder, polishSortKey } from '@/lib/polish-order';
import { openTrack } from '@/lib/implementations/open-track';

const whoOf = (actor: Actor): Who => ({ userId: actor.userId, name: actor.name });

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

async function loadRow(db: DbOrTx, id: number) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  if (!row) throw notFoundError('Nie znaleziono dokumentu.');
  const gs = await db.select({ id: documentGminas.gminaId }).from(documentGminas).where(eq(documentGminas.documentId, id));
  return { row, gminaIds: gs.map((g) => g.id) };
}

/**
 * A document the actor may see, or NOT_FOUND — also when it exists elsewhere: a record outside the
 * caller's scope is not revealed (and the refusal is audited).
 */
async function visibleRow(actor: Actor, id: number) {
  const db = getDb();
  const found = await loadRow(db, id).catch(() => null);
  if (!found) throw notFoundError('Nie znaleziono dokumentu.');
  if (!canViewDocument(actor.scope, found.row, found.gminaIds)) throw refusedError('document', found.row.id, found.row.voivodeshipId, 'Nie znaleziono dokumentu.');
  return found;
}

async function manageableRow(actor: Actor, id: number) {
  const found = await visibleRow(actor, id);
  await authorize(actor, 'document.manage', documentResource(found.row));
  return found;
}

/** Names the document prints that do not come from its form. */
export async function documentMeta(db: DbOrTx, row: DocumentRow, gminaIds: number[]): Promise<DocumentMeta> {
  const [[v], [p], gs, parent] = await Promise.all([
    db.select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, row.voivodeshipId)),
    row.powiatId ? db.select({ name: powiats.name, isCity: powiats.isCity }).from(powiats).where(eq(powiats.id, row.powiatId)) : Promise.resolve([]),
    gminaIds.length ? db.select({ id: gminas.id, name: gminas.name, kind: gminas.kind }).from(gminas).where(inArray(gminas.id, gminaIds)).orderBy(polishOrder(gminas.name)) : Promise.resolve([]),
    row.parentId ? db.select({ number: documents.number, title: documents.title, effectiveOn: documents.effectiveOn, content: documents.content }).from(documents).where(eq(documents.id, row.parentId)) : Promise.resolve([]),
  ]);
  return {
    kind: row.kind,
    number: row.number,
    voivodeshipName: v ? voivodeshipPartyName(v.name).replace('Województwo ', '') : '',
    powiatName: p ? powiatPartyName(p) : null,
    gminaNames: gs.map(gminaPartyName),
    parent: parent[0] ? { number: parent[0].number, title: parent[0].title, concludedOn: parent[0].effectiveOn ?? (parent[0].content.concludedOn || null) } : null,
  };
}

/** Everything the document's page shows. */
export async function getDocument(actor: Actor, id: number) {
  const { row, gminaIds } = await visibleRow(actor, id);
  const db = getDb();
  const [template, meta, revisions, events, annexes, scan] = await Promise.all([
    templateById(db, row.templateId),
    documentMeta(db, row, gminaIds),
    db
      .select({
        revision: documentRevisions.revision,
        note: documentRevisions.note,
        createdAt: documentRevisions.createdAt,
        createdByName: documentRevisions.createdByName,
        verificationCode: documentRevisions.verificationCode,
        signedVerificationCode: documentRevisions.signedVerificationCode,
      })
      .from(documentRevisions)
      .where(eq(documentRevisions.documentId, id))
      .orderBy(desc(documentRevisions.revision)),
    db.select().from(documentEvents).where(eq(documentEvents.documentId, id)).orderBy(desc(documentEvents.at), desc(documentEvents.id)),
    db.select({ id: documents.id, number: documents.number, status: documents.status, kind: documents.kind, effectiveOn: documents.effectiveOn }).from(documents).where(eq(documents.parentId, id)).orderBy(asc(documents.id)),
    row.scanFileId ? db.select({ name: files.name, mime: files.mime, size: files.size, sha256: files.sha256, uploadedAt: files.uploadedAt }).from(files).where(eq(files.id, row.scanFileId)) : Promise.resolve([]),
  ]);
  const current = revisions.find((r) => r.revision === row.revision)!;
  const printed = printVariant(row, current);
  const missing = row.status === 'draft' ? completenessProblems(template.body, row.content) : null;
  return {
    document: row,
    template,
    meta,
    composed: composeDocument(template.body, row.content, meta),
    revisions,
    /** The code the document's PDF carries now (unsigned or signed printout: see printVariant). */
    verificationCode: printed.code,
    printVariant: printed.variant,
    /** What a draft still lacks before signature (each message names its party); null when complete. */
    readyProblems: missing ? [...new Set(Object.values(missing).flat())] : null,
    signedOn: printed.signedOn,
    events,
    annexes,
    scan: scan[0] ?? null,
    canManage: canManageDocument(actor.scope, row),
  };
}

/** One earlier revision's content, for the history view and its PDF. */
export async function getRevision(actor: Actor, id: number, revision: number) {
  const { row, gminaIds } = await visibleRow(actor, id);
  const db = getDb();
  const [rev] = await db.select().from(documentRevisions).where(and(eq(documentRevisions.documentId, id), eq(documentRevisions.revision, revision)));
  if (!rev) throw notFoundError('Nie ma takiej wersji dokumentu.');
  const [template, meta] = await Promise.all([templateById(db, row.templateId), documentMeta(db, row, gminaIds)]);
  return { document: row, revision: rev, template, meta, composed: composeDocument(template.body, rev.content, meta) };
}

export interface DocumentFilters {
  kind?: DocumentKind;
  status?: DocumentRow['status'];
  implementationId?: number;
}

/** The documents the actor may see, newest first. */
export async function listDocuments(actor: Actor, f: DocumentFilters = {}) {
  const where: (SQL | undefined)[] = [documentsVisibleTo(actor)];
  if (f.kind) where.push(eq(documents.kind, f.kind));
  if (f.status) where.push(eq(documents.status, f.status));
  if (f.implementationId) where.push(eq(documents.implementationId, f.implementationId));
  return getDb()
    .select({
      id: documents.id,
      kind: documents.kind,
      number: documents.number,
      title: documents.title,
      status: documents.status,
      effectiveOn: documents.effectiveOn,
      updatedAt: documents.updatedAt,
      implementationId: documents.implementationId,
      powiatName: powiats.name,
      gminaNames: sql<string | null>`(select string_agg(g.name, ', ' order by ${polishSortKey(sql.raw('g.name'))}) from ${documentGminas} dg join ${gminas} g on g.id = dg.gmina_id where dg.document_id = ${documents.id})`,
    })
    .from(documents)
    .leftJoin(powiats, eq(powiats.id, documents.powiatId))
    .where(and(...where))
    .orderBy(desc(documents.updatedAt), desc(documents.id))
    .limit(500);
}

/** The scan of a signed document, for download. */
export async function getDocumentScan(actor: Actor, id: number) {
  const { row } = await visibleRow(actor, id);
  if (!row.scanFileId) throw notFoundError('Ten dokument nie ma skanu.');
  const [f] = await getDb().select({ name: files.name, mime: files.mime, data: files.data }).from(files).where(eq(files.id, row.scanFileId));
  if (!f) throw notFoundError('Nie znaleziono pliku.');
  return f;
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

export const POWIAT_GMINA_NOT_IN_CITY = 'W mieście na prawach powiatu porozumienie powiat–gmina nie dotyczy — pierwszym dokumentem formalnym jest porozumienie PZK.';

/** Where a new document lives and what it refers to, checked against the registry. */
async function placeFor(db: DbOrTx, actor: Actor | null, kind: DocumentKind, v: { implementationId?: number; gminaId?: number; parentId?: number }, voivodeshipId: number) {
  if (kind === 'agreement_regional') return { place: { voivodeshipId, powiatId: null, gminaId: null, implementationId: null, gminaIds: [] } as DocumentPlace, parent: null };
  if (kind === 'annex' || kind === 'pzk_accession') {
    if (!v.parentId) throw invalidError({ parentId: ['Wskaż porozumienie, którego dotyczy dokument.'] });
    const { row: parent, gminaIds } = actor ? await visibleRow(actor, v.parentId) : await loadRow(db, v.parentId);
    const fits = kind === 'annex' ? ANNEXABLE.includes(parent.kind) : parent.kind === 'agreement_pzk';
    if (!fits) throw invalidError({ parentId: [kind === 'annex' ? 'Aneks można sporządzić tylko do porozumienia.' : 'Deklaracja przystąpienia dotyczy porozumienia PZK.'] });
    if (!isInForce(parent.status)) throw invalidError({ parentId: [kind === 'annex' ? refusal('amend') : 'Do PZK można przystąpić dopiero po podpisaniu porozumienia PZK.'] });
    return { place: { voivodeshipId: parent.voivodeshipId, powiatId: parent.powiatId, gminaId: parent.gminaId, implementationId: parent.implementationId, gminaIds } as DocumentPlace, parent };
  }
  if (!v.implementationId) throw invalidError({ implementationId: ['Wybierz wdrożenie.'] });
  const impl = await implementationPlace(db, v.implementationId);
  if (!impl) throw notFoundError('Nie znaleziono wdrożenia.');
  // An implementation the actor may not read is not confirmed to exist.
  const { voivodeshipId: implVoivodeship, powiatId: implPowiat } = impl.implementation;
  const implPlaces = [{ voivodeshipId: implVoivodeship, powiatId: implPowiat, gminaId: null }, ...impl.gminaIds.map((gminaId) => ({ voivodeshipId: implVoivodeship, powiatId: implPowiat, gminaId }))];
  if (actor && !implPlaces.some((r) => can(actor.scope, 'implementation.view', r))) throw refusedError('implementation', impl.implementation.id, implVoivodeship, 'Nie znaleziono wdrożenia.');
  const base = { voivodeshipId: impl.implementation.voivodeshipId, powiatId: impl.implementation.powiatId, implementationId: impl.implementation.id };
  if (kind === 'agreement_powiat_gmina') {
    // A city with powiat rights is both sides of it (issue 17): its step is "nie dotyczy".
    const [powiat] = await db.select({ teryt: powiats.teryt }).from(powiats).where(eq(powiats.id, impl.implementation.powiatId));
    if (powiat && isCityWithPowiatRights(powiat.teryt)) throw invalidError({ kind: [POWIAT_GMINA_NOT_IN_CITY] });
    return { place: { ...base, gminaId: null, gminaIds: impl.gminaIds } as DocumentPlace, parent: null };
  }
  if (!v.gminaId || !impl.gminaIds.includes(v.gminaId)) throw invalidError({ gminaId: ['Wybierz gminę tego wdrożenia.'] });
  return { place: { ...base, gminaId: v.gminaId, gminaIds: [v.gminaId] } as DocumentPlace, parent: null };
}

export async function createDocument(actor: Actor, input: unknown) {
  const v = parseInput(createDocumentSchema, input);
  const db = getDb();
  const { place, parent } = await placeFor(db, actor, v.kind, v, actor.scope.voivodeshipId);
  await authorize(actor, 'document.manage', documentResource(place));
  return db.transaction(async (tx) => {
    const doc = await insertDocument(tx, v.kind, place, parent, whoOf(actor));
    await audit(tx, actor, { action: 'document.created', entityType: 'document', entityId: doc.id, voivodeshipId: doc.voivodeshipId, details: { kind: v.kind, number: doc.number } });
    return { id: doc.id };
  });
}

/**
 * Parties are picked from the registries: their names and addresses are taken from there, not from
 * what the browser sent; each must lie in the document's województwo (a gmina in its powiat).
 */
async function checkParties(db: DbOrTx, row: DocumentRow, content: DocumentContent, sources: Map<string, string>) {
  const errors: Record<string, string[]> = {};
  const instIds = content.parties.map((p) => p.institutionId).filter((x): x is number => !!x);
  const insts = instIds.length ? await db.select().from(institutions).where(inArray(institutions.id, instIds)) : [];
  const gminaIdsOk = row.powiatId ? new Set((await gminasInPowiat(db, row.powiatId, content.parties.filter((p) => sources.get(p.role) === 'gmina' && p.unitId).map((p) => p.unitId!))).map((g) => g.id)) : new Set<number>();
  for (const [i, p] of content.parties.entries()) {
    const source = sources.get(p.role);
    if (source === 'institution' && p.institutionId) {
      const inst = insts.find((x) => x.id === p.institutionId);
      if (!inst || inst.voivodeshipId !== row.voivodeshipId) errors[`content.parties.${i}.institutionId`] = ['Tej instytucji nie ma w rejestrze województwa.'];
      else Object.assign(p, { name: inst.name, address: institutionAddress(inst) });
    } else if (source === 'parent') {
      const parent = row.parentId ? (await db.select({ content: documents.content }).from(documents).where(eq(documents.id, row.parentId)))[0] : null;
      const same = parent?.content.parties.find((x) => x.name === p.name && x.institutionId === p.institutionId && x.unitId === p.unitId);
      // Annex parties have no control of their own (they are copied): the message goes with the list.
      if (!same) errors['content.parties'] = [`Aneks podpisują strony porozumienia, którego dotyczy — nie ma wśród nich: ${p.name}.`];
    } else if (source === 'person') {
      Object.assign(p, { institutionId: null, unitId: null });
    } else if (source === 'gmina' || source === 'powiat' || source === 'voivodeship') {
      const ok = source === 'gmina' ? gminaIdsOk.has(p.unitId!) : source === 'powiat' ? p.unitId === row.powiatId : p.unitId === row.voivodeshipId;
      const unit = ok ? await unitParty(db, p.role, source, p.unitId!) : null;
      if (!unit) errors[`content.parties.${i}.unitId`] = [source === 'gmina' ? 'Ta gmina nie należy do powiatu porozumienia.' : 'Nieprawidłowa jednostka samorządu.'];
      else p.name = unit.name;
    }
  }
  if (Object.keys(errors).length) throw invalidError(errors);
}

/** Saves a draft's content as a new revision. The second of two concurrent saves is refused. */
export async function saveDraft(actor: Actor, input: unknown) {
  const ids = parseInput(statusChangeSchema, input);
  const { row } = await manageableRow(actor, ids.documentId);
  const db = getDb();
  const template = await templateById(db, row.templateId);
  const v = parseInput(saveDraftSchema(template.body), input);
  if (row.status !== 'draft') throw new AppError('INVALID', 'Dokument nie jest już projektem — jego treść jest zamrożona. Zmiany w podpisanym porozumieniu wprowadza się aneksem.');
  const sources = new Map(template.body.parties.map((r) => [r.role, r.source]));
  await checkParties(db, row, v.content, sources);
  const who = whoOf(actor);
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .update(documents)
      .set({ content: v.content, revision: sql`${documents.revision} + 1`, version: sql`${documents.version} + 1`, updatedBy: actor.userId, updatedAt: sql`now()` })
      .where(and(eq(documents.id, row.id), eq(documents.version, v.version), eq(documents.status, 'draft')))
      .returning();
    if (!saved) throw conflictError();
    const gminaIds = gminasOfContent(v.content.parties, template.body, row.gminaId ? [row.gminaId] : []);
    if (row.kind === 'agreement_powiat_gmina') {
      await tx.delete(documentGminas).where(eq(documentGminas.documentId, row.id));
      if (gminaIds.length) await tx.insert(documentGminas).values(gminaIds.map((gminaId) => ({ documentId: row.id, gminaId })));
    }
    await addRevision(tx, row.id, saved.revision, v.content, 'Zapisanie projektu', who);
    await logEvent(tx, row.id, who, `Zapisano projekt (wersja treści ${saved.revision}).`);
    await audit(tx, actor, { action: 'document.saved', entityType: 'document', entityId: row.id, voivodeshipId: row.voivodeshipId, details: { revision: saved.revision } });
    return { version: saved.version, revision: saved.revision };
  });
}

/**
 * What a document still lacks before it can go to signature, as field errors of its editor (keys
 * as the editor names its fields: "content.parties.1.tasks"), each message naming the party.
 */
export function completenessProblems(template: TemplateBody, content: DocumentContent) {
  const r = documentContentSchema(template, { complete: true }).safeParse(content);
  return r.success ? null : Object.fromEntries(Object.entries(fieldErrorsOf(r.error)).map(([k, v]) => [`content.${k}`, v]));
}

const EVENT_TEXT: Record<'mark_ready' | 'reopen', { text: string; action: 'document.ready' | 'document.reopened' }> = {
  mark_ready: { text: 'Przekazano do podpisu — treść zamrożona.', action: 'document.ready' },
  reopen: { text: 'Cofnięto do edycji (projekt).', action: 'document.reopened' },
};

/** draft → ready for signature (content frozen, must be complete), or back. */
export async function changeStatus(actor: Actor, input: unknown, event: 'mark_ready' | 'reopen') {
  const v = parseInput(statusChangeSchema, input);
  const { row } = await manageableRow(actor, v.documentId);
  const to = nextStatus(row.status, event);
  if (!to) throw new AppError('INVALID', refusal(event));
  if (event === 'mark_ready') {
    const template = await templateById(getDb(), row.templateId);
    const problems = completenessProblems(template.body, row.content);
    if (problems) throw new AppError('INVALID', 'Dokument nie jest kompletny — uzupełnij zaznaczone pola projektu, zapisz go i przekaż do podpisu.', problems);
  }
  return transition(actor, row, v.version, event, to, {}, EVENT_TEXT[event].text, EVENT_TEXT[event].action);
}

async function transition(
  actor: Actor,
  row: DocumentRow,
  version: number,
  event: DocumentEvent,
  to: DocumentRow['status'],
  set: Partial<typeof documents.$inferInsert>,
  text: string,
  action: 'document.ready' | 'document.reopened' | 'document.terminated',
  after?: (tx: DbOrTx) => Promise<void>,
) {
  const who = whoOf(actor);
  return getDb().transaction(async (tx) => {
    const [saved] = await tx
      .update(documents)
      .set({ ...set, status: to, version: sql`${documents.version} + 1`, updatedBy: actor.userId, updatedAt: sql`now()` })
      .where(and(eq(documents.id, row.id), eq(documents.version, version)))
      .returning({ version: documents.version });
    if (!saved) throw conflictError();
    await logEvent(tx, row.id, who, text);
    await audit(tx, actor, { action, entityType: 'document', entityId: row.id, voivodeshipId: row.voivodeshipId, details: { event, from: row.status, to } });
    await after?.(tx);
    return saved;
  });
}

export async function terminateDocument(actor: Actor, input: unknown) {
  const v = parseInput(terminateSchema, input);
  const { row } = await manageableRow(actor, v.documentId);
  const to = nextStatus(row.status, 'terminate');
  if (!to) throw new AppError('INVALID', refusal('terminate'));
  if (row.effectiveOn && v.terminatedOn < row.effectiveOn) throw invalidError({ terminatedOn: [`Data rozwiązania nie może być wcześniejsza niż data zawarcia (${formatDate(row.effectiveOn)}).`] });
  // The institutions that signed a PZK agreement or declaration lose their access to the team with it.
  const ending = row.kind === 'agreement_pzk' || row.kind === 'pzk_accession' ? row.content.parties.map((p) => p.institutionId).filter((x): x is number => !!x) : [];
  return transition(actor, row, v.version, 'terminate', to, { terminatedOn: v.terminatedOn, terminationReason: v.reason }, `Rozwiązano z dniem ${formatDate(v.terminatedOn)}. Przyczyna: ${v.reason}`, 'document.terminated', async (tx) => {
    if (ending.length) await audit(tx, actor, { action: 'pzk.membership_ended', entityType: 'document', entityId: row.id, voivodeshipId: row.voivodeshipId, details: { institutionIds: ending, gminaId: row.gminaId } });
  });
}

export async function signDocument(actor: Actor, input: unknown, file: { name: string; data: Uint8Array }) {
  const v = parseInput(signSchema, input);
  const { row, gminaIds } = await manageableRow(actor, v.documentId);
  if (!nextStatus(row.status, 'sign')) throw new AppError('INVALID', refusal('sign'));
  if (row.version !== v.version) throw conflictError();
  const template = await templateById(getDb(), row.templateId);
  const signs = new Map(template.body.parties.map((r) => [r.role, r.signs]));
  const today = clock.today();
  const errors: Record<string, string[]> = {};
  const signedOn = row.content.parties.map((p, i) => {
    if (!signs.get(p.role)) return null;
    const d = v.signedOn[i] ?? null;
    if (!d) errors[`signedOn.${i}`] = [`Podaj datę podpisu: ${p.name}.`];
    else if (d > today) errors[`signedOn.${i}`] = ['Data podpisu nie może być z przyszłości.'];
    else if (d < '2000-01-01') errors[`signedOn.${i}`] = ['Podaj poprawną datę podpisu.'];
    return d;
  });
  const problem = await uploadProblem(file.data);
  if (problem) errors.file = [problem];
  if (Object.keys(errors).length) throw invalidError(errors);
  return getDb().transaction(async (tx) => {
    const r = await recordSigning(tx, row, gminaIds, signedOn, file, whoOf(actor));
    await audit(tx, actor, { action: 'document.signed', entityType: 'document', entityId: row.id, voivodeshipId: row.voivodeshipId, details: { sha256: r.sha256, number: row.number } });
    return r;
  });
}


/** What the editor offers to pick parties from: registry institutions and the powiat's gminas. */
export async function partyOptions(actor: Actor, id: number) {
  const { row } = await manageableRow(actor, id);
  const db = getDb();
  const instWhere = row.powiatId
    ? and(eq(institutions.voivodeshipId, row.voivodeshipId), sql`(${institutions.powiatId} = ${row.powiatId} or ${institutions.powiatId} is null)`)
    : and(eq(institutions.voivodeshipId, row.voivodeshipId), sql`${institutions.powiatId} is null`);
  const [insts, gs] = await Promise.all([
    db.select().from(institutions).where(instWhere).orderBy(polishOrder(institutions.name)).limit(2000),
    row.powiatId ? db.select({ id: gminas.id, name: gminas.name, kind: gminas.kind }).from(gminas).where(and(eq(gminas.powiatId, row.powiatId), eq(gminas.inRegister, true))).orderBy(polishOrder(gminas.name)) : Promise.resolve([]),
  ]);
  return {
    institutions: insts.map((i) => ({ id: i.id, name: i.name, address: institutionAddress(i) })),
    gminas: gs.map((g) => ({ id: g.id, name: gminaPartyName(g) })),
  };
}

/** Where the actor may start documents: the gmina tracks of implementations they manage. */
export async function creationTargets(actor: Actor) {
  const db = getDb();
  const rows = await db
    .select({ implementationId: tracks.implementationId, gminaId: tracks.gminaId, gminaName: gminas.name, gminaKind: gminas.kind, powiatName: powiats.name, powiatIsCity: powiats.isCity, powiatTeryt: powiats.teryt, startDate: tracks.startDate, voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId })
    .from(tracks)
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .innerJoin(powiats, eq(powiats.id, tracks.powiatId))
    .where(and(eq(tracks.kind, 'gmina'), openTrack, eq(tracks.voivodeshipId, actor.scope.voivodeshipId)))
    .orderBy(polishOrder(powiats.name), polishOrder(gminas.name));
  return {
    regional: can(actor.scope, 'document.manage', { voivodeshipId: actor.scope.voivodeshipId }),
    // No powiat–gmina agreement in a city with powiat rights (placeFor refuses it).
    powiat: rows.filter((r) => !isCityWithPowiatRights(r.powiatTeryt) && can(actor.scope, 'document.manage', { voivodeshipId: r.voivodeshipId, powiatId: r.powiatId })),
    gmina: rows.filter((r) => can(actor.scope, 'document.manage', { voivodeshipId: r.voivodeshipId, powiatId: r.powiatId, gminaId: r.gminaId })),
  };
}
