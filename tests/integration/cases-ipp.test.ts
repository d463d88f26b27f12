import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseMonitoring, ipps, pzkMeetings, services } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { givePurpose } from '@/lib/cases/access';
import { createNextIpp, getIppPage, listIpps, saveContract, saveIpp } from '@/lib/cases/ipp';
import { caseSetup, goalInput, onDay, ippInput, newCase, qualifiedCase, taskInput, type CaseSetup, type GoalInput } from '../case-factories';
import { makeInstitution } from '../factories';

/*
 * The IPP and its kontrakt (step 7.2) through the domain functions: creating, continuing, the
 * period and household rules, the services list, optimistic locking, and who may do what.
 * Gminas of this file: 2007043, 2007052, 2007062, 2007072, 2007082, 2007092 (one pair per test).
 */

const THREE_MONTHS_AND_A_DAY = 'IPP obejmuje najwyżej 3 miesiące — przy początku 15.01.2027 może trwać najpóźniej do 14.04.2027.';

const ippRows = (caseId: number) => getDb().select().from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence));
const ippRow = async (id: number) => (await getDb().select().from(ipps).where(eq(ipps.id, id)))[0];

/** A published entry of the PZK's list of activities and services, written straight to the table. */
async function publishedService(s: CaseSetup, pzk: CaseSetup['pzk'], over: Partial<typeof services.$inferInsert> = {}) {
  const [row] = await getDb()
    .insert(services)
    .values({
      scope: 'pzk',
      status: 'published',
      pzkId: pzk.id,
      voivodeshipId: pzk.voivodeshipId,
      powiatId: pzk.powiatId,
      providerInstitutionId: s.member.scope.institutionId,
      providerName: 'Szkoła Podstawowa w Gminie',
      name: 'Zajęcia wyrównawcze',
      description: 'Zajęcia dla dzieci i młodzieży',
      areas: ['edukacyjny'],
      searchText: 'zajecia wyrownawcze',
      ...over,
    })
    .returning();
  return row;
}

const expectCode = (p: Promise<unknown>, code: string) => expect(p).rejects.toMatchObject({ code });

