import 'server-only';
import { and, desc, eq, gt, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { auditLog, caseAccessPurposes, cases, caseTeam, catalogueVersions, gminas, implementations, powiats, pzks, users, type CaseRow, type ModelVariant, type Role } from '@/db/schema';
import { wordsFor, type VariantWords } from '@/lib/model/variant';
import type { Actor } from '@/lib/auth/actor';
import { can, covers } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { caseAccessKindLabel, type CaseAccessKind } from '@/lib/audit-labels';
import { AppError, conflictError, notFoundError, PurposeRequiredError, refusedChange, refusedError } from '@/lib/errors';
import { pzkName } from '@/lib/pzk/pzk';
import { isInWork } from './vocabulary';
import { parseInput } from '@/lib/validation/parse';
import { ACCESS_LOG_PAGE_SIZE, purposeSchema } from './schemas';
import { clock } from '@/lib/clock';
import { assertNotFrozen, assertPrintable, caseFreeze, FROZEN_MESSAGES, type CaseFreeze } from '@/lib/rodo/freeze';

/*
 * Who may open a case (sprawa osoby lub rodziny) — special-category data, RODO art. 9. Only its key
 * worker, its team (ZZK), the PCPR animator of the powiat and the GOPS animator of the gmina, and
 * ROPS for supervision: read-only, and only after stating a purpose. Everyone else gets "not
 * found" (a case's existence is not revealed). Every opening is written to the audit log.
 */

/** write: key worker and the two animators; read: the case team; supervise: ROPS, with a purpose. */
export type CaseAccess = 'write' | 'read' | 'supervise';

type CasePlace = Pick<CaseRow, 'id' | 'voivodeshipId' | 'powiatId' | 'gminaId' | 'keyWorkerId'>;

const NOT_FOUND = 'Nie znaleziono sprawy.';
/** What a family expert on a case team is told on every other page of the case. */
export const FAMILY_EXPERT_ONLY = 'Ekspert rodzin widzi w sprawie tylko zadania zespołu i dziennik współpracy (zakres oświadczenia o zachowaniu tajemnicy).';

/** How long a stated purpose of access holds for that person and case. */
export const PURPOSE_HOURS = 8;

const place = (c: CasePlace) => ({ voivodeshipId: c.voivodeshipId, powiatId: c.powiatId, gminaId: c.gminaId });

export async function caseAccess(db: DbOrTx, actor: Actor, c: CasePlace): Promise<CaseAccess | null> {
  const s = actor.scope;
  if (s.voivodeshipId !== c.voivodeshipId) return null;
  if (c.keyWorkerId === actor.userId) return 'write';
  // The Kooperacje 3D network worker leads in its gmina as the PCPR animator does in its powiat.
  if ((s.role === 'pcpr_animator' || s.role === 'gops_animator' || s.role === 'network_worker') && covers(s, place(c))) return 'write';
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
  if ((s.role === 'gops_animator' || s.role === 'network_worker') && s.gminaId != null) conditions.push(eq(cases.gminaId, s.gminaId));
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

/** The case with its gmina, powiat and key worker's names (no access check: callers check). */
export async function loadPlaced(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ case: cases, gminaName: gminas.name, powiatName: powiats.name, keyWorkerName: users.name, variant: catalogueVersions.variant })
    .from(cases)
    .innerJoin(gminas, eq(gminas.id, cases.gminaId))
    .innerJoin(powiats, eq(powiats.id, cases.powiatId))
    .innerJoin(users, eq(users.id, cases.keyWorkerId))
    // The model's variant (rural / Kooperacje 3D) names the case team: "zespół sprawy" or "ZZK".
    .leftJoin(pzks, eq(pzks.id, cases.pzkId))
    .leftJoin(implementations, eq(implementations.id, pzks.implementationId))
    .leftJoin(catalogueVersions, eq(catalogueVersions.id, implementations.catalogueVersionId))
    .where(eq(cases.id, id));
  return row;
}

/** What an opening names (a page, a print, the export): one of the access log's named kinds. */
export type OpenedKind = Exclude<CaseAccessKind, 'cel-dostepu'>;

export type OpenedCase = CaseRow & { access: CaseAccess; purpose: string | null; gminaName: string; powiatName: string; pzkName: string; keyWorkerName: string; freeze: CaseFreeze; variant: ModelVariant; words: VariantWords };

/**
 * Opens a case for reading (a page, a PDF, an export) and writes the opening to the audit log,
 * with the purpose when ROPS opens it. `what` names what was opened, e.g. "ipp" or "pdf:ipp".
 * `extra` adds details of what exactly was opened (a downloaded file's id and kind).
 */
