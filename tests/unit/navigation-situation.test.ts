import { describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import type { Actor, AssignmentSummary } from '@/lib/auth/actor';
import { navEntries, navigationFor, type NavSituation } from '@/lib/auth/navigation';
import { ROLE_VALUES } from '@/lib/auth/roles';
import type { Scope } from '@/lib/auth/policy';

/*
 * Issue 14, item 25, the pure half of the menu: given what the person's situation holds (a team, a
 * case, a team to refer to, an implementation, an evaluation, a document — read by lib/auth/menu.ts),
 * an entry that would lead nowhere is not drawn; the entries of the role itself always are.
 */

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
    homeHref: '/gminy/2011022',
  };
  return { userId: 'u', email: 'e', name: 'n', scope: summary, assignments: [summary], ip: null };
}

const NOTHING: NavSituation = { teams: false, cases: false, referral: false, implementations: false, evaluations: false, documents: false };
const EVERYTHING: NavSituation = { teams: true, cases: true, referral: true, implementations: true, evaluations: true, documents: true };
const hrefs = (a: Actor, s?: NavSituation) => navEntries(navigationFor(a, s)).map((i) => i.href);
const SITUATED = ['/wdrozenia', '/pzk', '/kalendarz', '/sprawy', '/dokumenty', '/ewaluacja'];

describe('the menu given the situation', () => {
  it('with everything there, it is the menu of the role (the upper bound)', () => {
    for (const role of ['gops_animator', 'pcpr_animator', 'social_worker', 'pzk_member', 'rops_admin', 'councillor'] as Role[]) {
      expect(hrefs(actor(role), EVERYTHING), role).toEqual(hrefs(actor(role)));
    }
  });

  it('with nothing there, a gmina animator keeps only the pages of the role', () => {
    const got = hrefs(actor('gops_animator'), NOTHING);
    for (const h of SITUATED) expect(got, h).not.toContain(h);
    expect(got).toEqual(hrefs(actor('gops_animator')).filter((h) => !SITUATED.includes(h)));
    expect(got).toEqual(expect.arrayContaining(['/pulpit', '/gminy/2011022', '/forum', '/konto']));
  });

  it('the team pages and the calendar need a team', () => {
    const a = actor('pzk_member');
    expect(hrefs(a, { ...NOTHING, teams: true })).toEqual(expect.arrayContaining(['/pzk', '/kalendarz']));
    expect(hrefs(a, { ...EVERYTHING, teams: false })).not.toContain('/pzk');
    expect(hrefs(a, { ...EVERYTHING, teams: false })).not.toContain('/kalendarz');
  });

  it('the case list needs a case to open or a team to refer to', () => {
    const a = actor('social_worker');
    expect(hrefs(a, NOTHING)).not.toContain('/sprawy');
    expect(hrefs(a, { ...NOTHING, cases: true })).toContain('/sprawy');
    expect(hrefs(a, { ...NOTHING, referral: true })).toContain('/sprawy');
    // A team alone, without the right to refer there, is no reason to list cases.
    expect(hrefs(a, { ...NOTHING, teams: true })).not.toContain('/sprawy');
  });

  it('the case list stays closed to a role that may never list cases, whatever the situation', () => {
    expect(hrefs(actor('councillor'), EVERYTHING)).not.toContain('/sprawy');
    expect(hrefs(actor('wzk_member'), EVERYTHING)).not.toContain('/pzk');
  });

  it('implementations, their evaluation and documents need one in the area', () => {
    const a = actor('pcpr_animator');
    expect(hrefs(a, { ...NOTHING, implementations: true })).toContain('/wdrozenia');
    expect(hrefs(a, { ...NOTHING, implementations: true })).not.toContain('/ewaluacja');
    expect(hrefs(a, { ...NOTHING, evaluations: true })).toContain('/ewaluacja');
    expect(hrefs(a, { ...NOTHING, evaluations: true })).not.toContain('/wdrozenia');
    expect(hrefs(a, { ...NOTHING, documents: true })).toContain('/dokumenty');
    expect(hrefs(a, { ...EVERYTHING, documents: false })).not.toContain('/dokumenty');
  });

  it('the województwo keeps its overview and regional report even before any implementation', () => {
    const got = hrefs(actor('rops_admin'), NOTHING);
    expect(got).toEqual(expect.arrayContaining(['/wdrozenia', '/ewaluacja', '/zgloszenia']));
    for (const h of ['/pzk', '/kalendarz', '/sprawy', '/dokumenty']) expect(got, h).not.toContain(h);
  });

  it('keeps the order and the area entry second, in "Moja praca"', () => {
    const [work] = navigationFor(actor('gops_animator'), NOTHING);
    expect(work.label).toBe('Moja praca');
    expect(work.items[0]).toEqual({ href: '/pulpit', label: 'Pulpit' });
    expect(work.items[1]).toEqual({ href: '/gminy/2011022', label: 'Moja gmina' });
  });
});

describe('the groups of the menu', () => {
  for (const role of ROLE_VALUES) {
    for (const [name, situation] of [['everything there', EVERYTHING], ['nothing there', NOTHING]] as const) {
      it(`${role}, ${name}: at most seven groups, none empty, every entry once`, () => {
        const groups = navigationFor(actor(role), situation);
        expect(groups.length).toBeGreaterThan(0);
        expect(groups.length).toBeLessThanOrEqual(7);
        for (const g of groups) expect(g.items.length, g.label).toBeGreaterThan(0);
        const all = hrefs(actor(role), situation);
        expect(new Set(all).size).toBe(all.length);
        expect(new Set(groups.map((g) => g.label)).size).toBe(groups.length);
      });
    }
  }

  it('a group the situation empties is not drawn', () => {
    // A social worker with no case and no team to refer to has nothing under "Sprawy".
    const labels = (s: NavSituation) => navigationFor(actor('social_worker'), s).map((g) => g.label);
    expect(labels(NOTHING)).not.toContain('Sprawy');
    expect(labels({ ...NOTHING, cases: true })).toContain('Sprawy');
  });

  it('administration appears only for the roles that administer', () => {
    const admin = (role: Role) => navigationFor(actor(role), EVERYTHING).find((g) => g.label === 'Administracja');
    expect(admin('rops_admin')?.items.map((i) => i.href)).toEqual(expect.arrayContaining(['/admin/wnioski', '/admin/zaproszenia', '/admin/uzytkownicy', '/admin/audyt']));
    expect(admin('rops_adviser')?.items.map((i) => i.href)).not.toContain('/admin/zaproszenia');
    for (const role of ['gops_animator', 'pcpr_animator', 'social_worker', 'pzk_member', 'councillor', 'family_expert', 'wzk_member'] as Role[]) {
      expect(admin(role), role).toBeUndefined();
    }
  });
});
