import { describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import { can, type Action, type ResourceScope, type Scope } from '@/lib/auth/policy';

// A small map: województwo 1 with powiat 10 (gminas 100, 101) and powiat 11 (gmina 110);
// województwo 2 with powiat 20 (gmina 200). Institution 500 lies in gmina 100, 501 in gmina 101,
// 502 is powiat 10's (no gmina), 503 is województwo 1's.
const R = {
  gmina100: { voivodeshipId: 1, powiatId: 10, gminaId: 100 },
  gmina101: { voivodeshipId: 1, powiatId: 10, gminaId: 101 },
  gmina110: { voivodeshipId: 1, powiatId: 11, gminaId: 110 },
  gmina200: { voivodeshipId: 2, powiatId: 20, gminaId: 200 },
  powiat10: { voivodeshipId: 1, powiatId: 10, gminaId: null },
  powiat11: { voivodeshipId: 1, powiatId: 11, gminaId: null },
  voiv1: { voivodeshipId: 1, powiatId: null, gminaId: null },
  voiv2: { voivodeshipId: 2, powiatId: null, gminaId: null },
  inst500: { voivodeshipId: 1, powiatId: 10, gminaId: 100, institutionId: 500 },
  inst501: { voivodeshipId: 1, powiatId: 10, gminaId: 101, institutionId: 501 },
  inst502: { voivodeshipId: 1, powiatId: 10, gminaId: null, institutionId: 502 },
  inst503: { voivodeshipId: 1, powiatId: null, gminaId: null, institutionId: 503 },
} satisfies Record<string, ResourceScope>;
type Res = keyof typeof R;

const at = (role: Role, level: Scope['level'], where: Partial<Scope>): Scope => ({
  role,
  level,
  voivodeshipId: 1,
  powiatId: null,
  gminaId: null,
  institutionId: null,
  ...where,
});
const S = {
  ropsAdmin: at('rops_admin', 'voivodeship', {}),
  ropsAdminV2: at('rops_admin', 'voivodeship', { voivodeshipId: 2 }),
  ropsAdviser: at('rops_adviser', 'voivodeship', {}),
  wzk: at('wzk_member', 'voivodeship', {}),
  pcpr10: at('pcpr_animator', 'powiat', { powiatId: 10 }),
  gops100: at('gops_animator', 'gmina', { powiatId: 10, gminaId: 100 }),
  worker100: at('social_worker', 'gmina', { powiatId: 10, gminaId: 100 }),
  councillorPowiat10: at('councillor', 'powiat', { powiatId: 10 }),
  expert100: at('family_expert', 'gmina', { powiatId: 10, gminaId: 100 }),
  member500: at('pzk_member', 'institution', { powiatId: 10, gminaId: 100, institutionId: 500 }),
  member502: at('pzk_member', 'institution', { powiatId: 10, institutionId: 502 }),
};
type Who = keyof typeof S;

// Each row: who, action, resource → expected. Written out by hand from the rules in DOMAIN.md §1.
const table: [Who, Action, Res, boolean][] = [
  // Territory pages: own area and everything inside it, nothing beside or above it.
  ['gops100', 'territory.view', 'gmina100', true],
  ['gops100', 'territory.view', 'gmina101', false],
  ['gops100', 'territory.view', 'gmina110', false],
  ['gops100', 'territory.view', 'gmina200', false],
  ['gops100', 'territory.view', 'powiat10', false],
  ['gops100', 'territory.view', 'voiv1', false],
  ['worker100', 'territory.view', 'gmina100', true],
  ['worker100', 'territory.view', 'gmina101', false],
  ['expert100', 'territory.view', 'gmina100', true],
  ['expert100', 'territory.view', 'gmina110', false],
  ['pcpr10', 'territory.view', 'gmina100', true],
  ['pcpr10', 'territory.view', 'gmina101', true],
  ['pcpr10', 'territory.view', 'powiat10', true],
  ['pcpr10', 'territory.view', 'gmina110', false],
  ['pcpr10', 'territory.view', 'powiat11', false],
  ['pcpr10', 'territory.view', 'voiv1', false],
  ['pcpr10', 'territory.view', 'gmina200', false],
  ['councillorPowiat10', 'territory.view', 'gmina101', true],
  ['councillorPowiat10', 'territory.view', 'gmina110', false],
  ['ropsAdmin', 'territory.view', 'gmina110', true],
  ['ropsAdmin', 'territory.view', 'voiv1', true],
  ['ropsAdmin', 'territory.view', 'gmina200', false],
  ['ropsAdmin', 'territory.view', 'voiv2', false],
  ['ropsAdminV2', 'territory.view', 'gmina200', true],
  ['ropsAdminV2', 'territory.view', 'gmina100', false],
  ['wzk', 'territory.view', 'gmina101', true],
  ['wzk', 'territory.view', 'gmina200', false],
  ['member500', 'territory.view', 'gmina100', true],
  ['member500', 'territory.view', 'gmina101', false],
  ['member500', 'territory.view', 'powiat10', false],
  ['member502', 'territory.view', 'powiat10', true],
  ['member502', 'territory.view', 'gmina100', false],
  // Institutions: members see their own institution only.
  ['member500', 'institution.view', 'inst500', true],
  ['member500', 'institution.view', 'inst501', false],
  ['member500', 'institution.view', 'inst502', false],
  ['gops100', 'institution.view', 'inst500', true],
  ['gops100', 'institution.view', 'inst501', false],
  ['gops100', 'institution.view', 'inst502', false],
  ['pcpr10', 'institution.view', 'inst502', true],
  ['pcpr10', 'institution.view', 'inst503', false],
  ['ropsAdmin', 'institution.view', 'inst503', true],
  ['ropsAdminV2', 'institution.view', 'inst503', false],
  // Managing institutions: ROPS admin in its województwo, PCPR animator in its powiat.
  ['ropsAdmin', 'institution.manage', 'inst501', true],
  ['ropsAdmin', 'institution.manage', 'voiv1', true],
  ['ropsAdminV2', 'institution.manage', 'inst501', false],
  ['pcpr10', 'institution.manage', 'inst501', true],
  ['pcpr10', 'institution.manage', 'gmina110', false],
  ['pcpr10', 'institution.manage', 'inst503', false],
  ['gops100', 'institution.manage', 'inst500', false],
  ['ropsAdviser', 'institution.manage', 'inst500', false],
  ['wzk', 'institution.manage', 'inst500', false],
  ['member500', 'institution.manage', 'inst500', false],
  // Accounts, users, audit: ROPS administrator of that województwo only.
  ['ropsAdmin', 'account.review', 'voiv1', true],
  ['ropsAdmin', 'account.review', 'voiv2', false],
  ['ropsAdminV2', 'account.review', 'voiv1', false],
  ['ropsAdviser', 'account.review', 'voiv1', false],
  ['pcpr10', 'account.review', 'powiat10', false],
  ['ropsAdmin', 'user.manage', 'voiv1', true],
  ['wzk', 'user.manage', 'voiv1', false],
  ['ropsAdmin', 'audit.read', 'voiv1', true],
  ['ropsAdmin', 'audit.read', 'voiv2', false],
  ['ropsAdviser', 'audit.read', 'voiv1', false],
  ['gops100', 'audit.read', 'gmina100', false],
  // The registry: ROPS staff.
  ['ropsAdviser', 'registry.view', 'voiv1', true],
  ['wzk', 'registry.view', 'voiv1', false],
  ['pcpr10', 'registry.view', 'powiat10', false],
];

describe('authorization policy', () => {
  it.each(table)('%s %s %s → %s', (who, action, res, expected) => {
    expect(can(S[who], action, R[res])).toBe(expected);
  });

  it('a scoped action without a resource is refused', () => {
    expect(can(S.ropsAdmin, 'territory.view')).toBe(false);
  });

  it('every role may see its pulpit', () => {
    for (const s of Object.values(S)) expect(can(s, 'pulpit.view')).toBe(true);
  });
});

describe('authorization policy — the model and implementations', () => {
  const rows: [Who, Action, Res, boolean][] = [
    ['pcpr10', 'notification.submit', 'powiat10', true],
    ['pcpr10', 'notification.submit', 'powiat11', false],
    ['gops100', 'notification.submit', 'gmina100', false],
    ['ropsAdmin', 'notification.submit', 'powiat10', false],
    ['ropsAdviser', 'notification.review', 'powiat10', true],
    ['ropsAdmin', 'notification.review', 'powiat11', true],
    ['ropsAdminV2', 'notification.review', 'powiat10', false],
    ['wzk', 'notification.review', 'powiat10', false],
    ['pcpr10', 'notification.review', 'powiat10', false],
    // A gmina's implementation: its own gmina, its powiat's animator, the województwo's ROPS/WZK.
    ['gops100', 'implementation.view', 'gmina100', true],
    ['gops100', 'implementation.view', 'gmina101', false],
    ['pcpr10', 'implementation.view', 'gmina101', true],
    ['pcpr10', 'implementation.view', 'gmina110', false],
    ['wzk', 'implementation.view', 'gmina110', true],
    ['ropsAdminV2', 'implementation.view', 'gmina100', false],
    ['member500', 'implementation.view', 'gmina100', true],
    ['member500', 'implementation.view', 'gmina101', false],
    // Updating the schedule: animators in their area and ROPS; WZK only reads.
    ['gops100', 'schedule.update', 'gmina100', true],
    ['gops100', 'schedule.update', 'gmina101', false],
    ['gops100', 'schedule.update', 'voiv1', false],
    ['pcpr10', 'schedule.update', 'gmina100', true],
    ['ropsAdviser', 'schedule.update', 'voiv1', true],
    ['wzk', 'schedule.update', 'gmina100', false],
    ['worker100', 'schedule.update', 'gmina100', false],
    ['councillorPowiat10', 'schedule.update', 'gmina100', false],
    ['member500', 'schedule.update', 'gmina100', false],
    // The dashboard: ROPS and WZK of the województwo.
    ['ropsAdviser', 'dashboard.view', 'voiv1', true],
    ['wzk', 'dashboard.view', 'voiv1', true],
    ['ropsAdminV2', 'dashboard.view', 'voiv1', false],
    ['pcpr10', 'dashboard.view', 'powiat10', false],
  ];
  it.each(rows)('%s %s %s → %s', (who, action, res, expected) => {
    expect(can(S[who], action, R[res])).toBe(expected);
  });

  it('only the national administrator edits the catalogue and templates; ROPS administrators propose; everyone may read it', () => {
    const national = at('national_admin', 'national', { voivodeshipId: 0 });
    expect(can(national, 'catalogue.manage')).toBe(true);
    expect(can(national, 'template.manage')).toBe(true);
    expect(can(national, 'model_change.decide')).toBe(true);
    expect(can(S.ropsAdmin, 'catalogue.manage')).toBe(false);
    expect(can(S.ropsAdmin, 'template.manage')).toBe(false);
    expect(can(S.ropsAdmin, 'model_change.decide')).toBe(false);
    expect(can(S.ropsAdmin, 'model_change.propose', R.voiv1)).toBe(true);
    expect(can(S.ropsAdmin, 'model_change.propose', R.voiv2)).toBe(false);
    expect(can(S.ropsAdviser, 'catalogue.manage')).toBe(false);
    expect(can(S.ropsAdviser, 'model_change.propose', R.voiv1)).toBe(false);
    expect(can(S.pcpr10, 'catalogue.manage')).toBe(false);
    expect(can(S.member500, 'catalogue.view')).toBe(true);
    expect(can(national, 'catalogue.view')).toBe(true);
    // The national administrator sees no województwo's data.
    expect(can(national, 'implementation.view', R.voiv1)).toBe(false);
    expect(can(national, 'case.list')).toBe(false);
    expect(can(national, 'training.view')).toBe(false);
    expect(can(national, 'region.view')).toBe(false);
  });
});
