import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { gminas, institutions, trainingNeeds, trainingParticipants, trainings, tracks, users } from '../schema';
import { newVerificationCode, normalizeVerificationCode } from '../../lib/pdf/verification';
import { certificateNumber } from '../../lib/school/training-schemas';

/**
 * Szkoła Kooperacji in the demo: the basic training (step 4) of the Dąbrowa Białostocka–Korycin
 * implementation on 20.09.2026 with its attendance closed and zaświadczenia issued (the schedule is
 * left as the demo sets it: the seed does not satisfy the step), and two training needs for 2027.
 * Needs the demo users, institutions and implementations (seedDemo).
 */
export async function seedDemoSchool(tx: DbOrTx) {
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name, jobTitle: users.jobTitle, institutionId: users.institutionId, institutionName: institutions.name, gminaId: institutions.gminaId, powiatId: institutions.powiatId, voivodeshipId: institutions.voivodeshipId })
    .from(users)
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(inArray(users.email, ['rops.doradca@kooperacja.test', 'pcpr@kooperacja.test', 'gops.dabrowa@kooperacja.test', 'wzk@kooperacja.test']));
  const by = (email: string) => people.find((p) => p.email === email)!;
  const rops = by('rops.doradca@kooperacja.test');
  const pcpr = by('pcpr@kooperacja.test');
  const gops = by('gops.dabrowa@kooperacja.test');
  const wzk = by('wzk@kooperacja.test');

  // The implementation of Dąbrowa Białostocka (2011013) and Korycin (2011032).
  const gs = await tx.select({ id: gminas.id, teryt: gminas.teryt, powiatId: gminas.powiatId }).from(gminas).where(inArray(gminas.teryt, ['2011013', '2011032']));
  const dabrowa = gs.find((g) => g.teryt === '2011013')!;
  const trackRows = await tx
    .select({ implementationId: tracks.implementationId, gminaId: tracks.gminaId })
    .from(tracks)
    .where(and(eq(tracks.kind, 'gmina'), inArray(tracks.gminaId, gs.map((g) => g.id))));
  const implementationId = trackRows.find((t) => t.gminaId === dabrowa.id && trackRows.some((o) => o.gminaId !== dabrowa.id && o.implementationId === t.implementationId))!.implementationId!;

  const [training] = await tx
    .insert(trainings)
    .values({
      voivodeshipId: rops.voivodeshipId!,
      kind: 'basic',
      topic: 'Szkolenie podstawowe Szkoły Kooperacji — animatorzy i radni',
      heldOn: '2026-09-20',
      place: 'Regionalny Ośrodek Polityki Społecznej w Białymstoku, ul. Wiejska 35, sala konferencyjna',
      trainer: 'Marek Wiśniewski, doradca ROPS ds. modelu',
      description: 'Zasady kooperacji i warunki skutecznej pracy zespołem, etapy i kroki Modelu, dokumentowanie pracy i korzystanie z Platformy.',
      implementationId,
      step: '4',
      attendanceClosedAt: new Date('2026-09-21T10:00:00Z'),
      version: 2,
      createdBy: rops.id,
      createdAt: new Date('2026-09-05T09:00:00Z'),
    })
    .returning({ id: trainings.id });
  const attendees = [
    { userId: pcpr.id, institutionId: pcpr.institutionId, name: pcpr.name, function: pcpr.jobTitle, gminaId: null },
    { userId: gops.id, institutionId: gops.institutionId, name: gops.name, function: gops.jobTitle, gminaId: dabrowa.id },
    { userId: null, institutionId: null, name: 'Teresa Wróbel', function: 'Radna Gminy Dąbrowa Białostocka', gminaId: dabrowa.id },
  ].sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  await tx.insert(trainingParticipants).values(
    attendees.map((a, i) => ({ ...a, trainingId: training.id, attended: true, certificateNumber: certificateNumber(2026, i + 1), verificationCode: normalizeVerificationCode(newVerificationCode())! })),
  );

  await tx.insert(trainingNeeds).values([
    {
      voivodeshipId: gops.voivodeshipId!,
      year: 2027,
      kind: 'extended',
      topic: 'Komunikacja w zespole i prowadzenie spotkań PZK',
      description: 'Dla członków PZK gminy Dąbrowa Białostocka: jak prowadzić spotkania, ustalać zadania i dbać o przepływ informacji między instytucjami.',
      participants: 12,
      institutionName: gops.institutionName!,
      powiatId: dabrowa.powiatId,
      gminaId: dabrowa.id,
      submittedBy: gops.id,
      submittedByName: gops.name,
      createdAt: new Date('2026-10-12T08:30:00Z'),
    },
    {
      voivodeshipId: wzk.voivodeshipId!,
      year: 2027,
      kind: 'specialist',
      topic: 'Współpraca z Policją w pracy z rodziną doświadczającą przemocy',
      description: 'Procedura „Niebieskie Karty” w pracy PZK, rola dzielnicowego w zespole, wymiana informacji w granicach prawa.',
      participants: 25,
      institutionName: wzk.institutionName!,
      powiatId: null,
      gminaId: null,
      submittedBy: wzk.id,
      submittedByName: wzk.name,
      createdAt: new Date('2026-10-20T11:00:00Z'),
    },
  ]);
  return { trainingId: training.id, implementationId };
}