describe('the IPP: the first one, its rules and who may do what', () => {
  it('creates the first IPP, refuses a period over 3 months and a member without a goal, takes tasks from the services list', async () => {
    const s = await caseSetup(['2007043', '2007052']);
    const { caseId, mother, son } = await qualifiedCase(s);

    // Period: 3 months and a day is refused with the clear message on endsOn, nothing stored.
    await expect(createNextIpp(s.gops, { caseId, startsOn: '2027-01-15', endsOn: '2027-04-15', pzkAttendance: 'in_person' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { endsOn: [THREE_MONTHS_AND_A_DAY] },
    });
    await expect(createNextIpp(s.gops, { caseId, startsOn: '2027-01-05', endsOn: '2027-03-31', pzkAttendance: 'in_person' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { startsOn: ['IPP nie może zaczynać się przed kwalifikacją (12.01.2027).'] },
    });
    expect(await ippRows(caseId)).toHaveLength(0);

    // Readers, ROPS and strangers may not start one.
    const start = { caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' };
    await expectCode(createNextIpp(s.member, start), 'FORBIDDEN');
    await expectCode(createNextIpp(s.rops, start), 'FORBIDDEN');
    for (const a of [s.strangerGops, s.strangerMember, s.outsider]) await expectCode(createNextIpp(a, start), 'NOT_FOUND');
    expect(await ippRows(caseId)).toHaveLength(0);

    const { id: ippId, sequence } = await createNextIpp(s.socialWorker, start);
    expect(sequence).toBe(1);
    const created = await ippRow(ippId);
    expect(created).toMatchObject({ sequence: 1, startsOn: '2027-01-15', endsOn: '2027-04-14', goals: [], version: 1, pzkAttendance: 'in_person' });
    // The first IPP has no goals yet: the next cannot start.
    const listed = await listIpps(s.gops, caseId);
    expect(listed).toMatchObject({ canStart: false, startBlocked: 'Uzupełnij cele IPP 1, zanim rozpoczniesz kolejny.' });
    expect(listed.ipps).toEqual([expect.objectContaining({ id: ippId, sequence: 1, goalsCount: 0, acceptedOn: null, hasContract: false })]);

    const service = await publishedService(s, s.pzk);
    const proposed = await publishedService(s, s.pzk, { status: 'proposed', name: 'Propozycja' });
    const otherPzkService = await publishedService(s, s.otherPzk, { name: 'Usługa innego zespołu' });
    const [meeting] = await getDb().insert(pzkMeetings).values({ pzkId: s.pzk.id, startsAt: new Date('2027-01-20T10:00:00Z') }).returning();
    const [otherMeeting] = await getDb().insert(pzkMeetings).values({ pzkId: s.otherPzk.id, startsAt: new Date('2027-01-21T10:00:00Z') }).returning();

    // The page offers the PZK's published services, its institutions and meetings.
    const page = await getIppPage(s.gops, caseId, ippId);
    expect(page.editable).toBe(true);
    expect(page.options!.services.map((x) => x.id)).toEqual([service.id]);
    expect(page.options!.institutions.map((i) => i.id)).toContain(s.member.scope.institutionId);
    expect(page.options!.meetings.map((m) => m.id)).toEqual([meeting.id]);
    expect(page.members.map((m) => m.id)).toEqual([mother, son]);

    const motherGoal = goalInput(mother, {
      tasks: [taskInput({ serviceId: String(service.id), description: 'Zajęcia wyrównawcze', institutionId: String(s.member.scope.institutionId), institutionName: '', person: 'Maria Szkolna', dueOn: '2027-03-01' })],
    });
    const sonGoal = goalInput(son, { area: 'prozawodowy', title: 'Podjęcie pracy', expectedEffect: 'Zatrudnienie choćby w niepełnym wymiarze', baseline: '1', target: '5', tasks: [taskInput({ description: 'Kurs zawodowy', institutionName: 'Powiatowy Urząd Pracy', dueOn: '2027-04-14' })] });

    // A household member without a goal: refused, naming him, nothing written.
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [motherGoal]))).rejects.toMatchObject({
      code: 'INVALID',
      message: 'Każda osoba z gospodarstwa domowego musi mieć własny cel, cel rodzinny (dla całej rodziny) albo zapisany powód braku celu. Brak celu: Łukasz Zięba.',
      fieldErrors: { goals: ['Każda osoba z gospodarstwa domowego musi mieć własny cel, cel rodzinny (dla całej rodziny) albo zapisany powód braku celu. Brak celu: Łukasz Zięba.'] },
    });
    // Saving a period one day too long: refused on endsOn.
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [motherGoal, sonGoal], { endsOn: '2027-04-15' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { endsOn: [THREE_MONTHS_AND_A_DAY] } });
    // A task due after the IPP ends: refused on its date.
    const lateSon = { ...sonGoal, tasks: [{ ...sonGoal.tasks[0], dueOn: '2027-04-20' }] };
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [motherGoal, lateSon]))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { 'goals.1.tasks.0.dueOn': [expect.stringMatching(/okresie IPP/)] } });
    // Services of another PZK or not yet published, institutions and meetings of another PZK, a person of another case: refused on their fields.
    const foreign = (task: Record<string, unknown>) => ({ ...motherGoal, tasks: [{ ...motherGoal.tasks[0], ...task }] });
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [foreign({ serviceId: String(otherPzkService.id) }), sonGoal]))).rejects.toMatchObject({ fieldErrors: { 'goals.0.tasks.0.serviceId': [expect.any(String)] } });
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [foreign({ serviceId: String(proposed.id) }), sonGoal]))).rejects.toMatchObject({ fieldErrors: { 'goals.0.tasks.0.serviceId': [expect.any(String)] } });
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [foreign({ serviceId: '', institutionId: String(s.strangerMember.scope.institutionId) }), sonGoal]))).rejects.toMatchObject({ fieldErrors: { 'goals.0.tasks.0.institutionId': [expect.any(String)] } });
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [motherGoal, sonGoal], { acceptedOn: '2027-01-21', acceptedMeetingId: String(otherMeeting.id) }))).rejects.toMatchObject({ fieldErrors: { acceptedMeetingId: ['Wybierz spotkanie tego zespołu.'] } });
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [motherGoal, sonGoal, goalInput(mother + son + 1000)]))).rejects.toMatchObject({ fieldErrors: { 'goals.2.memberId': [expect.any(String)] } });
    expect(await ippRow(ippId)).toMatchObject({ version: 1, goals: [], acceptedOn: null });

    // Readers and ROPS may not save; strangers do not see the IPP at all.
    const valid = ippInput(caseId, ippId, 1, [motherGoal, sonGoal], { acceptedOn: '2027-01-20', acceptedMeetingId: String(meeting.id) });
    await expectCode(saveIpp(s.member, valid), 'FORBIDDEN');
    await expectCode(saveIpp(s.rops, valid), 'FORBIDDEN');
    for (const a of [s.strangerGops, s.strangerMember, s.outsider]) await expectCode(saveIpp(a, valid), 'NOT_FOUND');

    // Goals for mother and son; the task from the services list keeps its service and the provider institution.
    expect(await saveIpp(s.gops, valid)).toEqual({ version: 2 });
    const saved = await ippRow(ippId);
    expect(saved).toMatchObject({ version: 2, acceptedOn: '2027-01-20', acceptedMeetingId: meeting.id, updatedBy: s.gops.userId });
    expect(saved.goals).toEqual([
      {
        key: motherGoal.key,
        memberId: mother,
        area: 'zdrowie',
        title: 'Regularne leczenie',
        expectedEffect: 'Wizyty u lekarza co miesiąc',
        baseline: 2,
        target: 6,
        tasks: [{ key: motherGoal.tasks[0].key, serviceId: service.id, description: 'Zajęcia wyrównawcze', institutionId: s.member.scope.institutionId, institutionName: expect.any(String), person: 'Maria Szkolna', dueOn: '2027-03-01' }],
      },
      {
        key: sonGoal.key,
        memberId: son,
        area: 'prozawodowy',
        title: 'Podjęcie pracy',
        expectedEffect: 'Zatrudnienie choćby w niepełnym wymiarze',
        baseline: 1,
        target: 5,
        tasks: [{ key: sonGoal.tasks[0].key, serviceId: null, description: 'Kurs zawodowy', institutionId: null, institutionName: 'Powiatowy Urząd Pracy', person: 'Anna Nowak', dueOn: '2027-04-14' }],
      },
    ]);
    expect(saved.goals[0].tasks[0].institutionName).toBe(page.options!.institutions.find((i) => i.id === s.member.scope.institutionId)!.name);
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'case.ipp_saved'), eq(auditLog.entityId, String(caseId))));
    expect(audits.map((a) => a.details)).toEqual(expect.arrayContaining([expect.objectContaining({ ippId, sequence: 1, started: true }), { ippId, sequence: 1 }]));

    // A service whose provider is not on the PZK's member list: its institution is accepted with the provider's name.
    const outside = await makeInstitution('2007043', 'ngo', 'Stowarzyszenie Razem');
    const outsideService = await publishedService(s, s.pzk, { name: 'Asystent osobisty', providerInstitutionId: outside.id, providerName: 'Stowarzyszenie Razem' });
    const sonWithService = { ...sonGoal, tasks: [...sonGoal.tasks, taskInput({ serviceId: String(outsideService.id), description: 'Asystent osobisty', institutionId: String(outside.id), institutionName: '', dueOn: '2027-03-15' })] };
    expect(await saveIpp(s.socialWorker, { ...valid, version: '2', goals: [motherGoal, sonWithService] })).toEqual({ version: 3 });
    expect((await ippRow(ippId)).goals[1].tasks[1]).toMatchObject({ serviceId: outsideService.id, institutionId: outside.id, institutionName: 'Stowarzyszenie Razem' });

    // The reader sees the IPP read-only; ROPS only with a stated purpose; strangers nothing.
    const forReader = await getIppPage(s.member, caseId, ippId);
    expect(forReader).toMatchObject({ editable: false, options: null, acceptedMeeting: { id: meeting.id } });
    expect(forReader.ipp.goals).toHaveLength(2);
    expect((await listIpps(s.member, caseId)).canStart).toBe(false);
    await expectCode(getIppPage(s.rops, caseId, ippId), 'FORBIDDEN');
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja: przegląd IPP na wniosek PCPR' });
    expect((await getIppPage(s.rops, caseId, ippId)).editable).toBe(false);
    for (const a of [s.strangerGops, s.strangerMember, s.outsider]) {
      await expectCode(getIppPage(a, caseId, ippId), 'NOT_FOUND');
      await expectCode(listIpps(a, caseId), 'NOT_FOUND');
    }
    // An IPP of another case is not found through this one.
    const other = await qualifiedCase(s);
    await expectCode(getIppPage(s.gops, other.caseId, ippId), 'NOT_FOUND');
    await expectCode(saveIpp(s.gops, { ...valid, caseId: String(other.caseId), version: '3' }), 'NOT_FOUND');

    // The kontrakt: drafted from the IPP, saved with the IPP's version, which it bumps.
    const withDraft = await getIppPage(s.gops, caseId, ippId, 'kontrakt');
    expect(withDraft.contractDraft.familyCommitments).toMatch(/^Halina Zięba:\n– Regularne leczenie/);
    expect(withDraft.contractDraft.familyCommitments).toMatch(/Łukasz Zięba:\n– Podjęcie pracy/);
    expect(withDraft.contractDraft.institutionCommitments).toMatch(/Powiatowy Urząd Pracy:\n– Kurs zawodowy \(odpowiada: Anna Nowak\), termin: 14\.04\.2027/);
    const contract = { caseId: String(caseId), ippId: String(ippId), version: '3', concludedOn: '2027-01-22', ...withDraft.contractDraft, consequences: 'Przegląd IPP na spotkaniu PZK.' };
    await expectCode(saveContract(s.member, contract), 'FORBIDDEN');
    await expectCode(saveContract(s.rops, contract), 'FORBIDDEN');
    for (const a of [s.strangerGops, s.strangerMember, s.outsider]) await expectCode(saveContract(a, contract), 'NOT_FOUND');
    await expect(onDay('2028-02-01', () => saveContract(s.gops, { ...contract, concludedOn: '2028-02-01' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { concludedOn: [expect.stringMatching(/najwyżej 12 miesięcy/)] } });
    expect(await saveContract(s.gops, contract)).toEqual({ version: 4 });
    expect((await ippRow(ippId)).contract).toEqual({
      concludedOn: '2027-01-22',
      familyCommitments: withDraft.contractDraft.familyCommitments,
      workerCommitments: withDraft.contractDraft.workerCommitments,
      institutionCommitments: withDraft.contractDraft.institutionCommitments,
      consequences: 'Przegląd IPP na spotkaniu PZK.',
    });
    await expectCode(saveContract(s.gops, contract), 'CONFLICT');
    // The IPP form opened before the kontrakt was saved is stale now.
    await expectCode(saveIpp(s.gops, { ...valid, version: '3', goals: [motherGoal, sonWithService] }), 'CONFLICT');
    const [contractAudit] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'case.contract_saved'), eq(auditLog.entityId, String(caseId))));
    expect(contractAudit.details).toEqual({ ippId, sequence: 1 });
    expect((await listIpps(s.member, caseId)).ipps[0]).toMatchObject({ goalsCount: 2, hasContract: true, acceptedOn: '2027-01-20' });
  });
});