export async function openCase(actor: Actor, id: number, what: OpenedKind = 'konto', extra: Record<string, unknown> = {}): Promise<OpenedCase> {
  const db = getDb();
  const row = await loadPlaced(db, id);
  if (!row) throw notFoundError(NOT_FOUND);
  // Whether the case is frozen is read beside the access check (a read only, used once access is granted).
  const [access, freeze] = await Promise.all([caseAccess(db, actor, row.case), caseFreeze(db, id)]);
  if (!access) throw refusedError('case', id, row.case.voivodeshipId, NOT_FOUND);
  // A family expert on the team reads only what the confidentiality statement covers: the team's
  // tasks and the dziennik współpracy (lib/cases/team-work.ts, journal.ts narrow those too).
  if (access === 'read' && actor.scope.role === 'family_expert' && what !== 'zadania' && what !== 'dziennik') throw refusedChange('case', id, row.case.voivodeshipId, FAMILY_EXPERT_ONLY);
  let purpose: string | null = null;
  if (access === 'supervise') {
    purpose = (await currentPurpose(db, id, actor.userId))?.purpose ?? null;
    if (!purpose) throw new PurposeRequiredError(id);
  }
  // A frozen case (restricted, RODO art. 18, or anonymised) is read, never printed; its export
  // goes only through a data-subject request (lib/rodo/access-summary.tsx), never when anonymised.
  if (what.startsWith('pdf:')) assertPrintable(freeze);
  if (what === 'eksport' && freeze) throw new AppError('CONFLICT', freeze.kind === 'anonymised' ? 'Sprawa została zanonimizowana — jej danych nie eksportuje się (dane osobowe usunięto).' : `${FROZEN_MESSAGES.restricted} Kopię danych (art. 15) wydaje się tylko w ramach zarejestrowanego żądania osoby (Administracja → RODO).`);
  await audit(db, actor, {
    action: what.startsWith('pdf:') ? 'case.printed' : what === 'eksport' ? 'case.exported' : 'case.opened',
    entityType: 'case',
    entityId: id,
    voivodeshipId: row.case.voivodeshipId,
    details: { ...extra, what, access, ...(purpose ? { purpose } : {}) },
  });
  return { ...row.case, access, purpose, gminaName: row.gminaName, powiatName: row.powiatName, pzkName: pzkName(row.gminaName), keyWorkerName: row.keyWorkerName, freeze, variant: row.variant ?? 'rural', words: wordsFor(row.variant ?? 'rural') };
}

/** New work (forms, monitoring, IPPs, team meetings) is recorded only on a case still in work; otherwise INVALID, in Polish. */
export function assertInWork(c: Pick<CaseRow, 'status'>) {
  if (!isInWork(c.status)) {
    throw new AppError('INVALID', c.status === 'closed' ? 'Sprawa jest zamknięta — nie można wprowadzać nowych działań.' : 'W tej sprawie nie prowadzi się już nowych działań.');
  }
}

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
  // Restricted (RODO art. 18) or anonymised: stored and read, nothing new recorded.
  await assertNotFrozen(tx, id);
  if (!opts.allowClosed) assertInWork(c);
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

/**
 * The purpose page's case: it must exist and be one the actor may open (else NOT_FOUND, as every
 * page of a case); only ROPS (supervision) states a purpose — the others go straight to the case.
 * Nothing is opened, so nothing is written to the log.
 */
