import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseMembers, caseQualifications, cases, destructionBatches, legalHolds, retentionItems, retentionRules, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import {
  approveBatch,
  getInstitutionRetention,
  getRetentionRules,
  listInstitutionClasses,
  liftHold,
  markRetention,
  placeHold,
  retentionOverview,
  saveInstitutionRetention,
  saveRetentionRule,
} from '@/lib/retention/retention';
import { CASE_TODAY, caseSetup, newCase, onDay, type CaseSetup } from '../case-factories';
import { JANOW, DABROWA, MAZOWIECKIE, PODLASKIE, makeActor, makeNationalAdmin } from '../factories';

/*
 * Retention of closed family cases (issue 16, item 1): marking by the background worker at the
 * date boundaries, the institution's own JRWA class over the national default (B10), category A
 * never marked, legal holds, destruction batches with the archive's consent, refusals that change
 * nothing, and another województwo's items out of sight. Every "today" is explicit (markRetention's
 * argument, onDay for the domain functions); the scenario's dates are fixed, far from the real calendar.
 */

const db = () => getDb();
let s: CaseSetup;
let rops: Actor;
let ropsForeign: Actor;
let national: Actor;

beforeAll(async () => {
  s = await caseSetup([JANOW, DABROWA]);
  rops = await makeActor('rops_admin', PODLASKIE);
  ropsForeign = await makeActor('rops_admin', MAZOWIECKIE);
  national = await makeNationalAdmin();
}, 300_000);

/** A case of Janów closed on `closedOn` (status written straight to the table), optionally with another key worker. */
async function closedCase(closedOn: string, opts: { status?: 'closed' | 'refused' | 'handed_over'; keyWorker?: Actor } = {}) {
  const { caseId } = await newCase(s);
  const status = opts.status ?? 'closed';
  if (status === 'refused') {
    await db().insert(caseQualifications).values({ caseId, decision: 'refused', decidedOn: closedOn, opinions: [], criteria: [], refusalReason: 'Brak zgody', decidedBy: s.gops.userId });
    await db().update(cases).set({ status }).where(eq(cases.id, caseId));
  } else {
    await db().update(cases).set({ status, closedOn, closedReason: 'Zakończenie pracy' }).where(eq(cases.id, caseId));
  }
  if (opts.keyWorker) await db().update(cases).set({ keyWorkerId: opts.keyWorker.userId }).where(eq(cases.id, caseId));
  return caseId;
}

const itemOf = async (caseId: number) => (await db().select().from(retentionItems).where(eq(retentionItems.caseId, caseId)))[0];
const institutionOf = async (a: Actor) => (await db().select({ id: users.institutionId }).from(users).where(eq(users.id, a.userId)))[0].id!;
const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string; message?: string }) => e.code ?? e.message);
const batchCount = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(destructionBatches))[0].n;
/** Everything a refused call must leave as it was. */
const snapshot = async () => ({
  batches: await batchCount(),
  items: await db().select({ id: retentionItems.id, status: retentionItems.status, batchId: retentionItems.batchId, version: retentionItems.version }).from(retentionItems).orderBy(retentionItems.id),
  anonymised: (await db().select({ n: sql<number>`count(*)::int` }).from(cases).where(sql`${cases.anonymisedAt} is not null`))[0].n,
});