async function firstIpp(s: CaseSetup, actor: Actor) {
  const made = await qualifiedCase(s);
  const { id } = await createNextIpp(actor, { caseId: made.caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'through_key_worker' });
  const goals = [
    goalInput(made.mother, { title: 'Regularne leczenie', baseline: '2', target: '6' }),
    goalInput(made.son, { area: 'prozawodowy', title: 'Podjęcie pracy', baseline: '1', target: '5', tasks: [taskInput({ description: 'Kurs', dueOn: '2027-03-10' }), taskInput({ description: 'Staż', dueOn: '2027-04-10' })] }),
    goalInput(made.mother, { area: 'rodzinny', title: 'Porządek w domu', baseline: '3', target: '7' }),
  ];
  await saveIpp(actor, ippInput(made.caseId, id, 1, goals, { pzkAttendance: 'through_key_worker' }));
  return { ...made, ippId: id, goals };
}

describe('the next IPP continues the previous one', () => {
  it('keeps goal and task keys, starts from the latest monitoring, starts the day after, refuses removing measured goals', async () => {
    const s = await caseSetup(['2007062', '2007072']);
    const { caseId, ippId, goals, mother } = await firstIpp(s, s.socialWorker);
    const [healthGoal, workGoal, homeGoal] = goals;
    await getDb()
      .insert(caseMonitoring)
      .values([
        { caseId, ippId, heldOn: '2027-03-15', scales: { [healthGoal.key]: 5, [homeGoal.key]: 4 }, satisfaction: 7, taskStatuses: { [workGoal.tasks[0].key]: 'done' }, recordedBy: s.socialWorker.userId, recordedByName: 'Pracownik' },
        { caseId, ippId, heldOn: '2027-02-15', scales: { [healthGoal.key]: 3, [workGoal.key]: 3 }, satisfaction: 6, taskStatuses: {}, recordedBy: s.socialWorker.userId, recordedByName: 'Pracownik' },
      ]);

    // A goal monitoring has measured may not be removed; nor a task with a recorded status.
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 2, [healthGoal, workGoal], { pzkAttendance: 'through_key_worker' }))).rejects.toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/^Nie można usunąć celu „Porządek w domu” — monitoring tego IPP ma już dla nich zapisy/),
    });
    const withoutDoneTask = { ...workGoal, tasks: [workGoal.tasks[1]] };
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 2, [healthGoal, withoutDoneTask, homeGoal]))).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/zadania „Kurs”/) });
    // Changing its wording keeps the key and is fine; an unmeasured task may go.
    const withoutStaz = { ...workGoal, title: 'Podjęcie stałej pracy', tasks: [workGoal.tasks[0]] };
    expect(await saveIpp(s.gops, ippInput(caseId, ippId, 2, [healthGoal, withoutStaz, homeGoal], { pzkAttendance: 'through_key_worker' }))).toEqual({ version: 3 });

    // The next IPP may not overlap the previous one.
    await expect(createNextIpp(s.gops, { caseId, startsOn: '2027-04-14', endsOn: '2027-07-13', pzkAttendance: 'in_person' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { startsOn: ['IPP 2 może się zacząć najwcześniej 15.04.2027 — dzień po zakończeniu IPP 1 (14.04.2027).'] },
    });
    expect(await ippRows(caseId)).toHaveLength(1);
    const listed = await listIpps(s.gops, caseId);
    expect(listed).toMatchObject({ canStart: true, next: { sequence: 2, startsOn: '2027-04-15', endsOn: '2027-07-14', continuesFrom: 1 } });

    const { id: nextId, sequence } = await createNextIpp(s.gops, { caseId, startsOn: '2027-04-15', endsOn: '2027-07-14', pzkAttendance: 'in_person' });
    expect(sequence).toBe(2);
    const next = await ippRow(nextId);
    expect(next).toMatchObject({ startsOn: '2027-04-15', endsOn: '2027-07-14', version: 1, acceptedOn: null, contract: null });
    const previous = await ippRow(ippId);
    // Same goal keys and task keys, in the same order, with the same members and wording.
    expect(next.goals.map((g) => g.key)).toEqual(previous.goals.map((g) => g.key));
    expect(next.goals.map((g) => g.tasks.map((t) => t.key))).toEqual(previous.goals.map((g) => g.tasks.map((t) => t.key)));
    expect(next.goals.map((g) => [g.memberId, g.title, g.target])).toEqual(previous.goals.map((g) => [g.memberId, g.title, g.target]));
    // Baselines: the latest monitored value per goal (health 5 from March, work 3 from February, home 4).
    expect(next.goals.map((g) => g.baseline)).toEqual([5, 3, 4]);
    // Task due dates of the previous period move to the new one's end.
    expect(next.goals.flatMap((g) => g.tasks.map((t) => t.dueOn))).toEqual(['2027-07-14', '2027-07-14', '2027-07-14']);
    expect(previous.goals.map((g) => g.baseline)).toEqual([2, 1, 3]);

    // The continued IPP saves as it is (monitoring of IPP 1 does not lock IPP 2's goals): one goal dropped is fine.
    const continued = next.goals.map((g) => ({ ...g, memberId: String(g.memberId), baseline: String(g.baseline), target: String(g.target === 4 ? 8 : g.target), tasks: g.tasks.map((t) => ({ ...t, serviceId: '', institutionId: '' })) }));
    const early = continued.map((g) => ({ ...g, tasks: g.tasks.map((t) => ({ ...t, dueOn: '2027-05-01' })) }));
    await expect(saveIpp(s.gops, ippInput(caseId, nextId, 1, early as never, { startsOn: '2027-04-14', endsOn: '2027-07-13' }))).rejects.toMatchObject({ fieldErrors: { startsOn: [expect.stringMatching(/najwcześniej 15\.04\.2027/)] } });
    // Extending IPP 1 into IPP 2 is refused too.
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 3, [healthGoal, withoutStaz, homeGoal], { endsOn: '2027-04-15', startsOn: '2027-01-16' }))).rejects.toMatchObject({ fieldErrors: { endsOn: ['IPP 1 musi się skończyć przed początkiem IPP 2 (15.04.2027).'] } });
    expect(await saveIpp(s.gops, ippInput(caseId, nextId, 1, continued.slice(0, 2) as never, { startsOn: '2027-04-15', endsOn: '2027-07-14' }))).toEqual({ version: 2 });
    expect((await ippRow(nextId)).goals.map((g) => g.key)).toEqual([healthGoal.key, workGoal.key]);

    // Past the case's 12 months (qualified 12.01.2027): refused without an extension.
    await expect(createNextIpp(s.gops, { caseId, startsOn: '2027-12-01', endsOn: '2028-02-15', pzkAttendance: 'in_person' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { endsOn: [expect.stringMatching(/najwyżej 12 miesięcy od kwalifikacji \(do 12\.01\.2028\)/)] },
    });
    expect(await ippRows(caseId)).toHaveLength(2);
    expect(mother).toBeGreaterThan(0);
  });
});

