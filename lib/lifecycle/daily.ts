import type { Db } from '@/db/client';
import { runAccountLifecycle } from '@/lib/accounts/lifecycle';
import { verifyAuditChainsIfDue } from '@/lib/audit-verify';
import { clock } from '@/lib/clock';
import { markRetention } from '@/lib/retention/retention';

/**
 * The data lifecycle's background work (issue 16), idempotent, run by the worker a few times a day:
 * marks cases reaching the end of their retention, warns and disables inactive accounts, removes
 * rejected requests' personal data and old login failures, and verifies the audit chains once a day.
 * Nothing is destroyed here: destruction needs a ROPS administrator's approved batch.
 */
export async function runDataLifecycle(db: Db, today = clock.today()) {
  const retention = await markRetention(db, today);
  const accounts = await runAccountLifecycle(db, today);
  const audit = await verifyAuditChainsIfDue(db);
  return { retention, accounts, audit };
}