export async function purposeTarget(actor: Actor, caseId: number): Promise<{ id: number; number: string; needsPurpose: boolean }> {
  const db = getDb();
  const row = await loadPlaced(db, caseId);
  if (!row) throw notFoundError(NOT_FOUND);
  const access = await caseAccess(db, actor, row.case);
  if (!access) throw refusedError('case', caseId, row.case.voivodeshipId, NOT_FOUND);
  return { id: row.case.id, number: row.case.number, needsPurpose: access === 'supervise' };
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

/** The access log's filters (the page's GET parameters, parsed by accessLogFilterSchema). */
export interface AccessLogFilter {
  userId?: string;
  role?: Role;
  kind?: CaseAccessKind;
  /** Only openings by people outside the case's own people (ROPS with a purpose). */
  outsiders?: boolean;
  /** Polish days, yyyy-mm-dd, both included. */
  from?: string;
  to?: string;
  page?: number;
}

export const ACCESS_ACTIONS = ['case.opened', 'case.printed', 'case.exported', 'case.purpose_given'];
/** The kind of an entry: what was opened, or the stated purpose (see CASE_ACCESS_KINDS). */
export const kindOf = sql<string>`case when ${auditLog.action} = 'case.purpose_given' then 'cel-dostepu' else coalesce(${auditLog.details}->>'what', case when ${auditLog.action} = 'case.exported' then 'eksport' else 'konto' end) end`;
/**
 * Outside the case's own people (key worker, animators, case team): whoever opened it with
 * supervision access — ROPS, after stating a purpose. The access is the one recorded at the time.
 */
const outsiderOf = sql<boolean>`(${auditLog.action} = 'case.purpose_given' or coalesce(${auditLog.details}->>'access', '') = 'supervise')`;
export const purposeOf = sql<string | null>`${auditLog.details}->>'purpose'`;
export const dayOf = sql<string>`to_char(${auditLog.at} at time zone 'Europe/Warsaw', 'YYYY-MM-DD')`;

/**
 * Who opened the case, when and why — for its key worker and the animators. Repeated openings are
 * folded: one row per person, role, kind, purpose and Polish day, with how many times and the
 * first and last time (so a day of work on the IPP is one row, not ninety). Newest first, paged.
 */
export async function accessLog(actor: Actor, caseId: number, f: AccessLogFilter = {}) {
  const c = await openCase(actor, caseId, 'dziennik-dostepu');
  if (c.access !== 'write') throw refusedChange('case', caseId, c.voivodeshipId, 'Dziennik dostępu widzi pracownik kluczowy i animatorzy.');
  const db = getDb();
  const ofCase = and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), inArray(auditLog.action, ACCESS_ACTIONS));
  const where = and(
    ofCase,
    f.userId ? eq(auditLog.userId, f.userId) : undefined,
    f.role ? eq(auditLog.role, f.role) : undefined,
    f.kind ? sql`${kindOf} = ${f.kind}` : undefined,
    f.outsiders ? outsiderOf : undefined,
    // Days in Poland, whatever the time zone of the machine or of the database session.
    f.from ? gte(auditLog.at, sql`(${f.from}::date)::timestamp at time zone 'Europe/Warsaw'`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp at time zone 'Europe/Warsaw'`) : undefined,
  );
  const groups = db
    .select({
      userId: auditLog.userId,
      userName: users.name,
      userEmail: auditLog.userEmail,
      role: auditLog.role,
      kind: sql<string>`${kindOf}`.as('kind'),
      purpose: sql<string | null>`${purposeOf}`.as('purpose'),
      outsider: sql<boolean>`${outsiderOf}`.as('outsider'),
      day: sql<string>`${dayOf}`.as('day'),
      count: sql<number>`count(*)::int`.as('count'),
      firstAt: sql<Date>`min(${auditLog.at})`.as('first_at'),
      lastAt: sql<Date>`max(${auditLog.at})`.as('last_at'),
      lastId: sql<number>`max(${auditLog.id})`.as('last_id'),
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .groupBy(auditLog.userId, users.name, auditLog.userEmail, auditLog.role, kindOf, purposeOf, outsiderOf, dayOf)
    .as('g');
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(groups);
  const pages = Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page ?? 1), pages);
  const rows = await db
    .select()
    .from(groups)
    .orderBy(desc(groups.lastAt), desc(groups.lastId))
    .limit(ACCESS_LOG_PAGE_SIZE)
    .offset((page - 1) * ACCESS_LOG_PAGE_SIZE);
  // The filters offer the people and roles found in the whole log of this case.
  const [people, roles] = await Promise.all([
    db
      .selectDistinct({ userId: auditLog.userId, name: sql<string>`coalesce(${users.name}, ${auditLog.userEmail}, '—')` })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(and(ofCase, isNotNull(auditLog.userId))),
    db.selectDistinct({ role: auditLog.role }).from(auditLog).where(and(ofCase, isNotNull(auditLog.role))),
  ]);
  const collator = new Intl.Collator('pl');
  return {
    case: c,
    entries: rows.map((r) => ({ ...r, firstAt: new Date(r.firstAt), lastAt: new Date(r.lastAt), kindLabel: caseAccessKindLabel(r.kind) })),
    total,
    page,
    pages,
    pageSize: ACCESS_LOG_PAGE_SIZE,
    options: {
      people: people.filter((p): p is { userId: string; name: string } => p.userId !== null).sort((a, b) => collator.compare(a.name, b.name)),
      roles: roles.map((r) => r.role).filter((r): r is Role => r !== null),
    },
  };
}
