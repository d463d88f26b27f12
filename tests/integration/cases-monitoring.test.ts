import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseReminders, cases, emailOutbox, ipps, pzkMeetings, type IppGoal } from '@/db/schema';
import { givePurpose } from '@/lib/cases/access';
import { caseloadByGmina } from '@/lib/cases/caseload';
import { getMonitoring, recordMonitoring, recordSession } from '@/lib/cases/monitoring';
import { syncCaseReminders } from '@/lib/cases/reminders';
import { startReminderWorker } from '@/lib/notifications/worker';
import { getPulpit } from '@/lib/pulpit/pulpit';
import { caseSetup, newCase, qualifiedCase } from '../case-factories';

const TODAY = '2026-11-20';

const goals = (mother: number, son: number): IppGoal[] => [
  {
    key: 'g-leki',
    memberId: mother,
    area: 'zdrowie',
    title: 'Regularne przyjmowanie leków',
    expectedEffect: 'Leki przyjmowane codziennie',
    baseline: 3,
    target: 8,
    tasks: [{ key: 't-lekarz', serviceId: null, description: 'Wizyta u lekarza POZ', institutionId: null, institutionName: 'Przychodnia', person: 'dr Nowak', dueOn: '2026-04-30' }],
  },
  {
    key: 'g-praca',
    memberId: son,
    area: 'prozawodowy',
    title: 'Podjęcie pracy',
    expectedEffect: 'Umowa o pracę',
    baseline: 2,
    target: 6,
    tasks: [{ key: 't-cv', serviceId: null, description: 'Przygotowanie CV', institutionId: null, institutionName: 'PUP', person: 'doradca', dueOn: '2026-05-15' }],
  },
];

async function insertIpp(caseId: number, sequence: number, startsOn: string, endsOn: string, g: IppGoal[]) {
  const [row] = await getDb().insert(ipps).values({ caseId, sequence, startsOn, endsOn, goals: g, pzkAttendance: 'through_key_worker' }).returning({ id: ipps.id });
  return row.id;
}

const entry = (caseId: number, heldOn: string, over: Record<string, unknown> = {}) => ({
  caseId,
  heldOn,
  scales: [
    { goalKey: 'g-leki', value: '4' },
    { goalKey: 'g-praca', value: '3' },
  ],
  satisfaction: '6',
  taskStatuses: [
    { taskKey: 't-lekarz', status: 'in_progress' },
    { taskKey: 't-cv', status: 'planned' },
  ],
  notes: 'Rodzina zgłosiła poprawę.',
  ...over,
});

