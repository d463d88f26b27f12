import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { goodPractices, modelChangeProposals, notifications, pzkMembers, pzks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock, dateInPoland } from '@/lib/clock';
import { submitNotification } from '@/lib/implementations/notifications';
import type { InboxSourceFn } from '@/lib/inbox/types';
import { accountRequestItems, DECISION_LIMIT, membershipProposalItems, modelProposalItems, notificationItems, practiceProposalItems } from '@/lib/inbox/sources/waiting-decisions';
import { addDays } from '@/lib/model/dates';
import { CHOROSZCZ, DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, WARSZAWA_POWIAT, makeActor, makeNationalAdmin, uid, unit } from '../factories';
import { accepted, notificationFor } from '../implementation-factories';

/*
 * Records waiting for a decision, for those who decide, inside their area only. Submission stamps
 * are the database's; their Polish date + 7 days is the deadline.
 */

let ropsAdmin: Actor, ropsAdviser: Actor, farAdmin: Actor, farAdviser: Actor, pcpr: Actor, otherPcpr: Actor, gops: Actor, member: Actor, national: Actor;
let pzkId: number;
const db = () => getDb();
const keysOf = async (source: InboxSourceFn, a: Actor) => (await source(db(), a, clock.today())).map((i) => i.key);
const dueToday = () => addDays(dateInPoland(new Date()), 7);

beforeAll(async () => {
  ropsAdmin = await makeActor('rops_admin', PODLASKIE);
  ropsAdviser = await makeActor('rops_adviser', PODLASKIE);
  farAdmin = await makeActor('rops_admin', MAZOWIECKIE);
  farAdviser = await makeActor('rops_adviser', MAZOWIECKIE);
  pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  otherPcpr = await makeActor('pcpr_animator', CHOROSZCZ.slice(0, 4));
  gops = await makeActor('gops_animator', JANOW);
  member = await makeActor('pzk_member', JANOW);
  national = await makeNationalAdmin();
  await accepted(pcpr, ropsAdviser, [JANOW, DABROWA]);
  const janow = await unit(JANOW);
  [{ id: pzkId }] = await db().select({ id: pzks.id }).from(pzks).where(eq(pzks.gminaId, janow.gminaId!));
});

describe('account requests', () => {
  it('the ROPS administrator of the requested województwo, one item per request, due 7 days after it', async () => {
    const pending = await makeActor('gops_animator', JANOW, { status: 'pending' });
    const far = await makeActor('gops_animator', WARSZAWA_POWIAT, { status: 'pending' });
    const items = await accountRequestItems(db(), ropsAdmin, clock.today());
    const mine = items.find((i) => i.key === `account-request:${pending.userId}`);
    expect(mine).toMatchObject({ source: 'account_request', what: 'Rozpatrz wniosek o konto: Test gops_animator', dueOn: dueToday(), href: '/admin/wnioski', nav: '/admin/wnioski' });
    expect(mine!.where).toMatch(/^Instytucja /);
    expect(items.map((i) => i.key)).not.toContain(`account-request:${far.userId}`);
    expect(await keysOf(accountRequestItems, farAdmin)).toContain(`account-request:${far.userId}`);
    for (const a of [ropsAdviser, pcpr, national]) expect(await keysOf(accountRequestItems, a)).toEqual([]);
    await db().update(users).set({ status: 'active' }).where(eq(users.id, pending.userId));
    expect(await keysOf(accountRequestItems, ropsAdmin)).not.toContain(`account-request:${pending.userId}`);
  });

  it('at most DECISION_LIMIT items (the page behind the link lists them all)', async () => {
    const made: string[] = [];
    for (let i = 0; i <= DECISION_LIMIT; i++) made.push((await makeActor('social_worker', JANOW, { status: 'pending' })).userId);
    const items = await accountRequestItems(db(), ropsAdmin, clock.today());
    expect(items).toHaveLength(DECISION_LIMIT);
    // Decided, so the other tests' requests are not pushed past the limit.
    await db().update(users).set({ status: 'active' }).where(inArray(users.id, made));
  });
});

