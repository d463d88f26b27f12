import 'server-only';
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { gminas, localDiagnoses, localDiagnosisGminas, notificationDiagnoses, notificationGminas, notifications, powiats } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, type ResourceScope } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { AppError, conflictError, invalidError, notFoundError, refusedChange, refusedError } from '@/lib/errors';
import { polishOrder } from '@/lib/polish-order';
import { unsafeServicesPrefill } from './prefill';
import { parseInput } from '@/lib/validation/parse';
import { figuresOf, readFiguresCsv } from './figures';
import { diagnosisCreateSchema, diagnosisImportSchema, diagnosisSaveSchema, diagnosisStateSchema } from './schemas';

/*
 * The local diagnosis of step 2.1 (issue 18 §4). It lives in its powiat and names its gminas; in
 * Kooperacje 3D it is the town's own (gminaId set). One rule for reading and changing it: the
 * policy (diagnosis.view / diagnosis.manage) on any of its places — the powiat itself or one of its
 * gminas. So the PCPR animator covers every diagnosis of the powiat, a GOPS animator (or network
 * worker) those whose gminas include its own, ROPS the whole województwo. A finished diagnosis is
 * read-only; it may be reopened until a notification links to it (then it is ROPS's evidence).
 */

const NOT_FOUND = 'Nie znaleziono diagnozy.';
const FINISHED = 'Diagnoza jest zakończona — otwórz ją ponownie, aby wprowadzić zmiany.';

type DiagnosisRow = typeof localDiagnoses.$inferSelect;

function placesOf(d: Pick<DiagnosisRow, 'voivodeshipId' | 'powiatId' | 'gminaId'>, gminaIds: number[]): ResourceScope[] {
  const own = d.gminaId != null ? [] : [{ voivodeshipId: d.voivodeshipId, powiatId: d.powiatId, gminaId: null }];
  return [...own, ...gminaIds.map((gminaId) => ({ voivodeshipId: d.voivodeshipId, powiatId: d.powiatId, gminaId }))];
}

async function gminasOf(db: DbOrTx, diagnosisId: number) {
  return db
    .select({ id: gminas.id, name: gminas.name, teryt: gminas.teryt, figures: localDiagnosisGminas.figures })
    .from(localDiagnosisGminas)
    .innerJoin(gminas, eq(gminas.id, localDiagnosisGminas.gminaId))
    .where(eq(localDiagnosisGminas.diagnosisId, diagnosisId))
    .orderBy(polishOrder(gminas.name));
}

/** The diagnosis when the actor may read it (and change it, for `manage`); NOT_FOUND outside its scope. */
async function loadDiagnosis(actor: Actor, diagnosisId: number, need: 'view' | 'manage', db: DbOrTx = getDb()) {
  await authorize(actor, need === 'manage' ? 'diagnosis.manage' : 'diagnosis.view');
  const [d] = await db.select().from(localDiagnoses).where(eq(localDiagnoses.id, diagnosisId));
  if (!d) throw notFoundError(NOT_FOUND);
  const gs = await gminasOf(db, d.id);
  const places = placesOf(d, gs.map((g) => g.id));
  if (!places.some((p) => can(actor.scope, 'diagnosis.view', p))) throw refusedError('local_diagnosis', d.id, d.voivodeshipId, NOT_FOUND);
  const canManage = places.some((p) => can(actor.scope, 'diagnosis.manage', p));
  if (need === 'manage' && !canManage) throw refusedChange('local_diagnosis', d.id, d.voivodeshipId, 'Diagnozę zmieniają animatorzy PCPR i GOPS (pracownik ds. sieci w mieście); ROPS ją czyta.');
  return { d, gminas: gs, canManage };
}

/** The powiat and the gminas the actor may make a diagnosis for: the PCPR animator any of its powiat, others their own gmina. */
export async function diagnosisFormOptions(actor: Actor) {
  await authorize(actor, 'diagnosis.manage');
  const db = getDb();
  const s = actor.scope;
  const where = s.level === 'powiat' ? eq(gminas.powiatId, s.powiatId ?? -1) : eq(gminas.id, s.gminaId ?? -1);
  const rows = await db
    .select({ id: gminas.id, name: gminas.name, teryt: gminas.teryt, powiatId: powiats.id, powiatName: powiats.name, voivodeshipId: powiats.voivodeshipId })
    .from(gminas)
    .innerJoin(powiats, eq(powiats.id, gminas.powiatId))
    .where(and(where, eq(gminas.voivodeshipId, s.voivodeshipId)))
    .orderBy(polishOrder(gminas.name));
  const allowed = rows.filter((g) => can(s, 'diagnosis.manage', { voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.id }));
  if (!allowed.length) throw notFoundError('Nie znaleziono gmin, dla których możesz przygotować diagnozę.');
  return { powiat: { id: allowed[0].powiatId, name: allowed[0].powiatName, voivodeshipId: allowed[0].voivodeshipId }, gminas: allowed.map((g) => ({ id: g.id, name: g.name, teryt: g.teryt })) };
}

