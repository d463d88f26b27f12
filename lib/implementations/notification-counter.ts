import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { notificationCounters } from '@/db/schema';
import { formatNotificationNumber } from './notification-number';

/** The next number of the year: one counter row per year, incremented in the caller's transaction. */
export async function nextNotificationNumber(tx: DbOrTx, year: number): Promise<string> {
  const [c] = await tx
    .insert(notificationCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: notificationCounters.year, set: { last: sql`${notificationCounters.last} + 1` } })
    .returning({ last: notificationCounters.last });
  return formatNotificationNumber(year, c.last);
}
