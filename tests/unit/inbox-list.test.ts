import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InboxList } from '@/components/inbox/InboxList';
import { groupInbox } from '@/lib/inbox/group';
import type { InboxItem } from '@/lib/inbox/types';

/*
 * Issue 15, item 1: the pulpit's "Moja praca" list — a heading per group, a list of items, each
 * linking to its form, saying where and when, and lateness in words (not colour alone); an empty
 * inbox says so kindly.
 */

const TODAY = '2027-03-10';
const item = (key: string, dueOn: string | null, over: Partial<InboxItem> = {}): InboxItem => ({
  key,
  source: 'decision',
  what: `Ustalenie ${key}`,
  where: 'PZK gminy Janów',
  dueOn,
  href: `/pzk/1/spotkania/2#${key}`,
  nav: '/pzk',
  ...over,
});
const render = (items: InboxItem[]) => renderToStaticMarkup(createElement(InboxList, { groups: groupInbox(items, TODAY), today: TODAY })).replace(/<!-- -->/g, '');

describe('InboxList', () => {
  it('shows each non-empty group under its own heading, with items as a list of links', () => {
    const html = render([item('late', '2027-03-07'), item('soon', '2027-03-12'), item('nodate', null, { what: 'Wniosek o konto: Jan Nowak', href: '/admin/wnioski/5' })]);
    expect(html).toMatch(/<h3[^>]*id="grupa-overdue"[^>]*>Zaległe/);
    expect(html).toMatch(/<h3[^>]*id="grupa-week"[^>]*>W tym tygodniu/);
    expect(html).not.toContain('grupa-later');
    expect(html).toContain('<a class="break-words font-medium text-brand-800 underline hover:text-brand-900" href="/pzk/1/spotkania/2#late">Ustalenie late</a>');
    expect((html.match(/<li/g) ?? []).length).toBe(3);
    expect(html).toContain('3 zadania do wykonania');
  });

  it('says lateness in words, with the date as dd.mm.rrrr, and a dateless request as waiting for a decision', () => {
    const html = render([item('late', '2027-03-07'), item('nodate', null), item('request', null, { source: 'account_request' })]);
    expect(html).toContain('PZK gminy Janów · termin 07.03.2027 · <strong class="text-red-800">Zaległe: po terminie od 3 dni</strong>');
    expect(html).toContain('PZK gminy Janów · bez terminu</p>');
    expect((html.match(/bez terminu \(czeka na decyzję\)/g) ?? []).length).toBe(1);
  });

  it('an empty inbox says so kindly', () => {
    const html = render([]);
    expect(html).toContain('Nie masz teraz nic do zrobienia');
    expect(html).not.toContain('<ul');
  });
});