/** Starts a diagnosis for the chosen gminas (each must be the actor's to diagnose); the services are prefilled. */
export async function createDiagnosis(actor: Actor, input: unknown) {
  const v = parseInput(diagnosisCreateSchema, input);
  const options = await diagnosisFormOptions(actor);
  const ids = [...new Set(v.gminaIds)];
  const offered = new Set(options.gminas.map((g) => g.id));
  if (ids.some((g) => !offered.has(g))) throw invalidError({ gminaIds: ['Zaznacz gminy swojego powiatu (gminy), dla których przygotowujesz diagnozę.'] });
  const { powiat } = options;
  // In Kooperacje 3D the town's network worker makes the town's own diagnosis.
  const gminaId = actor.scope.role === 'network_worker' ? ids[0] : null;
  const db = getDb();
  return db.transaction(async (tx) => {
    const prefill = await unsafeServicesPrefill(tx, powiat.voivodeshipId, powiat.id, ids);
    const [row] = await tx
      .insert(localDiagnoses)
      .values({ voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, gminaId, title: v.title, madeOn: v.madeOn, ...prefill, createdBy: actor.userId, updatedBy: actor.userId })
      .returning({ id: localDiagnoses.id, version: localDiagnoses.version });
    await tx.insert(localDiagnosisGminas).values(ids.map((g) => ({ diagnosisId: row.id, gminaId: g, figures: {} })));
    await audit(tx, actor, { action: 'diagnosis.created', entityType: 'local_diagnosis', entityId: row.id, voivodeshipId: powiat.voivodeshipId, details: { powiatId: powiat.id, gminaIds: ids } });
    return row;
  });
}

/** The diagnosis with its gminas' figures, the notifications linked to it and whether the reader may change it. */
export async function getDiagnosis(actor: Actor, diagnosisId: number) {
  const { d, gminas: gs, canManage } = await loadDiagnosis(actor, diagnosisId, 'view');
  const db = getDb();
  const [[powiat], linked] = await Promise.all([
    db.select({ name: powiats.name }).from(powiats).where(eq(powiats.id, d.powiatId)),
    db
      .select({ id: notifications.id, number: notifications.number, status: notifications.status })
      .from(notificationDiagnoses)
      .innerJoin(notifications, eq(notifications.id, notificationDiagnoses.notificationId))
      .where(eq(notificationDiagnoses.diagnosisId, d.id))
      .orderBy(asc(notifications.id)),
  ]);
  const { createdBy: _c, updatedBy: _u, ...diagnosis } = d;
  return {
    diagnosis,
    powiatName: powiat?.name ?? '',
    gminas: gs.map((g) => ({ id: g.id, name: g.name, teryt: g.teryt, figures: figuresOf(g.figures) })),
    notifications: linked,
    canManage,
    canEdit: canManage && !d.finishedAt,
    canReopen: canManage && !!d.finishedAt && linked.length === 0,
  };
}

/** The diagnoses the actor sees: its województwo (ROPS), powiat (PCPR) or those naming its gmina. */
export async function listDiagnoses(actor: Actor) {
  await authorize(actor, 'diagnosis.view');
  const s = actor.scope;
  const where =
    s.level === 'gmina'
      ? and(
          eq(localDiagnoses.voivodeshipId, s.voivodeshipId),
          sql`exists (select 1 from ${localDiagnosisGminas} g where g.diagnosis_id = ${localDiagnoses.id} and g.gmina_id = ${s.gminaId ?? -1})`,
        )
      : scopeWhere(s, { voivodeshipId: localDiagnoses.voivodeshipId, powiatId: localDiagnoses.powiatId });
  return getDb()
    .select({
      id: localDiagnoses.id,
      title: localDiagnoses.title,
      madeOn: localDiagnoses.madeOn,
      finishedAt: localDiagnoses.finishedAt,
      powiatName: powiats.name,
      gminaNames: sql<string>`(select string_agg(gm.name, ', ' order by gm.name) from ${localDiagnosisGminas} g join ${gminas} gm on gm.id = g.gmina_id where g.diagnosis_id = ${localDiagnoses.id})`,
    })
    .from(localDiagnoses)
    .innerJoin(powiats, eq(powiats.id, localDiagnoses.powiatId))
    .where(where)
    .orderBy(desc(localDiagnoses.madeOn), desc(localDiagnoses.id))
    .limit(500);
}

