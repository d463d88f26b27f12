import crypto from 'node:crypto';

/*
 * The audit log's hash chains (issue 16). Each województwo has one chain (chain 0: entries outside
 * any); an entry's `hash` covers its fields and the previous entry's hash, so changing, removing or
 * inserting an entry breaks every link after it. The fields are hashed in the text form PostgreSQL
 * prints them in (timestamps in UTC to the microsecond, inet, jsonb), so the verifier recomputes
 * them from what is stored. The entries are written by the database function `audit_append`
 * (migration 0019, lib/audit.ts), which builds the same payload in SQL, as migration 0016 did for
 * the entries written before the chains: keep the three in step (tests/integration/audit-chain.test.ts
 * checks the verifier here agrees with what the function wrote).
 */

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** PostgreSQL's text of a timestamp for the payload (to_char of `at` at time zone UTC). */
export const AT_TEXT_FORMAT = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;

/** The chain of an entry: its województwo, or 0. */
export const chainOf = (voivodeshipId: number | null | undefined): number => voivodeshipId ?? 0;

/** The hashed fields of an entry, as text (null stays null). */
export interface ChainFields {
  prevHash: string;
  chain: number;
  seq: number;
  atText: string;
  userId: string | null;
  userEmail: string | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  voivodeshipId: number | null;
  ipText: string | null;
  foldKey: string | null;
  detailsText: string | null;
}

/** One field: "-" for null, else its length in UTF-8 bytes, ":" and the text (unambiguous when joined). */
const field = (v: string | number | null): string => (v == null ? '-' : `${Buffer.byteLength(String(v), 'utf8')}:${v}`);

/** The exact text hashed for an entry (migrations 0016 and 0019 build the same in SQL). */
export function chainPayload(f: ChainFields): string {
  return [f.prevHash, f.chain, f.seq, f.atText, f.userId, f.userEmail, f.role, f.action, f.entityType, f.entityId, f.voivodeshipId, f.ipText, f.foldKey, f.detailsText].map(field).join('|');
}

/** The entry's hash: SHA-256 of its payload, in hex. */
export function entryHash(f: ChainFields): string {
  return crypto.createHash('sha256').update(chainPayload(f), 'utf8').digest('hex');
}
