import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseTeam, cases, pzkMembers, staffProfiles } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { addUserParticipant, saveTraining, saveTrainingAttendance } from '@/lib/school/trainings';
import { myProfile, saveMyProfile, staffOverview, staffProfile } from '@/lib/staff/staff';
import { caseSetup, newCase, type CaseSetup } from '../case-factories';
import { DABROWA, JANOW, MAZOWIECKIE, makeActor, unit } from '../factories';

/*
 * Staff profiles and the OPS staff overview (issue 17, item 6). Gmina Janów: the fixture's GOPS
 * animator and social worker (key worker of two cases in work, one closed), a network worker, a
 * second social worker on the team of one case, a blocked social worker; gmina Dąbrowa (same
 * powiat): its own social worker and GOPS animator.
 */

let s: CaseSetup;
let network: Actor;
let teamWorker: Actor;
let dabrowaWorker: Actor;
let blocked: Actor;
let janowId: number;
let dabrowaId: number;

const profile = (over: Record<string, unknown> = {}) => ({
  version: '0',
  qualifications: 'Studia magisterskie: praca socjalna (UwB)',
  specialisation: 'second',
  specialisationArea: 'praca socjalna ze społecznością lokalną',
  competences: { cooperation: '5', community_activation: '4', counselling: '2', strategic_planning: '' },
  developmentPath: 'Szkolenie z Dialogu Motywującego w tym roku; superwizja raz na kwartał.',
  ...over,
});

const code = (p: Promise<unknown>) => p.then(() => 'allow', (e: { code?: string }) => e.code ?? String(e));

beforeAll(async () => {
  s = await caseSetup([JANOW, DABROWA]);
  network = await makeActor('network_worker', JANOW);
  teamWorker = await makeActor('social_worker', JANOW);
  dabrowaWorker = await makeActor('social_worker', DABROWA);
  blocked = await makeActor('social_worker', JANOW, { status: 'disabled' });
  janowId = (await unit(JANOW)).gminaId!;
  dabrowaId = (await unit(DABROWA)).gminaId!;
  const db = getDb();
  // Two cases in work with the fixture's social worker as key worker, and one closed.
  const { caseId: first } = await newCase(s);
  await newCase(s);
  const { caseId: closed } = await newCase(s);
  await db.update(cases).set({ status: 'closed' }).where(eq(cases.id, closed));
  // The second social worker sits on the team (ZZK) of the first case and of the closed one.
  const [row] = await db.insert(pzkMembers).values({ pzkId: s.pzk.id, userId: teamWorker.userId, name: 'Ewa Zespołowa', function: 'Pracownik socjalny', teamRole: 'invited' }).returning({ id: pzkMembers.id });
  await db.insert(caseTeam).values([
    { caseId: first, pzkMemberId: row.id, userId: teamWorker.userId },
    { caseId: closed, pzkMemberId: row.id, userId: teamWorker.userId },
  ]);
}, 120_000);