describe('membership proposals', () => {
  it('the PCPR animator of the PZK’s powiat decides; accepted or removed, it is gone', async () => {
    const [row] = await db()
      .insert(pzkMembers)
      .values({ pzkId, institutionId: member.scope.institutionId, name: 'Ewa Pedagog', function: 'Pedagog szkolny', teamRole: 'invited', proposed: true, proposedBy: gops.userId })
      .returning({ id: pzkMembers.id });
    const [item] = (await membershipProposalItems(db(), pcpr, clock.today())).filter((i) => i.key === `membership-proposal:${row.id}`);
    expect(item).toEqual({
      key: `membership-proposal:${row.id}`,
      source: 'membership_proposal',
      what: 'Zdecyduj o zaproponowanym członku zespołu: Ewa Pedagog (Pedagog szkolny)',
      where: 'PZK gminy Janów',
      dueOn: dueToday(),
      href: `/pzk/${pzkId}`,
      nav: '/pzk',
    });
    for (const a of [otherPcpr, gops, ropsAdmin, ropsAdviser, member]) expect(await keysOf(membershipProposalItems, a)).toEqual([]);
    await db().update(pzkMembers).set({ removedAt: sql`now()` }).where(eq(pzkMembers.id, row.id));
    expect(await keysOf(membershipProposalItems, pcpr)).toEqual([]);
    await db().update(pzkMembers).set({ removedAt: null, proposed: false }).where(eq(pzkMembers.id, row.id));
    expect(await keysOf(membershipProposalItems, pcpr)).toEqual([]);
  });
});

describe('good-practice proposals', () => {
  it('ROPS of the województwo, no deadline; published, gone', async () => {
    const janow = await unit(JANOW);
    const [p] = await db()
      .insert(goodPractices)
      .values({ voivodeshipId: janow.voivodeshipId, name: `Wspólny kalendarz ${uid()}`, level: 'PZK', area: 'Organizacja', description: 'Opis', conditions: 'Warunki', process: [], solution: 'Rozwiązanie', measures: 'Miary', gminaId: janow.gminaId, powiatId: janow.powiatId, contact: 'GOPS', searchText: 'kalendarz', proposedBy: gops.userId })
      .returning({ id: goodPractices.id, name: goodPractices.name });
    for (const a of [ropsAdmin, ropsAdviser]) {
      const [item] = await practiceProposalItems(db(), a, clock.today());
      expect(item).toEqual({ key: `practice-proposal:${p.id}`, source: 'practice_proposal', what: `Przejrzyj i opublikuj dobrą praktykę: ${p.name}`, where: 'gmina Janów', dueOn: null, href: `/dobre-praktyki/${p.id}`, nav: '/dobre-praktyki' });
    }
    for (const a of [farAdmin, farAdviser, gops, pcpr, member]) expect(await keysOf(practiceProposalItems, a)).toEqual([]);
    await db().update(goodPractices).set({ status: 'published' }).where(eq(goodPractices.id, p.id));
    expect(await keysOf(practiceProposalItems, ropsAdviser)).toEqual([]);
  });
});

describe('notifications', () => {
  it('ROPS reviewers of the powiat’s województwo; decided, gone', async () => {
    const { id } = await submitNotification(otherPcpr, await notificationFor([CHOROSZCZ]));
    const [n] = await db().select({ number: notifications.number }).from(notifications).where(eq(notifications.id, id));
    for (const a of [ropsAdmin, ropsAdviser]) {
      const item = (await notificationItems(db(), a, clock.today())).find((i) => i.key === `notification:${id}`);
      expect(item).toEqual({ key: `notification:${id}`, source: 'notification', what: `Rozpatrz zgłoszenie ${n.number}`, where: 'powiat białostocki', dueOn: dueToday(), href: `/zgloszenia/${id}`, nav: '/zgloszenia' });
    }
    for (const a of [farAdmin, farAdviser, otherPcpr, pcpr, gops]) expect(await keysOf(notificationItems, a)).toEqual([]);
    // The accepted one of the setup waits for no one.
    expect(await keysOf(notificationItems, ropsAdmin)).toEqual([`notification:${id}`]);
    await db().update(notifications).set({ status: 'returned' }).where(eq(notifications.id, id));
    expect(await keysOf(notificationItems, ropsAdmin)).toEqual([]);
  });
});

describe('model change proposals', () => {
  it('the national administrator, from every województwo, no deadline', async () => {
    const [p] = await db()
      .insert(modelChangeProposals)
      .values({ kind: 'substep', payload: {}, summary: 'Krok 6.1: dłuższe szkolenie', voivodeshipId: ropsAdmin.scope.voivodeshipId, proposedBy: ropsAdmin.userId })
      .returning({ id: modelChangeProposals.id });
    expect(await modelProposalItems(db(), national, clock.today())).toEqual([
      { key: `model-proposal:${p.id}`, source: 'model_proposal', what: 'Rozpatrz propozycję zmiany modelu: Krok 6.1: dłuższe szkolenie', where: 'województwo podlaskie', dueOn: null, href: `/admin/propozycje/${p.id}`, nav: '/admin/propozycje' },
    ]);
    for (const a of [ropsAdmin, farAdmin]) expect(await keysOf(modelProposalItems, a)).toEqual([]);
    await db().update(modelChangeProposals).set({ status: 'returned' }).where(eq(modelChangeProposals.id, p.id));
    expect(await keysOf(modelProposalItems, national)).toEqual([]);
  });
});