async function bump(tx: DbOrTx, id: number, version: number, actor: Actor, set: Partial<typeof localDiagnoses.$inferInsert> = {}) {
  const [saved] = await tx
    .update(localDiagnoses)
    .set({ ...set, updatedBy: actor.userId, updatedAt: sql`now()`, version: sql`${localDiagnoses.version} + 1` })
    .where(and(eq(localDiagnoses.id, id), eq(localDiagnoses.version, version)))
    .returning({ id: localDiagnoses.id, version: localDiagnoses.version });
  if (!saved) throw conflictError();
  return saved;
}

/** Saves the texts and every gmina's figures (optimistic locking on `version`); a finished diagnosis is not changed. */
export async function saveDiagnosis(actor: Actor, input: unknown) {
  const v = parseInput(diagnosisSaveSchema, input);
  const { d, gminas: gs } = await loadDiagnosis(actor, v.diagnosisId, 'manage');
  if (d.finishedAt) throw new AppError('CONFLICT', FINISHED);
  const own = new Set(gs.map((g) => g.id));
  if (v.gminas.some((g) => !own.has(g.gminaId))) throw invalidError({ gminas: ['Dane liczbowe dotyczą gminy spoza tej diagnozy.'] });
  return getDb().transaction(async (tx) => {
    const saved = await bump(tx, d.id, v.version, actor, { title: v.title, madeOn: v.madeOn, problems: v.problems, needs: v.needs, resources: v.resources, servicesAvailable: v.servicesAvailable, missing: v.missing, targetGroup: v.targetGroup });
    for (const g of v.gminas) {
      await tx.update(localDiagnosisGminas).set({ figures: g.figures }).where(and(eq(localDiagnosisGminas.diagnosisId, d.id), eq(localDiagnosisGminas.gminaId, g.gminaId)));
    }
    await audit(tx, actor, { action: 'diagnosis.saved', entityType: 'local_diagnosis', entityId: d.id, voivodeshipId: d.voivodeshipId, details: { version: saved.version } });
    return saved;
  });
}

/** Imports figures from a CSV file: all rows or none (every bad line named); columns absent from the file keep their values. */
export async function importDiagnosisFigures(actor: Actor, input: unknown) {
  const v = parseInput(diagnosisImportSchema, input);
  const { d, gminas: gs } = await loadDiagnosis(actor, v.diagnosisId, 'manage');
  if (d.finishedAt) throw new AppError('CONFLICT', FINISHED);
  const { rows, errors } = readFiguresCsv(v.csv, gs);
  if (errors.length) throw invalidError({ csv: errors }, 'Plik CSV zawiera błędy — nic nie zapisano. Popraw wskazane wiersze i wczytaj plik ponownie.');
  const stored = new Map(gs.map((g) => [g.id, figuresOf(g.figures)]));
  return getDb().transaction(async (tx) => {
    const saved = await bump(tx, d.id, v.version, actor);
    for (const r of rows) {
      await tx
        .update(localDiagnosisGminas)
        .set({ figures: { ...stored.get(r.gminaId)!, ...r.figures } })
        .where(and(eq(localDiagnosisGminas.diagnosisId, d.id), eq(localDiagnosisGminas.gminaId, r.gminaId)));
    }
    await audit(tx, actor, { action: 'diagnosis.figures_imported', entityType: 'local_diagnosis', entityId: d.id, voivodeshipId: d.voivodeshipId, details: { gminaIds: rows.map((r) => r.gminaId) } });
    return { ...saved, gminas: rows.length };
  });
}

/** "Zakończ diagnozę": from now on it is read-only and may be linked from a notification. */
export async function finishDiagnosis(actor: Actor, input: unknown) {
  const v = parseInput(diagnosisStateSchema, input);
  const { d } = await loadDiagnosis(actor, v.diagnosisId, 'manage');
  if (d.finishedAt) throw new AppError('CONFLICT', 'Diagnoza jest już zakończona.');
  return getDb().transaction(async (tx) => {
    const saved = await bump(tx, d.id, v.version, actor, { finishedAt: sql`now()` as unknown as Date });
    await audit(tx, actor, { action: 'diagnosis.finished', entityType: 'local_diagnosis', entityId: d.id, voivodeshipId: d.voivodeshipId });
    return saved;
  });
}

