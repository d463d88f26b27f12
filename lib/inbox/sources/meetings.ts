import 'server-only';
import { and, asc, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { catalogueRecurringTasks, gminas, occurrences, pzkMeetings, pzks, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { clock, dateInPoland } from '@/lib/clock';
import { MEETING_TASK_CODE } from '@/lib/pzk/meetings';
import { pzkName } from '@/lib/pzk/pzk';
import { formatDate } from '@/lib/text';
import { meetingToPlanWhat, minutesDueOn } from '../due';
import type { InboxItem, InboxSourceFn } from '../types';
import { openTrack } from '@/lib/implementations/open-track';

/*
 * The PZK's meetings, for those who run them — both animators (lib/pzk/meetings.ts: the PCPR
 * animator manages the team, the GOPS animator of its gmina plans and leads meetings with them):
 * - the monthly meeting to plan: a planned occurrence of the schedule's monthly meeting whose
 *   period has begun (this month's, or an earlier one never held), with no meeting of the team
 *   planned for it or held within its period; due at the period's end;
 * - minutes to publish: a meeting that has ended without published minutes; due a week after
 *   the meeting (MINUTES_DUE_DAYS, ../due.ts).
 * Planning the meeting removes the first, publishing the minutes the second (and marks the
 * schedule's occurrence done).
 */

/** The PZKs whose meetings the actor runs, as a `where` over `pzks`; null for none. */
function runPzks(actor: Actor): SQL | null {
  const s = actor.scope;
  // The Kooperacje 3D network worker runs its gmina's PZK as the PCPR animator runs the powiat's.
  if (s.role !== 'pcpr_animator' && s.role !== 'gops_animator' && s.role !== 'network_worker') return null;
  return scopeWhere(s, { voivodeshipId: pzks.voivodeshipId, powiatId: pzks.powiatId, gminaId: pzks.gminaId });
}

export const meetingsSource: InboxSourceFn = async (db, actor, today) => {
  const runs = runPzks(actor);
  if (!runs) return [];
  const now = clock.now().toISOString();
  const [toPlan, minutes] = await Promise.all([
    db
      .select({ occurrenceId: occurrences.id, pzkId: pzks.id, gminaName: gminas.name, periodStart: occurrences.periodStart, dueOn: occurrences.dueDate })
      .from(pzks)
      .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
      .innerJoin(tracks, and(eq(tracks.kind, 'gmina'), openTrack, eq(tracks.implementationId, pzks.implementationId), eq(tracks.gminaId, pzks.gminaId)))
      .innerJoin(occurrences, eq(occurrences.trackId, tracks.id))
      .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
      .where(
        and(
          runs,
          eq(catalogueRecurringTasks.code, MEETING_TASK_CODE),
          eq(occurrences.status, 'planned'),
          lte(occurrences.periodStart, today),
          sql`not exists (select 1 from ${pzkMeetings} pm where pm.pzk_id = ${pzks.id}
                and (pm.occurrence_id = ${occurrences.id}
                  or (pm.starts_at at time zone 'Europe/Warsaw')::date between ${occurrences.periodStart} and ${occurrences.dueDate}))`,
        ),
      )
      .orderBy(asc(occurrences.dueDate), asc(pzks.id))
      .limit(200),
    db
      .select({ id: pzkMeetings.id, pzkId: pzks.id, gminaName: gminas.name, startsAt: pzkMeetings.startsAt })
      .from(pzks)
      .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
      .innerJoin(pzkMeetings, eq(pzkMeetings.pzkId, pzks.id))
      .where(and(runs, isNull(pzkMeetings.minutesPublishedAt), sql`${pzkMeetings.startsAt} + make_interval(mins => ${pzkMeetings.durationMinutes}) <= ${now}::timestamptz`))
      .orderBy(asc(pzkMeetings.startsAt), asc(pzkMeetings.id))
      .limit(200),
  ]);
  const out: InboxItem[] = [];
  for (const o of toPlan) {
    out.push({
      key: `meeting:${o.occurrenceId}`,
      source: 'meeting',
      what: meetingToPlanWhat(o.periodStart, o.dueOn, today),
      where: pzkName(o.gminaName),
      dueOn: o.dueOn,
      href: `/pzk/${o.pzkId}/spotkania/nowe?termin=${o.occurrenceId}`,
      nav: '/pzk',
    });
  }
  for (const m of minutes) {
    out.push({
      key: `minutes:${m.id}`,
      source: 'minutes',
      what: `Opublikuj protokół spotkania z ${formatDate(dateInPoland(m.startsAt))}`,
      where: pzkName(m.gminaName),
      dueOn: minutesDueOn(m.startsAt),
      href: `/pzk/${m.pzkId}/spotkania/${m.id}#protokol`,
      nav: '/pzk',
    });
  }
  return out;
};

