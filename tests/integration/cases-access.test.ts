import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { cases, caseTeam, pzkMembers, pzks, type CaseRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { caseAccess, casesVisibleTo, openCase } from '@/lib/cases/access';
import { closeCase, getCaseOverview, getReferral, listCases, recordExtension, saveHouseholdMember, saveReferral, saveTeam } from '@/lib/cases/cases';
import { exportCase } from '@/lib/cases/export';
import { caseSetup, qualifiedCase, referralInput, type CaseSetup } from '../case-factories';
import { MAZOWIECKIE, PODLASKIE, makeActor, makeNationalAdmin, uid, unit } from '../factories';
import { accepted } from '../implementation-factories';

/*
 * Who opens a case, tested where the rule can go wrong: animators of a NEIGHBOURING powiat or
 * gmina of the same województwo (one animator per case would never notice a missing territory
 * check), and the SQL list twin (casesVisibleTo) checked against caseAccess on generated data.
 *
 * Places of this file: powiat hajnowski 2005 (gminas 2005022, 2005032: the two PZKs of caseSetup),
 * powiat kolneński 2006 (gmina 2006022), and in mazowieckie powiat białobrzeski 1401 (gmina 1401022).
 */

const db = () => getDb();
let s: CaseSetup;
/** Another powiat of the same województwo, with its own implementation and PZK. */
let pcprB: Actor;
let gopsB: Actor;
let pzkB: typeof pzks.$inferSelect;
/** Mazowieckie. */
let pcprM: Actor;
let gopsM: Actor;
let ropsM: Actor;
let pzkM: typeof pzks.$inferSelect;

async function pzkOf(teryt: string) {
  const { gminaId } = await unit(teryt);
  return (await db().select().from(pzks).where(eq(pzks.gminaId, gminaId!)))[0];
}

beforeAll(async () => {
  s = await caseSetup(['2005022', '2005032']);
  pcprB = await makeActor('pcpr_animator', '2006');
  gopsB = await makeActor('gops_animator', '2006022');
  await accepted(pcprB, s.rops, ['2006022']);
  pzkB = await pzkOf('2006022');
  pcprM = await makeActor('pcpr_animator', '1401');
  gopsM = await makeActor('gops_animator', '1401022');
  ropsM = await makeActor('rops_adviser', MAZOWIECKIE);
  await accepted(pcprM, ropsM, ['1401022']);
  pzkM = await pzkOf('1401022');
}, 300_000);

const caseRow = async (id: number) => (await db().select().from(cases).where(eq(cases.id, id)))[0];

/** Every way to open, change or export a case, as the pages and actions call them. */
function everyAccess(actor: Actor, c: CaseRow) {
  const caseId = c.id;
  return {
    open: () => openCase(actor, caseId),
    overview: () => getCaseOverview(actor, caseId),
    referral: () => getReferral(actor, caseId),
    export: () => exportCase(actor, caseId),
    saveReferral: () => saveReferral(actor, { caseId, version: 1, ...referralInput(s.pzk.id, s.socialWorker.userId, { situation: 'Zmiana kogoś spoza sprawy' }) }),
    saveMember: () => saveHouseholdMember(actor, { caseId, firstName: 'Obcy', lastName: 'Wpis', relation: 'inny' }),
    saveTeam: () => saveTeam(actor, { caseId, version: c.version, keyWorkerId: actor.userId, memberIds: [] }),
    extension: () => recordExtension(actor, { caseId, version: c.version, until: '2028-06-30', reason: 'Decyzja PZK' }),
    close: () => closeCase(actor, { caseId, version: c.version, closedOn: '2027-03-01', reason: 'koniec' }),
  };
}

async function expectNotFoundEverywhere(actor: Actor, caseId: number) {
  const before = await caseRow(caseId);
  for (const [what, attempt] of Object.entries(everyAccess(actor, before))) {
    const code = await attempt().then(
      () => 'OK',
      (e: { code?: string }) => e.code,
    );
    expect(code, `${what} by ${actor.scope.role} of another place`).toBe('NOT_FOUND');
  }
  expect((await listCases(actor)).map((c) => c.id)).not.toContain(caseId);
  expect(await caseRow(caseId)).toEqual(before);
}

describe('animators of a neighbouring territory', () => {
  it('a PCPR animator of another powiat of the same województwo cannot open, edit or export a case', async () => {
    const { caseId } = await qualifiedCase(s);
    // The case's own PCPR animator can: what is refused below is the territory, not the role.
    expect((await openCase(s.pcpr, caseId)).access).toBe('write');
    expect((await exportCase(s.pcpr, caseId)).data).toMatchObject({ case: expect.anything() });
    expect((await listCases(s.pcpr)).map((c) => c.id)).toContain(caseId);
    expect(pcprB.scope.voivodeshipId).toBe(s.pcpr.scope.voivodeshipId);
    expect(pcprB.scope.powiatId).not.toBe(s.pcpr.scope.powiatId);
    await expectNotFoundEverywhere(pcprB, caseId);
  });

  it('a GOPS animator of another gmina of the same powiat (or of another powiat) cannot open, edit or export a case', async () => {
    const { caseId } = await qualifiedCase(s);
    expect((await openCase(s.gops, caseId)).access).toBe('write');
    expect((await exportCase(s.gops, caseId)).data).toMatchObject({ case: expect.anything() });
    expect(s.strangerGops.scope.powiatId).toBe(s.gops.scope.powiatId);
    expect(s.strangerGops.scope.gminaId).not.toBe(s.gops.scope.gminaId);
    await expectNotFoundEverywhere(s.strangerGops, caseId);
    await expectNotFoundEverywhere(gopsB, caseId);
  });
});

describe('the SQL list twin agrees with caseAccess', () => {
  it('for actors of every role — inside, neighbouring gmina and powiat, another województwo, team member, key worker — the list holds exactly the cases caseAccess opens', async () => {
    const [pzkA1, pzkA2] = [s.pzk, s.otherPzk];
    const made: Record<string, CaseRow> = {};
    const makeCase = async (name: string, pzk: typeof pzks.$inferSelect, keyWorker: Actor) => {
      const [row] = await db()
        .insert(cases)
        .values({ number: `T/${uid()}`, pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, kind: 'family', keyWorkerId: keyWorker.userId, createdBy: keyWorker.userId })
        .returning();
      made[name] = row;
    };
    const onTeam = async (name: string, pzk: typeof pzks.$inferSelect, person: Actor) => {
      const [m] = await db().insert(pzkMembers).values({ pzkId: pzk.id, name: person.name, function: 'członek zespołu sprawy', teamRole: 'invited', userId: person.userId }).returning({ id: pzkMembers.id });
      await db().insert(caseTeam).values({ caseId: made[name].id, pzkMemberId: m.id, userId: person.userId });
    };
    await makeCase('a1', pzkA1, s.socialWorker);
    await makeCase('a1Team', pzkA1, s.socialWorker);
    await onTeam('a1Team', pzkA1, s.member);
    // A key worker from outside the powiat: the key worker opens it wherever they work.
    await makeCase('a1KeyWorkerB', pzkA1, gopsB);
    await makeCase('a2', pzkA2, s.strangerGops);
    // The PCPR animator of the neighbouring powiat, on this case's team: reads it through the team.
    await makeCase('a2TeamB', pzkA2, s.strangerGops);
    await onTeam('a2TeamB', pzkA2, pcprB);
    await makeCase('b', pzkB, gopsB);
    await makeCase('m', pzkM, gopsM);
    // A key worker of podlaskie on a case of mazowieckie: another województwo is never opened.
    await makeCase('mKeyWorkerA', pzkM, s.socialWorker);

    const actors: Record<string, Actor> = {
      ropsAdmin: await makeActor('rops_admin', PODLASKIE),
      ropsAdviser: s.rops,
      wzk: await makeActor('wzk_member', PODLASKIE),
      pcprA: s.pcpr,
      pcprB,
      gopsA1: s.gops,
      gopsA2: s.strangerGops,
      gopsB,
      keyWorker: s.socialWorker,
      socialWorkerOfPowiat: await makeActor('social_worker', '2005'),
      teamMember: s.member,
      memberNotOnTeam: s.outsider,
      memberOfNeighbouringPzk: s.strangerMember,
      councillor: await makeActor('councillor', '2005022'),
      familyExpert: await makeActor('family_expert', '2005022'),
      nationalAdmin: await makeNationalAdmin(),
      ropsM,
      pcprM,
      gopsM,
    };

    const all = Object.values(made);
    const ids = all.map((c) => c.id);
    const seen: Record<string, string[]> = {};
    for (const [who, actor] of Object.entries(actors)) {
      const listed = (await db().select({ id: cases.id }).from(cases).where(and(casesVisibleTo(actor), inArray(cases.id, ids)))).map((r) => r.id);
      const opened = (await Promise.all(all.map(async (c) => ((await caseAccess(db(), actor, c)) ? c.id : null)))).filter((id): id is number => id !== null);
      expect([...listed].sort(), `cases listed for ${who} = cases caseAccess opens`).toEqual([...opened].sort());
      seen[who] = Object.entries(made)
        .filter(([, c]) => opened.includes(c.id))
        .map(([name]) => name)
        .sort();
    }

    // And the rule itself, so that two equally wrong twins cannot agree.
    const podlaskie = ['a1', 'a1KeyWorkerB', 'a1Team', 'a2', 'a2TeamB', 'b'];
    expect(seen).toEqual({
      ropsAdmin: podlaskie,
      ropsAdviser: podlaskie,
      wzk: [],
      pcprA: ['a1', 'a1KeyWorkerB', 'a1Team', 'a2', 'a2TeamB'],
      pcprB: ['a2TeamB', 'b'],
      gopsA1: ['a1', 'a1KeyWorkerB', 'a1Team'],
      gopsA2: ['a2', 'a2TeamB'],
      gopsB: ['a1KeyWorkerB', 'b'],
      keyWorker: ['a1', 'a1Team'],
      socialWorkerOfPowiat: [],
      teamMember: ['a1Team'],
      memberNotOnTeam: [],
      memberOfNeighbouringPzk: [],
      councillor: [],
      familyExpert: [],
      nationalAdmin: [],
      ropsM: ['m', 'mKeyWorkerA'],
      pcprM: ['m', 'mKeyWorkerA'],
      gopsM: ['m', 'mKeyWorkerA'],
    });
  });
});