describe('monitoring meetings', () => {
  it('records a meeting against the IPP in force that day and refuses what the rules forbid', async () => {
    const s = await caseSetup(['2010042', '2010052']);
    const { caseId, mother, son } = await qualifiedCase(s, '2026-03-02');
    const ipp1 = await insertIpp(caseId, 1, '2026-03-10', '2026-06-09', goals(mother, son));
    const ipp2 = await insertIpp(caseId, 2, '2026-06-10', '2026-09-09', goals(mother, son));

    expect(await recordMonitoring(s.socialWorker, entry(caseId, '2026-04-10'), TODAY)).toMatchObject({ ippId: ipp1 });
    const second = entry(caseId, '2026-06-20', {
      scales: [
        { goalKey: 'g-praca', value: '4' },
        { goalKey: 'g-leki', value: '6' },
      ],
      taskStatuses: [
        { taskKey: 't-lekarz', status: 'done' },
        { taskKey: 't-cv', status: 'in_progress' },
      ],
    });
    // An animator of the powiat may record too.
    expect(await recordMonitoring(s.pcpr, second, TODAY)).toMatchObject({ ippId: ipp2 });
    const audited = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'case.monitoring_recorded'), eq(auditLog.entityId, String(caseId))));
    expect(audited).toHaveLength(2);
    expect(JSON.stringify(audited.map((a) => a.details))).not.toMatch(/poprawę/);

    // Dates: no IPP that day (before the first, after the last), before qualification, in the future.
    for (const heldOn of ['2026-03-05', '2026-09-20']) {
      await expect(recordMonitoring(s.socialWorker, entry(caseId, heldOn), TODAY)).rejects.toMatchObject({
        code: 'INVALID',
        message: expect.stringMatching(/^Brak IPP obejmującego tę datę/),
        fieldErrors: { heldOn: [expect.stringMatching(/^Brak IPP obejmującego tę datę/)] },
      });
    }
    await expect(recordMonitoring(s.socialWorker, entry(caseId, '2026-02-27'), TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [expect.stringMatching(/wcześniejsza niż kwalifikacja/)] } });
    await expect(recordMonitoring(s.socialWorker, entry(caseId, '2026-05-21'), '2026-05-20')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [expect.stringMatching(/późniejsza niż dziś/)] } });
    // Scales must match the goals of that IPP; values 0–10.
    await expect(recordMonitoring(s.socialWorker, entry(caseId, '2026-05-10', { scales: [{ goalKey: 'g-leki', value: '5' }] }), TODAY)).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/odśwież stronę/) });
    await expect(recordMonitoring(s.socialWorker, entry(caseId, '2026-05-10', { scales: [{ goalKey: 'g-leki', value: '11' }, { goalKey: 'g-praca', value: '3' }] }), TODAY)).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { 'scales.0.value': ['Podaj liczbę całkowitą od 0 do 10.'] },
    });
    await expect(recordMonitoring(s.socialWorker, entry(caseId, '2026-05-10', { satisfaction: '' }), TODAY)).rejects.toMatchObject({ fieldErrors: { satisfaction: expect.any(Array) } });

    // Who: readers FORBIDDEN, strangers NOT_FOUND, ROPS read-only even with a purpose.
    await expect(recordMonitoring(s.member, entry(caseId, '2026-05-10'), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const a of [s.outsider, s.strangerGops, s.strangerMember]) await expect(recordMonitoring(a, entry(caseId, '2026-05-10'), TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordMonitoring(s.rops, entry(caseId, '2026-05-10'), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja: przegląd monitoringu na wniosek PCPR' });
    await expect(recordMonitoring(s.rops, entry(caseId, '2026-05-10'), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // The page: entries newest first, series over both IPPs, latest task statuses; readers get no forms.
    const view = await getMonitoring(s.socialWorker, caseId, TODAY);
    expect(view.entries.map((e) => e.heldOn)).toEqual(['2026-06-20', '2026-04-10']);
    expect(view.entries[0]).toMatchObject({ scales: { 'g-leki': 6, 'g-praca': 4 }, satisfaction: 6, recordedByName: s.pcpr.name });
    expect(view.series.find((g) => g.key === 'g-leki')).toMatchObject({ baseline: 3, baselineOn: '2026-03-10', latest: 6, change: 3, points: [{ date: '2026-04-10', value: 4 }, { date: '2026-06-20', value: 6 }] });
    expect(view.areas.find((a) => a.area === 'prozawodowy')).toMatchObject({ averageChange: 2 });
    expect(view.latestStatuses).toEqual({ 't-lekarz': 'done', 't-cv': 'in_progress' });
    expect(view.canRecord).toBe(true);
    expect((await getMonitoring(s.member, caseId, TODAY)).canRecord).toBe(false);
    expect((await getMonitoring(s.rops, caseId, TODAY)).canRecord).toBe(false);
    await expect(getMonitoring(s.strangerGops, caseId, TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const opened = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'case.opened'), eq(auditLog.entityId, String(caseId))));
    expect(opened.filter((o) => (o.details as { what?: string }).what === 'monitoring')).toHaveLength(3);

    // Past 12 months without an extension: refused; with one: accepted.
    const old = await qualifiedCase(s, '2025-09-01');
    await insertIpp(old.caseId, 1, '2026-08-20', '2026-11-19', goals(old.mother, old.son));
    await expect(recordMonitoring(s.socialWorker, entry(old.caseId, '2026-09-05'), TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [expect.stringMatching(/najwyżej 12 miesięcy/)] } });
    expect(await recordMonitoring(s.socialWorker, entry(old.caseId, '2026-09-01'), TODAY)).toMatchObject({ monitoringId: expect.any(Number) });
    await getDb().update(cases).set({ extensionUntil: '2026-12-31', extensionReason: 'Decyzja zespołu' }).where(eq(cases.id, old.caseId));
    expect(await recordMonitoring(s.socialWorker, entry(old.caseId, '2026-09-05'), TODAY)).toMatchObject({ monitoringId: expect.any(Number) });

    // Only a qualified (or after-care) case is monitored.
    const referred = await newCase(s);
    await expect(recordMonitoring(s.socialWorker, entry(referred.caseId, '2026-05-10'), TODAY)).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/zakwalifikowanej/) });
    await getDb().update(cases).set({ status: 'after_care' }).where(eq(cases.id, caseId));
    expect(await recordMonitoring(s.socialWorker, entry(caseId, '2026-05-10'), TODAY)).toMatchObject({ ippId: ipp1 });
    await getDb().update(cases).set({ status: 'handed_over' }).where(eq(cases.id, caseId));
    await expect(recordMonitoring(s.socialWorker, entry(caseId, '2026-05-11'), TODAY)).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('workshops, team reviews and supervision', () => {
  it('records sessions, links them to the IPP and the PZK meeting, and warns what is missing', async () => {
    const s = await caseSetup(['2010062', '2010072']);
    const { caseId, mother, son } = await qualifiedCase(s, '2026-03-02');
    const ippId = await insertIpp(caseId, 1, '2026-03-10', '2026-06-09', goals(mother, son));
    const db = getDb();
    const [meeting] = await db.insert(pzkMeetings).values({ pzkId: s.pzk.id, startsAt: new Date('2026-06-15T10:00:00Z') }).returning({ id: pzkMeetings.id });
    const [otherMeeting] = await db.insert(pzkMeetings).values({ pzkId: s.otherPzk.id, startsAt: new Date('2026-06-15T10:00:00Z') }).returning({ id: pzkMeetings.id });

    const before = await getMonitoring(s.socialWorker, caseId, '2026-07-01');
    expect(before.sessionWarnings).toEqual([expect.stringMatching(/co najmniej 2/), expect.stringMatching(/każda rodzina omówiona co najmniej raz/), expect.stringMatching(/Nie odbył się jeszcze przegląd IPP/)]);

    const session = (over: Record<string, unknown>) => ({ caseId, kind: 'workshop', heldOn: '2026-03-15', ippId: '', meetingId: '', participants: 'Pracownik kluczowy, rodzina, pedagog', notes: '', ...over });
    await recordSession(s.socialWorker, session({ ippId: String(ippId) }), TODAY);
    await recordSession(s.gops, session({ heldOn: '2026-05-20' }), TODAY);
    await recordSession(s.socialWorker, session({ kind: 'supervision', heldOn: '2026-05-28', participants: 'Superwizor, pracownik kluczowy' }), TODAY);
    await recordSession(s.socialWorker, session({ kind: 'team_review', heldOn: '2026-06-15', ippId: String(ippId), meetingId: String(meeting.id), participants: 'Zespół PZK' }), TODAY);

    const after = await getMonitoring(s.socialWorker, caseId, '2026-07-01');
    expect(after.sessionCounts).toEqual({ workshop: 2, team_review: 1, supervision: 1 });
    expect(after.sessionWarnings).toEqual([]);
    expect(after.sessions.map((x) => [x.kind, x.heldOn])).toEqual([
      ['team_review', '2026-06-15'],
      ['supervision', '2026-05-28'],
      ['workshop', '2026-05-20'],
      ['workshop', '2026-03-15'],
    ]);
    expect(after.sessions[0]).toMatchObject({ ippId, meetingStartsAt: expect.any(Date) });
    // Three months after the last review, it is due again.
    expect((await getMonitoring(s.socialWorker, caseId, '2026-09-16')).sessionWarnings).toEqual([expect.stringMatching(/15\.06\.2026 — ponad 3 miesiące temu/)]);

    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, 'case.session_recorded'), eq(auditLog.entityId, String(caseId))))).toHaveLength(4);
    await expect(recordSession(s.socialWorker, session({ meetingId: String(otherMeeting.id) }), TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { meetingId: expect.any(Array) } });
    const other = await qualifiedCase(s, '2026-03-02');
    const otherIpp = await insertIpp(other.caseId, 1, '2026-03-10', '2026-06-09', goals(other.mother, other.son));
    await expect(recordSession(s.socialWorker, session({ ippId: String(otherIpp) }), TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { ippId: expect.any(Array) } });
    await expect(recordSession(s.socialWorker, session({ heldOn: '2026-11-21' }), TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [expect.stringMatching(/późniejsza niż dziś/)] } });
    await expect(recordSession(s.socialWorker, session({ heldOn: '2026-03-01' }), TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: [expect.stringMatching(/kwalifikacj/)] } });
    await expect(recordSession(s.socialWorker, session({ kind: 'party' }), TODAY)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { kind: ['Wybierz, co się odbyło.'] } });
    await expect(recordSession(s.member, session({}), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordSession(s.strangerGops, session({}), TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordSession(s.rops, session({}), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('case reminders (the worker)', () => {
  it('creates each kind once, e-mails it once without family data, and resolves what is no longer due', async () => {
    const s = await caseSetup(['2010082', '2010092']);
    const db = getDb();
    // A: 11 months on 01.11.2026, last meeting 20.09 (overdue from 21.10), IPP ending 15.11.
    const a = await qualifiedCase(s, '2025-12-01');
    await insertIpp(a.caseId, 1, '2026-05-26', '2026-08-24', goals(a.mother, a.son));
    await insertIpp(a.caseId, 2, '2026-08-25', '2026-11-15', goals(a.mother, a.son));
    await recordMonitoring(s.socialWorker, entry(a.caseId, '2026-09-20'), '2026-09-20');
    // B: past 12 months (01.10.2026), never monitored.
    const b = await qualifiedCase(s, '2025-10-01');
    // C: recently qualified — nothing due.
    const c = await qualifiedCase(s, '2026-10-20');
    const numbers = Object.fromEntries(await Promise.all([a, b, c].map(async (x) => [x.caseId, (await db.select({ n: cases.number }).from(cases).where(eq(cases.id, x.caseId)))[0].n])));
    const open = async (caseId: number) =>
      (await db.select().from(caseReminders).where(eq(caseReminders.caseId, caseId)))
        .filter((r) => !r.resolvedAt)
        .map((r) => `${r.kind}:${r.dueKey}`)
        .sort();
    const mails = async (caseId: number) => db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'case_reminder'), like(emailOutbox.body, `%${numbers[caseId]}%`)));

    const first = await syncCaseReminders(db, '2026-11-05');
    expect(first.created).toBeGreaterThanOrEqual(6);
    expect(await open(a.caseId)).toEqual(['case_11_months:2026-11-01', 'ipp_ending:2026-11-15', 'monitoring_overdue:2026-10-21']);
    expect(await open(b.caseId)).toEqual(['case_11_months:2026-09-01', 'case_over_12_months:2026-10-01', 'monitoring_overdue:2025-11-02']);
    expect(await open(c.caseId)).toEqual([]);

    // One e-mail per reminder to the key worker; case_11_months also to the PCPR animator.
    const aMails = await mails(a.caseId);
    expect(aMails.filter((m) => m.toUserId === s.socialWorker.userId)).toHaveLength(3);
    expect(aMails.filter((m) => m.toUserId === s.pcpr.userId)).toHaveLength(1);
    expect(aMails.find((m) => m.toUserId === s.pcpr.userId)?.body).toMatch(/trwa 11 miesięcy/);
    expect((await mails(b.caseId)).filter((m) => m.toUserId === s.socialWorker.userId)).toHaveLength(3);
    expect(await mails(c.caseId)).toHaveLength(0);
    const all = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'case_reminder'));
    for (const m of all) {
      expect(m.body).not.toMatch(/Zięba|Halina|Łukasz/);
      expect(m.subject).not.toMatch(/Zięba|Halina|Łukasz/);
    }
    expect(aMails[0].body).toContain(`/sprawy/${a.caseId}`);

    // Running again (here through the worker's hook) adds nothing and sends nothing.
    const count = all.length;
    const worker = startReminderWorker(() => db, 3_600_000, () => '2026-11-05');
    await worker.run();
    worker.stop();
    expect(await syncCaseReminders(db, '2026-11-05')).toMatchObject({ created: 0, emails: 0 });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'case_reminder'))).toHaveLength(count);

    // The key worker's pulpit ("Moja praca") lists the open reminders of their cases, each linking to where it is dealt with.
    const pulpit = await getPulpit(s.socialWorker);
    const caseItems = pulpit.inbox.items.filter((i) => i.source === 'case_reminder' && i.href.startsWith(`/sprawy/${a.caseId}`));
    expect(caseItems.map((i) => i.href).sort()).toEqual([`/sprawy/${a.caseId}`, `/sprawy/${a.caseId}/ipp`, `/sprawy/${a.caseId}/monitoring`]);
    expect((await getPulpit(s.member)).inbox.items.filter((i) => i.source === 'case_reminder')).toEqual([]);
    expect((await getMonitoring(s.socialWorker, a.caseId)).reminders.map((r) => r.kind).sort()).toEqual(['case_11_months', 'ipp_ending', 'monitoring_overdue']);

    // A monitoring meeting resolves the overdue reminder; the next IPP, the announced end and an
    // extension resolve the others at the next run; a closed case has none open.
    await recordMonitoring(s.socialWorker, entry(a.caseId, '2026-11-05'), '2026-11-05');
    expect(await open(a.caseId)).toEqual(['case_11_months:2026-11-01', 'ipp_ending:2026-11-15']);
    const ipp3 = await insertIpp(a.caseId, 3, '2026-11-16', '2027-02-15', goals(a.mother, a.son));
    await db.update(cases).set({ endAnnouncedOn: '2026-11-05' }).where(eq(cases.id, a.caseId));
    await db.update(cases).set({ extensionUntil: '2027-03-31', extensionReason: 'Decyzja zespołu' }).where(eq(cases.id, b.caseId));
    const third = await syncCaseReminders(db, '2026-11-05');
    expect(third).toMatchObject({ created: 0, emails: 0 });
    expect(third.resolved).toBeGreaterThanOrEqual(3);
    expect(await open(a.caseId)).toEqual([]);
    expect(await open(b.caseId)).toEqual(['case_11_months:2026-09-01', 'monitoring_overdue:2025-11-02']);
    // Due again (the next IPP removed): reopened, without a second e-mail.
    await db.delete(ipps).where(eq(ipps.id, ipp3));
    expect(await syncCaseReminders(db, '2026-11-05')).toMatchObject({ created: 0, emails: 0 });
    expect(await open(a.caseId)).toEqual(['ipp_ending:2026-11-15']);
    await db.update(cases).set({ status: 'closed' }).where(eq(cases.id, b.caseId));
    await syncCaseReminders(db, '2026-11-05');
    expect(await open(b.caseId)).toEqual([]);

    // A month after the meeting, a new occurrence (and A passes its 12 months): one e-mail each.
    const later = await syncCaseReminders(db, '2026-12-06');
    expect(await open(a.caseId)).toEqual(['case_over_12_months:2026-12-01', 'monitoring_overdue:2026-12-06']);
    expect(later.emails).toBeGreaterThanOrEqual(2);
    expect((await mails(a.caseId)).filter((m) => m.toUserId === s.socialWorker.userId)).toHaveLength(5);
  });
});

