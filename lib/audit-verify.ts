import { desc, eq, inArray, sql } from 'drizzle-orm';
import { executeRows, type DbOrTx } from '@/db/client';
import { auditVerifications, voivodeships } from '@/db/schema';
import { clock } from '@/lib/clock';
import { AT_TEXT_FORMAT, entryHash, GENESIS_HASH } from './audit-chain';

/*
 * The verification of the audit log's hash chains (issue 16, item 5; lib/audit-chain.ts). Each
 * chain is walked in `seq` order in batches (keyset pagination: the log may hold millions of
 * entries and is never loaded whole); every entry's hash is recomputed from the text PostgreSQL
 * prints for its fields — as audit() hashed them — and its link to the previous entry checked, the
 * numbering must run 1, 2, 3 … without gaps, and the chain's head (audit_chain_heads) must be its
 * last entry. Heads exported earlier (the ROPS page's "Pobierz głowy łańcuchów", kept elsewhere)
 * must still be entries of the chain: a chain rewritten consistently from some entry on (hashes
 * recomputed, head moved) passes every other check, but not that one.
 *
 * The run is recorded in audit_verifications (the first broken link, and the first of each other
 * broken chain in `problem`). It writes no audit entry itself: a check by a person is recorded
 * by its caller (lib/audit-log.ts), the worker's and the command line's only here.
 */

/** The first broken link of a chain. */
export interface BrokenLink {
  chain: number;
  /** The entry's number in its chain (for a removed entry: the missing number). */
  seq: number | null;
  /** The entry found broken (null when it is missing). */
  entryId: number | null;
  /** What is wrong, in Polish. */
  problem: string;
}

/** One chain's result. */
export interface ChainReport {
  chain: number;
  /** "Województwo podlaskie", or the chain of entries outside any województwo. */
  name: string;
  entries: number;
  head: { seq: number; hash: string; at: Date | null } | null;
  broken: BrokenLink | null;
}

export interface VerificationResult {
  ok: boolean;
  chains: number;
  entries: number;
  broken: { chain: number; seq: number | null; entryId: number | null; problem: string } | null;
  /** Each chain walked, in chain order. */
  reports?: ChainReport[];
  /** The audit_verifications row recorded. */
  verificationId?: number;
}

/** A chain head kept outside the database (the JSON of "Pobierz głowy łańcuchów"). */
export interface ExportedHead {
  chain: number;
  seq: number;
  hash: string;
  at?: string | null;
}

export interface ExportedHeads {
  exportedAt?: string;
  heads: ExportedHead[];
}

export interface VerifyOptions {
  /** Only these chains (the ROPS page: its województwo's); all when absent. */
  chains?: number[];
  /** Heads exported earlier: each must still be an entry of its chain. */
  exported?: ExportedHeads;
  /** Entries read per query. */
  batchSize?: number;
}

export const NO_VOIVODESHIP_CHAIN_NAME = 'Wpisy spoza województw (model krajowy, logowania)';

/** The name of a chain for people: its województwo, or the chain of entries outside any. */
export async function chainNames(db: DbOrTx, chains: number[]): Promise<Map<number, string>> {
  const ids = chains.filter((c) => c !== 0);
  const rows = ids.length ? await db.select({ id: voivodeships.id, name: voivodeships.name }).from(voivodeships).where(inArray(voivodeships.id, ids)) : [];
  const names = new Map(rows.map((r) => [r.id, `Województwo ${r.name}`]));
  return new Map(chains.map((c) => [c, c === 0 ? NO_VOIVODESHIP_CHAIN_NAME : (names.get(c) ?? `Łańcuch nr ${c}`)]));
}

interface EntryRow {
  id: string | number;
  seq: string | number;
  prev_hash: string;
  hash: string;
  at_text: string;
  user_text: string | null;
  user_email: string | null;
  role_text: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  voivodeship_id: number | null;
  ip_text: string | null;
  fold_key: string | null;
  details_text: string | null;
}

interface HeadRow {
  seq: string | number;
  hash: string;
  entry_id: string | number | null;
  at: Date | string | null;
}

