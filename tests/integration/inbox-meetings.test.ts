import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { catalogueRecurringTasks, occurrences, pzkMeetings, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { setClockForTests } from '@/lib/clock';
import { getTrack } from '@/lib/implementations/tracks';
import { MINUTES_DUE_DAYS } from '@/lib/inbox/due';
import { meetingsSource } from '@/lib/inbox/sources/meetings';
import { addDays } from '@/lib/model/dates';
import { MEETING_TASK_CODE, saveMeeting, saveMinutes } from '@/lib/pzk/meetings';
import { PODLASKIE, makeActor, unit } from '../factories';
import { signPzkAgreement } from '../case-factories';
import { accepted } from '../implementation-factories';

/*
 * Issue 15, item 1 — the meetings source of "Moja praca", for those who run the team's meetings
 * (both animators): the monthly meeting to plan (a schedule period begun with no meeting) and the
 * minutes to publish (a meeting that has ended without them, due a week later).
 */

const TODAY = '2027-06-15';
const A = '2014011';
const B = '2014022';

let s: { pcpr: Actor; gops: Actor; gopsB: Actor; rops: Actor; member: Actor; otherPcpr: Actor; pzkId: number; pzkB: number; trackId: number; gminaName: string; gminaB: string };

const meetingOccurrences = async (n: number) =>
  (
    await getDb()
      .select({ id: occurrences.id })
      .from(occurrences)
      .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
      .where(and(eq(occurrences.trackId, s.trackId), eq(catalogueRecurringTasks.code, MEETING_TASK_CODE)))
      .orderBy(asc(occurrences.id))
      .limit(n)
  ).map((r) => r.id);
const setPeriod = (id: number, periodStart: string, dueDate: string) => getDb().update(occurrences).set({ periodStart, dueDate, status: 'planned' }).where(eq(occurrences.id, id));
const keys = async (a: Actor) => (await meetingsSource(getDb(), a, TODAY)).map((i) => i.key);
const meetingInput = (startsAt: string, over: Record<string, unknown> = {}) => ({
  pzkId: s.pzkId,
  version: 0,
  kind: 'regular',
  startsAt,
  durationMinutes: '120',
  place: 'Urząd Gminy',
  onlineUrl: '',
  agendaResources: 'Zasoby',
  agendaCases: 'Konsultacje przypadków',
  agendaMethods: 'Metody',
  ...over,
});

beforeAll(async () => {
  const pcpr = await makeActor('pcpr_animator', A.slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  // The GOPS animator's institution first: it is the gmina's party to the PZK agreement.
  const gops = await makeActor('gops_animator', A);
  const member = await makeActor('pzk_member', A);
  const { trackIds } = await accepted(pcpr, rops, [A, B]);
  const track = (await getTrack(rops, trackIds[0])).track;
  const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
  const [pzkB] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, (await unit(B)).gminaId!)));
  await signPzkAgreement(pcpr, track, [member.scope.institutionId!]);
  // No period of the schedule has begun: only what each test sets comes into the inbox.
  await getDb().update(occurrences).set({ periodStart: '2029-01-01', dueDate: '2029-01-31' }).where(inArray(occurrences.trackId, trackIds));
  s = {
    pcpr,
    rops,
    member,
    gops,
    gopsB: await makeActor('gops_animator', B),
    otherPcpr: await makeActor('pcpr_animator', '2002'),
    pzkId: pzk.id,
    pzkB: pzkB.id,
    gminaB: (await unit(B)).name,
    trackId: track.id,
    gminaName: (await unit(A)).name,
  };
  setClockForTests(`${TODAY}T12:00:00Z`);
});
afterAll(() => setClockForTests(null));

