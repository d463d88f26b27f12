import 'server-only';
import { and, desc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { auditLog, caseAccessPurposes, cases, caseTeam, gminas, powiats, users, type CaseRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { can, covers } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { AppError, conflictError, notFoundError, PurposeRequiredError, refusedChange, refusedError } from '@/lib/errors';
import { pzkName } from '@/lib/pzk/pzk';
import { parseInput } from '@/lib/validation/parse';
import { purposeSchema } from './schemas';
import { clock } from '@/lib/clock';

/*
 * Who may open a case (konto osoby/rodziny) — special-category data, RODO art. 9. Only its key
 * worker, its team (ZZK), the PCPR animator of the powiat and the GOPS animator of the gmina, and
 * ROPS for supervision: read-only, and only after stating a purpose. Everyone else gets "not
 * found" (a case's existence is not revealed). Every opening is written to the audit log.
 */

/** write: key worker and the two animators; read: the case team; supervise: ROPS, with a purpose. */
export type CaseAccess = 'write' | 'read' | 'supervise';

type CasePlace = Pick<CaseRow, 'id' | 'voivodeshipId' | 'powiatId' | 'gminaId' | 'keyWorkerId'>;

const NOT_FOUND = 'Nie znaleziono sprawy.';

/** How long a stated purpose of access holds for that person and case. */
export const PURPOSE_HOURS = 8;

const place = (c: CasePlace) => ({ voivodeshipId: c.voivodeshipId, powiatId: c.powiatId, gminaId: c.gminaId });

export async function caseAccess(db: DbOrTx, actor: Actor, c: CasePlace): Promise<CaseAccess | null> {
  const s = actor.scope;
  if (s.voivodeshipId !== c.voivodeshipId) return null;
  if (c.keyWorkerId === actor.userId) return 'write';
  if ((s.role === 'pcpr_animator' || s.role === 'gops_animator') && covers(s, place(c))) return 'write';
  const [member] = await db
    .select({ userId: caseTeam.userId })
    .from(caseTeam)
    .where(and(eq(caseTeam.caseId, c.id), eq(caseTeam.userId, actor.userId)))
    .limit(1);
  if (member) return 'read';
  if (can(s, 'case.supervise', place(c))) return 'supervise';
  return null;
}

/** The SQL twin for lists: the cases the actor may open (ROPS: every case of its województwo). */
export function casesVisibleTo(actor: Actor): SQL {
  const s = actor.scope;
  const conditions: (SQL | undefined)[] = [
    eq(cases.keyWorkerId, actor.userId),
    sql`exists (select 1 from ${caseTeam} t where t.case_id = ${cases.id} and t.user_id = ${actor.userId})`,
  ];
  if (s.role === 'pcpr_animator' && s.powiatId != null) conditions.push(eq(cases.powiatId, s.powiatId));
  if (s.role === 'gops_animator' && s.gminaId != null) conditions.push(eq(cases.gminaId, s.gminaId));
  if (s.role === 'rops_admin' || s.role === 'rops_adviser') conditions.push(sql`true`);
  return and(eq(cases.voivodeshipId, s.voivodeshipId), or(...conditions))!;
}

async function currentPurpose(db: DbOrTx, caseId: number, userId: string) {
  const [p] = await db
    .select({ purpose: caseAccessPurposes.purpose, expiresAt: caseAccessPurposes.expiresAt })
    .from(caseAccessPurposes)
    .where(and(eq(caseAccessPurposes.caseId, caseId), eq(caseAccessPurposes.userId, userId), gt(caseAccessPurposes.expiresAt, sql`now()`)))
    .orderBy(desc(caseAccessPurposes.expiresAt))
    .limit(1);
  return p ?? null;
}

async function loadPlaced(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ case: cases, gminaName: gminas.name, powiatName: powiats.name, keyWorkerName: users.name })
    .from(cases)
    .innerJoin(gminas, eq(gminas.id, cases.gminaId))
    .innerJoin(powiats, eq(powiats.id, cases.powiatId))
    .innerJoin(users, eq(users.id, cases.keyWorkerId))
    .where(eq(cases.id, id));
  return row;
}

export type OpenedCase = CaseRow & { access: CaseAccess; purpose: string | null; gminaName: string; powiatName: string; pzkName: string; keyWorkerName: string };

/**
 * Opens a case for reading (a page, a PDF, an export) and writes the opening to the audit log,
 * with the purpose when ROPS opens it. `what` names what was opened, e.g. "ipp" or "pdf:ipp".
 */
