import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { Scope } from '@/lib/auth/policy';
import { caseAccess } from '@/lib/cases/access';
import { pzkAccess } from '@/lib/pzk/access';

/*
 * Written for the mutation run (docs/testing.md): the territorial answers of caseAccess and
 * pzkAccess for every kind of actor, on a case and a PZK placed in gmina 100 of powiat 10 of
 * województwo 1 (ids that no row of the test database needs: the territorial rules compare ids,
 * and the team / signature lookups find nothing for them). Expected values from the comments of
 * lib/cases/access.ts and lib/pzk/access.ts and DOMAIN.md §1, §4.
 */

const scope = (role: Role, level: Scope['level'], at: Partial<Scope> = {}): Scope => ({ role, level, voivodeshipId: 1, powiatId: null, gminaId: null, institutionId: null, ...at });
const actor = (s: Scope, userId: string = crypto.randomUUID()): Actor => ({ userId, email: 'x@test.pl', name: 'x', scope: { ...s, id: 1, scopeLabel: '', homeHref: '' }, assignments: [], ip: null });

const S = {
  ropsAdmin: scope('rops_admin', 'voivodeship'),
  ropsAdviser: scope('rops_adviser', 'voivodeship'),
  ropsOther: scope('rops_adviser', 'voivodeship', { voivodeshipId: 2 }),
  wzk: scope('wzk_member', 'voivodeship'),
  pcpr10: scope('pcpr_animator', 'powiat', { powiatId: 10 }),
  pcpr11: scope('pcpr_animator', 'powiat', { powiatId: 11 }),
  gops100: scope('gops_animator', 'gmina', { powiatId: 10, gminaId: 100 }),
  gops101: scope('gops_animator', 'gmina', { powiatId: 10, gminaId: 101 }),
  worker100: scope('social_worker', 'gmina', { powiatId: 10, gminaId: 100 }),
  councillor10: scope('councillor', 'powiat', { powiatId: 10 }),
  expert100: scope('family_expert', 'gmina', { powiatId: 10, gminaId: 100 }),
  member500: scope('pzk_member', 'institution', { powiatId: 10, gminaId: 100, institutionId: 500 }),
  national: scope('national_admin', 'national', { voivodeshipId: 0 }),
};
type Who = keyof typeof S;

describe('who opens a case of gmina 100 (not being its key worker or on its team)', () => {
  const place = { id: -1, voivodeshipId: 1, powiatId: 10, gminaId: 100, keyWorkerId: crypto.randomUUID() };
  const expected: [Who, 'write' | 'supervise' | null][] = [
    // The two animators of the case's own powiat and gmina change it.
    ['pcpr10', 'write'],
    ['gops100', 'write'],
    // Animators of a neighbouring powiat or gmina do not even see it.
    ['pcpr11', null],
    ['gops101', null],
    // ROPS of the województwo supervises (read-only, with a purpose); another ROPS does not.
    ['ropsAdmin', 'supervise'],
    ['ropsAdviser', 'supervise'],
    ['ropsOther', null],
    // Everyone else opens only cases they work on: not by territory.
    ['worker100', null],
    ['councillor10', null],
    ['expert100', null],
    ['member500', null],
    ['wzk', null],
    ['national', null],
  ];
  it.each(expected)('%s → %s', async (who, access) => {
    expect(await caseAccess(getDb(), actor(S[who]), place)).toBe(access);
  });

  it('its key worker writes it — but not from an assignment in another województwo', async () => {
    const keyWorker = crypto.randomUUID();
    const own = { ...place, keyWorkerId: keyWorker };
    expect(await caseAccess(getDb(), actor(S.worker100, keyWorker), own)).toBe('write');
    expect(await caseAccess(getDb(), actor(scope('social_worker', 'gmina', { voivodeshipId: 2, powiatId: 20, gminaId: 200 }), keyWorker), own)).toBeNull();
  });
});

describe('who takes part in the PZK of gmina 100, and how', () => {
  const place = { id: -1, implementationId: -1, voivodeshipId: 1, powiatId: 10, gminaId: 100 };
  const expected: [Who, 'manage' | 'member' | 'observer' | null][] = [
    // The PCPR animator of the powiat decides its composition.
    ['pcpr10', 'manage'],
    // Territorial roles covering the gmina take part.
    ['gops100', 'member'],
    ['worker100', 'member'],
    ['councillor10', 'member'],
    ['expert100', 'member'],
    // ROPS reads every PZK of its województwo.
    ['ropsAdmin', 'observer'],
    ['ropsAdviser', 'observer'],
    // Neither neighbours, nor another województwo, nor WZK, nor the national administrator.
    ['pcpr11', null],
    ['gops101', null],
    ['ropsOther', null],
    ['wzk', null],
    ['national', null],
    // An institution of the gmina that neither signed nor is on the member list.
    ['member500', null],
  ];
  it.each(expected)('%s → %s', async (who, access) => {
    expect(await pzkAccess(getDb(), S[who], place)).toBe(access);
  });

  it('an institution scope without its institution takes no part', async () => {
    expect(await pzkAccess(getDb(), { ...S.member500, institutionId: null }, place)).toBeNull();
  });
});