/** Reopens a finished diagnosis for changes — not once a notification links to it (ROPS decides on what it read). */
export async function reopenDiagnosis(actor: Actor, input: unknown) {
  const v = parseInput(diagnosisStateSchema, input);
  const { d } = await loadDiagnosis(actor, v.diagnosisId, 'manage');
  if (!d.finishedAt) throw new AppError('CONFLICT', 'Diagnoza nie jest zakończona.');
  const db = getDb();
  const [link] = await db.select({ id: notificationDiagnoses.notificationId }).from(notificationDiagnoses).where(eq(notificationDiagnoses.diagnosisId, d.id)).limit(1);
  if (link) throw new AppError('CONFLICT', 'Diagnozy nie można otworzyć ponownie: uzasadnia zgłoszenie do ROPS.');
  return db.transaction(async (tx) => {
    const saved = await bump(tx, d.id, v.version, actor, { finishedAt: null });
    await audit(tx, actor, { action: 'diagnosis.reopened', entityType: 'local_diagnosis', entityId: d.id, voivodeshipId: d.voivodeshipId });
    return saved;
  });
}

// ── The link from the notification (step 2.4) ───────────────────────────────────────────────

/**
 * The finished diagnoses a notification of this powiat may name: the powiat's (PCPR animator) or,
 * for a network worker, its town's own. No policy here: callers authorize notification.submit first.
 */
export async function unsafeFinishedDiagnoses(db: DbOrTx, powiatId: number, ownGminaId: number | null) {
  return db
    .select({ id: localDiagnoses.id, title: localDiagnoses.title, madeOn: localDiagnoses.madeOn })
    .from(localDiagnoses)
    .where(and(eq(localDiagnoses.powiatId, powiatId), isNotNull(localDiagnoses.finishedAt), ownGminaId != null ? eq(localDiagnoses.gminaId, ownGminaId) : sql`${localDiagnoses.gminaId} is null`))
    .orderBy(desc(localDiagnoses.madeOn), desc(localDiagnoses.id));
}

/** Stores (or clears) the notification's diagnosis; it must be a finished one the form offered. */
export async function unsafeLinkNotificationDiagnosis(tx: DbOrTx, notificationId: number, diagnosisId: number | undefined, powiatId: number, ownGminaId: number | null) {
  await tx.delete(notificationDiagnoses).where(eq(notificationDiagnoses.notificationId, notificationId));
  if (!diagnosisId) return;
  const offered = await unsafeFinishedDiagnoses(tx, powiatId, ownGminaId);
  if (!offered.some((d) => d.id === diagnosisId)) throw invalidError({ diagnosisId: ['Wybierz zakończoną diagnozę lokalną swojego powiatu (gminy).'] });
  await tx.insert(notificationDiagnoses).values({ notificationId, diagnosisId });
}

/** The diagnosis a notification names, for the notification's readers, and whether the reader may open the diagnosis itself. */
export async function notificationDiagnosis(actor: Actor, notificationId: number) {
  await authorize(actor, 'notification.view');
  const db = getDb();
  const [n] = await db.select({ voivodeshipId: notifications.voivodeshipId, powiatId: notifications.powiatId }).from(notifications).where(eq(notifications.id, notificationId));
  if (!n) throw notFoundError('Nie znaleziono zgłoszenia.');
  const notified = await db.select({ gminaId: notificationGminas.gminaId }).from(notificationGminas).where(eq(notificationGminas.notificationId, notificationId));
  const places = [{ ...n, gminaId: null }, ...notified.map((g) => ({ ...n, gminaId: g.gminaId }))];
  if (!places.some((p) => can(actor.scope, 'notification.view', p))) throw refusedError('notification', notificationId, n.voivodeshipId, 'Nie znaleziono zgłoszenia.');
  const [row] = await db
    .select({ d: localDiagnoses })
    .from(notificationDiagnoses)
    .innerJoin(localDiagnoses, eq(localDiagnoses.id, notificationDiagnoses.diagnosisId))
    .where(eq(notificationDiagnoses.notificationId, notificationId));
  if (!row) return null;
  const gs = await gminasOf(db, row.d.id);
  const canOpen = placesOf(row.d, gs.map((g) => g.id)).some((p) => can(actor.scope, 'diagnosis.view', p));
  return { id: row.d.id, title: row.d.title, madeOn: row.d.madeOn, targetGroup: row.d.targetGroup, canOpen };
}


