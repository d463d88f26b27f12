import { and, asc, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { cases, catalogueSubsteps, documents, emailOutbox, notifications, pzks, scheduleItems, trackEvents, tracks } from '@/db/schema';
import { invitePerson } from '@/lib/accounts/invitations';
import type { Actor } from '@/lib/auth/actor';
import { caseAccess, openCase } from '@/lib/cases/access';
import { announceEnd, createCase, listCases } from '@/lib/cases/cases';
import { clock } from '@/lib/clock';
import { createDocument, creationTargets } from '@/lib/documents/documents';
import { notificationFormOptions } from '@/lib/implementations/notification-form';
import { getNotification, listNotifications, reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { pzkAccess } from '@/lib/pzk/access';
import { saveMeeting } from '@/lib/pzk/meetings';
import { addMember } from '@/lib/pzk/members';
import { saveWorkPlan } from '@/lib/pzk/work-plan';
import { createPzkService } from '@/lib/services/services';
import { referralInput } from '../case-factories';
import { DABROWA, JANOW, PODLASKIE, SOKOLSKI, makeActor, makeInstitution, uid, unit } from '../factories';
import { BIALYSTOK, BIALYSTOK_POWIAT, accepted, notification3dFor, notificationFor } from '../implementation-factories';

/*
 * Kooperacje 3D (issue 17, "Who leads"): the town's network worker (pracownik ds. sieci, scope gmina)
 * does in its gmina what the PCPR animator does in its powiat — notifies ROPS, composes the PZK,
 * plans, meets, keeps the list of services, invites, works cases — and nothing outside it. In a
 * city with powiat rights the powiat–gmina agreement (step 3) does not apply.
 *
 * Places: Białystok (2061011, powiat 2061, a city with powiat rights) — the network worker X;
 * Janów (2011022, powiat sokólski) — a 3D implementation of a town in an ordinary powiat, with its
 * own network worker; Dąbrowa Białostocka (2011013) — a network worker of the same powiat as Janów;
 * Korycin (2011043) — a rural implementation of powiat sokólski, for the PCPR animator.
 */

const db = () => getDb();
const NOTE = 'nie dotyczy — miasto na prawach powiatu';
const KORYCIN = '2011043';

let rops: Actor;
let nwX: Actor; // Białystok
let nwJanow: Actor;
let nwDabrowa: Actor; // same powiat as Janów
let pcprSokolski: Actor;
let pcprBialystok: Actor;
let notificationId: number;
let trackId: number;
let pzkX: typeof pzks.$inferSelect;
let pzkJanow: typeof pzks.$inferSelect;
let pzkKorycin: typeof pzks.$inferSelect;

async function pzkOf(teryt: string) {
  const { gminaId } = await unit(teryt);
  return (await db().select().from(pzks).where(eq(pzks.gminaId, gminaId!)))[0];
}
const versionOf = async (id: number) => (await db().select({ version: notifications.version }).from(notifications).where(eq(notifications.id, id)))[0].version;
const countNotifications = async () => (await db().select({ id: notifications.id }).from(notifications)).length;

/** What a network worker (or a PCPR animator) does on a PZK it manages, each call with its own data. */
const onPzk = {
  member: (a: Actor, pzkId: number) => addMember(a, { pzkId, name: 'Zofia Świątek', function: 'Pielęgniarka środowiskowa', teamRole: 'invited', email: `z.${uid()}@example.pl` }),
  plan: (a: Actor, pzkId: number) =>
    saveWorkPlan(a, {
      pzkId,
      version: 0,
      content: { goalsInstitutions: 'Wspólna diagnoza potrzeb rodzin w mieście', goalsHelping: '', meetings: 'Co miesiąc, sala MOPS', interventionProcedure: '', topics: '', trainingsInternal: '', trainingsExternal: '', promotion: '' },
    }),
  meeting: (a: Actor, pzkId: number) =>
    saveMeeting(a, { version: 0, kind: 'regular', durationMinutes: '120', place: 'MOPS, sala 2', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '', pzkId, startsAt: '2027-05-10T10:00' }),
  service: (a: Actor, pzkId: number) =>
    createPzkService(a, pzkId, {
      name: `Grupa wsparcia dla rodziców ${uid()}`,
      description: 'Spotkania co dwa tygodnie z psychologiem.',
      targetGroups: ['rodziny'],
      areas: ['rodzinny'],
      providerName: 'Miejski Ośrodek Pomocy Społecznej',
      conditions: '',
      cost: 'bezpłatnie',
      place: 'MOPS, ul. Słonimska 1',
      contact: 'tel. 85 000 00 00',
      referral: 'Zgłoszenie w MOPS.',
      lastReviewedOn: '2026-10-01',
    }),
};

beforeAll(async () => {
  rops = await makeActor('rops_adviser', PODLASKIE);
  nwX = await makeActor('network_worker', BIALYSTOK);
  nwJanow = await makeActor('network_worker', JANOW);
  nwDabrowa = await makeActor('network_worker', DABROWA);
  pcprSokolski = await makeActor('pcpr_animator', SOKOLSKI);
  pcprBialystok = await makeActor('pcpr_animator', BIALYSTOK_POWIAT);
});

describe('the network worker notifies ROPS for its own gmina only', () => {
  it('the form offers its own gmina, in its powiat, with Kooperacje 3D fixed', async () => {
    const f = await notificationFormOptions(nwX);
    expect(f.powiat.id).toBe((await unit(BIALYSTOK_POWIAT)).powiatId);
    expect(f.gminas.map((g) => g.name)).toEqual(['Białystok']);
    expect(f.fixedVariant).toBe('urban_3d');
    // The PCPR animator still chooses the variant and the gminas of the powiat.
    const p = await notificationFormOptions(pcprSokolski);
    expect(p.fixedVariant).toBeNull();
    expect(p.gminas.map((g) => g.name)).toContain('Janów');
  });

  it('another gmina (of another powiat) or the rural variant is refused in Polish, and nothing is written', async () => {
    const before = await countNotifications();
    await expect(submitNotification(nwX, await notification3dFor([JANOW]))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { gminaIds: expect.arrayContaining(['Pracownik ds. sieci zgłasza tylko swoją gminę (Białystok).']) },
    });
    const both = await notification3dFor([BIALYSTOK]);
    await expect(submitNotification(nwX, { ...both, variant: 'rural', people: [{ function: 'animator_pcpr', name: 'Ewa Góra' }, { function: 'councillor_powiat', name: 'Piotr Wąs' }, { function: 'animator_gops', name: 'A', gminaId: both.gminaIds[0] }, { function: 'councillor_gmina', name: 'B', gminaId: both.gminaIds[0] }] })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { variant: ['Pracownik ds. sieci zgłasza wdrożenie w wariancie Kooperacje 3D.'] },
    });
    // The network worker of Janów may not notify Dąbrowa, a gmina of its own powiat.
    await expect(submitNotification(nwJanow, await notification3dFor([DABROWA]))).rejects.toMatchObject({ code: 'INVALID' });
    // Without its network worker a 3D notification is incomplete.
    const noWorker = await notification3dFor([BIALYSTOK]);
    await expect(submitNotification(nwX, { ...noWorker, people: noWorker.people.filter((p) => p.function !== 'network_worker') })).rejects.toMatchObject({ code: 'INVALID' });
    expect(await countNotifications()).toBe(before);
  });

  it('submits for its gmina; it lists and opens it, others do not; it does not decide', async () => {
    ({ id: notificationId } = await submitNotification(nwX, await notification3dFor([BIALYSTOK])));
    const n = await getNotification(nwX, notificationId);
    expect(n.notification.variant).toBe('urban_3d');
    expect(n.notification.powiat.teryt).toBe(BIALYSTOK_POWIAT);
    // The network worker is kept with its gmina (the town's person, not the powiat's).
    expect(n.notification.people.map((p) => [p.function, p.gmina?.name ?? null])).toEqual([
      ['network_worker', 'Białystok'],
      ['councillor_gmina', 'Białystok'],
    ]);
    expect((await listNotifications(nwX)).map((r) => r.id)).toEqual([notificationId]);
    // The network workers of other gminas neither list nor open it.
    expect((await listNotifications(nwJanow)).map((r) => r.id)).not.toContain(notificationId);
    await expect(getNotification(nwJanow, notificationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getNotification(pcprSokolski, notificationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The PCPR animator of the city's own powiat reads it (the notification lives in the powiat).
    expect((await getNotification(pcprBialystok, notificationId)).notification.id).toBe(notificationId);
    // Deciding is ROPS's.
    await expect(reviewNotification(nwX, { id: notificationId, version: await versionOf(notificationId), decision: 'accept' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { trackIds } = (await reviewNotification(rops, { id: notificationId, version: await versionOf(notificationId), decision: 'accept' })) as { trackIds: number[] };
    [trackId] = trackIds;
    pzkX = await pzkOf(BIALYSTOK);
    expect(pzkX.gminaId).toBe((await unit(BIALYSTOK)).gminaId);
  });
});

describe('a city with powiat rights skips step 3 (the powiat–gmina agreement)', () => {
  it('its step 3 is "nie dotyczy — miasto na prawach powiatu" from the start, with a history entry, and counts as closed', async () => {
    const items = await db()
      .select({ code: catalogueSubsteps.code, status: scheduleItems.status, naReason: scheduleItems.naReason })
      .from(scheduleItems)
      .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
      .where(eq(scheduleItems.trackId, trackId))
      .orderBy(asc(catalogueSubsteps.position));
    const step3 = items.filter((i) => i.code === '3' || i.code.startsWith('3.'));
    expect(step3.length).toBeGreaterThan(0);
    for (const i of step3) expect(i).toMatchObject({ status: 'not_applicable', naReason: NOTE });
    // Nothing else is marked so: step 5.3 (the PZK agreement) is the first formal document to do.
    expect(items.filter((i) => i.status === 'not_applicable').map((i) => i.code)).toEqual(step3.map((i) => i.code));
    const [t] = await db().select().from(tracks).where(eq(tracks.id, trackId));
    const closed = items.filter((i) => i.status === 'done' || i.status === 'not_applicable').length;
    expect(t.closedItems).toBe(closed);
    expect(t.closedItems).toBeGreaterThanOrEqual(step3.length + 1); // + the notification's own sub-step, done
    expect(t.stepStates.find((s) => s.step === 3)?.state).toBe('done');
    expect(t.openItemLabels.some((l) => l.startsWith('3 '))).toBe(false);
    const events = await db().select({ text: trackEvents.text }).from(trackEvents).where(and(eq(trackEvents.trackId, trackId), like(trackEvents.text, `%${NOTE}%`)));
    expect(events).toHaveLength(1);
  });

  it('a powiat–gmina agreement cannot be created there, and the documents page does not offer it', async () => {
    const [impl] = await db().select({ implementationId: tracks.implementationId }).from(tracks).where(eq(tracks.id, trackId));
    const before = (await db().select({ id: documents.id }).from(documents)).length;
    await expect(createDocument(pcprBialystok, { kind: 'agreement_powiat_gmina', implementationId: impl.implementationId })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { kind: ['W mieście na prawach powiatu porozumienie powiat–gmina nie dotyczy — pierwszym dokumentem formalnym jest porozumienie PZK.'] },
    });
    expect((await db().select({ id: documents.id }).from(documents)).length).toBe(before);
    const targets = await creationTargets(pcprBialystok);
    expect(targets.powiat).toEqual([]);
    // The network worker starts the PZK agreement of its gmina instead.
    const forNw = await creationTargets(nwX);
    expect(forNw.powiat).toEqual([]);
    expect(forNw.gmina.map((g) => g.gminaName)).toEqual(['Białystok']);
    const { id } = await createDocument(nwX, { kind: 'agreement_pzk', implementationId: impl.implementationId, gminaId: pzkX.gminaId });
    expect(id).toBeGreaterThan(0);
  });

  it('an ordinary powiat keeps its step 3 and its powiat–gmina agreement', async () => {
    const { trackIds } = await accepted(pcprSokolski, rops, [KORYCIN]);
    const items = await db()
      .select({ code: catalogueSubsteps.code, status: scheduleItems.status })
      .from(scheduleItems)
      .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
      .where(eq(scheduleItems.trackId, trackIds[0]));
    expect(items.filter((i) => i.code === '3' || i.code.startsWith('3.')).every((i) => i.status === 'not_started')).toBe(true);
    expect(items.some((i) => i.status === 'not_applicable')).toBe(false);
    const [t] = await db().select({ implementationId: tracks.implementationId }).from(tracks).where(eq(tracks.id, trackIds[0]));
    expect((await createDocument(pcprSokolski, { kind: 'agreement_powiat_gmina', implementationId: t.implementationId })).id).toBeGreaterThan(0);
    pzkKorycin = await pzkOf(KORYCIN);
  });
});

describe('in its gmina the network worker leads as the PCPR animator does; outside it, nothing', () => {
  beforeAll(async () => {
    // A 3D implementation of a town in an ordinary powiat, notified by its own network worker.
    const { id } = await submitNotification(nwJanow, await notification3dFor([JANOW]));
    await reviewNotification(rops, { id, version: await versionOf(id), decision: 'accept' });
    pzkJanow = await pzkOf(JANOW);
  });

  it('manages its PZK: composes it, plans, meets, keeps the list of services (LKU)', async () => {
    expect(await pzkAccess(db(), nwX.scope, pzkX)).toBe('manage');
    expect((await onPzk.member(nwX, pzkX.id)).id).toBeGreaterThan(0);
    expect(await onPzk.plan(nwX, pzkX.id)).toEqual({ version: 1 });
    expect((await onPzk.meeting(nwX, pzkX.id)).id).toBeGreaterThan(0);
    expect((await onPzk.service(nwX, pzkX.id)).id).toBeGreaterThan(0);
  });

  it('invites the people of its PZK institutions', async () => {
    const inst = await makeInstitution(BIALYSTOK, 'school', 'Szkoła Podstawowa nr 1 w Białymstoku');
    await addMember(nwX, { pzkId: pzkX.id, institutionId: inst.id, name: 'Maria Szkolna', function: 'Pedagog szkolny', teamRole: 'invited', email: `m.${uid()}@example.pl` });
    const r = await invitePerson(nwX, { pzkId: pzkX.id, email: `nowa.${uid()}@test.kooperacja.pl`, name: 'Nowa Osoba', jobTitle: 'Pedagog szkolny', institutionId: inst.id });
    expect(r).toBeTruthy();
  });

  it.each([
    ['a network worker of another gmina of the same powiat', () => nwDabrowa, () => pzkJanow],
    ['a network worker of another powiat (Białystok → Janów)', () => nwX, () => pzkJanow],
    ['a network worker of another powiat (Janów → Białystok)', () => nwJanow, () => pzkX],
    ['a network worker in a rural implementation of its powiat', () => nwJanow, () => pzkKorycin],
  ])('%s does not find the PZK', async (_, who, pzk) => {
    const a = who();
    const p = pzk();
    expect(await pzkAccess(db(), a.scope, p)).toBeNull();
    for (const act of Object.values(onPzk)) await expect(act(a, p.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(invitePerson(a, { pzkId: p.id, email: `x.${uid()}@test.kooperacja.pl`, name: 'Obca Osoba', jobTitle: 'Pedagog', institutionId: a.scope.institutionId ?? 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("opens its gmina's cases with write access; other gminas' cases are not found", async () => {
    const social = await makeActor('social_worker', BIALYSTOK);
    // Referred by the social worker: the network worker sees it through its gmina, not as the one who referred it.
    const { id: caseX } = await createCase(social, referralInput(pzkX.id, social.userId, { referredOn: '2026-11-20' }));
    const socialJanow = await makeActor('social_worker', JANOW);
    const { id: caseJanow } = await createCase(nwJanow, referralInput(pzkJanow.id, socialJanow.userId, { referredOn: '2026-11-20' }));
    const [cx] = await db().select().from(cases).where(eq(cases.id, caseX));
    const [cj] = await db().select().from(cases).where(eq(cases.id, caseJanow));
    expect(await caseAccess(db(), nwX, cx)).toBe('write');
    expect((await openCase(nwX, caseX)).access).toBe('write');
    expect((await listCases(nwX)).map((c) => c.id)).toEqual([caseX]);
    // Janów's network worker: its own case only; Dąbrowa's (same powiat): none.
    expect(await caseAccess(db(), nwJanow, cj)).toBe('write');
    expect(await caseAccess(db(), nwJanow, cx)).toBeNull();
    expect(await caseAccess(db(), nwDabrowa, cj)).toBeNull();
    await expect(openCase(nwDabrowa, caseJanow)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openCase(nwX, caseJanow)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listCases(nwDabrowa)).map((c) => c.id)).toEqual([]);

    // The key worker tells of the planned end: the network worker of the gmina gets the e-mail (as
    // the PCPR animator of the powiat does), the network worker of another gmina does not.
    const qualifiedOn = '2026-11-25';
    await db().update(cases).set({ status: 'qualified', qualifiedOn }).where(eq(cases.id, caseX));
    const [q] = await db().select().from(cases).where(eq(cases.id, caseX));
    await announceEnd(social, { caseId: caseX, version: q.version, on: clock.today(), plannedEndOn: '2031-06-30' });
    const mailTo = async (a: Actor) => db().select().from(emailOutbox).where(eq(emailOutbox.toUserId, a.userId));
    const mail = await mailTo(nwX);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe(`Planowane zakończenie pracy w sprawie ${q.number}`);
    expect(mail[0].body).toContain('30.06.2031');
    expect(await mailTo(nwJanow)).toHaveLength(0);
  });
});

describe("a rural PCPR animator's rights are unchanged", () => {
  it('notifies for gminas of its powiat, manages their PZKs, and does not reach a city with powiat rights', async () => {
    expect(await pzkAccess(db(), pcprSokolski.scope, pzkKorycin)).toBe('manage');
    expect((await onPzk.member(pcprSokolski, pzkKorycin.id)).id).toBeGreaterThan(0);
    expect(await onPzk.plan(pcprSokolski, pzkKorycin.id)).toEqual({ version: 1 });
    expect((await onPzk.meeting(pcprSokolski, pzkKorycin.id)).id).toBeGreaterThan(0);
    expect((await onPzk.service(pcprSokolski, pzkKorycin.id)).id).toBeGreaterThan(0);
    // And the 3D PZK of Janów, a gmina of its powiat, as the rural rule always had it.
    expect(await pzkAccess(db(), pcprSokolski.scope, pzkJanow)).toBe('manage');
    // Białystok is another powiat.
    expect(await pzkAccess(db(), pcprSokolski.scope, pzkX)).toBeNull();
    for (const act of Object.values(onPzk)) await expect(act(pcprSokolski, pzkX.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // It may still notify Kooperacje 3D (and the rural model) for gminas of its powiat.
    const { id } = await submitNotification(pcprSokolski, await notification3dFor(['2011052']));
    const n = (await getNotification(pcprSokolski, id)).notification;
    expect([n.powiat.teryt, n.variant]).toEqual([SOKOLSKI, 'urban_3d']);
    const { id: rural } = await submitNotification(pcprSokolski, await notificationFor(['2011062']));
    expect((await getNotification(pcprSokolski, rural)).notification.variant).toBe('rural');
    expect((await listNotifications(pcprSokolski)).map((r) => r.id)).toContain(id);
    // A gmina of another powiat is refused as before.
    await expect(submitNotification(pcprSokolski, await notificationFor([BIALYSTOK]))).rejects.toMatchObject({ code: 'INVALID' });
  });
});
