import { and, eq, inArray, max, min } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { catalogueSubsteps, evaluationAnswers, scheduleItems, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { saveAnswers } from '@/lib/evaluation/evaluation';
import { evaluationItems } from '@/lib/inbox/sources/evaluation';
import { addDays } from '@/lib/model/dates';
import { CHOROSZCZ, DABROWA, JANOW, PODLASKIE, SOKOLSKI, makeActor } from '../factories';
import { accepted } from '../implementation-factories';

/*
 * The team's answers to the eight key questions: asked of the implementation's animators from the
 * day sub-step 9.2 opens in its schedule until every question is answered or 9.2 is closed.
 * Dates come from the implementation's own schedule (it starts on 04.01.2027), never from today.
 */

let pcpr: Actor, gopsJanow: Actor, gopsDabrowa: Actor, gopsElsewhere: Actor, rops: Actor, councillor: Actor, member: Actor;
let implementationId: number;
let itemIds: number[];
let opens: string;
let closes: string;

const keysOn = async (a: Actor, day: string) => (await evaluationItems(getDb(), a, day)).map((i) => i.key);

beforeAll(async () => {
  pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  gopsJanow = await makeActor('gops_animator', JANOW);
  gopsDabrowa = await makeActor('gops_animator', DABROWA);
  gopsElsewhere = await makeActor('gops_animator', CHOROSZCZ);
  rops = await makeActor('rops_adviser', PODLASKIE);
  councillor = await makeActor('councillor', JANOW);
  member = await makeActor('pzk_member', JANOW);
  const { trackIds } = await accepted(pcpr, rops, [JANOW, DABROWA]);
  const db = getDb();
  [{ implementationId }] = (await db.select({ implementationId: tracks.implementationId }).from(tracks).where(eq(tracks.id, trackIds[0]))) as { implementationId: number }[];
  const rows = await db
    .select({ id: scheduleItems.id })
    .from(scheduleItems)
    .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
    .where(and(inArray(scheduleItems.trackId, trackIds), eq(catalogueSubsteps.code, '9.2')));
  itemIds = rows.map((r) => r.id);
  expect(itemIds).toHaveLength(2);
  // One gmina's 9.2 a week later than the other's: the window opens with the first, ends with the last.
  await db.update(scheduleItems).set({ plannedStart: '2028-05-15', plannedEnd: '2028-06-20' }).where(eq(scheduleItems.id, itemIds[1]));
  const [w] = await db.select({ opens: min(scheduleItems.plannedStart), closes: max(scheduleItems.plannedEnd) }).from(scheduleItems).where(inArray(scheduleItems.id, itemIds));
  [opens, closes] = [w.opens!, w.closes!];
  expect(opens < '2028-05-15').toBe(true);
});

describe('unanswered evaluation questions', () => {
  it('appear on the day 9.2 opens, not the day before, for the PCPR animator and the GOPS animators of its gminas', async () => {
    for (const a of [pcpr, gopsJanow, gopsDabrowa]) {
      expect(await keysOn(a, addDays(opens, -1))).toEqual([]);
      expect(await keysOn(a, opens)).toEqual([`evaluation:${implementationId}`]);
    }
    const [item] = await evaluationItems(getDb(), gopsJanow, opens);
    expect(item).toMatchObject({
      source: 'evaluation',
      what: 'Odpowiedz na pytania ewaluacji: 8 pytań bez odpowiedzi',
      where: 'powiat sokólski, od 04.01.2027 (Dąbrowa Białostocka, Janów)',
      dueOn: closes,
      href: `/ewaluacja/${implementationId}`,
      nav: '/ewaluacja',
    });
  });

  it('not for those who do not write the answers, nor for another powiat', async () => {
    for (const a of [gopsElsewhere, rops, councillor, member]) expect(await keysOn(a, closes)).toEqual([]);
  });

  it('counts down as answers are saved, and is gone once all eight are answered', async () => {
    // Each save reads the current version, and the test leaves every question blank again.
    const save = async (n: number) => {
      const [row] = await getDb().select({ version: evaluationAnswers.version }).from(evaluationAnswers).where(eq(evaluationAnswers.implementationId, implementationId));
      const answers = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((k, i) => [k, i < n ? 'Odpowiedź zespołu' : '']));
      await saveAnswers(pcpr, { implementationId, version: row?.version ?? 0, answers, recommendations: '' });
    };
    await save(7);
    expect((await evaluationItems(getDb(), pcpr, opens))[0].what).toBe('Odpowiedz na pytania ewaluacji: 1 pytanie bez odpowiedzi');
    await save(8);
    expect(await keysOn(pcpr, opens)).toEqual([]);
    await save(5);
    expect((await evaluationItems(getDb(), pcpr, opens))[0].what).toBe('Odpowiedz na pytania ewaluacji: 3 pytania bez odpowiedzi');
    await save(0);
    expect((await evaluationItems(getDb(), pcpr, opens))[0].what).toBe('Odpowiedz na pytania ewaluacji: 8 pytań bez odpowiedzi');
  });

  it('stays while 9.2 is open in one gmina, and is gone once it is closed in all (also past its end)', async () => {
    const db = getDb();
    await db.update(scheduleItems).set({ status: 'done' }).where(eq(scheduleItems.id, itemIds[0]));
    expect(await keysOn(gopsJanow, addDays(closes, 30))).toEqual([`evaluation:${implementationId}`]);
    await db.update(scheduleItems).set({ status: 'not_applicable' }).where(eq(scheduleItems.id, itemIds[1]));
    expect(await keysOn(gopsJanow, addDays(closes, 30))).toEqual([]);
    await db.update(scheduleItems).set({ status: 'not_started' }).where(inArray(scheduleItems.id, itemIds));
  });
});
