import { describe, expect, it } from 'vitest';

/*
 * The role and permission tables are built while their modules load. A change that breaks them
 * (a role entry emptied, say) makes every importing test file fail to load, which vitest reports
 * as a file error, not a failed test — and StrykerJS's vitest runner then counts the mutant as
 * survived with 0 tests run (docs/testing.md). Importing them inside a test turns such a break into
 * a failing test here.
 */
describe('the authorization tables load', () => {
  it('roles: every role has its levels, and the requestable roles are derived from them', async () => {
    const { ROLES, REQUESTABLE_ROLES, ROLE_VALUES } = await import('@/lib/auth/roles');
    expect(ROLE_VALUES).toHaveLength(11);
    for (const r of ROLE_VALUES) expect(ROLES[r].levels.length, r).toBeGreaterThan(0);
    expect(REQUESTABLE_ROLES).toHaveLength(10);
  });

  it('policy and navigation: built over every role', async () => {
    const { PERMISSIONS } = await import('@/lib/auth/policy');
    const { navigationFor } = await import('@/lib/auth/navigation');
    expect(PERMISSIONS['pulpit.view'].roles).toHaveLength(11);
    expect(typeof navigationFor).toBe('function');
  });
});
