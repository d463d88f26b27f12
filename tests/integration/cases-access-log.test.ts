import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { audit } from '@/lib/audit';
import { CASE_ACCESS_KINDS } from '@/lib/audit-labels';
import type { Actor } from '@/lib/auth/actor';
import { accessLog, givePurpose, openCase, type OpenedKind } from '@/lib/cases/access';
import { ACCESS_LOG_PAGE_SIZE } from '@/lib/cases/schemas';
import { clock, setClockForTests } from '@/lib/clock';
import { caseSetup, newCase, type CaseSetup } from '../case-factories';

/*
 * The access log of a case (issue 14, item 14): repeated openings folded into one row per person,
 * role, kind, purpose and Polish day; openings by people outside the case's own people (ROPS with
 * a purpose) flagged; filters by who, role, kind and period; paging instead of "the last 300".
 * Openings of past days are written as openCase writes them, with their instant set.
 * Gminas of this file: 2010011, 2010023 (powiat 2010).
 */

let s: CaseSetup;

beforeAll(async () => {
  s = await caseSetup(['2010011', '2010023']);
}, 300_000);

/** An opening as openCase records it (a chained entry written by audit()), on a chosen instant. */
async function openedAt(a: Actor, caseId: number, at: string, what: OpenedKind, access: 'write' | 'read' | 'supervise' = 'write', purpose?: string) {
  const before = clock.now();
  setClockForTests(at);
  try {
    await audit(getDb(), a, {
      action: what.startsWith('pdf:') ? 'case.printed' : what === 'eksport' ? 'case.exported' : 'case.opened',
      entityType: 'case',
      entityId: caseId,
      voivodeshipId: a.scope.voivodeshipId,
      details: { what, access, ...(purpose ? { purpose } : {}) },
    });
  } finally {
    setClockForTests(before);
  }
}

/** The log as the GOPS animator reads it, without its own reading (which is an opening too). */
async function logOf(caseId: number, f: Parameters<typeof accessLog>[2] = {}) {
  const log = await accessLog(s.gops, caseId, f);
  return { ...log, rows: log.entries.filter((e) => e.kind !== 'dziennik-dostepu') };
}

describe('repeated openings are folded', () => {
  it('one row per person and kind on a day, with the count and the first and last time', async () => {
    const { caseId } = await newCase(s);
    for (let i = 0; i < 3; i++) await openCase(s.socialWorker, caseId, 'ipp');
    await openCase(s.socialWorker, caseId);
    await openCase(s.member, caseId, 'ipp');
    const { rows } = await logOf(caseId);
    const row = (a: Actor, kind: string) => rows.filter((e) => e.userId === a.userId && e.kind === kind);
    expect(row(s.socialWorker, 'ipp')).toHaveLength(1);
    expect(row(s.socialWorker, 'ipp')[0]).toMatchObject({ count: 3, kindLabel: CASE_ACCESS_KINDS.ipp, outsider: false });
    expect(row(s.socialWorker, 'ipp')[0].firstAt.getTime()).toBeLessThanOrEqual(row(s.socialWorker, 'ipp')[0].lastAt.getTime());
    expect(row(s.socialWorker, 'konto')[0]).toMatchObject({ count: 1, kindLabel: CASE_ACCESS_KINDS.konto });
    expect(row(s.member, 'ipp')[0]).toMatchObject({ count: 1, role: 'pzk_member' });
    expect(rows).toHaveLength(3);
  });

  it('the same person and kind on two Polish days are two rows (the day ends at midnight in Warsaw, not UTC)', async () => {
    const { caseId } = await newCase(s);
    // 10.02.2027 23:30 UTC is already 11.02 (00:30) in Warsaw: the same day as the opening of 11.02 at noon.
    await openedAt(s.socialWorker, caseId, '2027-02-10T12:00:00Z', 'diagnoza');
    await openedAt(s.socialWorker, caseId, '2027-02-10T23:30:00Z', 'diagnoza');
    await openedAt(s.socialWorker, caseId, '2027-02-11T11:00:00Z', 'diagnoza');
    const rows = (await logOf(caseId)).rows.filter((e) => e.kind === 'diagnoza');
    expect(rows.map((e) => [e.day, e.count])).toEqual([
      ['2027-02-11', 2],
      ['2027-02-10', 1],
    ]);
    // The test clock keeps running from the instant it is set: the entry is stamped a millisecond or so after it.
    const near = (d: Date, iso: string) => expect(Math.abs(d.getTime() - Date.parse(iso))).toBeLessThan(1000);
    near(rows[0].firstAt, '2027-02-10T23:30:00Z');
    near(rows[0].lastAt, '2027-02-11T11:00:00Z');
  });
});

describe('openings from outside the case team', () => {
  it('ROPS opening with a purpose is flagged, with its purpose; the filter shows only such rows', async () => {
    const { caseId } = await newCase(s);
    await openCase(s.socialWorker, caseId);
    await openCase(s.member, caseId);
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja: przegląd pracy z rodziną' });
    await openCase(s.rops, caseId);
    await openCase(s.rops, caseId, 'pdf:ipp');
    const { rows } = await logOf(caseId);
    const ropsRows = rows.filter((e) => e.userId === s.rops.userId);
    expect(ropsRows.map((e) => e.kind).sort()).toEqual(['cel-dostepu', 'konto', 'pdf:ipp']);
    for (const e of ropsRows) expect(e).toMatchObject({ outsider: true, purpose: 'Superwizja: przegląd pracy z rodziną', role: 'rops_adviser' });
    expect(ropsRows.find((e) => e.kind === 'pdf:ipp')?.kindLabel).toBe('Wydruk IPP (PDF)');
    for (const e of rows.filter((e) => e.userId !== s.rops.userId)) expect(e.outsider, e.kind).toBe(false);
    const only = await logOf(caseId, { outsiders: true });
    expect(only.entries.map((e) => e.userId)).toEqual([s.rops.userId, s.rops.userId, s.rops.userId]);
  });
});

