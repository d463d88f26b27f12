import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { catalogueSubsteps, pzkMeetings, scheduleItems, tracks } from '@/db/schema';
import { dateInPoland } from '@/lib/clock';
import { satisfyEvidence } from '@/lib/implementations/instantiate';
import { loadCatalogue } from '@/lib/model/catalogue-load';
import { isoToPolish } from '@/lib/model/dates';
import { kindTitle, MEETING_KIND_RULES, type FormingCounts, type MeetingKind } from './meeting-kinds';
import { openTrack } from '@/lib/implementations/open-track';

/*
 * Kooperacje 3D: the PZK is formed at two initiating meetings and one formalising meeting (issue
 * 17, item 2). Their published minutes count in the schedule (5.1, 5.2) and in the reports.
 */

/**
 * Kooperacje 3D: the published minutes of an initiating meeting complete the gmina track's first
 * open sub-step among the kind's (5.1, then 5.2), dated with the meeting. Null when none is open.
 * Called inside saveMinutes, after its authorisation; `who` signs the schedule's entry.
 */
export async function completeFormingStep(tx: DbOrTx, who: { userId: string; name: string }, pzk: { implementationId: number; gminaId: number }, meeting: { kind: MeetingKind; startsAt: Date }) {
  const codes = MEETING_KIND_RULES[meeting.kind].completesSteps;
  if (!codes.length) return null;
  const [item] = await tx
    .select({ id: scheduleItems.id, trackId: scheduleItems.trackId, code: catalogueSubsteps.code, catalogueVersionId: tracks.catalogueVersionId })
    .from(scheduleItems)
    .innerJoin(tracks, eq(tracks.id, scheduleItems.trackId))
    .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
    .where(and(eq(tracks.kind, 'gmina'), openTrack, eq(tracks.implementationId, pzk.implementationId), eq(tracks.gminaId, pzk.gminaId), inArray(catalogueSubsteps.code, [...codes]), inArray(scheduleItems.status, ['not_started', 'in_progress'])))
    .orderBy(asc(catalogueSubsteps.position))
    .limit(1);
  if (!item) return null;
  const catalogue = (await loadCatalogue(tx, item.catalogueVersionId))!;
  const on = dateInPoland(meeting.startsAt);
  await satisfyEvidence(tx, [item.trackId], catalogue, null, on, `${kindTitle(meeting.kind)} ${isoToPolish(on)} — protokół opublikowany`, who, { codes: [item.code] });
  return { scheduleItemId: item.id, code: item.code };
}

/**
 * Kooperacje 3D: per PZK, its initiating and formalising meetings whose minutes are published —
 * the forming of the team (2 + 1 in the model). Every asked id is in the map, with zeros when none.
 * Unscoped: callers pass PZKs they have already authorised (a page's PZK, a report's rows).
 */
export async function formingMeetings(db: DbOrTx, pzkIds: number[]): Promise<Map<number, FormingCounts>> {
  const out = new Map<number, FormingCounts>(pzkIds.map((id) => [id, { initiating: 0, formalising: 0 }]));
  if (!pzkIds.length) return out;
  const rows = await db
    .select({ pzkId: pzkMeetings.pzkId, kind: pzkMeetings.kind, n: sql<number>`count(*)::int` })
    .from(pzkMeetings)
    .where(and(inArray(pzkMeetings.pzkId, pzkIds), inArray(pzkMeetings.kind, ['initiating', 'formalising']), sql`${pzkMeetings.minutesPublishedAt} is not null`))
    .groupBy(pzkMeetings.pzkId, pzkMeetings.kind);
  for (const r of rows) if (r.kind === 'initiating' || r.kind === 'formalising') out.get(r.pzkId)![r.kind] = Number(r.n);
  return out;
}
