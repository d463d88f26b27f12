import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MainNav } from '@/components/shell/MainNav';
import { currentItem, groupCount, MAIN_MENU_ID, waitingText } from '@/components/shell/current-item';
import type { Role } from '@/db/schema';
import type { Actor, AssignmentSummary } from '@/lib/auth/actor';
import { flatGroups, navigationFor, PUBLIC_NAVIGATION, type NavGroup, type NavSituation } from '@/lib/auth/navigation';
import type { Scope } from '@/lib/auth/policy';
import { ROLE_VALUES } from '@/lib/auth/roles';

/*
 * Issue 15, item 2: the main menu in groups. What the server sends is the whole menu — every group a
 * native <details>, every link in the HTML — so it opens with the keyboard and without JavaScript;
 * the current page and its group are marked; the counts of waiting items are seen and heard.
 */

let pathname = '/pulpit';
vi.mock('next/navigation', () => ({ usePathname: () => pathname }));

beforeEach(() => {
  pathname = '/pulpit';
});

// A small reader of the rendered markup: elements with their attributes, children, their text and
// the part of it a screen reader hears (without what lies inside aria-hidden).
interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  spoken: string;
}

function parse(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], text: '', spoken: '' };
  const stack = [root];
  for (const m of html.matchAll(/<(\/?)([a-z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      const text = m[5].replace(/&amp;/g, '&');
      // Text inside an aria-hidden element is heard by no one.
      const hidden = stack.some((e) => e.attrs['aria-hidden'] === 'true');
      for (const e of stack) {
        e.text += text;
        if (!hidden) e.spoken += text;
      }
    } else if (m[1]) {
      stack.pop();
    } else {
      const attrs = Object.fromEntries([...m[3].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? '']));
      const el: El = { tag: m[2], attrs, children: [], text: '', spoken: '' };
      stack[stack.length - 1].children.push(el);
      if (!m[4]) stack.push(el);
    }
  }
  return root;
}

const all = (el: El, pred: (e: El) => boolean): El[] => [...(pred(el) ? [el] : []), ...el.children.flatMap((c) => all(c, pred))];
const byTag = (el: El, tag: string) => all(el, (e) => e.tag === tag);
const heard = (el: El) => el.spoken.trim();

function render(groups: NavGroup[], counts: Record<string, number> = {}) {
  const html = renderToStaticMarkup(createElement(MainNav, { groups, counts }));
  const tree = parse(html);
  const menu = all(tree, (e) => e.attrs.id === MAIN_MENU_ID)[0];
  // The top level: each <li> of the menu's list is a group (<details>) or a plain link.
  const top = menu.children.map((li) => li.children[0]);
  return { html, tree, menu, top };
}

const LEVEL: Partial<Record<Role, Scope['level']>> = { rops_admin: 'voivodeship', rops_adviser: 'voivodeship', wzk_member: 'voivodeship', pcpr_animator: 'powiat', pzk_member: 'institution', national_admin: 'national' };
function actor(role: Role): Actor {
  const level = LEVEL[role] ?? 'gmina';
  const summary: AssignmentSummary = {
    role,
    level,
    voivodeshipId: 20,
    powiatId: level === 'voivodeship' || level === 'national' ? null : 2011,
    gminaId: level === 'gmina' ? 2011022 : null,
    institutionId: level === 'institution' ? 500 : null,
    id: 1,
    scopeLabel: '',
    homeHref: level === 'institution' ? '/instytucje/500' : level === 'powiat' ? '/powiaty/2011' : '/gminy/2011022',
  };
  return { userId: 'u', email: 'e', name: 'n', scope: summary, assignments: [summary], ip: null };
}
const EVERYTHING: NavSituation = { teams: true, cases: true, referral: true, implementations: true, evaluations: true, documents: true };

const GROUPS: NavGroup[] = [
  {
    id: 'praca',
    label: 'Moja praca',
    items: [
      { href: '/pulpit', label: 'Pulpit' },
      { href: '/konto', label: 'Moje konto' },
    ],
  },
  { id: 'sprawy', label: 'Sprawy', items: [{ href: '/sprawy', label: 'Sprawy osób i rodzin' }] },
  {
    id: 'raporty',
    label: 'Raporty',
    items: [
      { href: '/ewaluacja', label: 'Ewaluacja (etap IV)' },
      { href: '/sprawy/obciazenie', label: 'Obciążenie pracowników kluczowych' },
    ],
  },
];

describe('the menu entry marked as the current page', () => {
  const items = [
    { href: '/pulpit', label: 'Pulpit' },
    { href: '/sprawy', label: 'Sprawy' },
    { href: '/sprawy/obciazenie', label: 'Obciążenie' },
    { href: '/admin/wnioski', label: 'Wnioski' },
  ];
  it.each([
    ['/pulpit', { href: '/pulpit', exact: true }],
    ['/sprawy', { href: '/sprawy', exact: true }],
    ['/sprawy/obciazenie', { href: '/sprawy/obciazenie', exact: true }],
    ['/sprawy/12/ipp', { href: '/sprawy', exact: false }],
    ['/sprawy/obciazenie/3', { href: '/sprawy/obciazenie', exact: false }],
    ['/sprawyx', null],
    ['/admin', null],
    ['/konto', null],
  ])('%s', (path, want) => {
    expect(currentItem(items, path)).toEqual(want);
  });
});