describe('filters', () => {
  let caseId: number;
  beforeAll(async () => {
    ({ caseId } = await newCase(s));
    await openedAt(s.socialWorker, caseId, '2027-02-01T09:00:00Z', 'karta');
    await openedAt(s.socialWorker, caseId, '2027-02-02T09:00:00Z', 'monitoring');
    await openedAt(s.member, caseId, '2027-02-02T10:00:00Z', 'monitoring', 'read');
    await openedAt(s.pcpr, caseId, '2027-02-03T09:00:00Z', 'pdf:karta');
    // 04.02.2027 23:30 UTC is 05.02 in Warsaw.
    await openedAt(s.pcpr, caseId, '2027-02-04T23:30:00Z', 'eksport');
  });

  const kinds = async (f: Parameters<typeof accessLog>[2]) => (await logOf(caseId, f)).rows.map((e) => `${e.day} ${e.kind}`);

  it('by who', async () => {
    expect(await kinds({ userId: s.member.userId })).toEqual(['2027-02-02 monitoring']);
    expect(await kinds({ userId: s.pcpr.userId })).toEqual(['2027-02-05 eksport', '2027-02-03 pdf:karta']);
  });

  it('by role', async () => {
    expect(await kinds({ role: 'pcpr_animator' })).toEqual(['2027-02-05 eksport', '2027-02-03 pdf:karta']);
    expect(await kinds({ role: 'rops_admin' })).toEqual([]);
  });

  it('by kind', async () => {
    expect(await kinds({ kind: 'monitoring' })).toEqual(['2027-02-02 monitoring', '2027-02-02 monitoring']);
    expect(await kinds({ kind: 'pdf:karta' })).toEqual(['2027-02-03 pdf:karta']);
  });

  it('by period, in Polish days, both ends included', async () => {
    expect(await kinds({ from: '2027-02-02', to: '2027-02-03' })).toEqual(['2027-02-03 pdf:karta', '2027-02-02 monitoring', '2027-02-02 monitoring']);
    expect(await kinds({ from: '2027-02-05', to: '2027-02-05' })).toEqual(['2027-02-05 eksport']);
    expect(await kinds({ from: '2027-02-04', to: '2027-02-04' })).toEqual([]);
    expect(await kinds({ to: '2027-02-01' })).toEqual(['2027-02-01 karta']);
  });

  it('filters combine', async () => {
    expect(await kinds({ userId: s.socialWorker.userId, kind: 'monitoring', from: '2027-02-02' })).toEqual(['2027-02-02 monitoring']);
  });
});

describe('paging', () => {
  it('pages of folded rows, newest first, none lost or repeated; a page past the end shows the last one', async () => {
    const { caseId } = await newCase(s);
    const days = 2 * ACCESS_LOG_PAGE_SIZE + 10;
    const start = Date.parse('2026-06-01T10:00:00Z');
    for (let i = 0; i < days; i++) {
      const at = new Date(start + i * 86_400_000).toISOString();
      await openedAt(s.socialWorker, caseId, at, 'ipp');
      await openedAt(s.socialWorker, caseId, at, 'ipp');
    }
    const f = { kind: 'ipp' as const };
    const first = await accessLog(s.gops, caseId, { ...f, page: 1 });
    expect(first).toMatchObject({ total: days, pages: 3, page: 1 });
    expect(first.entries).toHaveLength(ACCESS_LOG_PAGE_SIZE);
    const third = await accessLog(s.gops, caseId, { ...f, page: 3 });
    expect(third.entries).toHaveLength(10);
    const second = await accessLog(s.gops, caseId, { ...f, page: 2 });
    const all = [...first.entries, ...second.entries, ...third.entries];
    expect(new Set(all.map((e) => e.day)).size).toBe(days);
    expect(all.every((e) => e.count === 2)).toBe(true);
    const times = all.map((e) => e.lastAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all[0].day).toBe(new Date(start + (days - 1) * 86_400_000).toISOString().slice(0, 10));
    const beyond = await accessLog(s.gops, caseId, { ...f, page: 99 });
    expect(beyond.page).toBe(3);
    expect(beyond.entries.map((e) => e.day)).toEqual(third.entries.map((e) => e.day));
  });

  it('is read by the key worker and the animators only', async () => {
    const { caseId } = await newCase(s);
    await expect(accessLog(s.member, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(accessLog(s.strangerGops, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await accessLog(s.socialWorker, caseId)).entries.length).toBeGreaterThan(0);
  });
});

describe('the filters offer who opened this case', () => {
  it('the people (by name, in Polish order) and the roles found in this case\'s log; an entry without a person adds neither', async () => {
    const { caseId } = await newCase(s);
    await openCase(s.socialWorker, caseId);
    await openCase(s.member, caseId, 'ipp');
    // An opening recorded without a person (as a refused anonymous request is).
    await audit(getDb(), null, { action: 'case.opened', entityType: 'case', entityId: caseId, voivodeshipId: s.gops.scope.voivodeshipId, details: { what: 'konto' } });
    const { options } = await accessLog(s.gops, caseId);
    const people = [s.gops, s.socialWorker, s.member].map((a) => ({ userId: a.userId, name: a.name })).sort((a, b) => new Intl.Collator('pl').compare(a.name, b.name));
    expect(options.people).toEqual(people);
    expect([...options.roles].sort()).toEqual(['gops_animator', 'pzk_member', 'social_worker']);
  });
});
