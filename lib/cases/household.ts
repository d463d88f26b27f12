import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { caseMembers } from '@/db/schema';

/** The household of a case, in its order — the one query every case module reads it with. */
export async function householdOf(db: DbOrTx, caseId: number) {
  return db.select().from(caseMembers).where(eq(caseMembers.caseId, caseId)).orderBy(asc(caseMembers.position), asc(caseMembers.id));
}
