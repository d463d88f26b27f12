import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { gminas, questionnaireLinks, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { loadActiveUser } from '@/lib/auth/assignments';
import { questionnaireResults } from '@/lib/questionnaires/report';

/* The demo's questionnaires: the family one shows results (6 answers), the institution one waits (3). */

async function actor(email: string): Promise<Actor> {
  const [u] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  const loaded = (await loadActiveUser(getDb(), u.id))!;
  return { userId: loaded.id, email, name: loaded.name, scope: loaded.assignments[0], assignments: loaded.assignments, ip: '127.0.0.1' };
}

let implementationId: number;
beforeAll(async () => {
  await seedDemo(getDb());
  const [d] = await getDb().select({ id: gminas.id }).from(gminas).where(eq(gminas.teryt, '2011013'));
  const [t] = await getDb().select().from(tracks).where(and(eq(tracks.kind, 'gmina'), eq(tracks.gminaId, d.id)));
  implementationId = t.implementationId!;
}, 180_000);

describe('the demo questionnaires of the Dąbrowa Białostocka + Korycin implementation', () => {
  it('show the families’ results and hold back the institutions’ below five answers', async () => {
    const sections = await questionnaireResults(await actor('pcpr@kooperacja.test'), implementationId);
    const family = sections.find((s) => s.title.startsWith('Ankieta dla rodzin'))!;
    const institution = sections.find((s) => s.title.includes('Partnerskiego Zespołu Kooperacji'))!;
    expect(family.results.answers).toBe(6);
    expect(family.results.shown).toBe(true);
    if (family.results.shown) expect(family.results.questions.find((q) => q.key === 'pomoc')).toMatchObject({ count: 6, mean: '3,8' });
    expect(institution.results).toEqual({ answers: 3, shown: false, message: 'Wyniki pokażemy po zebraniu co najmniej 5 odpowiedzi (teraz są 3 odpowiedzi).' });
  });

  it('keeps one family link still waiting for its answer', async () => {
    const links = await getDb().select({ answeredAt: questionnaireLinks.answeredAt }).from(questionnaireLinks).where(eq(questionnaireLinks.implementationId, implementationId));
    expect(links).toHaveLength(10);
    expect(links.filter((l) => l.answeredAt === null)).toHaveLength(1);
  });
});
