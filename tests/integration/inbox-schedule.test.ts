import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { catalogueRecurringTasks, occurrences, scheduleItems, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getInbox } from '@/lib/inbox/inbox';
import { scheduleSource } from '@/lib/inbox/sources/schedule';
import { addDays } from '@/lib/model/dates';
import { MEETING_TASK_CODE } from '@/lib/pzk/meetings';
import { PODLASKIE, makeActor, unit } from '../factories';
import { accepted } from '../implementation-factories';

/*
 * Issue 15, item 1 — the schedule source of "Moja praca": open sub-steps and planned recurring
 * occurrences due within 30 days or overdue, of the tracks the person keeps (GOPS animator: their
 * gmina; PCPR animator: the gminas of the powiat; ROPS: the regional track only).
 */

// A day of the implementation (started 04.01.2027) the test looks at; the dates below are set from it.
const TODAY = '2027-06-15';
const A = '2014011';
const B = '2014022';

let s: {
  pcpr: Actor;
  rops: Actor;
  gopsA: Actor;
  gopsB: Actor;
  otherPcpr: Actor;
  member: Actor;
  socialWorker: Actor;
  trackA: number;
  trackB: number;
  regional: number;
  gminaA: string;
};

/** The first `n` schedule items of a track (by id). */
async function itemsOf(trackId: number, n: number) {
  return (await getDb().select({ id: scheduleItems.id }).from(scheduleItems).where(eq(scheduleItems.trackId, trackId)).orderBy(asc(scheduleItems.id)).limit(n)).map((r) => r.id);
}
async function setItem(id: number, plannedEnd: string, status: 'not_started' | 'in_progress' | 'done' | 'not_applicable' = 'not_started') {
  await getDb().update(scheduleItems).set({ plannedEnd, plannedStart: addDays(plannedEnd, -20), status }).where(eq(scheduleItems.id, id));
}
/** Planned occurrences of a track: of the monthly PZK meeting, or of another task. */
async function occurrencesOf(trackId: number, meeting: boolean, n: number) {
  return (
    await getDb()
      .select({ id: occurrences.id })
      .from(occurrences)
      .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
      .where(and(eq(occurrences.trackId, trackId), meeting ? eq(catalogueRecurringTasks.code, MEETING_TASK_CODE) : ne(catalogueRecurringTasks.code, MEETING_TASK_CODE)))
      .orderBy(asc(occurrences.id))
      .limit(n)
  ).map((r) => r.id);
}
async function setOccurrence(id: number, dueDate: string, status: 'planned' | 'done' | 'skipped' = 'planned') {
  await getDb().update(occurrences).set({ dueDate, periodStart: addDays(dueDate, -27), status }).where(eq(occurrences.id, id));
}
const keys = async (a: Actor, today = TODAY) => (await scheduleSource(getDb(), a, today)).map((i) => i.key);

beforeAll(async () => {
  const pcpr = await makeActor('pcpr_animator', A.slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, [A, B]);
  const [regional] = await getDb().select({ id: tracks.id }).from(tracks).where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, rops.scope.voivodeshipId)));
  // Every schedule date far away, so that only what each test sets comes into the inbox.
  const all = [trackIds[0], trackIds[1], regional.id];
  await getDb().update(scheduleItems).set({ plannedStart: '2029-01-01', plannedEnd: '2029-12-31' }).where(inArray(scheduleItems.trackId, all));
  await getDb().update(occurrences).set({ periodStart: '2029-01-01', dueDate: '2029-12-31' }).where(inArray(occurrences.trackId, all));
  s = {
    pcpr,
    rops,
    gopsA: await makeActor('gops_animator', A),
    gopsB: await makeActor('gops_animator', B),
    otherPcpr: await makeActor('pcpr_animator', '2002'),
    member: await makeActor('pzk_member', A),
    socialWorker: await makeActor('social_worker', A),
    trackA: trackIds[0],
    trackB: trackIds[1],
    regional: regional.id,
    gminaA: (await unit(A)).name,
  };
});