describe('two key workers save the same IPP at once', () => {
  it('exactly one wins, the other gets CONFLICT, nothing is half-written', async () => {
    const s = await caseSetup(['2007082', '2007092']);
    const { caseId, ippId, goals } = await firstIpp(s, s.gops);
    const before = await ippRow(ippId);
    expect(before.version).toBe(2);
    const attempts = [
      { actor: s.gops, goals: goals.map((g) => ({ ...g, title: `${g.title} (GOPS)`, tasks: [...g.tasks, taskInput({ description: 'Zadanie GOPS', dueOn: '2027-03-03' })] })) },
      { actor: s.socialWorker, goals: goals.map((g) => ({ ...g, title: `${g.title} (pracownik)`, baseline: '0' })) },
    ];
    const results = await Promise.allSettled(attempts.map((a) => saveIpp(a.actor, ippInput(caseId, ippId, 2, a.goals, { pzkAttendance: 'through_key_worker', acceptedOn: a.actor === s.gops ? '2027-01-30' : '' }))));
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: 'CONFLICT' });
    const winner = attempts[results.findIndex((r) => r.status === 'fulfilled')];
    const stored = await ippRow(ippId);
    expect(stored.version).toBe(3);
    expect(stored.updatedBy).toBe(winner.actor.userId);
    expect(stored.acceptedOn).toBe(winner.actor === s.gops ? '2027-01-30' : null);
    expect(stored.goals.map((g) => g.title)).toEqual(winner.goals.map((g) => g.title));
    expect(stored.goals.map((g) => g.baseline)).toEqual(winner.goals.map((g) => Number(g.baseline)));
    expect(stored.goals.map((g) => g.tasks.map((t) => t.key))).toEqual(winner.goals.map((g) => g.tasks.map((t) => t.key)));
    const [{ n }] = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.ipp_saved'), eq(auditLog.entityId, String(caseId)), sql`${auditLog.details} = ${JSON.stringify({ ippId, sequence: 1 })}::jsonb`));
    // The first save in firstIpp, and the winner.
    expect(n).toBe(2);

    // The loser's form still holds version 2: saving again is a conflict until the page is reloaded.
    const loser = attempts.find((a) => a !== winner)!;
    await expectCode(saveIpp(loser.actor, ippInput(caseId, ippId, 2, loser.goals)), 'CONFLICT');
    expect(await saveIpp(loser.actor, ippInput(caseId, ippId, 3, loser.goals))).toEqual({ version: 4 });

    // A case not yet qualified has no IPP.
    const referred = await newCase(s);
    await expect(createNextIpp(s.gops, { caseId: referred.caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' })).rejects.toMatchObject({
      code: 'INVALID',
      message: 'IPP prowadzi się w sprawie zakwalifikowanej do współpracy (w realizacji).',
    });
    expect((await listIpps(s.gops, referred.caseId)).startBlocked).toBe('IPP prowadzi się w sprawie zakwalifikowanej do współpracy (w realizacji).');
  });
});