describe('my staff profile', () => {
  it('starts empty and is saved by its owner, with an audit entry that names nobody', async () => {
    const before = await myProfile(teamWorker);
    expect(before.profile).toMatchObject({ version: 0, qualifications: '', specialisation: 'none', competences: {} });
    expect(await saveMyProfile(teamWorker, profile())).toEqual({ version: 1 });
    const after = await myProfile(teamWorker);
    expect(after.profile).toMatchObject({
      version: 1,
      qualifications: 'Studia magisterskie: praca socjalna (UwB)',
      specialisation: 'second',
      specialisationArea: 'praca socjalna ze społecznością lokalną',
      competences: { cooperation: 5, community_activation: 4, counselling: 2 },
      developmentPath: 'Szkolenie z Dialogu Motywującego w tym roku; superwizja raz na kwartał.',
    });
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'staff.profile_saved'), eq(auditLog.entityId, teamWorker.userId)));
    expect(entry.entityType).toBe('staff_profile');
    expect(entry.details).toEqual({ version: 1 });
    expect(JSON.stringify(entry.details)).not.toContain('praca socjalna');
  });

  it('refuses a rating of 6 and a competence not on the list, in Polish, and changes nothing', async () => {
    const me = await makeActor('social_worker', JANOW);
    const six = await saveMyProfile(me, profile({ competences: { cooperation: '6' } })).catch((e) => e);
    expect(six).toMatchObject({ code: 'INVALID', fieldErrors: { 'competences.cooperation': ['Oceń w skali od 1 (potrzebuję wsparcia) do 5 (mogę uczyć innych).'] } });
    const unknown = await saveMyProfile(me, profile({ competences: { juggling: '3' } })).catch((e) => e);
    expect(unknown).toMatchObject({ code: 'INVALID', fieldErrors: { 'competences.juggling': ['Nie ma takiej kompetencji na liście — odśwież stronę i oceń ponownie.'] } });
    expect(await getDb().select().from(staffProfiles).where(eq(staffProfiles.userId, me.userId))).toEqual([]);
  });

  it('answers a stale save with CONFLICT and keeps the newer text', async () => {
    const me = await makeActor('network_worker', JANOW);
    await saveMyProfile(me, profile({ qualifications: 'pierwsza wersja' }));
    // A second tab opened before the first save (version 0) and one that saved once already (version 1).
    expect(await code(saveMyProfile(me, profile({ qualifications: 'z drugiej karty' })))).toBe('CONFLICT');
    expect(await saveMyProfile(me, profile({ version: '1', qualifications: 'druga wersja' }))).toEqual({ version: 2 });
    expect(await code(saveMyProfile(me, profile({ version: '1', qualifications: 'spóźniona' })))).toBe('CONFLICT');
    expect((await myProfile(me)).profile).toMatchObject({ version: 2, qualifications: 'druga wersja' });
  });

  it('lists the Szkoła Kooperacji trainings attended, by themselves, and not those missed', async () => {
    const me = await makeActor('social_worker', JANOW);
    const training = (topic: string) => saveTraining(s.rops, { version: 0, kind: 'extended', topic, heldOn: '2027-02-15', place: 'ROPS w Białymstoku, sala 12', trainer: 'Jadwiga Kołodziejczyk', description: '', implementationId: '', step: '' });
    const { id: attendedId } = await training('Dialog motywujący w pracy z rodziną');
    const { id: missedId } = await training('Mediacje w pracy socjalnej');
    const { id: p1 } = await addUserParticipant(s.rops, { trainingId: attendedId, userId: me.userId });
    await addUserParticipant(s.rops, { trainingId: missedId, userId: me.userId });
    expect((await myProfile(me)).trainings).toEqual([]);
    await saveTrainingAttendance(s.rops, { trainingId: attendedId, attended: [p1] });
    await saveTrainingAttendance(s.rops, { trainingId: missedId, attended: [] });
    const { trainings } = await myProfile(me);
    expect(trainings).toEqual([{ id: attendedId, topic: 'Dialog motywujący w pracy z rodziną', kind: 'extended', kindLabel: 'szkolenie rozszerzone', heldOn: '2027-02-15', certificateNumber: null }]);
    // The overview counts it too.
    const person = (await staffOverview(network)).people.find((p) => p.userId === me.userId);
    expect(person?.trainings).toBe(1);
  });

  it('is for the people who work with families or organise the network', async () => {
    expect(await code(myProfile(s.member))).toBe('FORBIDDEN');
    expect(await code(saveMyProfile(await makeActor('councillor', JANOW), profile()))).toBe('FORBIDDEN');
    expect(await code(myProfile(s.pcpr))).toBe('allow');
  });
});

