import 'server-only';
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditChainHeads, auditFolds, auditLog, auditVerifications, users } from '@/db/schema';
import { clock, dateInPoland } from '@/lib/clock';
import type { CsvCell } from '@/lib/csv';
import { audit } from './audit';
import { chainOf, GENESIS_HASH } from './audit-chain';
import { auditActionLabel, auditEntityLabel } from './audit-labels';
import { chainNames, verifyAuditChains } from './audit-verify';
import type { Actor } from './auth/actor';
import { authorize } from './auth/authorize';
import { roleLabel } from './auth/roles';
import { escapeLike, formatDateTime } from './text';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: string;
  user?: string;
  entityType?: string;
  from?: string; // yyyy-mm-dd
  to?: string;
  page?: number;
}

/** The entries of the actor's województwo and of none, as filtered. */
function filterOf(actor: Actor, f: AuditFilter) {
  return and(
    or(eq(auditLog.voivodeshipId, actor.scope.voivodeshipId), isNull(auditLog.voivodeshipId)),
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.user ? ilike(auditLog.userEmail, `%${escapeLike(f.user)}%`) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    // Days in Poland, whatever the time zone of the machine or of the database session.
    f.from ? gte(auditLog.at, sql`(${f.from}::date)::timestamp at time zone 'Europe/Warsaw'`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp at time zone 'Europe/Warsaw'`) : undefined,
  );
}

/**
 * The audit log of the actor's województwo, newest first, filtered — with the entries that belong
 * to no województwo (the national model's changes, sign-in attempts on unknown e-mails), which
 * every ROPS administrator sees. Folded entries carry how often they repeated.
 */
export async function listAuditEntries(actor: Actor, f: AuditFilter) {
  await authorize(actor, 'audit.read');
  const page = Math.max(1, f.page ?? 1);
  const where = filterOf(actor, f);
  const rows = await getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userEmail: auditLog.userEmail,
      role: auditLog.role,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
      details: auditLog.details,
      repeats: sql<number>`coalesce(${auditFolds.repeats}, 0)`,
    })
    .from(auditLog)
    .leftJoin(auditFolds, eq(auditFolds.key, auditLog.foldKey))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), page, hasNext: rows.length > AUDIT_PAGE_SIZE };
}

// ---------------------------------------------------------------------------------------------
// The log's integrity (issue 16, item 5): the chains of the actor's województwo, their last
// verification, a check on demand, the heads to keep elsewhere, and the export for an inspector.
// ---------------------------------------------------------------------------------------------

/** The chains a ROPS administrator answers for: the województwo's, and the one of entries outside any (which they see too). */
const chainsOf = (actor: Actor) => [chainOf(actor.scope.voivodeshipId), chainOf(null)];

/** The current heads of the actor's chains (seq 0: no entry yet). */
async function headsOf(actor: Actor) {
  const chains = chainsOf(actor);
  const [rows, names] = await Promise.all([
    getDb().select({ chain: auditChainHeads.chain, seq: auditChainHeads.seq, hash: auditChainHeads.hash, at: auditChainHeads.at }).from(auditChainHeads).where(inArray(auditChainHeads.chain, chains)),
    chainNames(getDb(), chains),
  ]);
  return chains.map((chain) => {
    const h = rows.find((r) => r.chain === chain);
    return { chain, name: names.get(chain)!, seq: h?.seq ?? 0, hash: h?.hash ?? GENESIS_HASH, at: h?.at ?? null };
  });
}

/** Who ran a verification, for people. */
function runByLabel(runBy: string, people: Map<string, { name: string; email: string }>): string {
  if (runBy === 'worker') return 'Proces w tle (codzienne sprawdzenie)';
  if (runBy === 'cli') return 'Polecenie npm run audit:verify';
  const who = runBy.startsWith('user:') ? people.get(runBy.slice(5)) : undefined;
  return who ? `${who.name} (${who.email})` : 'Użytkownik platformy';
}

/**
 * The integrity section of the audit page: the last verification that covered the actor's chain
 * (the worker's or the command line's, over every chain, or a check run from this page in this
 * województwo) and the chains' current heads.
 */
export async function auditIntegrity(actor: Actor) {
  await authorize(actor, 'audit.read');
  const db = getDb();
  const ownChecks = db
    .select({ id: sql<number>`(${auditLog.details}->>'verificationId')::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'audit.verified'), eq(auditLog.voivodeshipId, actor.scope.voivodeshipId)));
  const [last] = await db
    .select({
      id: auditVerifications.id,
      at: auditVerifications.at,
      ok: auditVerifications.ok,
      chains: auditVerifications.chains,
      entries: auditVerifications.entries,
      brokenChain: auditVerifications.brokenChain,
      brokenSeq: auditVerifications.brokenSeq,
      brokenEntryId: auditVerifications.brokenEntryId,
      problem: auditVerifications.problem,
      runBy: auditVerifications.runBy,
    })
    .from(auditVerifications)
    .where(or(inArray(auditVerifications.runBy, ['worker', 'cli']), inArray(auditVerifications.id, ownChecks)))
    .orderBy(desc(auditVerifications.at), desc(auditVerifications.id))
    .limit(1);
  const userId = last?.runBy.startsWith('user:') ? last.runBy.slice(5) : null;
  const people = new Map(
    userId && /^[0-9a-f-]{36}$/.test(userId) ? (await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, userId))).map((u) => [u.id, u] as const) : [],
  );
  return {
    lastVerification: last ? { ...last, runByLabel: runByLabel(last.runBy, people), problems: last.problem ? last.problem.split('\n') : [] } : null,
    heads: await headsOf(actor),
  };
}