const missing = (from: number, to: number) => (from === to ? `brak wpisu nr ${from} (usunięty)` : `brak wpisów nr ${from}–${to} (usunięte)`);

/** The chains present in the log or in the heads (a loose index scan over (chain, seq): a few chains, many entries). */
async function allChains(db: DbOrTx): Promise<number[]> {
  const rows = await executeRows<{ chain: number }>(
    db,
    sql`with recursive c(chain) as (
          select min(chain) from audit_log
          union all
          select (select min(l.chain) from audit_log l where l.chain > c.chain) from c where c.chain is not null
        )
        select chain from c where chain is not null
        union
        select chain from audit_chain_heads where seq > 0`,
  );
  return [...new Set(rows.map((r) => Number(r.chain)))].sort((a, b) => a - b);
}

async function readHead(db: DbOrTx, chain: number): Promise<HeadRow | null> {
  const [head] = await executeRows<HeadRow>(db, sql`select seq, hash, entry_id, at from audit_chain_heads where chain = ${chain}`);
  return head ?? null;
}

/** Walks one chain; stops at its first broken link. */
async function verifyChain(db: DbOrTx, chain: number, name: string, exported: ExportedHead | undefined, batchSize: number): Promise<ChainReport> {
  // The head first: entries up to it were committed with it (audit() moves the head in the entry's
  // transaction), so writes going on meanwhile do not look like breaks.
  const headRow = await readHead(db, chain);
  const headSeq = headRow ? Number(headRow.seq) : 0;
  const head = headRow && headSeq > 0 ? { seq: headSeq, hash: headRow.hash, at: headRow.at == null ? null : new Date(headRow.at) } : null;
  const report = (entries: number, broken: Omit<BrokenLink, 'chain'> | null): ChainReport => ({ chain, name, entries, head, broken: broken && { chain, ...broken } });

  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let lastId: number | null = null;
  let entries = 0;
  for (;;) {
    const rows = await executeRows<EntryRow>(
      db,
      sql`select id, seq, prev_hash, hash,
            to_char(at at time zone 'UTC', ${AT_TEXT_FORMAT}) as at_text,
            user_id::text as user_text, user_email, role::text as role_text, action, entity_type, entity_id,
            voivodeship_id, ip::text as ip_text, fold_key, details::text as details_text
          from audit_log
          where chain = ${chain} and seq > ${prevSeq} and seq <= ${headSeq}
          order by seq
          limit ${batchSize}`,
    );
    for (const r of rows) {
      const seq = Number(r.seq);
      const id = Number(r.id);
      if (seq !== prevSeq + 1) return report(entries, { seq: prevSeq + 1, entryId: null, problem: `${missing(prevSeq + 1, seq - 1)}; następny zachowany wpis: nr ${seq} (id ${id})` });
      if (r.prev_hash !== prevHash) {
        return report(entries, { seq, entryId: id, problem: `wpis nr ${seq} (id ${id}) nie wskazuje poprzedniego${seq > 1 ? ` (wpis nr ${seq - 1} zmieniony albo podmieniony)` : ''}` });
      }
      const hash = entryHash({
        prevHash: r.prev_hash,
        chain,
        seq,
        atText: r.at_text,
        userId: r.user_text,
        userEmail: r.user_email,
        role: r.role_text,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        voivodeshipId: r.voivodeship_id,
        ipText: r.ip_text,
        foldKey: r.fold_key,
        detailsText: r.details_text,
      });
      if (hash !== r.hash) return report(entries, { seq, entryId: id, problem: `wpis nr ${seq} (id ${id}): skrót wpisu się nie zgadza (wpis zmieniony)` });
      if (exported && exported.seq === seq && exported.hash !== r.hash) {
        return report(entries, { seq, entryId: id, problem: `wpis nr ${seq} (id ${id}) ma inny skrót niż wyeksportowana głowa łańcucha — historia przepisana` });
      }
      entries++;
      prevSeq = seq;
      prevHash = r.hash;
      lastId = id;
    }
    if (rows.length < batchSize) break;
  }

  if (prevSeq < headSeq) return report(entries, { seq: prevSeq + 1, entryId: null, problem: `${missing(prevSeq + 1, headSeq)} — głowa łańcucha wskazuje wpis nr ${headSeq}` });
  if (headRow && headSeq > 0 && (headRow.hash !== prevHash || (headRow.entry_id != null && Number(headRow.entry_id) !== lastId))) {
    return report(entries, { seq: headSeq, entryId: lastId, problem: `głowa łańcucha nie zgadza się z ostatnim wpisem nr ${headSeq}` });
  }
  // Entries past the head are ones written around the application (which moves the head with
  // every entry). Read after the head so that entries written meanwhile moved it already.
  const [beyond] = await executeRows<{ n: string | number; min: string | number | null; id: string | number | null }>(
    db,
    sql`select count(*) as n, min(seq) as min, (array_agg(id order by seq))[1] as id from audit_log where chain = ${chain} and seq > ${headSeq}`,
  );
  if (Number(beyond.n) > 0) {
    // The highest entry first, then the head: an entry and its head commit together, so a head read
    // later is at least as far as any entry seen before it.
    const [max] = await executeRows<{ max: string | number }>(db, sql`select max(seq) as max from audit_log where chain = ${chain}`);
    const now = await readHead(db, chain);
    if (!now || Number(now.seq) < Number(max.max)) {
      return report(entries, { seq: Number(beyond.min), entryId: Number(beyond.id), problem: `wpis nr ${beyond.min} (id ${beyond.id}) leży poza głową łańcucha (nr ${headSeq}) — dopisany z pominięciem aplikacji` });
    }
  }
  if (exported && exported.seq > prevSeq) {
    return report(entries, { seq: exported.seq, entryId: null, problem: `brak wpisu nr ${exported.seq} z wyeksportowanej głowy łańcucha (łańcuch skrócony albo przepisany)` });
  }
  return report(entries, null);
}