describe('inbox: the monthly meeting to plan', () => {
  it('a period that has begun without a meeting comes in (an earlier one as overdue); planning the meeting removes it', async () => {
    const [current, earlier, next] = await meetingOccurrences(3);
    await setPeriod(current, addDays(TODAY, -10), addDays(TODAY, 17));
    await setPeriod(earlier, addDays(TODAY, -60), addDays(TODAY, -33));
    await setPeriod(next, addDays(TODAY, 1), addDays(TODAY, 30));
    const got = await meetingsSource(getDb(), s.gops, TODAY);
    expect(got.find((i) => i.key === `meeting:${current}`)).toEqual({
      key: `meeting:${current}`,
      source: 'meeting',
      what: 'Zaplanuj comiesięczne spotkanie zespołu',
      where: `PZK gminy ${s.gminaName}`,
      dueOn: addDays(TODAY, 17),
      href: `/pzk/${s.pzkId}/spotkania/nowe?termin=${current}`,
      nav: '/pzk',
    });
    expect(got.find((i) => i.key === `meeting:${earlier}`)).toMatchObject({ dueOn: addDays(TODAY, -33), what: expect.stringContaining('nie zostało zaplanowane') });
    expect(got.map((i) => i.key)).not.toContain(`meeting:${next}`);

    // Planned from the schedule (linked to the occurrence): gone.
    await saveMeeting(s.gops, meetingInput(`${addDays(TODAY, 5)}T10:00`, { occurrenceId: current }));
    expect(await keys(s.gops)).not.toContain(`meeting:${current}`);
    // A meeting held within the earlier period, even an intervention one not linked to it: gone too.
    await saveMeeting(s.pcpr, meetingInput(`${addDays(TODAY, -40)}T10:00`, { kind: 'intervention' }));
    expect(await keys(s.gops)).not.toContain(`meeting:${earlier}`);
  });

  it('is for both animators of the gmina, not for members, ROPS, another gmina or another powiat', async () => {
    const [, , , own] = await meetingOccurrences(4);
    // A period no other test holds a meeting in.
    await setPeriod(own, addDays(TODAY, -30), addDays(TODAY, -25));
    const key = `meeting:${own}`;
    expect(await keys(s.gops)).toContain(key);
    expect(await keys(s.pcpr)).toContain(key);
    for (const a of [s.member, s.rops, s.gopsB, s.otherPcpr]) expect(await keys(a)).not.toContain(key);
    expect(await keys(s.member)).toEqual([]);
    expect(await keys(s.rops)).toEqual([]);
  });
});

describe('inbox: minutes to publish', () => {
  it('a meeting that has ended without published minutes comes in, due a week later; one not yet over does not; publishing removes it', async () => {
    // In the other gmina's team (the meetings of the first one are the other tests').
    const past = await saveMeeting(s.gopsB, meetingInput(`${addDays(TODAY, -2)}T10:00`, { pzkId: s.pzkB }));
    // 12:00 UTC today is 14:00 in Warsaw: a meeting at 13:00 for two hours has not ended yet.
    const running = await saveMeeting(s.gopsB, meetingInput(`${TODAY}T13:00`, { pzkId: s.pzkB }));
    const got = await meetingsSource(getDb(), s.pcpr, TODAY);
    expect(got.find((i) => i.key === `minutes:${past.id}`)).toMatchObject({
      source: 'minutes',
      what: `Opublikuj protokół spotkania z ${addDays(TODAY, -2).split('-').reverse().join('.')}`,
      where: `PZK gminy ${s.gminaB}`,
      dueOn: addDays(TODAY, -2 + MINUTES_DUE_DAYS),
      href: `/pzk/${s.pzkB}/spotkania/${past.id}#protokol`,
      nav: '/pzk',
    });
    expect(got.map((i) => i.key)).not.toContain(`minutes:${running.id}`);
    expect(await keys(s.gopsB)).toContain(`minutes:${past.id}`);
    for (const a of [s.member, s.rops, s.gops, s.otherPcpr]) expect(await keys(a)).not.toContain(`minutes:${past.id}`);

    // Saved but not published: still waiting. Published: gone.
    const [m] = await getDb().select({ version: pzkMeetings.version }).from(pzkMeetings).where(eq(pzkMeetings.id, past.id));
    const draft = await saveMinutes(s.gopsB, { pzkId: s.pzkB, meetingId: past.id, version: m.version, minutes: 'Omówiono plan pracy.', publish: false });
    expect(await keys(s.gopsB)).toContain(`minutes:${past.id}`);
    await saveMinutes(s.gopsB, { pzkId: s.pzkB, meetingId: past.id, version: draft.version, minutes: 'Omówiono plan pracy.', publish: true });
    expect(await keys(s.gopsB)).not.toContain(`minutes:${past.id}`);
  });
});