export async function openCase(actor: Actor, id: number, what = 'konto'): Promise<OpenedCase> {
  const db = getDb();
  const row = await loadPlaced(db, id);
  if (!row) throw notFoundError(NOT_FOUND);
  const access = await caseAccess(db, actor, row.case);
  if (!access) throw refusedError('case', id, row.case.voivodeshipId, NOT_FOUND);
  let purpose: string | null = null;
  if (access === 'supervise') {
    purpose = (await currentPurpose(db, id, actor.userId))?.purpose ?? null;
    if (!purpose) throw new PurposeRequiredError(id);
  }
  await audit(db, actor, {
    action: what.startsWith('pdf:') ? 'case.printed' : what === 'eksport' ? 'case.exported' : 'case.opened',
    entityType: 'case',
    entityId: id,
    voivodeshipId: row.case.voivodeshipId,
    details: { what, access, ...(purpose ? { purpose } : {}) },
  });
  return { ...row.case, access, purpose, gminaName: row.gminaName, powiatName: row.powiatName, pzkName: pzkName(row.gminaName), keyWorkerName: row.keyWorkerName };
}

/** Case statuses in which new work (forms, monitoring, IPPs) may still be recorded. */
const OPEN_FOR_WORK = new Set<CaseRow['status']>(['referred', 'qualified', 'after_care']);

/**
 * For a change: the case locked (FOR UPDATE) inside `tx`, after checking the actor may write it.
 * Readers get FORBIDDEN, strangers NOT_FOUND; a closed case refuses new work unless `allowClosed`.
 * With `version`, a stale form gets CONFLICT.
 */
export async function caseForWork(tx: DbOrTx, actor: Actor, id: number, opts: { version?: number; allowClosed?: boolean } = {}): Promise<CaseRow> {
  const [c] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  if (!c) throw notFoundError(NOT_FOUND);
  const access = await caseAccess(tx, actor, c);
  if (!access) throw refusedError('case', id, c.voivodeshipId, NOT_FOUND);
  if (access !== 'write') {
    throw refusedChange('case', id, c.voivodeshipId, access === 'supervise' ? 'ROPS ma wgląd w sprawy tylko do odczytu (superwizja).' : 'Zmiany w sprawie wprowadza pracownik kluczowy lub animator.');
  }
  if (!opts.allowClosed && !OPEN_FOR_WORK.has(c.status)) {
    throw new AppError('INVALID', c.status === 'closed' ? 'Sprawa jest zamknięta — nie można wprowadzać nowych działań.' : 'W tej sprawie nie prowadzi się już nowych działań.');
  }
  if (opts.version !== undefined && opts.version !== c.version) throw conflictError();
  return c;
}

/**
 * Marks a change on the case itself (its version guards the case-level forms). With `version` —
 * the one the form was opened with — the update applies only to that version; otherwise CONFLICT.
 */
export async function touchCase(tx: DbOrTx, id: number, set: Partial<CaseRow> = {}, version?: number) {
  const updated = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: clock.now() })
    .where(and(eq(cases.id, id), version === undefined ? undefined : eq(cases.version, version)))
    .returning({ version: cases.version });
  if (!updated.length) throw conflictError();
  return updated[0].version;
}

/** States the purpose of access (ROPS, supervision); it holds for PURPOSE_HOURS. */
export async function givePurpose(actor: Actor, input: unknown) {
  const { caseId, purpose } = parseInput(purposeSchema, input);
  const db = getDb();
  return db.transaction(async (tx) => {
    const row = await loadPlaced(tx, caseId);
    if (!row) throw notFoundError(NOT_FOUND);
    const access = await caseAccess(tx, actor, row.case);
    if (!access) throw refusedError('case', caseId, row.case.voivodeshipId, NOT_FOUND);
    if (access !== 'supervise') return { ok: true };
    await tx.insert(caseAccessPurposes).values({ caseId, userId: actor.userId, purpose, expiresAt: sql`now() + make_interval(hours => ${PURPOSE_HOURS})` });
    await audit(tx, actor, { action: 'case.purpose_given', entityType: 'case', entityId: caseId, voivodeshipId: row.case.voivodeshipId, details: { purpose } });
    return { ok: true };
  });
}

/** Who opened the case, when and why — for its key worker and the animators. */
export async function accessLog(actor: Actor, caseId: number) {
  const c = await openCase(actor, caseId, 'dziennik-dostepu');
  if (c.access !== 'write') throw refusedChange('case', caseId, c.voivodeshipId, 'Dziennik dostępu widzi pracownik kluczowy i animatorzy.');
  const entries = await getDb()
    .select({ at: auditLog.at, userName: users.name, userEmail: auditLog.userEmail, role: auditLog.role, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), inArray(auditLog.action, ['case.opened', 'case.printed', 'case.exported', 'case.purpose_given'])))
    .orderBy(desc(auditLog.at))
    .limit(300);
  return { case: c, entries };
}