describe('the OPS staff overview', () => {
  it('shows the network worker its gmina\'s staff with roles and counts, and nobody from elsewhere', async () => {
    const o = await staffOverview(network);
    expect(o.gmina).toEqual({ id: janowId, label: expect.stringMatching(/^Janów \(gmina/) });
    const ids = o.people.map((p) => p.userId);
    expect(ids).toEqual(expect.arrayContaining([s.socialWorker.userId, teamWorker.userId, s.gops.userId, network.userId]));
    expect(ids).not.toContain(dabrowaWorker.userId);
    expect(ids).not.toContain(s.strangerGops.userId);
    expect(ids).not.toContain(blocked.userId); // a blocked account works nowhere
    expect(ids).not.toContain(s.member.userId); // a PZK member is not OPS staff
    expect(ids).not.toContain(s.pcpr.userId); // the powiat's animator is not the gmina's staff

    const key = o.people.find((p) => p.userId === s.socialWorker.userId)!;
    expect(key).toMatchObject({ roles: [{ role: 'social_worker', label: 'Pracownik socjalny / asystent rodziny' }], keyWorkerCases: 2, caseTeamCases: 0, hasProfile: false, specialisation: 'none', strongCompetences: [] });
    const team = o.people.find((p) => p.userId === teamWorker.userId)!;
    // Saved in the first test: rated 5 and 4 are strong points, 2 is not; the closed case is not counted.
    expect(team).toMatchObject({ keyWorkerCases: 0, caseTeamCases: 1, hasProfile: true, specialisation: 'second', strongCompetences: ['cooperation', 'community_activation'] });
    expect(o.people.find((p) => p.userId === network.userId)?.roles).toEqual([{ role: 'network_worker', label: 'Pracownik ds. sieci' }]);
    // Numbers only: nothing of the families.
    expect(JSON.stringify(o)).not.toMatch(/Zięba|Halina|DPS/);
  });

  it('keeps an OPS role to its own gmina', async () => {
    expect(await code(staffOverview(network, dabrowaId))).toBe('NOT_FOUND');
    expect((await staffOverview(s.strangerGops)).people.map((p) => p.userId)).toContain(dabrowaWorker.userId);
    expect((await staffOverview(s.gops, janowId)).gmina?.id).toBe(janowId);
  });

  it('lets ROPS choose among its województwo\'s gminas with staff', async () => {
    const start = await staffOverview(s.rops);
    expect(start.gmina).toBeNull();
    expect(start.people).toEqual([]);
    expect(start.gminas.map((g) => g.value)).toEqual(expect.arrayContaining([janowId, dabrowaId]));
    const janow = await staffOverview(s.rops, janowId);
    expect(janow.people.map((p) => p.userId)).toContain(s.socialWorker.userId);
    const foreign = await makeActor('rops_adviser', MAZOWIECKIE);
    expect(await code(staffOverview(foreign, janowId))).toBe('NOT_FOUND');
    expect((await staffOverview(foreign)).gminas.map((g) => g.value)).not.toContain(janowId);
  });

  it('is not for PZK members, councillors or social workers', async () => {
    expect(await code(staffOverview(s.member))).toBe('FORBIDDEN');
    expect(await code(staffOverview(await makeActor('councillor', JANOW)))).toBe('FORBIDDEN');
    expect(await code(staffOverview(s.socialWorker))).toBe('FORBIDDEN');
  });
});

describe('another person\'s profile', () => {
  it('is read by the overview\'s readers of that gmina only', async () => {
    const p = await staffProfile(network, teamWorker.userId);
    expect(p).toMatchObject({ userId: teamWorker.userId, profile: { specialisation: 'second', competences: { cooperation: 5 } }, roles: [{ role: 'social_worker', gminaId: janowId }] });
    expect((await staffProfile(s.rops, teamWorker.userId)).userId).toBe(teamWorker.userId);
    // The GOPS animator of the neighbouring gmina does not find it; nor anyone for a blocked account or a made-up id.
    expect(await code(staffProfile(s.strangerGops, teamWorker.userId))).toBe('NOT_FOUND');
    expect(await code(staffProfile(network, blocked.userId))).toBe('NOT_FOUND');
    expect(await code(staffProfile(network, s.member.userId))).toBe('NOT_FOUND');
    expect(await code(staffProfile(network, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(await code(staffProfile(network, 'nie-uuid'))).toBe('NOT_FOUND');
    expect(await code(staffProfile(s.member, teamWorker.userId))).toBe('FORBIDDEN');
  });
});