describe('marking by the background worker', () => {
  it('marks a case closed on 31.12 for 1.01 ten years on, and one closed on 1.01 a year later (B10)', async () => {
    const lastDay = await closedCase('2016-12-31');
    const firstDay = await closedCase('2017-01-01');
    // The horizon reaches 31.12.2026 on 02.10.2026: the end (01.01.2027) is one day too far.
    await markRetention(db(), '2026-10-02');
    expect(await itemOf(lastDay)).toBeUndefined();
    await markRetention(db(), '2026-10-03');
    expect(await itemOf(lastDay)).toMatchObject({ category: 'B', years: 10, closedOn: '2016-12-31', dueOn: '2027-01-01', status: 'due' });
    expect(await itemOf(firstDay)).toBeUndefined();
    // Its own end (01.01.2028) enters the horizon 90 days before.
    await markRetention(db(), '2027-10-03');
    expect(await itemOf(firstDay)).toMatchObject({ closedOn: '2017-01-01', dueOn: '2028-01-01' });

    // Shown as "within 90 days" on 31.12.2026, "due now" on 01.01.2027.
    const before = await onDay('2026-12-31', () => retentionOverview(rops));
    expect(before.upcoming.find((i) => i.caseId === lastDay)).toMatchObject({ dueOn: '2027-01-01', classLabel: 'B10', canDestroy: false });
    expect(before.dueNow.find((i) => i.caseId === lastDay)).toBeUndefined();
    const after = await onDay('2027-01-01', () => retentionOverview(rops));
    expect(after.dueNow.find((i) => i.caseId === lastDay)).toMatchObject({ canDestroy: true, held: false });
  });

  it('is idempotent: a second run on the same day changes nothing', async () => {
    await closedCase('2012-02-02');
    await markRetention(db(), CASE_TODAY);
    const before = await db().select().from(retentionItems).orderBy(retentionItems.id);
    expect(await markRetention(db(), CASE_TODAY)).toEqual({ marked: 0, changed: 0, removed: 0 });
    expect(await db().select().from(retentionItems).orderBy(retentionItems.id)).toEqual(before);
  });

  it('counts a refusal from its decision day, and removes the item of a case reopened', async () => {
    const refused = await closedCase('2015-07-07', { status: 'refused' });
    const handedOver = await closedCase('2015-08-08', { status: 'handed_over' });
    await markRetention(db(), CASE_TODAY);
    expect(await itemOf(refused)).toMatchObject({ closedOn: '2015-07-07', dueOn: '2026-01-01', status: 'due' });
    expect(await itemOf(handedOver)).toMatchObject({ closedOn: '2015-08-08', dueOn: '2026-01-01' });
    await db().update(cases).set({ status: 'qualified', closedOn: null }).where(eq(cases.id, handedOver));
    const r = await markRetention(db(), CASE_TODAY);
    expect(r.removed).toBe(1);
    expect(await itemOf(handedOver)).toBeUndefined();
    expect(await itemOf(refused)).toBeDefined();
  });

  it("applies the key worker's institution's own class over the national default; category A is never marked", async () => {
    const be5Worker = await makeActor('social_worker', JANOW);
    const aWorker = await makeActor('social_worker', JANOW);
    const be5 = await institutionOf(be5Worker);
    const a = await institutionOf(aWorker);
    await saveInstitutionRetention(s.gops, { institutionId: String(be5), version: '0', category: 'BE', years: '5', symbol: '5131', basis: 'Instrukcja kancelaryjna OPS' });
    await saveInstitutionRetention(s.gops, { institutionId: String(a), version: '0', category: 'A', years: '', symbol: '', basis: '' });

    const own = await closedCase('2020-05-05', { keyWorker: be5Worker });
    const byDefault = await closedCase('2020-05-05');
    const permanent = await closedCase('1990-05-05', { keyWorker: aWorker });
    await markRetention(db(), CASE_TODAY);
    expect(await itemOf(own)).toMatchObject({ symbol: '5131', category: 'BE', years: 5, dueOn: '2026-01-01', status: 'due' });
    // B10: ends 01.01.2031, far beyond the horizon.
    expect(await itemOf(byDefault)).toBeUndefined();
    expect(await itemOf(permanent)).toBeUndefined();
    const seen = await retentionOverview(rops);
    expect(seen.dueNow.find((i) => i.caseId === own)?.classLabel).toBe('5131 BE5');
    // The unmarked closed cases are still shown, with the end of their retention (A: none), once each.
    expect(seen.later.find((c) => c.caseId === byDefault)).toMatchObject({ classLabel: 'B10', closedOn: '2020-05-05', dueOn: '2031-01-01', held: false });
    expect(seen.later.find((c) => c.caseId === permanent)).toMatchObject({ classLabel: 'A', dueOn: null });
    expect(seen.later.map((c) => c.caseId)).not.toContain(own);

    // The institution page shows its class; back to the default removes it and the item with it.
    const page = await getInstitutionRetention(s.gops, be5);
    expect(page).toMatchObject({ own: { label: '5131 BE5', version: 1 }, national: { label: 'B10' }, canEdit: true });
    expect((await listInstitutionClasses(rops)).map((r) => [r.institutionId, r.label])).toEqual(expect.arrayContaining([[be5, '5131 BE5'], [a, 'A']]));
    expect(await code(saveInstitutionRetention(s.gops, { institutionId: String(be5), version: '0', category: 'B', years: '3' }))).toBe('CONFLICT');
    await saveInstitutionRetention(s.gops, { institutionId: String(be5), version: '1', category: 'default', years: '' });
    expect((await getInstitutionRetention(s.gops, be5)).own).toBeNull();
    await markRetention(db(), CASE_TODAY);
    expect(await itemOf(own)).toBeUndefined();
  });

  it('refuses a malformed class with Polish messages and an institution outside the animator\'s gmina', async () => {
    const inst = await institutionOf(s.socialWorker);
    const bad = await saveInstitutionRetention(s.gops, { institutionId: String(inst), version: '0', category: 'B', years: '' }).catch((e) => e);
    expect(bad).toMatchObject({ code: 'INVALID', fieldErrors: { years: ['Podaj liczbę lat przechowywania (od 1 do 50).'] } });
    const tooLong = await saveInstitutionRetention(s.gops, { institutionId: String(inst), version: '0', category: 'BE', years: '60' }).catch((e) => e);
    expect(tooLong.fieldErrors.years).toEqual(['Liczba lat musi być liczbą całkowitą od 1 do 50.']);
    expect(await code(saveInstitutionRetention(s.strangerGops, { institutionId: String(inst), version: '0', category: 'B', years: '5' }))).toBe('NOT_FOUND');
    expect((await getInstitutionRetention(s.gops, inst)).own).toBeNull();
  });
});