describe('the main menu in groups', () => {
  it('works without JavaScript: every group is a native disclosure and every link is in the HTML', () => {
    const groups = navigationFor(actor('rops_admin'), EVERYTHING);
    const { tree, top } = render(groups);
    const links = byTag(tree, 'a').map((a) => a.attrs.href);
    expect(links).toEqual(groups.flatMap((g) => g.items.map((i) => i.href)));
    const details = top.filter((e) => e.tag === 'details');
    expect(details.map((d) => d.children[0].tag)).toEqual(details.map(() => 'summary'));
    expect(details.map((d) => heard(d.children[0]))).toEqual(groups.filter((g) => g.items.length > 1).map((g) => g.label));
    // Closed when the page loads (a panel never covers the page unasked), one open at a time.
    for (const d of details) {
      expect(d.attrs.open).toBeUndefined();
      expect(d.attrs.name).toBe(details[0].attrs.name);
    }
    // The phone's menu button controls the list, which the <noscript> style unfolds.
    const button = byTag(tree, 'button')[0];
    expect(button.attrs['aria-controls']).toBe(MAIN_MENU_ID);
    expect(button.attrs['aria-expanded']).toBe('false');
    expect(heard(button)).toBe('Menu');
  });

  it('for every role, at most seven top-level entries and no empty group', () => {
    for (const role of ROLE_VALUES) {
      const groups = navigationFor(actor(role), EVERYTHING);
      const { top } = render(groups);
      expect(top.length, role).toBeGreaterThan(0);
      expect(top.length, role).toBeLessThanOrEqual(7);
      for (const el of top) {
        if (el.tag === 'details') expect(byTag(el, 'a').length, `${role}: ${el.text}`).toBeGreaterThan(1);
        else expect(el.tag, role).toBe('a');
      }
    }
  });

  it('a group of one page is a plain link; the public menu stays a flat row of links', () => {
    const { top } = render(GROUPS);
    expect(top.map((e) => e.tag)).toEqual(['details', 'a', 'details']);
    expect(top[1].attrs.href).toBe('/sprawy');
    expect(heard(top[1])).toBe('Sprawy osób i rodzin');

    const pub = render(flatGroups(PUBLIC_NAVIGATION));
    expect(byTag(pub.tree, 'details')).toEqual([]);
    expect(pub.top.map((e) => e.attrs.href)).toEqual(PUBLIC_NAVIGATION.map((i) => i.href));
  });

  it('marks the current page with aria-current, and its group', () => {
    pathname = '/sprawy/obciazenie';
    const { tree, top } = render(GROUPS);
    const current = all(tree, (e) => e.attrs['aria-current'] === 'page');
    expect(current.map((e) => e.attrs.href)).toEqual(['/sprawy/obciazenie']);
    // The group holding it is marked too; the other group is not, nor is /sprawy (a parent path).
    const summaries = byTag(tree, 'summary');
    expect(summaries.map((s) => s.attrs['aria-current'])).toEqual([undefined, 'true']);
    expect(top[1].attrs['aria-current']).toBeUndefined();
  });

  it('a page inside a section marks the section (aria-current="true", not "page")', () => {
    pathname = '/sprawy/12/ipp';
    const { tree, top } = render(GROUPS);
    expect(all(tree, (e) => e.attrs['aria-current'] === 'page')).toEqual([]);
    expect(top[1].attrs['aria-current']).toBe('true');
    expect(byTag(tree, 'summary').map((s) => s.attrs['aria-current'])).toEqual([undefined, undefined]);
  });

  it('an address outside the menu marks nothing', () => {
    pathname = '/weryfikacja';
    const { tree } = render(GROUPS);
    expect(all(tree, (e) => 'aria-current' in e.attrs)).toEqual([]);
  });
});

describe('counts of waiting items in the menu', () => {
  it('a badge next to each entry with something waiting, the sum on its group, both heard in Polish', () => {
    const counts = { '/ewaluacja': 3, '/sprawy/obciazenie': 2, '/sprawy': 1, '/konto': 0 };
    const { tree, top } = render(GROUPS, counts);
    const link = (href: string) => byTag(tree, 'a').find((a) => a.attrs.href === href)!;
    expect(heard(link('/ewaluacja'))).toBe('Ewaluacja (etap IV), czekają 3 zadania');
    expect(heard(link('/sprawy/obciazenie'))).toBe('Obciążenie pracowników kluczowych, czekają 2 zadania');
    expect(heard(link('/sprawy'))).toBe('Sprawy osób i rodzin, czeka 1 zadanie');
    // Seen: the number itself, hidden from screen readers (they hear the sentence instead).
    const badge = all(link('/ewaluacja'), (e) => e.attrs['aria-hidden'] === 'true' && e.text === '3');
    expect(badge).toHaveLength(1);
    // The group "Raporty" carries 3 + 2.
    expect(heard(top[2].children[0])).toBe('Raporty, czeka 5 zadań');
    // Nothing waiting, no badge and nothing to hear.
    expect(heard(link('/konto'))).toBe('Moje konto');
    expect(heard(link('/pulpit'))).toBe('Pulpit');
    expect(heard(top[0].children[0])).toBe('Moja praca');
  });

  it('the sum of a group counts only its own entries', () => {
    expect(groupCount(GROUPS[2], { '/ewaluacja': 4, '/sprawy/obciazenie': 7, '/pulpit': 10 })).toBe(11);
    expect(groupCount(GROUPS[0], {})).toBe(0);
  });

  it('speaks with the Polish plural forms', () => {
    expect([1, 2, 4, 5, 12, 22, 25].map(waitingText)).toEqual([
      ', czeka 1 zadanie',
      ', czekają 2 zadania',
      ', czekają 4 zadania',
      ', czeka 5 zadań',
      ', czeka 12 zadań',
      ', czekają 22 zadania',
      ', czeka 25 zadań',
    ]);
  });
});
