import { describe, expect, it } from 'vitest';
import { canOpen, type Scope } from '@/lib/auth/policy';

// canOpen is the question authorize() asks, without refusing: pages draw a link with it.
const at = (role: Scope['role'], level: Scope['level'], place: Partial<Scope> = {}): { scope: Scope } => ({
  scope: { role, level, voivodeshipId: 1, powiatId: null, gminaId: null, institutionId: null, ...place },
});

describe('canOpen', () => {
  const gops = at('gops_animator', 'gmina', { powiatId: 10, gminaId: 100 });
  const pcpr = at('pcpr_animator', 'powiat', { powiatId: 10 });

  it('without a resource: whether the role may ever do it', () => {
    expect(canOpen(pcpr, 'notification.view')).toBe(true);
    expect(canOpen(at('wzk_member', 'voivodeship'), 'notification.view')).toBe(false);
    expect(canOpen(gops, 'training_need.view')).toBe(false);
    expect(canOpen(at('councillor', 'gmina', { powiatId: 10, gminaId: 100 }), 'case.list')).toBe(false);
  });

  it('with a resource: whether it lies in the actor’s area (a gmina animator and its powiat’s page)', () => {
    const powiat = { voivodeshipId: 1, powiatId: 10, gminaId: null };
    expect(canOpen(pcpr, 'territory.view', powiat)).toBe(true);
    expect(canOpen(gops, 'territory.view', powiat)).toBe(false);
    expect(canOpen(gops, 'territory.view', { voivodeshipId: 1, powiatId: 10, gminaId: 100 })).toBe(true);
    expect(canOpen(gops, 'territory.view', { voivodeshipId: 2, powiatId: 10, gminaId: 100 })).toBe(false);
  });
});
