import { describe, expect, it } from 'vitest';
import { compareItems, countByNav, endOfWeek, groupInbox, groupOf, lateness } from '@/lib/inbox/group';
import type { InboxItem } from '@/lib/inbox/types';

/*
 * Issue 15, item 1: "Moja praca" grouped as zaległe / w tym tygodniu / później, at the boundaries:
 * yesterday, today, the Sunday that ends the ISO week, the Monday after, 30 days ahead; dateless
 * items (waiting for a decision) with this week's; the lateness said in words.
 */

const item = (key: string, dueOn: string | null, over: Partial<InboxItem> = {}): InboxItem => ({
  key,
  source: 'schedule',
  what: `Zadanie ${key}`,
  where: 'Gmina Janów',
  dueOn,
  href: `/wdrozenia/1#${key}`,
  nav: '/wdrozenia',
  ...over,
});

// A Wednesday; its ISO week ends on Sunday 14.03.2027.
const WED = '2027-03-10';

describe('endOfWeek: the Sunday of the ISO week (Monday–Sunday)', () => {
  it.each([
    ['a Wednesday', WED, '2027-03-14'],
    ['a Monday', '2027-03-08', '2027-03-14'],
    ['a Sunday is its own week end', '2027-03-14', '2027-03-14'],
    ['the Monday after starts a new week', '2027-03-15', '2027-03-21'],
    ['across New Year', '2027-12-29', '2028-01-02'],
  ])('%s', (_, today, sunday) => expect(endOfWeek(today)).toBe(sunday));
});

describe('groupOf: the boundaries', () => {
  it.each([
    ['yesterday is overdue', '2027-03-09', 'overdue'],
    ['long ago is overdue', '2025-01-01', 'overdue'],
    ['today is this week (not overdue)', WED, 'week'],
    ['Sunday of this week is this week', '2027-03-14', 'week'],
    ['Monday of next week is later', '2027-03-15', 'later'],
    ['30 days ahead is later', '2027-04-09', 'later'],
    ['no date (waiting for a decision) is this week', null, 'week'],
  ] as const)('%s', (_, due, group) => expect(groupOf(due, WED)).toBe(group));

  it('on a Sunday, today is this week and tomorrow (Monday) already later', () => {
    expect(groupOf('2027-03-14', '2027-03-14')).toBe('week');
    expect(groupOf('2027-03-15', '2027-03-14')).toBe('later');
    expect(groupOf('2027-03-13', '2027-03-14')).toBe('overdue');
  });
});

describe('groupInbox: overdue first, by due date, dateless at the end of this week', () => {
  it('sorts each group by due date and keeps the three groups in order', () => {
    const groups = groupInbox(
      [item('later', '2027-04-09'), item('nodate', null), item('today', WED), item('old', '2027-02-01'), item('yesterday', '2027-03-09'), item('sunday', '2027-03-14')],
      WED,
    );
    expect(groups.map((g) => [g.label, g.items.map((i) => i.key)])).toEqual([
      ['Zaległe', ['old', 'yesterday']],
      ['W tym tygodniu', ['today', 'sunday', 'nodate']],
      ['Później', ['later']],
    ]);
  });

  it('keeps empty groups (the page leaves them out) and does not change the input', () => {
    const input = [item('b', '2027-03-12'), item('a', '2027-03-11')];
    const groups = groupInbox(input, WED);
    expect(groups.map((g) => g.items.length)).toEqual([0, 2, 0]);
    expect(input.map((i) => i.key)).toEqual(['b', 'a']);
  });

  it('orders items of the same day by what they say, then by key', () => {
    const a = item('2', WED, { what: 'Ustalenie: A' });
    const b = item('1', WED, { what: 'Ustalenie: B' });
    const c = item('0', WED, { what: 'Ustalenie: A' });
    expect([a, b, c].sort(compareItems).map((i) => i.key)).toEqual(['0', '2', '1']);
  });
});

describe('lateness: said in words, not only in colour', () => {
  it.each([
    ['yesterday', '2027-03-09', 'po terminie od 1 dnia'],
    ['two days', '2027-03-08', 'po terminie od 2 dni'],
    ['five days', '2027-03-05', 'po terminie od 5 dni'],
    ['22 days', '2027-02-16', 'po terminie od 22 dni'],
  ])('%s', (_, due, text) => expect(lateness(due, WED)).toBe(text));

  it('is null for today, later and dateless items', () => {
    expect(lateness(WED, WED)).toBeNull();
    expect(lateness('2027-03-11', WED)).toBeNull();
    expect(lateness(null, WED)).toBeNull();
  });
});

describe('countByNav: the counts next to the navigation entries', () => {
  it('counts the items of each entry', () => {
    const items = [item('a', WED), item('b', null, { nav: '/pzk' }), item('c', WED), item('d', WED, { nav: '/sprawy' })];
    expect(countByNav(items)).toEqual({ '/wdrozenia': 2, '/pzk': 1, '/sprawy': 1 });
    expect(countByNav([])).toEqual({});
  });
});
