import 'server-only';
import { and, asc, eq, inArray, lte, ne, type SQL } from 'drizzle-orm';
import { catalogueRecurringTasks, catalogueSubsteps, gminas, occurrences, scheduleItems, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { mayEver } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { MEETING_TASK_CODE } from '@/lib/pzk/meetings';
import { scheduleHorizon } from '../due';
import type { InboxItem, InboxSourceFn } from '../types';
import { openTrack } from '@/lib/implementations/open-track';

/*
 * The schedule of the implementation (harmonogram): sub-steps still open (not done, not "nie
 * dotyczy") and recurring occurrences still planned, due within 30 days (../due.ts) or overdue,
 * of the tracks the person keeps ('schedule.update'):
 * - the GOPS animator: the track of their gmina;
 * - the PCPR animator: the tracks of the gminas of their powiat;
 * - ROPS (administrator, adviser): the województwo's regional track only (stage I, WZK meetings,
 *   promotion). The gminas' schedules are theirs to oversee on the dashboard, not to tick.
 * The monthly PZK meeting's occurrences are left to the meetings source (planning the meeting and
 * publishing its minutes is how they are done).
 */

/** The tracks whose schedule the actor keeps, as a `where` over `tracks`; null for none. */
function keptTracks(actor: Actor): SQL | null {
  const s = actor.scope;
  if (!mayEver(s, 'schedule.update')) return null;
  if (s.level === 'voivodeship') return and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, s.voivodeshipId))!;
  return and(eq(tracks.kind, 'gmina'), openTrack, scopeWhere(s, { voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId }))!;
}

/** Where, in words: "gmina Janów" or "Zadania wojewódzkie". */
const whereOf = (kind: 'gmina' | 'regional', gminaName: string | null) => (kind === 'regional' ? 'Zadania wojewódzkie' : `gmina ${gminaName ?? ''}`);

export const scheduleSource: InboxSourceFn = async (db, actor, today) => {
  const kept = keptTracks(actor);
  if (!kept) return [];
  const horizon = scheduleHorizon(today);
  const [items, occ] = await Promise.all([
    db
      .select({ id: scheduleItems.id, trackId: tracks.id, kind: tracks.kind, gminaName: gminas.name, dueOn: scheduleItems.plannedEnd, code: catalogueSubsteps.code, name: catalogueSubsteps.name })
      .from(scheduleItems)
      .innerJoin(tracks, eq(tracks.id, scheduleItems.trackId))
      .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
      .leftJoin(gminas, eq(gminas.id, tracks.gminaId))
      .where(and(kept, inArray(scheduleItems.status, ['not_started', 'in_progress']), lte(scheduleItems.plannedEnd, horizon)))
      .orderBy(asc(scheduleItems.plannedEnd), asc(scheduleItems.id))
      .limit(500),
    db
      .select({ id: occurrences.id, trackId: tracks.id, kind: tracks.kind, gminaName: gminas.name, dueOn: occurrences.dueDate, name: catalogueRecurringTasks.name })
      .from(occurrences)
      .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
      .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
      .leftJoin(gminas, eq(gminas.id, tracks.gminaId))
      .where(and(kept, eq(occurrences.status, 'planned'), lte(occurrences.dueDate, horizon), ne(catalogueRecurringTasks.code, MEETING_TASK_CODE)))
      .orderBy(asc(occurrences.dueDate), asc(occurrences.id))
      .limit(500),
  ]);
  const out: InboxItem[] = [];
  for (const i of items) {
    out.push({
      key: `substep:${i.id}`,
      source: 'schedule',
      what: `Podkrok ${i.code} ${i.name}`,
      where: whereOf(i.kind, i.gminaName),
      dueOn: i.dueOn,
      href: `/wdrozenia/${i.trackId}#podkroki`,
      nav: '/wdrozenia',
    });
  }
  for (const o of occ) {
    out.push({
      key: `occurrence:${o.id}`,
      source: 'occurrence',
      what: `Zadanie cykliczne: ${o.name}`,
      where: whereOf(o.kind, o.gminaName),
      dueOn: o.dueOn,
      href: `/wdrozenia/${o.trackId}#cykliczne`,
      nav: '/wdrozenia',
    });
  }
  return out;
};
