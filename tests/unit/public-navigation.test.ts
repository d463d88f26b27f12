import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor, AssignmentSummary } from '@/lib/auth/actor';
import { navEntries, navigationFor, PUBLIC_NAVIGATION } from '@/lib/auth/navigation';
import { ROLE_VALUES, ROLES } from '@/lib/auth/roles';

/*
 * The menu of a visitor without an account (issue 14, item 24): every entry leads to a public page
 * that exists, and a page has one name in every menu — the visitor's and a signed-in person's.
 */

const root = path.resolve(import.meta.dirname, '../..');
const publicPage = (href: string) => path.join(root, 'app/(public)', href, 'page.tsx');

const everything = { teams: true, cases: true, referral: true, implementations: true, evaluations: true, documents: true };
function actor(role: (typeof ROLE_VALUES)[number]): Actor {
  const level = ROLES[role].levels[0];
  const scope: AssignmentSummary = { id: 1, role, level, voivodeshipId: 20, powiatId: 2011, gminaId: 2011022, institutionId: 500, scopeLabel: '', homeHref: '/gminy/2011022' };
  return { userId: 'u', email: 'e', name: 'n', scope, assignments: [scope], ip: null };
}

describe('the visitor\'s menu', () => {
  it('leads to the public pages: the start page, the model, the calculator, the lists, e-szkoła, the regional calendar and the check of a printed document', () => {
    expect(PUBLIC_NAVIGATION.map((i) => i.href)).toEqual(['/', '/model', '/kalkulator', '/uslugi', '/dobre-praktyki', '/e-szkola', '/wydarzenia', '/weryfikacja']);
    for (const { href } of PUBLIC_NAVIGATION) expect(fs.existsSync(publicPage(href)), `app/(public)${href}/page.tsx`).toBe(true);
  });

  it('names each page as the signed-in menus do, and every entry has a name of its own', () => {
    const signedIn = new Map(ROLE_VALUES.flatMap((r) => navEntries(navigationFor(actor(r), everything)).map((i) => [i.href, i.label] as const)));
    const labels = PUBLIC_NAVIGATION.map((i) => i.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const { href, label } of PUBLIC_NAVIGATION) {
      expect(label.trim().length, href).toBeGreaterThan(3);
      if (signedIn.has(href)) expect(label, href).toBe(signedIn.get(href));
    }
    // The pages every menu shares: the model, the calculator, the lists, e-szkoła and the calendar of the województwo.
    expect(PUBLIC_NAVIGATION.filter((i) => signedIn.has(i.href)).map((i) => i.href)).toEqual(['/model', '/kalkulator', '/uslugi', '/dobre-praktyki', '/e-szkola', '/wydarzenia']);
  });
});