/**
 * Walks every chain (or those given) and records the verification; `runBy`: 'worker', 'cli' or
 * 'user:<uuid>'. Returns each chain's report and the first broken link.
 */
export async function verifyAuditChains(db: DbOrTx, runBy: string, opts: VerifyOptions = {}): Promise<VerificationResult> {
  const exported = new Map((opts.exported?.heads ?? []).map((h) => [Number(h.chain), { ...h, chain: Number(h.chain), seq: Number(h.seq) }]));
  const found = await allChains(db);
  const wanted = opts.chains ? [...new Set(opts.chains)].sort((a, b) => a - b) : [...new Set([...found, ...exported.keys()])].sort((a, b) => a - b);
  const names = await chainNames(db, wanted);
  const reports: ChainReport[] = [];
  for (const chain of wanted) reports.push(await verifyChain(db, chain, names.get(chain)!, exported.get(chain), opts.batchSize ?? 2000));
  const brokenReports = reports.filter((r) => r.broken);
  const broken = brokenReports[0]?.broken ?? null;
  const result = { ok: !broken, chains: reports.length, entries: reports.reduce((s, r) => s + r.entries, 0), broken };
  const [row] = await db
    .insert(auditVerifications)
    .values({
      at: clock.now(),
      ok: result.ok,
      chains: result.chains,
      entries: result.entries,
      brokenChain: broken?.chain ?? null,
      brokenEntryId: broken?.entryId ?? null,
      brokenSeq: broken?.seq ?? null,
      problem: brokenReports.length ? brokenReports.map((r) => `${r.name}: ${r.broken!.problem}`).join('\n') : null,
      runBy,
    })
    .returning({ id: auditVerifications.id });
  return { ...result, reports, verificationId: row.id };
}

/** A day between the worker's verifications. */
export const VERIFY_EVERY_MS = 24 * 60 * 60 * 1000;

/** The background worker's verification: at most once a day (the worker's last run older than 24 h). */
export async function verifyAuditChainsIfDue(db: DbOrTx): Promise<VerificationResult | null> {
  const [last] = await db
    .select({ at: auditVerifications.at })
    .from(auditVerifications)
    .where(eq(auditVerifications.runBy, 'worker'))
    .orderBy(desc(auditVerifications.at))
    .limit(1);
  if (last && clock.now().getTime() - last.at.getTime() < VERIFY_EVERY_MS) return null;
  return verifyAuditChains(db, 'worker');
}