describe('legal holds', () => {
  it('marks the item held, blocks the batch, and lifting it makes it due again', async () => {
    const caseId = await closedCase('2010-03-01');
    await markRetention(db(), CASE_TODAY);
    const item = await itemOf(caseId);
    expect(item).toMatchObject({ dueOn: '2021-01-01', status: 'due' });

    const { id: holdId } = await placeHold(rops, { caseId: String(caseId), reason: 'Postępowanie przed sądem rodzinnym', until: '2027-06-30' });
    expect((await itemOf(caseId)).status).toBe('held');
    const shown = (await retentionOverview(rops)).dueNow.find((i) => i.caseId === caseId)!;
    expect(shown).toMatchObject({ held: true, canDestroy: false, holds: [{ id: holdId, reason: 'Postępowanie przed sądem rodzinnym', until: '2027-06-30' }] });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'retention.hold_placed'), eq(auditLog.entityId, String(holdId))));
    expect(entry).toMatchObject({ entityType: 'legal_hold', voivodeshipId: rops.scope.voivodeshipId, details: { caseId, until: '2027-06-30' } });

    // The worker keeps it held; a batch with it is refused and nothing changes.
    await markRetention(db(), CASE_TODAY);
    expect((await itemOf(caseId)).status).toBe('held');
    const before = await snapshot();
    const refused = await approveBatch(rops, { itemIds: [String(item.id)], consentNumber: 'AP-BS.4231.7.2027', consentDate: '2027-03-01' }).catch((e) => e);
    expect(refused.code).toBe('INVALID');
    expect(refused.message).toContain('ma blokadę prawną');
    expect(await snapshot()).toEqual(before);

    await liftHold(rops, { holdId });
    expect((await itemOf(caseId)).status).toBe('due');
    expect(await code(liftHold(rops, { holdId }))).toBe('INVALID');
    const [lifted] = await db().select().from(legalHolds).where(eq(legalHolds.id, holdId));
    expect(lifted.liftedBy).toBe(rops.userId);
  });

  it('stops holding after its end day: the worker makes the item due again', async () => {
    const caseId = await closedCase('2010-04-01');
    await markRetention(db(), CASE_TODAY);
    await placeHold(rops, { caseId: String(caseId), reason: 'Kontrola NIK', until: '2027-04-30' });
    await markRetention(db(), '2027-04-30');
    expect((await itemOf(caseId)).status).toBe('held');
    await markRetention(db(), '2027-05-01');
    expect((await itemOf(caseId)).status).toBe('due');
  });

  it('lets a batch in the day after its hold ended, before the worker has run again', async () => {
    const caseId = await closedCase('2010-06-01');
    await markRetention(db(), CASE_TODAY);
    await placeHold(rops, { caseId: String(caseId), reason: 'Kontrola', until: '2027-04-15' });
    const item = await itemOf(caseId);
    expect(item.status).toBe('held');
    const shown = await onDay('2027-04-16', () => retentionOverview(rops));
    expect(shown.dueNow.find((i) => i.caseId === caseId)).toMatchObject({ held: false, canDestroy: true });
    const { caseCount } = await onDay('2027-04-16', () => approveBatch(rops, { itemIds: [`${item.id}:${item.version}`], consentNumber: 'AP-BS.4231.3.2027', consentDate: '2027-04-16' }));
    expect(caseCount).toBe(1);
    expect((await itemOf(caseId)).status).toBe('anonymised');
  });

  it("refuses a hold ending before today, and another województwo's case", async () => {
    const caseId = await closedCase('2010-05-01');
    const past = await placeHold(rops, { caseId: String(caseId), reason: 'Postępowanie', until: '2027-03-30' }).catch((e) => e);
    expect(past).toMatchObject({ code: 'INVALID', fieldErrors: { until: ['Data końcowa nie może być wcześniejsza niż dziś (31.03.2027).'] } });
    expect(await code(placeHold(ropsForeign, { caseId: String(caseId), reason: 'Postępowanie', until: '2027-06-30' }))).toBe('NOT_FOUND');
    expect(await db().select().from(legalHolds).where(eq(legalHolds.caseId, caseId))).toEqual([]);
  });
});

