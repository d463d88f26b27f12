import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { audit } from '@/lib/audit';
import { listAuditEntries } from '@/lib/audit-log';
import { listInstitutions } from '@/lib/institutions/institutions';
import { buildTsQuery, searchWords } from '@/lib/services/normalize';
import { listRegistry } from '@/lib/territory/queries';
import { JANOW, PODLASKIE, makeActor, makeInstitution, uid, unit } from '../factories';

/*
 * Issue 12, finding 8: what a user types into a search box reaches SQL LIKE/ILIKE with `%`, `_`
 * and `\` escaped, so they match themselves and are not wildcards. The full-text searches (services,
 * e-szkoła, good practices) keep only letters and digits of what was typed.
 */

describe('user-typed LIKE searches match %, _ and \\ literally', () => {
  it('institutions: the name search', async () => {
    const tag = uid();
    const percent = await makeInstitution(JANOW, 'ngo', `Fundacja 100% Rodziny ${tag}`);
    const underscore = await makeInstitution(JANOW, 'ngo', `Klub_Seniora ${tag}`);
    const backslash = await makeInstitution(JANOW, 'ngo', `Stowarzyszenie A\\B ${tag}`);
    const plain = await makeInstitution(JANOW, 'ngo', `Fundacja 1000 Rodziny ${tag} KlubxSeniora`);
    const rops = await makeActor('rops_admin', PODLASKIE);
    const names = async (q: string) => (await listInstitutions(rops, { q })).rows.map((r) => r.name);

    for (const [q, ch] of [['%', '%'], ['_', '_'], ['\\', '\\']] as const) {
      const found = await names(q);
      expect(found.length, q).toBeGreaterThan(0);
      for (const n of found) expect(n, `search "${q}"`).toContain(ch);
    }
    expect(await names('100%')).toEqual([percent.name]);
    expect(await names(`Klub_Seniora ${tag}`)).toEqual([underscore.name]);
    expect(await names('A\\B')).toEqual([backslash.name]);
    expect(await names('1000 Rodziny')).toEqual([plain.name]);
  });

  it('the territorial register: gmina name and TERYT prefix', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    expect((await listRegistry(rops, { q: 'Jan' })).gminas.length).toBeGreaterThan(0);
    for (const q of ['%', '_', '\\', '20_1', 'J%w']) {
      expect((await listRegistry(rops, { q })).gminas, q).toEqual([]);
    }
  });

  it('the audit log: the user e-mail filter', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const { voivodeshipId } = await unit(PODLASKIE);
    const tag = uid();
    const emails = [`jan_kowalski.${tag}@test.pl`, `janxkowalski.${tag}@test.pl`, `procent%${tag}@test.pl`, `zwykly.${tag}@test.pl`];
    for (const email of emails) {
      await audit(getDb(), null, { action: 'login.failed', entityType: 'user', voivodeshipId, anonymous: { email } });
    }
    const users = async (user: string) => (await listAuditEntries(rops, { user })).rows.map((r) => r.userEmail);
    expect(await users(`jan_kowalski.${tag}`)).toEqual([emails[0]]);
    for (const u of await users('_')) expect(u).toContain('_');
    expect(await users('%')).toEqual([emails[2]]);
    expect(await users(`${tag}%`)).toEqual([]);
  });
});

describe('full-text searches keep only letters and digits', () => {
  it('no wildcard or tsquery operator gets through', () => {
    for (const q of ['%', '_', '\\', '%_\\', "&|!():*'<>"]) {
      expect(searchWords(q), q).toEqual([]);
      expect(buildTsQuery(q), q).toBeNull();
    }
    expect(buildTsQuery('100% _seniorzy')).toBe('100:* & seniorzy:*');
  });
});
