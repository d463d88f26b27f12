import { and, asc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { catalogueRecurringTasks, occurrences, regionalEvents, tracks } from '@/db/schema';

/** The regional track's recurring task an info meeting of step 1 fulfils (catalogue code). */
export const INFO_MEETING_TASK = 'spotkania-informacyjne-rops';

/** The regional track's info-meeting occurrence whose period holds the day (one not yet linked to another event). */
export async function infoOccurrence(db: DbOrTx, voivodeshipId: number, day: string, eventId: number | undefined) {
  const [occ] = await db
    .select({ id: occurrences.id })
    .from(occurrences)
    .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(
      and(
        eq(tracks.kind, 'regional'),
        eq(tracks.voivodeshipId, voivodeshipId),
        eq(catalogueRecurringTasks.code, INFO_MEETING_TASK),
        lte(occurrences.periodStart, day),
        gte(occurrences.dueDate, day),
        ne(occurrences.status, 'skipped'),
        sql`not exists (select 1 from ${regionalEvents} re where re.occurrence_id = ${occurrences.id} and re.cancelled_at is null ${eventId ? sql`and re.id <> ${eventId}` : sql``})`,
      ),
    )
    .orderBy(asc(occurrences.dueDate))
    .limit(1);
  return occ?.id ?? null;
}
