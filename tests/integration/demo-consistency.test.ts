import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { DEMO_USERS, seedDemo } from '@/db/seed/demo';
import {
  catalogueSubsteps,
  documentGminas,
  documents,
  gminas,
  occurrences,
  pzkMeetings,
  scheduleItems,
  tracks,
  trainings,
  users,
} from '@/db/schema';
import { clock, setClockForTests } from '@/lib/clock';
import { EVIDENCE_OF_KIND } from '@/lib/documents/lifecycle';

/*
 * Issue 14, item 26: the demo is made through the same domain functions as real use, so its
 * tracks agree with its trainings, signed documents and meetings — no step waits ("w toku, po
 * terminie") while the event that completes it is on record. Checked on a fresh database with the
 * demo seeded, at today's clock and with the clock moved a year on.
 */

beforeAll(async () => {
  await seedDemo(getDb());
}, 180_000);

afterEach(() => setClockForTests(null));

const inStep = (code: string, step: string) => code === step || code.startsWith(`${step}.`);

/** Every schedule item of the demo's gmina tracks with its sub-step. */
async function items() {
  return getDb()
    .select({
      trackId: tracks.id,
      implementationId: tracks.implementationId,
      gminaId: tracks.gminaId,
      gminaTeryt: gminas.teryt,
      code: catalogueSubsteps.code,
      evidence: catalogueSubsteps.evidence,
      status: scheduleItems.status,
      plannedEnd: scheduleItems.plannedEnd,
      actualEnd: scheduleItems.actualEnd,
    })
    .from(scheduleItems)
    .innerJoin(tracks, eq(tracks.id, scheduleItems.trackId))
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
    .where(eq(tracks.kind, 'gmina'));
}

/** For each gmina track item whose evidence is on record: the date of that evidence. */
async function evidenceOnRecord() {
  const db = getDb();
  const all = await items();
  const found = new Map<(typeof all)[number], string>();
  // Closed basic trainings complete the step they serve in every gmina of their implementation.
  const closed = await db.select().from(trainings).where(isNotNull(trainings.attendanceClosedAt));
  for (const t of closed) {
    for (const i of all) if (i.implementationId === t.implementationId && i.evidence === 'training_attendance' && inStep(i.code, t.step!)) found.set(i, t.heldOn);
  }
  // Signed agreements and statements complete their sub-step in the gminas they cover.
  const signed = await db.select().from(documents).where(inArray(documents.status, ['signed', 'amended']));
  for (const d of signed) {
    const kind = EVIDENCE_OF_KIND[d.kind];
    if (!kind || kind === 'agreement_regional') continue;
    const covered = d.gminaId ? [d.gminaId] : (await db.select({ gminaId: documentGminas.gminaId }).from(documentGminas).where(eq(documentGminas.documentId, d.id))).map((g) => g.gminaId);
    for (const i of all) if (i.implementationId === d.implementationId && covered.includes(i.gminaId!) && i.evidence === kind) found.set(i, d.effectiveOn!);
  }
  return { all, found, closed, signed };
}

describe('the demo agrees with itself', () => {
  it('seeds the events the README describes: the closed basic training, the signed agreements', async () => {
    const { closed, signed } = await evidenceOnRecord();
    expect(closed.map((t) => [t.step, t.heldOn])).toEqual([['4', '2026-09-20']]);
    // Two PZK agreements: Dąbrowa Białostocka's and Białystok's (Kooperacje 3D, db/seed/demo-3d.ts).
    expect(signed.map((d) => d.kind).sort()).toEqual(['agreement_powiat_gmina', 'agreement_pzk', 'agreement_pzk', 'agreement_regional']);
  });

  it('every step whose evidence is on record is done, on the date of its evidence', async () => {
    const { found } = await evidenceOnRecord();
    expect(found.size).toBeGreaterThan(0);
    const wrong = [...found].filter(([i, on]) => i.status !== 'done' || i.actualEnd !== on).map(([i, on]) => `${i.gminaTeryt} ${i.code}: ${i.status} ${i.actualEnd ?? '-'} (evidence of ${on})`);
    expect(wrong).toEqual([]);
  });

  it('step 4 of Dąbrowa Białostocka and Korycin is done by the training of 20.09.2026', async () => {
    const step4 = (await items()).filter((i) => ['2011013', '2011032'].includes(i.gminaTeryt) && inStep(i.code, '4'));
    expect(step4.length).toBeGreaterThanOrEqual(2);
    expect(step4.map((i) => [i.status, i.actualEnd])).toEqual(step4.map(() => ['done', '2026-09-20']));
  });

  it('published minutes of a scheduled meeting mark its occurrence done', async () => {
    const rows = await getDb()
      .select({ status: occurrences.status, published: pzkMeetings.minutesPublishedAt })
      .from(pzkMeetings)
      .innerJoin(occurrences, eq(occurrences.id, pzkMeetings.occurrenceId))
      .where(isNotNull(pzkMeetings.minutesPublishedAt));
    expect(rows.filter((r) => r.status !== 'done')).toEqual([]);
  });

  for (const at of [null, '2027-06-30T10:00:00Z']) {
    it(`no step is overdue while its evidence exists (clock ${at ?? 'now'})`, async () => {
      if (at) setClockForTests(new Date(at));
      const today = clock.today();
      const { all, found } = await evidenceOnRecord();
      const falseOverdue = all.filter((i) => found.has(i) && i.status !== 'done' && i.status !== 'not_applicable' && i.plannedEnd < today);
      expect(falseOverdue.map((i) => `${i.gminaTeryt} ${i.code}`)).toEqual([]);
    });
  }

  it('every README demo account that can sign in is seeded active', async () => {
    const active = await getDb().select({ email: users.email }).from(users).where(and(eq(users.status, 'active'), inArray(users.email, DEMO_USERS.map((u) => u.email))));
    expect(active).toHaveLength(DEMO_USERS.filter((u) => !u.status).length);
  });
});
