import { describe, expect, it } from 'vitest';
import { dueReminders, reminderMessage, sessionWarnings, type ReminderFacts } from '@/lib/cases/reminders';

const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({
  qualifiedOn: '2027-01-12',
  extensionUntil: null,
  endAnnouncedOn: null,
  lastMonitoringOn: null,
  lastIpp: null,
  ...over,
});
const kinds = (f: ReminderFacts, today: string) => dueReminders(f, today).map((r) => r.kind);
const one = (f: ReminderFacts, today: string, kind: string) => dueReminders(f, today).find((r) => r.kind === kind);

describe('dueReminders: monitoring overdue', () => {
  it('counts a month from qualification while no meeting was held; exactly a month is not yet overdue', () => {
    expect(kinds(facts(), '2027-02-12')).toEqual([]);
    expect(one(facts(), '2027-02-13', 'monitoring_overdue')).toEqual({ kind: 'monitoring_overdue', dueKey: '2027-02-13', dueOn: '2027-02-12' });
  });

  it('counts from the last monitoring meeting, and its key is the first overdue day', () => {
    const f = facts({ lastMonitoringOn: '2027-03-31' });
    expect(kinds(f, '2027-04-30')).toEqual([]);
    // 31.03 + 1 month = 30.04 (the month is shorter): overdue from 01.05.
    expect(one(f, '2027-05-01', 'monitoring_overdue')).toEqual({ kind: 'monitoring_overdue', dueKey: '2027-05-01', dueOn: '2027-04-30' });
    // The same occurrence keeps its key as days pass; a new meeting makes a new one.
    expect(one(f, '2027-05-20', 'monitoring_overdue')?.dueKey).toBe('2027-05-01');
    expect(one(facts({ lastMonitoringOn: '2027-05-10' }), '2027-06-11', 'monitoring_overdue')?.dueKey).toBe('2027-06-11');
  });
});

describe('dueReminders: IPP ending', () => {
  const ipp = { startsOn: '2027-01-20', endsOn: '2027-04-19' };
  it('is due from 14 days before the end to the end itself', () => {
    const f = facts({ lastMonitoringOn: '2027-04-01', lastIpp: ipp });
    expect(kinds(f, '2027-04-04')).toEqual([]);
    expect(one(f, '2027-04-05', 'ipp_ending')).toEqual({ kind: 'ipp_ending', dueKey: '2027-04-19', dueOn: '2027-04-19' });
    expect(kinds(f, '2027-04-19')).toEqual(['ipp_ending']);
    expect(kinds(f, '2027-04-20')).toEqual([]);
  });

  it('is not due once the next IPP exists (the latest IPP then ends later)', () => {
    const f = facts({ lastMonitoringOn: '2027-04-01', lastIpp: { startsOn: '2027-04-20', endsOn: '2027-07-19' } });
    expect(kinds(f, '2027-04-10')).toEqual([]);
  });
});

describe('dueReminders: 11 and 12 months', () => {
  const monitored = (today: string) => ({ lastMonitoringOn: today });
  it('asks to tell the PCPR animator from exactly 11 months after qualification, until the end is announced', () => {
    expect(kinds(facts(monitored('2027-12-11')), '2027-12-11')).toEqual([]);
    expect(one(facts(monitored('2027-12-12')), '2027-12-12', 'case_11_months')).toEqual({ kind: 'case_11_months', dueKey: '2027-12-12', dueOn: '2027-12-12' });
    expect(kinds(facts({ ...monitored('2027-12-20'), endAnnouncedOn: '2027-12-15' }), '2027-12-20')).toEqual([]);
  });

  it('flags a case past 12 months without an extension; an extension silences it', () => {
    const f = facts({ ...monitored('2028-01-12'), endAnnouncedOn: '2027-12-01' });
    expect(kinds(f, '2028-01-12')).toEqual([]);
    expect(one(f, '2028-01-13', 'case_over_12_months')).toEqual({ kind: 'case_over_12_months', dueKey: '2028-01-12', dueOn: '2028-01-12' });
    expect(kinds({ ...f, extensionUntil: '2028-06-30' }, '2028-01-13')).toEqual([]);
  });

  it('can have every kind due at once', () => {
    const f = facts({ lastMonitoringOn: '2027-11-01', lastIpp: { startsOn: '2027-11-01', endsOn: '2028-01-20' } });
    expect(kinds(f, '2028-01-14').sort()).toEqual(['case_11_months', 'case_over_12_months', 'ipp_ending', 'monitoring_overdue']);
  });
});

describe('reminder e-mails', () => {
  it('carry the case number, the deadline and a link — nothing about the family', () => {
    const m = reminderMessage({ id: 7, number: 'R/2027/0007' }, { kind: 'monitoring_overdue', dueKey: '2027-02-13', dueOn: '2027-02-12' });
    expect(m.subject).toBe('Przypomnienie w sprawie R/2027/0007');
    expect(m.body).toContain('Sprawa R/2027/0007: Minął miesiąc od ostatniego spotkania monitorującego (termin 12.02.2027).');
    expect(m.body).toMatch(/\/sprawy\/7\/monitoring/);
    const a = reminderMessage({ id: 7, number: 'R/2027/0007' }, { kind: 'case_11_months', dueKey: '2027-12-12', dueOn: '2027-12-12' }, true);
    expect(a.body).toContain('pracownik kluczowy nie poinformował jeszcze');
  });
});

describe('sessionWarnings', () => {
  const ok = { workshops: 2, supervisions: 1, lastTeamReviewOn: '2027-03-01', firstIppStartsOn: '2027-01-20' };
  it('is silent when the model is followed', () => {
    expect(sessionWarnings(ok, '2027-06-01')).toEqual([]);
  });
  it('wants at least 2 workshops and one supervision', () => {
    const w = sessionWarnings({ ...ok, workshops: 1, supervisions: 0 }, '2027-05-01');
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/co najmniej 2/);
    expect(w[1]).toMatch(/każda rodzina omówiona co najmniej raz/);
  });
  it('wants a team review every 3 months: after the last one, or after the first IPP started', () => {
    expect(sessionWarnings(ok, '2027-06-02')).toEqual([expect.stringMatching(/01\.03\.2027 — ponad 3 miesiące temu/)]);
    const none = { ...ok, lastTeamReviewOn: null };
    expect(sessionWarnings(none, '2027-04-20')).toEqual([]);
    expect(sessionWarnings(none, '2027-04-21')).toEqual([expect.stringMatching(/Nie odbył się jeszcze przegląd IPP.*20\.01\.2027/)]);
    expect(sessionWarnings({ ...none, firstIppStartsOn: null }, '2028-01-01')).toEqual([]);
  });
});