describe('inbox: schedule sub-steps', () => {
  it('open sub-steps due within 30 days or overdue come in; later, done and "nie dotyczy" ones do not', async () => {
    const [overdue, in30, in31, done, na, today] = await itemsOf(s.trackA, 6);
    await setItem(overdue, addDays(TODAY, -1));
    await setItem(in30, addDays(TODAY, 30), 'in_progress');
    await setItem(in31, addDays(TODAY, 31));
    await setItem(done, addDays(TODAY, -10), 'done');
    await setItem(na, addDays(TODAY, -10), 'not_applicable');
    await setItem(today, TODAY);
    const got = await scheduleSource(getDb(), s.gopsA, TODAY);
    const set = [overdue, in30, in31, done, na, today].map((id) => `substep:${id}`);
    const mine = got.map((i) => i.key).filter((k) => set.includes(k)).sort();
    expect(mine).toEqual([`substep:${overdue}`, `substep:${in30}`, `substep:${today}`].sort());

    const item = got.find((i) => i.key === `substep:${overdue}`)!;
    expect(item).toMatchObject({ dueOn: addDays(TODAY, -1), where: `gmina ${s.gminaA}`, href: `/wdrozenia/${s.trackA}#podkroki`, nav: '/wdrozenia' });
    expect(item.what).toMatch(/^Podkrok \d+\.\d+ /);

    // Ticked off on the track page: gone from the inbox.
    await setItem(overdue, addDays(TODAY, -1), 'done');
    expect(await keys(s.gopsA)).not.toContain(`substep:${overdue}`);
    // On the 30th day after, the sub-step at 31 days comes in.
    expect(await keys(s.gopsA, addDays(TODAY, 1))).toContain(`substep:${in31}`);
  });

  it('the inbox groups an overdue sub-step under "Zaległe" and one due in 30 days under "Później"', async () => {
    const [, , , , , , late, soon] = await itemsOf(s.trackA, 8);
    await setItem(late, addDays(TODAY, -3));
    await setItem(soon, addDays(TODAY, 30));
    const inbox = await getInbox(s.gopsA, TODAY);
    const groupOf = (key: string) => inbox.groups.find((g) => g.items.some((i) => i.key === key))?.label;
    expect(groupOf(`substep:${late}`)).toBe('Zaległe');
    expect(groupOf(`substep:${soon}`)).toBe('Później');
  });
});

describe('inbox: recurring occurrences', () => {
  it('planned occurrences due within 30 days or overdue come in; done, skipped and later ones do not; the monthly PZK meeting is left to the meetings source', async () => {
    // Supervision (every 3 months) is the gmina track's other recurring task: a few occurrences only.
    const [due, late, in31, done] = await occurrencesOf(s.trackA, false, 4);
    expect(done).toBeDefined();
    const [meeting] = await occurrencesOf(s.trackA, true, 1);
    await setOccurrence(due, addDays(TODAY, 30));
    await setOccurrence(late, addDays(TODAY, -40));
    await setOccurrence(in31, addDays(TODAY, 31));
    await setOccurrence(done, TODAY, 'done');
    await setOccurrence(meeting, TODAY);
    const set = [due, late, in31, done, meeting].map((id) => `occurrence:${id}`);
    const got = (await scheduleSource(getDb(), s.gopsA, TODAY)).filter((i) => set.includes(i.key));
    expect(got.map((i) => i.key).sort()).toEqual([`occurrence:${due}`, `occurrence:${late}`].sort());
    expect(got.find((i) => i.key === `occurrence:${late}`)).toMatchObject({ dueOn: addDays(TODAY, -40), href: `/wdrozenia/${s.trackA}#cykliczne`, nav: '/wdrozenia', what: expect.stringMatching(/^Zadanie cykliczne: /) });
    // Skipped ("pominięte") on the track page: gone as well.
    await setOccurrence(due, addDays(TODAY, 30), 'skipped');
    expect(await keys(s.gopsA)).not.toContain(`occurrence:${due}`);
  });
});

describe('inbox: whose schedule', () => {
  it('the GOPS animator sees their gmina, the PCPR animator the powiat, ROPS the regional track; others nothing', async () => {
    const [a] = await itemsOf(s.trackA, 1);
    const [b] = await itemsOf(s.trackB, 1);
    const [r] = await itemsOf(s.regional, 1);
    for (const id of [a, b, r]) await setItem(id, addDays(TODAY, -5));
    const sees = async (actor: Actor) => {
      const k = await keys(actor);
      return [a, b, r].filter((id) => k.includes(`substep:${id}`));
    };
    expect(await sees(s.gopsA)).toEqual([a]);
    expect(await sees(s.gopsB)).toEqual([b]);
    expect(await sees(s.pcpr)).toEqual([a, b]);
    expect(await sees(s.rops)).toEqual([r]);
    expect((await scheduleSource(getDb(), s.rops, TODAY)).find((i) => i.key === `substep:${r}`)).toMatchObject({ where: 'Zadania wojewódzkie', href: `/wdrozenia/${s.regional}#podkroki` });
    expect(await sees(s.otherPcpr)).toEqual([]);
    expect(await keys(s.member)).toEqual([]);
    expect(await keys(s.socialWorker)).toEqual([]);
  });
});
