import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditChainHeads, auditLog } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { auditExportRows, auditIntegrity, exportChainHeads, verifyMyAuditChains } from '@/lib/audit-log';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The integrity of the audit log on the ROPS audit page (issue 16, item 5): its last verification,
 * the check on demand, the exported chain heads and the CSV for an inspector — the ROPS
 * administrator of each województwo, for its own chain (and the chain of entries outside any
 * województwo), nobody else.
 */

/** The chains an actor answers for. */
const own = (a: Actor) => [a.scope.voivodeshipId, 0];

async function integrityChecked(a: Actor) {
  const r = await auditIntegrity(a);
  const chains = r.heads.map((h) => h.chain);
  if (chains.join() !== own(a).join()) throw new Error(`heads of chains ${chains.join()}`);
  const stored = await getDb().select().from(auditChainHeads).where(inArray(auditChainHeads.chain, own(a)));
  for (const h of r.heads) if ((stored.find((s) => s.chain === h.chain)?.hash ?? '0'.repeat(64)) !== h.hash) throw new Error(`head of chain ${h.chain} misread`);
}

async function verifyChecked(a: Actor) {
  const r = await verifyMyAuditChains(a);
  if (!r.ok) throw new Error(`own chains broken: ${r.broken?.problem}`);
}

async function headsChecked(a: Actor) {
  const { json } = await exportChainHeads(a);
  if (json.heads.map((h) => h.chain).join() !== own(a).join()) throw new Error(`exported heads of chains ${json.heads.map((h) => h.chain).join()}`);
}

/** Every exported entry is of the actor's chain or of none; Janów's case creation is among them at home only. */
async function exportChecked(a: Actor) {
  const { rows } = await auditExportRows(a, { action: 'case.created' });
  const entries = rows.filter((r) => r[0] !== 'GŁOWA ŁAŃCUCHA');
  const ids = entries.map((r) => Number(r[0]));
  const stored = ids.length ? await getDb().select({ id: auditLog.id, chain: auditLog.chain, entityId: auditLog.entityId }).from(auditLog).where(inArray(auditLog.id, ids)) : [];
  const foreign = stored.filter((e) => !own(a).includes(e.chain));
  if (foreign.length) throw new Error(`entries of another województwo: ${foreign.map((e) => e.id).join(', ')}`);
  const janow = stored.some((e) => e.entityId === String(m.caseId));
  if (janow !== (a.scope.voivodeshipId === m.s.pzk.voivodeshipId)) throw new Error(`Janów's case ${janow ? 'exported abroad' : 'missing at home'}`);
  const heads = rows.filter((r) => r[0] === 'GŁOWA ŁAŃCUCHA');
  if (heads.length !== 2) throw new Error(`${heads.length} head lines`);
  // The line of the actor's chain names an entry of that chain (the head when the file was made).
  const [named] = await getDb().select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.chain, a.scope.voivodeshipId), eq(auditLog.seq, Number(heads[0][2])), eq(auditLog.hash, String(heads[0][15]))));
  if (!named) throw new Error('the head line names no entry of the chain');
}

const ROPS = row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const NOBODY_ROPS = row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const NOBODY_POWIAT = row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');

const rows: MatrixRow[] = [
  { fn: 'lib/audit-log.ts#auditIntegrity', role: 'rops_admin', call: integrityChecked, expect: ROPS, note: 'abroad: the chain of mazowieckie' },
  { fn: 'lib/audit-log.ts#auditIntegrity', role: 'rops_adviser', call: integrityChecked, expect: NOBODY_ROPS, note: 'advisers supervise cases, the administrator reads the log' },
  { fn: 'lib/audit-log.ts#auditIntegrity', role: 'pcpr_animator', call: integrityChecked, expect: NOBODY_POWIAT },
  { fn: 'lib/audit-log.ts#verifyMyAuditChains', role: 'rops_admin', call: verifyChecked, expect: ROPS },
  { fn: 'lib/audit-log.ts#verifyMyAuditChains', role: 'rops_adviser', call: verifyChecked, expect: NOBODY_ROPS },
  { fn: 'lib/audit-log.ts#verifyMyAuditChains', role: 'pcpr_animator', call: verifyChecked, expect: NOBODY_POWIAT },
  { fn: 'lib/audit-log.ts#exportChainHeads', role: 'rops_admin', call: headsChecked, expect: ROPS },
  { fn: 'lib/audit-log.ts#exportChainHeads', role: 'rops_adviser', call: headsChecked, expect: NOBODY_ROPS },
  { fn: 'lib/audit-log.ts#exportChainHeads', role: 'pcpr_animator', call: headsChecked, expect: NOBODY_POWIAT },
  { fn: 'lib/audit-log.ts#auditExportRows', role: 'rops_admin', call: exportChecked, expect: ROPS },
  { fn: 'lib/audit-log.ts#auditExportRows', role: 'rops_adviser', call: exportChecked, expect: NOBODY_ROPS },
  { fn: 'lib/audit-log.ts#auditExportRows', role: 'pcpr_animator', call: exportChecked, expect: NOBODY_POWIAT },
];

export default { rows } satisfies RowModule;
