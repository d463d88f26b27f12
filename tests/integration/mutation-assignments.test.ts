import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { roleAssignments } from '@/db/schema';
import { loadActiveUser } from '@/lib/auth/assignments';
import { JANOW, SOKOLSKI, makeActor, unit } from '../factories';

/*
 * Written for the mutation run (docs/testing.md): what every signed-in request reads about its
 * user (lib/auth/assignments.ts, loadActiveUser) — the user's id, e-mail and name, and each
 * assignment with the names of its places (the role switcher's labels and home pages), oldest first.
 */

describe('loadActiveUser', () => {
  it('answers the user and their assignments with the places named, oldest first, whatever order the rows are stored in', async () => {
    const a = await makeActor('gops_animator', JANOW);
    const powiat = await unit(SOKOLSKI);
    await getDb().insert(roleAssignments).values({ userId: a.userId, role: 'pcpr_animator', voivodeshipId: powiat.voivodeshipId, powiatId: powiat.powiatId });
    const [first] = await getDb().select().from(roleAssignments).where(eq(roleAssignments.userId, a.userId)).orderBy(roleAssignments.id).limit(1);
    // Moved to another user and back: the first assignment's row (and its index entry) now comes
    // after the second's, so only the query's own order puts it first.
    const other = await makeActor('gops_animator', JANOW);
    for (const userId of [other.userId, a.userId]) await getDb().update(roleAssignments).set({ userId }).where(eq(roleAssignments.id, first.id));

    const loaded = await loadActiveUser(getDb(), a.userId);
    expect(loaded).toMatchObject({ id: a.userId, email: a.email, name: 'Test gops_animator' });
    expect(loaded!.assignments.map((x) => [x.role, x.level, x.scopeLabel, x.homeHref])).toEqual([
      ['gops_animator', 'gmina', 'gmina Janów (powiat sokólski)', `/gminy/${JANOW}`],
      ['pcpr_animator', 'powiat', 'powiat sokólski', `/powiaty/${SOKOLSKI}`],
    ]);
    expect(loaded!.assignments[0].id).toBe(first.id);
  });
});