describe('caseloads of key workers', () => {
  it('counts active cases per gmina for ROPS and warns a key worker above 20', async () => {
    const s = await caseSetup(['2013072', '2013082']);
    const db = getDb();
    await qualifiedCase(s, '2026-03-02');
    const row = (pzk: typeof s.pzk, keyWorkerId: string, i: number, status: 'qualified' | 'referred' = 'qualified') => ({
      number: `T/${pzk.id}/${keyWorkerId.slice(0, 4)}/${i}`,
      pzkId: pzk.id,
      voivodeshipId: pzk.voivodeshipId,
      powiatId: pzk.powiatId,
      gminaId: pzk.gminaId,
      kind: 'family' as const,
      status,
      keyWorkerId,
      qualifiedOn: status === 'qualified' ? '2026-03-02' : null,
      createdBy: keyWorkerId,
    });
    await db.insert(cases).values(Array.from({ length: 21 }, (_, i) => row(s.pzk, s.gops.userId, i)));
    await db.insert(cases).values([row(s.otherPzk, s.strangerGops.userId, 1), row(s.otherPzk, s.strangerGops.userId, 2), row(s.otherPzk, s.strangerGops.userId, 3, 'referred')]);

    const { rows, totals, limit } = await caseloadByGmina(s.rops);
    expect(limit).toBe(20);
    const first = rows.find((r) => r.gminaId === s.pzk.gminaId);
    expect(first).toMatchObject({ activeCases: 22, keyWorkers: 2, maxCaseload: 21, averageCaseload: 11 });
    expect(first?.overLimit).toEqual([{ id: s.gops.userId, name: s.gops.name, cases: 21 }]);
    expect(rows.find((r) => r.gminaId === s.otherPzk.gminaId)).toMatchObject({ activeCases: 2, keyWorkers: 1, maxCaseload: 2, averageCaseload: 2, overLimit: [] });
    expect(totals.overLimit).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(rows)).not.toMatch(/Zięba|Halina/);
    for (const a of [s.pcpr, s.gops, s.socialWorker]) await expect(caseloadByGmina(a)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const overloaded = await getPulpit(s.gops);
    expect(overloaded.caseload).toMatchObject({ activeCases: 21, limit: 20, overLimit: true });
    expect((await getPulpit(s.socialWorker)).caseload).toMatchObject({ activeCases: 1, overLimit: false });
    expect((await getPulpit(s.strangerGops)).caseload).toMatchObject({ activeCases: 2, overLimit: false });
  });
});
