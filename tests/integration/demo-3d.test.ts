import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { catalogueSubsteps, gminas, notificationGminas, pzks, scheduleItems, services, tracks, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { loadActiveUser } from '@/lib/auth/assignments';
import { evaluationReportPdf } from '@/lib/evaluation/documents';
import { getReport, regionalReport } from '@/lib/evaluation/evaluation';
import { usePdfText } from '../pdf-text';

/*
 * The Kooperacje 3D demo (issue 17): Białystok runs the urban variant with its network worker — a
 * PZK formed through 2 + 1 meetings, an LKU of 5 cards with coordinators, one family's ZZK with 3
 * meetings (1 with the family), coaching 14 h and supervision 4 h — and its 9.2 report says so;
 * Suwałki's network worker has not notified ROPS yet.
 */

const pdfText = usePdfText('demo3d');

async function actor(email: string): Promise<Actor> {
  const [u] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  const loaded = (await loadActiveUser(getDb(), u.id))!;
  return { userId: loaded.id, email, name: loaded.name, scope: loaded.assignments[0], assignments: loaded.assignments, ip: '127.0.0.1' };
}

let implementationId: number;
let trackId: number;

beforeAll(async () => {
  await seedDemo(getDb());
  const [b] = await getDb().select({ id: gminas.id }).from(gminas).where(eq(gminas.teryt, '2061011'));
  const [t] = await getDb().select().from(tracks).where(and(eq(tracks.kind, 'gmina'), eq(tracks.gminaId, b.id)));
  implementationId = t.implementationId!;
  trackId = t.id;
}, 180_000);

describe('the Białystok Kooperacje 3D demo', () => {
  it('has step 3 not applicable and the PZK formed: 5.1–5.3 done', async () => {
    const rows = await getDb()
      .select({ code: catalogueSubsteps.code, status: scheduleItems.status, naReason: scheduleItems.naReason })
      .from(scheduleItems)
      .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
      .where(eq(scheduleItems.trackId, trackId));
    const by = (code: string) => rows.find((r) => r.code === code)!;
    expect(by('3')).toMatchObject({ status: 'not_applicable', naReason: 'nie dotyczy — miasto na prawach powiatu' });
    for (const code of ['2.1', '2.2', '2.3', '2.4', '5.1', '5.2', '5.3']) expect(by(code).status, code).toBe('done');
  });

  it('keeps 5 service cards, each with a coordinator at the partner', async () => {
    const [pzk] = await getDb().select().from(pzks).where(eq(pzks.implementationId, implementationId));
    const cards = await getDb().select().from(services).where(eq(services.pzkId, pzk.id));
    expect(cards).toHaveLength(5);
    expect(cards.filter((c) => c.status === 'published' && c.coordinator)).toHaveLength(5);
  });

  it('reports the 3D figures to the network worker, in the variant’s words', async () => {
    const nw = await actor('siec@kooperacja.test');
    expect(nw.scope.role).toBe('network_worker');
    const r = await getReport(nw, implementationId);
    expect(r.variant).toBe('urban_3d');
    expect(r.towns3d).toEqual([
      expect.objectContaining({ gminaName: 'Białystok', initiatingMeetings: 2, formalisingMeetings: 1, zzkMeetings: 3, zzkMeetingsWithFamily: 1, zzkDecisionsOpen: 1, zzkDecisionsDone: 1, coachingHours: 14, coachingSessions: 3, supervisionHours: 4, supervisionSessions: 1, lkuCards: 5 }),
    ]);
    const text = pdfText((await evaluationReportPdf(nw, implementationId)).pdf);
    expect(text).toContain('Spotkania ZZK: 3, w tym 1 z udziałem rodziny');
    expect(text).toContain('Coaching: 14 godz., superwizja: 4 godz.');
    expect(text).toContain('Karty usług w LKU: 5');
  });

  it('shows Białystok as the 3D town of the regional report', async () => {
    const r = await regionalReport(await actor('rops.doradca@kooperacja.test'));
    expect(r.towns3d.map((t) => t.gminaName)).toEqual(['Białystok']);
    expect(r.implementations.filter((i) => i.variant === 'rural').length).toBeGreaterThan(0);
  });

  it('Suwałki has decided but not notified ROPS', async () => {
    const nw = await actor('siec.suwalki@kooperacja.test');
    expect(nw.scope.role).toBe('network_worker');
    const [s] = await getDb().select({ id: gminas.id }).from(gminas).where(eq(gminas.teryt, '2063011'));
    expect(await getDb().select().from(notificationGminas).where(eq(notificationGminas.gminaId, s.id))).toEqual([]);
  });
});