describe('destruction batches', () => {
  it('refuses bad batches with Polish errors, changing nothing', async () => {
    const due = await closedCase('2011-01-10');
    const upcoming = await closedCase('2016-11-11');
    // Marked on 01.12.2026: "upcoming" ends 01.01.2027; on CASE_TODAY both have ended, so look at it before.
    await markRetention(db(), '2026-12-01');
    const dueItem = await itemOf(due);
    const upcomingItem = await itemOf(upcoming);
    const base = { consentNumber: 'AP-BS.4231.9.2026', consentDate: '2026-11-30' };
    const before = await snapshot();
    const early = await onDay('2026-12-01', () => approveBatch(rops, { ...base, itemIds: [String(dueItem.id), String(upcomingItem.id)] }).catch((e) => e));
    expect(early.code).toBe('INVALID');
    expect(early.message).toContain('kończy się 01.01.2027');
    const future = await onDay('2026-12-01', () => approveBatch(rops, { ...base, consentDate: '2026-12-02', itemIds: [String(dueItem.id)] }).catch((e) => e));
    expect(future.fieldErrors).toEqual({ consentDate: ['Data zgody nie może być późniejsza niż dziś (01.12.2026).'] });
    const none = await approveBatch(rops, { ...base, itemIds: [] }).catch((e) => e);
    expect(none.fieldErrors.itemIds).toEqual(['Zaznacz co najmniej jedną sprawę.']);
    const noConsent = await approveBatch(rops, { ...base, consentNumber: ' ', itemIds: [String(dueItem.id)] }).catch((e) => e);
    expect(noConsent.fieldErrors.consentNumber).toEqual(['To pole jest wymagane.']);
    expect(await code(approveBatch(rops, { ...base, itemIds: [`${dueItem.id}:${dueItem.version + 1}`] }))).toBe('CONFLICT');
    expect(await code(approveBatch(ropsForeign, { ...base, itemIds: [String(dueItem.id)] }))).toBe('NOT_FOUND');
    expect(await code(approveBatch(rops, { ...base, itemIds: ['999999'] }))).toBe('INVALID');
    expect(await code(approveBatch(national, { ...base, itemIds: [String(dueItem.id)] }))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it("shows nothing of another województwo's items", async () => {
    const caseId = await closedCase('2011-02-02');
    await markRetention(db(), CASE_TODAY);
    const mine = await retentionOverview(rops);
    const theirs = await retentionOverview(ropsForeign);
    expect(mine.dueNow.map((i) => i.caseId)).toContain(caseId);
    expect([...theirs.dueNow, ...theirs.upcoming]).toEqual([]);
    expect(await code(retentionOverview(national))).toBe('FORBIDDEN');
    expect(await code(retentionOverview(s.gops))).toBe('FORBIDDEN');
  });

  it('shows case numbers, never family names, on the overview', async () => {
    const caseId = await closedCase('2011-03-03');
    await markRetention(db(), CASE_TODAY);
    const o = await retentionOverview(rops);
    const item = o.dueNow.find((i) => i.caseId === caseId)!;
    const [c] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
    expect(item.caseNumber).toBe(c.number);
    expect(item.gminaName).toBe('Janów');
    const [m] = await db().select({ lastName: caseMembers.lastName }).from(caseMembers).where(eq(caseMembers.caseId, caseId)).limit(1);
    expect(JSON.stringify(o)).not.toContain(m.lastName);
  });

  it('anonymises the cases of an approved batch, recording the consent', async () => {
    const one = await closedCase('2011-04-04');
    const two = await closedCase('2011-05-05');
    await markRetention(db(), CASE_TODAY);
    const [i1, i2] = [await itemOf(one), await itemOf(two)];
    const { id, caseCount } = await approveBatch(rops, { itemIds: [`${i1.id}:${i1.version}`, String(i2.id)], consentNumber: 'AP-BS.4231.12.2027', consentDate: '2027-03-15' });
    expect(caseCount).toBe(2);
    const [batch] = await db().select().from(destructionBatches).where(eq(destructionBatches.id, id));
    expect(batch).toMatchObject({ voivodeshipId: rops.scope.voivodeshipId, consentNumber: 'AP-BS.4231.12.2027', consentDate: '2027-03-15', caseCount: 2, approvedBy: rops.userId });
    expect(batch.executedAt).not.toBeNull();
    for (const caseId of [one, two]) {
      expect(await itemOf(caseId)).toMatchObject({ status: 'anonymised', batchId: id });
      const [c] = await db().select({ anonymisedAt: cases.anonymisedAt, anonymisedReason: cases.anonymisedReason }).from(cases).where(eq(cases.id, caseId));
      expect(c.anonymisedAt).not.toBeNull();
      expect(c.anonymisedReason).toMatch(/^partia brakowania zatwierdzona \d\d\.\d\d\.\d{4} \(zgoda archiwum państwowego AP-BS\.4231\.12\.2027 z 15\.03\.2027\)$/);
    }
    const o = await retentionOverview(rops);
    expect(o.dueNow.map((i) => i.caseId)).not.toContain(one);
    expect(o.batches.find((b) => b.id === id)).toMatchObject({ consentNumber: 'AP-BS.4231.12.2027', caseCount: 2 });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'retention.batch_approved'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ entityType: 'destruction_batch', details: { caseIds: [one, two].sort((a, b) => a - b), caseCount: 2 } });
    // The worker leaves them anonymised; a second batch with them is refused.
    await markRetention(db(), CASE_TODAY);
    expect((await itemOf(one)).status).toBe('anonymised');
    expect(await code(approveBatch(rops, { itemIds: [String(i1.id)], consentNumber: 'X', consentDate: '2027-03-15' }))).toBe('INVALID');
  });
});

describe('the national defaults', () => {
  it('are changed by the national administrator only, with an optimistic version, and read by ROPS', async () => {
    const { rules, canEdit } = await getRetentionRules(national);
    expect(canEdit).toBe(true);
    const family = rules.find((r) => r.kind === 'family_case')!;
    expect(family).toMatchObject({ category: 'B', years: 10, classLabel: 'B10', measure: 'years' });
    expect(rules.find((r) => r.kind === 'login_failure')).toMatchObject({ days: 90, measure: 'days' });
    expect((await getRetentionRules(rops)).canEdit).toBe(false);
    expect(await code(getRetentionRules(s.member))).toBe('FORBIDDEN');

    const input = { kind: 'family_case', version: String(family.version), category: 'B', years: '12', symbol: '', basis: family.basis };
    expect(await code(saveRetentionRule(rops, input))).toBe('FORBIDDEN');
    const bad = await saveRetentionRule(national, { ...input, category: 'A', years: '12' }).catch((e) => e);
    expect(bad.fieldErrors.years).toEqual(['Kategoria A (wieczyście) nie ma liczby lat — zostaw pole puste.']);
    const { version } = await saveRetentionRule(national, input);
    expect(await code(saveRetentionRule(national, input))).toBe('CONFLICT');
    const [row] = await db().select().from(retentionRules).where(eq(retentionRules.kind, 'family_case'));
    expect(row).toMatchObject({ category: 'B', years: 12, version, updatedBy: national.userId });
    const days = await saveRetentionRule(national, { kind: 'login_failure', version: '1', days: '0', basis: 'x' }).catch((e) => e);
    expect(days.fieldErrors.days).toEqual(['Podaj liczbę dni od 1 do 3650.']);
    // Back to B10 for the rest of the file.
    await saveRetentionRule(national, { ...input, version: String(version), years: '10' });
  });
});