/**
 * "Sprawdź teraz": verifies the actor's chains at once, records the run and an 'audit.verified'
 * entry (after the walk, so the check does not read its own entry).
 */
export async function verifyMyAuditChains(actor: Actor) {
  await authorize(actor, 'audit.read');
  const db = getDb();
  const r = await verifyAuditChains(db, `user:${actor.userId}`, { chains: chainsOf(actor) });
  await audit(db, actor, {
    action: 'audit.verified',
    entityType: 'audit_log',
    voivodeshipId: actor.scope.voivodeshipId,
    details: { verificationId: r.verificationId, ok: r.ok, chains: r.chains, entries: r.entries, ...(r.broken ? { brokenChain: r.broken.chain, brokenSeq: r.broken.seq, brokenEntryId: r.broken.entryId } : {}) },
  });
  return { ok: r.ok, entries: r.entries, broken: r.broken };
}

/** "Pobierz głowy łańcuchów": the heads of the actor's chains, to be kept outside the database (`npm run audit:verify -- --heads`). */
export async function exportChainHeads(actor: Actor) {
  await authorize(actor, 'audit.read');
  const heads = await headsOf(actor);
  const exportedAt = clock.now();
  await audit(getDb(), actor, {
    action: 'audit.heads_exported',
    entityType: 'audit_log',
    voivodeshipId: actor.scope.voivodeshipId,
    details: { heads: heads.map((h) => ({ chain: h.chain, seq: h.seq })) },
  });
  return {
    json: {
      exportedAt: exportedAt.toISOString(),
      note: 'Głowy łańcuchów dziennika zdarzeń platformy Kooperacja. Przechowuj poza bazą danych; sprawdzenie: npm run audit:verify -- --heads <ten plik>.',
      heads: heads.map((h) => ({ chain: h.chain, name: h.name, seq: h.seq, hash: h.hash, at: h.at?.toISOString() ?? null })),
    },
    filename: `glowy-lancuchow-dziennika-${dateInPoland(exportedAt)}.json`,
  };
}

/** At most this many entries in one CSV export (narrow the period for more). */
export const AUDIT_EXPORT_LIMIT = 100_000;

export const AUDIT_CSV_COLUMNS = ['Id wpisu', 'Łańcuch', 'Nr w łańcuchu', 'Kiedy (UTC)', 'Kiedy (czas polski)', 'E-mail', 'Rola', 'Czynność', 'Kod czynności', 'Obiekt', 'Id obiektu', 'Adres IP', 'Szczegóły (JSON)', 'Powtórzenia', 'Skrót poprzedniego', 'Skrót wpisu'] as const;

/**
 * The entries of the current filter for an inspector, oldest first, with the chains' heads as the
 * last lines (so the export can be checked against the chain later); audited 'audit.exported'.
 */
export async function auditExportRows(actor: Actor, f: AuditFilter) {
  await authorize(actor, 'audit.read');
  const db = getDb();
  const rows = await db
    .select({
      id: auditLog.id,
      chain: auditLog.chain,
      seq: auditLog.seq,
      at: auditLog.at,
      userEmail: auditLog.userEmail,
      role: auditLog.role,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
      details: auditLog.details,
      repeats: sql<number>`coalesce(${auditFolds.repeats}, 0)`,
      prevHash: auditLog.prevHash,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(auditFolds, eq(auditFolds.key, auditLog.foldKey))
    .where(filterOf(actor, f))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .limit(AUDIT_EXPORT_LIMIT);
  const heads = await headsOf(actor);
  const at = clock.now();
  await audit(db, actor, {
    action: 'audit.exported',
    entityType: 'audit_log',
    voivodeshipId: actor.scope.voivodeshipId,
    details: { count: rows.length, filter: { action: f.action ?? null, entityType: f.entityType ?? null, from: f.from ?? null, to: f.to ?? null, user: f.user ? true : null }, heads: heads.map((h) => ({ chain: h.chain, seq: h.seq })) },
  });
  const names = new Map(heads.map((h) => [h.chain, h.name]));
  const out: CsvCell[][] = rows.map((r) => [
    r.id,
    names.get(r.chain) ?? String(r.chain),
    r.seq,
    r.at.toISOString(),
    formatDateTime(r.at),
    r.userEmail,
    r.role ? roleLabel(r.role) : '',
    auditActionLabel(r.action),
    r.action,
    auditEntityLabel(r.entityType),
    r.entityId,
    r.ip,
    r.details == null ? '' : JSON.stringify(r.details),
    Number(r.repeats),
    r.prevHash,
    r.hash,
  ]);
  for (const h of heads) {
    out.push(['GŁOWA ŁAŃCUCHA', h.name, h.seq, h.at?.toISOString() ?? '', h.at ? formatDateTime(h.at) : '', '', '', `Stan na ${formatDateTime(at)}`, '', '', '', '', '', '', '', h.hash]);
  }
  return { columns: AUDIT_CSV_COLUMNS, rows: out, filename: `dziennik-zdarzen-${dateInPoland(at)}.csv`, truncated: rows.length === AUDIT_EXPORT_LIMIT };
}
