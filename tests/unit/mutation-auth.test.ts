import { describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import type { Actor, AssignmentSummary } from '@/lib/auth/actor';
import { levelOf, scopeLabel, summarise } from '@/lib/auth/assignments';
import { navEntries, navigationFor } from '@/lib/auth/navigation';
import { dummyHash, hashPassword, verifyPassword } from '@/lib/auth/password';
import { can, covers, isPublic, mayEver, PERMISSIONS, type Action, type Scope } from '@/lib/auth/policy';
import { NO_VOIVODESHIP, REQUESTABLE_ROLES, ROLE_VALUES, ROLES, roleLabel } from '@/lib/auth/roles';

/*
 * Written for the mutation run (docs/testing.md): the policy's whole table of actions, the levels
 * each role may act at, the navigation each role gets, and the password hashing parameters. Each
 * expectation is read off DOMAIN.md §1 and the comments of lib/auth/policy.ts, not off the code.
 */

const ROPS_ADMIN: Role = 'rops_admin';
const ALL: Role[] = ['rops_admin', 'rops_adviser', 'wzk_member', 'pcpr_animator', 'gops_animator', 'social_worker', 'pzk_member', 'councillor', 'family_expert', 'network_worker', 'national_admin'];
const REGIONAL = ALL.filter((r) => r !== 'national_admin');
const NOT_WZK = REGIONAL.filter((r) => r !== 'wzk_member');
const ROPS: Role[] = ['rops_admin', 'rops_adviser'];
const ANIMATORS: Role[] = ['pcpr_animator', 'gops_animator'];
// Kooperacje 3D (issue 17): the town's network worker may in its gmina what the PCPR animator may in its powiat.
const ORGANISERS: Role[] = ['pcpr_animator', 'network_worker'];
const ANIMATORS_3D: Role[] = [...ANIMATORS, 'network_worker'];

// Every action: who may do it, and whether the resource must lie in the actor's territory.
const EXPECTED: Record<Action, { roles: Role[]; scoped: boolean }> = {
  'pulpit.view': { roles: ALL, scoped: false },
  'territory.view': { roles: REGIONAL, scoped: true },
  'registry.view': { roles: ROPS, scoped: true },
  'institution.view': { roles: REGIONAL, scoped: true },
  'institution.manage': { roles: ['rops_admin', ...ORGANISERS], scoped: true },
  'account.review': { roles: [ROPS_ADMIN], scoped: true },
  'user.manage': { roles: [ROPS_ADMIN], scoped: true },
  'invitation.send': { roles: ORGANISERS, scoped: true },
  'invitation.review': { roles: [ROPS_ADMIN], scoped: true },
  'audit.read': { roles: [ROPS_ADMIN], scoped: true },
  'catalogue.view': { roles: ALL, scoped: false },
  'catalogue.manage': { roles: ['national_admin'], scoped: false },
  // The PCPR animator notifies ROPS of an implementation; ROPS registers it.
  'notification.submit': { roles: ORGANISERS, scoped: true },
  'notification.view': { roles: [...ORGANISERS, ...ROPS], scoped: true },
  'notification.review': { roles: ROPS, scoped: true },
  'implementation.view': { roles: REGIONAL, scoped: true },
  'regional_track.view': { roles: [...ROPS, 'wzk_member', ...ANIMATORS_3D], scoped: true },
  'schedule.update': { roles: [...ROPS, ...ANIMATORS_3D], scoped: true },
  'dashboard.view': { roles: [...ROPS, 'wzk_member'], scoped: true },
  'document.view': { roles: REGIONAL, scoped: true },
  'document.manage': { roles: [...ROPS, ...ANIMATORS_3D], scoped: true },
  'template.manage': { roles: ['national_admin'], scoped: false },
  // WZK reads progress across the region, not the PZK workspaces or the cases.
  'pzk.view': { roles: NOT_WZK, scoped: true },
  'pzk.manage': { roles: ORGANISERS, scoped: true },
  'service.manage': { roles: ANIMATORS_3D, scoped: true },
  'regional_service.manage': { roles: ROPS, scoped: true },
  'outbox.read': { roles: [ROPS_ADMIN], scoped: true },
  'case.list': { roles: NOT_WZK.filter((r) => r !== 'councillor'), scoped: false },
  // Any PZK institution may refer a person or family (the family expert and ROPS do not).
  'case.refer': { roles: [...ANIMATORS_3D, 'social_worker', 'pzk_member'], scoped: true },
  'case.supervise': { roles: ROPS, scoped: true },
  'caseload.view': { roles: ROPS, scoped: true },
  'training.view': { roles: REGIONAL, scoped: false },
  'training.manage': { roles: ROPS, scoped: true },
  'training_need.submit': { roles: [...ANIMATORS_3D, 'wzk_member'], scoped: true },
  'training_need.view': { roles: ROPS, scoped: true },
  'material.manage': { roles: ROPS, scoped: true },
  'practice.propose': { roles: REGIONAL, scoped: true },
  'practice.publish': { roles: ROPS, scoped: true },
  'evaluation.view': { roles: REGIONAL, scoped: true },
  'evaluation.manage': { roles: ANIMATORS_3D, scoped: true },
  'regional_report.view': { roles: [...ROPS, 'wzk_member'], scoped: true },
  'cost_rates.manage': { roles: ROPS, scoped: true },
  'calculator.use': { roles: ALL, scoped: false },
  'region.view': { roles: REGIONAL, scoped: false },
  'model_change.propose': { roles: [ROPS_ADMIN], scoped: true },
  'model_change.decide': { roles: ['national_admin'], scoped: false },
  'retention.manage': { roles: ['rops_admin'], scoped: true },
  'retention.rules': { roles: ['national_admin'], scoped: false },
  'retention.institution': { roles: ['rops_admin', ...ANIMATORS_3D], scoped: true },
  'data_request.manage': { roles: ['rops_admin'], scoped: true },
  // Coaching and supervision in a town's ZZK: kept locally, read by ROPS; no family data.
  'coaching.view': { roles: [...ROPS, ...ANIMATORS_3D], scoped: true },
  'coaching.manage': { roles: ANIMATORS_3D, scoped: true },
  // One's own staff profile; the OPS's staff overview for choosing who works in a ZZK.
  'staff.profile': { roles: ['social_worker', ...ANIMATORS_3D], scoped: false },
  'staff.view': { roles: [...ROPS, 'gops_animator', 'network_worker'], scoped: true },
  // Issue 18: ROPS keeps the WZK, its members read it and write the regional evaluation with ROPS.
  'wzk.view': { roles: [...ROPS, 'wzk_member'], scoped: true },
  'wzk.manage': { roles: ROPS, scoped: true },
  'regional_evaluation.write': { roles: [...ROPS, 'wzk_member'], scoped: true },
  'event.manage': { roles: ROPS, scoped: true },
  // The local diagnosis (2.1) and questionnaires are the animators' work; ROPS reads the diagnosis.
  'diagnosis.view': { roles: [...ROPS, 'pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  'diagnosis.manage': { roles: ANIMATORS_3D, scoped: true },
  'questionnaire.template': { roles: ROPS, scoped: true },
  'questionnaire.give': { roles: ANIMATORS_3D, scoped: true },
  // The councillors responsible for evaluation write the team's answers (10.2), beside the animators.
  'evaluation.answer': { roles: [...ANIMATORS_3D, 'councillor'], scoped: true },
  'cycle.decide': { roles: ANIMATORS_3D, scoped: true },
};

// Each role acting in its own area of województwo 1: powiat 10, gmina 100, institution 500 (gmina 100).
const ownScope = (role: Role): Scope => {
  const level = ROLES[role].levels[0];
  const at = { national: {}, voivodeship: {}, powiat: { powiatId: 10 }, gmina: { powiatId: 10, gminaId: 100 }, institution: { powiatId: 10, gminaId: 100, institutionId: 500 } }[level];
  return { role, level, voivodeshipId: level === 'national' ? NO_VOIVODESHIP : 1, powiatId: null, gminaId: null, institutionId: null, ...at };
};
const ownArea = (s: Scope) => ({ voivodeshipId: s.voivodeshipId, powiatId: s.powiatId, gminaId: s.gminaId, institutionId: s.institutionId });

describe('the policy table, action by action', () => {
  it('has a row here for every action the policy knows', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('only the model and the calculator are open to a visitor without an account', () => {
    expect((Object.keys(PERMISSIONS) as Action[]).filter(isPublic).sort()).toEqual(['calculator.use', 'catalogue.view']);
  });

  const rows = (Object.keys(EXPECTED) as Action[]).flatMap((action) => ALL.map((role) => [action, role, EXPECTED[action].roles.includes(role)] as const));
  it.each(rows)('%s by %s: allowed = %s', (action, role, allowed) => {
    const scope = ownScope(role);
    expect(mayEver(scope, action)).toBe(allowed);
    // The national administrator has no territory, so a scoped action is never theirs.
    const inOwnArea = allowed && (!EXPECTED[action].scoped || role !== 'national_admin');
    expect(can(scope, action, ownArea(scope))).toBe(inOwnArea);
  });

  it.each(Object.keys(EXPECTED) as Action[])('%s without a resource: allowed only when the action is not territorial', (action) => {
    const role = EXPECTED[action].roles[0];
    expect(can(ownScope(role), action)).toBe(!EXPECTED[action].scoped);
  });
});

describe('covers: where a scope reaches', () => {
  const member = (institutionId: number, powiatId: number | null, gminaId: number | null): Scope => ({ role: 'pzk_member', level: 'institution', voivodeshipId: 1, powiatId, gminaId, institutionId });

  it('the national administrator covers nothing, not even a place carrying its own "no województwo" id', () => {
    const national = ownScope('national_admin');
    expect(covers(national, { voivodeshipId: NO_VOIVODESHIP })).toBe(false);
    expect(covers(national, { voivodeshipId: NO_VOIVODESHIP, powiatId: null, gminaId: null })).toBe(false);
  });

  it('a member of a województwo-level institution covers its institution only, not the województwo’s territory', () => {
    const regional = member(503, null, null);
    expect(covers(regional, { voivodeshipId: 1, institutionId: 503 })).toBe(true);
    expect(covers(regional, { voivodeshipId: 1, powiatId: null, gminaId: null })).toBe(false);
    expect(covers(regional, { voivodeshipId: 1, powiatId: 10, gminaId: null })).toBe(false);
  });

  it('a member of a powiat institution covers the powiat itself but none of its gminas, and no other powiat', () => {
    const powiatInst = member(502, 10, null);
    expect(covers(powiatInst, { voivodeshipId: 1, powiatId: 10, gminaId: null })).toBe(true);
    expect(covers(powiatInst, { voivodeshipId: 1, powiatId: 10, gminaId: 100 })).toBe(false);
    expect(covers(powiatInst, { voivodeshipId: 1, powiatId: 11, gminaId: null })).toBe(false);
    expect(covers(powiatInst, { voivodeshipId: 2, powiatId: 10, gminaId: null })).toBe(false);
  });

  it('a powiat or gmina scope that lacks its own id fails closed: it covers no place, not even one without that id', () => {
    const powiatWithout: Scope = { role: 'pcpr_animator', level: 'powiat', voivodeshipId: 1, powiatId: null, gminaId: null, institutionId: null };
    const gminaWithout: Scope = { role: 'gops_animator', level: 'gmina', voivodeshipId: 1, powiatId: 10, gminaId: null, institutionId: null };
    expect(covers(powiatWithout, { voivodeshipId: 1, powiatId: null, gminaId: null })).toBe(false);
    expect(covers(gminaWithout, { voivodeshipId: 1, powiatId: 10, gminaId: null })).toBe(false);
    expect(covers(gminaWithout, { voivodeshipId: 1 })).toBe(false);
  });

  it('another institution’s resource is not covered even in the member’s own gmina', () => {
    expect(covers(member(500, 10, 100), { voivodeshipId: 1, powiatId: 10, gminaId: 100, institutionId: 501 })).toBe(false);
  });
});

describe('the level an assignment acts at', () => {
  const a = (role: Role, cols: { powiatId?: number; gminaId?: number; institutionId?: number } = {}) => ({ role, powiatId: null, gminaId: null, institutionId: null, ...cols });

  it.each([
    ['rops_admin', {}, 'voivodeship'],
    ['wzk_member', {}, 'voivodeship'],
    ['national_admin', {}, 'national'],
    ['national_admin', { powiatId: 10, gminaId: 100 }, 'national'],
    ['pcpr_animator', { powiatId: 10 }, 'powiat'],
    ['gops_animator', { powiatId: 10, gminaId: 100 }, 'gmina'],
    ['social_worker', { powiatId: 10, gminaId: 100 }, 'gmina'],
    ['social_worker', { powiatId: 10 }, 'powiat'],
    ['councillor', { powiatId: 10 }, 'powiat'],
    ['family_expert', { powiatId: 10, gminaId: 100 }, 'gmina'],
    ['pzk_member', { powiatId: 10, gminaId: 100, institutionId: 500 }, 'institution'],
  ] as const)('%s with %o acts at the %s level', (role, cols, level) => {
    expect(levelOf(a(role, cols))).toBe(level);
  });

  it.each([
    ['pzk_member', {}, 'a PZK member without an institution'],
    ['social_worker', {}, 'a social worker without a gmina or powiat'],
    ['gops_animator', { powiatId: 10 }, 'a GOPS animator with a powiat only'],
    ['pcpr_animator', { powiatId: 10, gminaId: 100 }, 'a PCPR animator given a gmina'],
    ['pcpr_animator', {}, 'a PCPR animator without a powiat'],
    ['rops_admin', { powiatId: 10 }, 'a ROPS administrator given a powiat (never widened to the województwo)'],
    ['rops_admin', { powiatId: 10, gminaId: 100 }, 'a ROPS administrator given a gmina'],
  ] as const)('%s %o is not usable: %s', (role, cols, _why) => {
    expect(levelOf(a(role, cols))).toBeNull();
  });
});

describe('an assignment as the app shows and uses it', () => {
  const row = (role: Role, over: Record<string, unknown> = {}) =>
    ({
      id: 7,
      userId: 'u',
      role,
      voivodeshipId: 1,
      powiatId: null,
      gminaId: null,
      institutionId: null,
      createdAt: new Date(),
      voivodeship: { name: 'podlaskie' },
      powiat: null,
      gmina: null,
      institution: null,
      ...over,
    }) as Parameters<typeof summarise>[0];
  const sokolski = { powiatId: 10, powiat: { name: 'sokólski', teryt: '2011' } };
  const janow = { gminaId: 100, gmina: { name: 'Janów', teryt: '2011022' } };

  it('a gmina assignment names the gmina with its powiat and leads to the gmina’s page', () => {
    expect(summarise(row('gops_animator', { ...sokolski, ...janow }))).toEqual({
      id: 7,
      role: 'gops_animator',
      level: 'gmina',
      voivodeshipId: 1,
      powiatId: 10,
      gminaId: 100,
      institutionId: null,
      scopeLabel: 'gmina Janów (powiat sokólski)',
      homeHref: '/gminy/2011022',
    });
  });

  it('a powiat assignment leads to the powiat’s page; a województwo one to the registry', () => {
    expect(summarise(row('pcpr_animator', sokolski))).toMatchObject({ level: 'powiat', scopeLabel: 'powiat sokólski', homeHref: '/powiaty/2011' });
    expect(summarise(row('rops_adviser'))).toMatchObject({ level: 'voivodeship', scopeLabel: 'województwo podlaskie', homeHref: '/rejestr' });
  });

  it('a województwo assignment that happens to carry an institution still leads to the registry', () => {
    expect(summarise(row('rops_admin', { institutionId: 503, institution: { name: 'ROPS w Białymstoku' } }))).toMatchObject({ level: 'voivodeship', homeHref: '/rejestr', scopeLabel: 'województwo podlaskie' });
  });

  it('an institution assignment is named after the institution and leads to its page', () => {
    const s = summarise(row('pzk_member', { ...sokolski, ...janow, institutionId: 500, institution: { name: 'Szkoła Podstawowa w Janowie' } }));
    expect(s).toMatchObject({ level: 'institution', institutionId: 500, scopeLabel: 'Szkoła Podstawowa w Janowie', homeHref: '/instytucje/500' });
  });

  it('the national administrator’s scope is the whole country and carries no województwo', () => {
    expect(summarise(row('national_admin', { voivodeshipId: null, voivodeship: null }))).toMatchObject({
      level: 'national',
      voivodeshipId: NO_VOIVODESHIP,
      scopeLabel: 'cały kraj',
      homeHref: '/rejestr',
    });
    expect(NO_VOIVODESHIP).toBe(0);
  });

  it('a regional assignment without a województwo, or one at no usable level, is dropped', () => {
    expect(summarise(row('rops_admin', { voivodeshipId: null, voivodeship: null }))).toBeNull();
    expect(summarise(row('gops_animator', { voivodeshipId: null, voivodeship: null, ...sokolski, ...janow }))).toBeNull();
    expect(summarise(row('pzk_member'))).toBeNull();
  });

  it('a gmina without its powiat loaded is named without one; missing names leave the label bare, never "undefined"', () => {
    expect(scopeLabel(row('gops_animator', janow) as never, 'gmina')).toBe('gmina Janów');
    expect(scopeLabel(row('rops_admin', { voivodeship: null }) as never, 'voivodeship')).toBe('województwo ');
    expect(scopeLabel(row('pcpr_animator') as never, 'powiat')).toBe('powiat ');
    expect(scopeLabel(row('gops_animator') as never, 'gmina')).toBe('gmina ');
    expect(scopeLabel(row('pzk_member') as never, 'institution')).toBe('');
  });
});

describe('roles', () => {
  it('each role acts at the levels DOMAIN.md gives it, the first being the default', () => {
    expect(Object.fromEntries(ROLE_VALUES.map((r) => [r, ROLES[r].levels]))).toEqual({
      rops_admin: ['voivodeship'],
      rops_adviser: ['voivodeship'],
      wzk_member: ['voivodeship'],
      pcpr_animator: ['powiat'],
      gops_animator: ['gmina'],
      social_worker: ['gmina', 'powiat'],
      pzk_member: ['institution'],
      councillor: ['gmina', 'powiat'],
      family_expert: ['gmina'],
      network_worker: ['gmina'],
      national_admin: ['national'],
    });
  });

  it('anyone may ask for any role but the national administrator’s', () => {
    expect([...REQUESTABLE_ROLES].sort()).toEqual(ALL.filter((r) => r !== 'national_admin').sort());
  });

  it('every role has its own Polish name, naming the body it belongs to, and a description', () => {
    const labels = ALL.map(roleLabel);
    expect(new Set(labels).size).toBe(ALL.length);
    for (const [role, body] of [['rops_admin', 'ROPS'], ['rops_adviser', 'ROPS'], ['wzk_member', 'WZK'], ['pcpr_animator', 'PCPR'], ['gops_animator', 'GOPS'], ['pzk_member', 'PZK'], ['councillor', 'Radny'], ['family_expert', 'ekspert'], ['national_admin', 'krajowy'], ['social_worker', 'socjalny'], ['network_worker', 'sieci']] as const) {
      expect(roleLabel(role)).toContain(body);
    }
    for (const r of ALL) expect(ROLES[r].description.length, r).toBeGreaterThan(20);
  });
});

describe('navigation follows the policy', () => {
  const actor = (role: Role, homeHref = '/rejestr'): Actor => {
    const scope = ownScope(role);
    const summary: AssignmentSummary = { ...scope, id: 1, scopeLabel: '', homeHref };
    return { userId: 'u', email: 'e', name: 'n', scope: summary, assignments: [summary], ip: null };
  };
  const hrefs = (a: Actor) => navEntries(navigationFor(a)).map((i) => i.href);
  const groupLabels = (a: Actor) => navigationFor(a).map((g) => g.label);
  const KNOWLEDGE = ['/szkola', '/wydarzenia', '/e-szkola', '/dobre-praktyki', '/model', '/kalkulator', '/uslugi', '/forum'];

  it('the ROPS administrator sees every entry, in its group and order, under its Polish name', () => {
    expect(navigationFor(actor('rops_admin'))).toEqual([
      {
        id: 'praca',
        label: 'Moja praca',
        items: [
          { href: '/pulpit', label: 'Pulpit' },
          { href: '/kalendarz', label: 'Mój kalendarz spotkań' },
          { href: '/konto', label: 'Moje konto' },
        ],
      },
      {
        id: 'wdrozenie',
        label: 'Wdrożenie',
        items: [
          { href: '/wdrozenia', label: 'Wdrożenia' },
          { href: '/zgloszenia', label: 'Zgłoszenia' },
          { href: '/dokumenty', label: 'Dokumenty' },
          { href: '/diagnozy', label: 'Diagnozy lokalne' },
          { href: '/wzk', label: 'Wojewódzki Zespół Kooperacji' },
        ],
      },
      {
        id: 'zespol',
        label: 'Zespół (PZK)',
        items: [
          { href: '/pzk', label: 'Partnerskie Zespoły Kooperacji' },
          { href: '/instytucje', label: 'Instytucje' },
          { href: '/kadra', label: 'Kadra OPS' },
        ],
      },
      { id: 'sprawy', label: 'Sprawy', items: [{ href: '/sprawy', label: 'Sprawy osób i rodzin' }] },
      {
        id: 'wiedza',
        label: 'Wiedza',
        items: [
          { href: '/szkola', label: 'Szkoła Kooperacji' },
          { href: '/wydarzenia', label: 'Kalendarz wojewódzki' },
          { href: '/e-szkola', label: 'e-szkoła' },
          { href: '/dobre-praktyki', label: 'Dobre praktyki' },
          { href: '/model', label: 'Model' },
          { href: '/kalkulator', label: 'Kalkulator kosztów zaniechania' },
          { href: '/uslugi', label: 'Lista usług' },
          { href: '/forum', label: 'Forum regionalne' },
        ],
      },
      {
        id: 'raporty',
        label: 'Raporty',
        items: [
          { href: '/ewaluacja', label: 'Ewaluacja (etap IV)' },
          { href: '/ankiety', label: 'Ankiety ewaluacyjne' },
          { href: '/sprawy/obciazenie', label: 'Obciążenie pracowników kluczowych' },
        ],
      },
      {
        id: 'administracja',
        label: 'Administracja',
        items: [
          { href: '/admin/wnioski', label: 'Wnioski o konta' },
          { href: '/admin/zaproszenia', label: 'Zaproszenia' },
          { href: '/admin/uzytkownicy', label: 'Użytkownicy' },
          { href: '/rejestr', label: 'Rejestr terytorialny' },
          { href: '/admin/wzory', label: 'Wzory dokumentów' },
          { href: '/admin/propozycje', label: 'Propozycje zmian modelu' },
          { href: '/admin/audyt', label: 'Dziennik zdarzeń' },
          { href: '/admin/rodo', label: 'Żądania RODO' },
          { href: '/admin/retencja', label: 'Retencja i brakowanie akt' },
          { href: '/admin/poczta', label: 'Poczta wychodząca' },
        ],
      },
    ]);
  });

  it('a WZK member reads progress but has no PZK workspace, calendar, cases or administration', () => {
    expect(hrefs(actor('wzk_member'))).toEqual(['/pulpit', '/konto', '/wdrozenia', '/dokumenty', '/wzk', '/instytucje', ...KNOWLEDGE, '/ewaluacja']);
    expect(groupLabels(actor('wzk_member'))).toEqual(['Moja praca', 'Wdrożenie', 'Zespół (PZK)', 'Wiedza', 'Raporty']);
  });

  it('the GOPS animator gets its gmina second, the PZK, its calendar and cases, but no ROPS pages', () => {
    expect(navigationFor(actor('gops_animator', '/gminy/2011022'))[0].items[1]).toEqual({ href: '/gminy/2011022', label: 'Moja gmina' });
    expect(hrefs(actor('gops_animator', '/gminy/2011022'))).toEqual(['/pulpit', '/gminy/2011022', '/kalendarz', '/konto', '/konto/profil-zawodowy', '/wdrozenia', '/dokumenty', '/diagnozy', '/pzk', '/instytucje', '/kadra', '/sprawy', ...KNOWLEDGE, '/ewaluacja']);
    expect(groupLabels(actor('gops_animator'))).not.toContain('Administracja');
  });

  it('the PCPR animator gets its powiat and the notifications to ROPS', () => {
    expect(navigationFor(actor('pcpr_animator', '/powiaty/2011'))[0].items[1]).toEqual({ href: '/powiaty/2011', label: 'Mój powiat' });
    expect(hrefs(actor('pcpr_animator', '/powiaty/2011'))).toEqual(['/pulpit', '/powiaty/2011', '/kalendarz', '/konto', '/konto/profil-zawodowy', '/wdrozenia', '/zgloszenia', '/dokumenty', '/diagnozy', '/pzk', '/instytucje', '/sprawy', ...KNOWLEDGE, '/ewaluacja']);
  });

  it('the network worker (Kooperacje 3D) gets its gmina, the notifications, the PZK and the OPS staff', () => {
    expect(hrefs(actor('network_worker', '/gminy/2061011'))).toEqual(['/pulpit', '/gminy/2061011', '/kalendarz', '/konto', '/konto/profil-zawodowy', '/wdrozenia', '/zgloszenia', '/dokumenty', '/diagnozy', '/pzk', '/instytucje', '/kadra', '/sprawy', ...KNOWLEDGE, '/ewaluacja']);
    expect(navigationFor(actor('network_worker', '/gminy/2061011'))[0].items).toContainEqual({ href: '/konto/profil-zawodowy', label: 'Mój profil zawodowy' });
    expect(groupLabels(actor('network_worker'))).not.toContain('Administracja');
  });

  it('a PZK member gets its institution’s page', () => {
    expect(navigationFor(actor('pzk_member', '/instytucje/500'))[0].items[1]).toEqual({ href: '/instytucje/500', label: 'Moja instytucja' });
  });

  it('the national administrator keeps the model and its templates (and, like everyone, the public calculator)', () => {
    expect(hrefs(actor('national_admin'))).toEqual(['/pulpit', '/konto', '/model', '/kalkulator', '/admin/wzory', '/admin/propozycje', '/admin/retencja']);
    expect(groupLabels(actor('national_admin'))).toEqual(['Moja praca', 'Wiedza', 'Administracja']);
  });
});

// "$argon2id$v=19$m=19456,p=1,t=2$salt$hash" → the algorithm and its parameters, in any order.
const argonParams = (hash: string) => {
  const [, algorithm, version, params] = hash.split('$');
  return { algorithm, version, params: Object.fromEntries(params.split(',').map((kv) => kv.split('='))) };
};
const OWASP = { algorithm: 'argon2id', version: 'v=19', params: { m: '19456', t: '2', p: '1' } };

describe('passwords', () => {
  it('are hashed with argon2id at the OWASP baseline (19 MiB, 2 passes, 1 lane) and verified', async () => {
    const hash = await hashPassword('Haslo-testowe-123');
    expect(argonParams(hash)).toEqual(OWASP);
    expect(await verifyPassword(hash, 'Haslo-testowe-123')).toBe(true);
    expect(await verifyPassword(hash, 'haslo-testowe-123')).toBe(false);
  });

  it('a stored value that is not a hash verifies nothing (no exception reaches the login)', async () => {
    expect(await verifyPassword('not-a-hash', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });

  it('the hash an unknown e-mail is checked against is a real argon2id hash, made once', async () => {
    const first = dummyHash();
    expect(dummyHash()).toBe(first);
    expect(argonParams(await first)).toEqual(OWASP);
  });
});
