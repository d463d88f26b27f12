import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { gminas, institutions, trainingNeeds, trainingParticipants, trainings, tracks, users } from '../schema';
import { closeTrainingAttendance } from '../../lib/school/close-attendance';
import { demoActor, demoMay } from './demo-actor';

/**
 * Szkoła Kooperacji in the demo: the basic training (step 4) of the Dąbrowa Białostocka–Korycin
 * implementation on 20.09.2026, its attendance closed by the ROPS adviser the next day as in real
 * use — zaświadczenia issued and step 4 done in both gminas' tracks — and two training needs for 2027.
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
      hours: 16,
      place: 'Regionalny Ośrodek Polityki Społecznej w Białymstoku, ul. Wiejska 35, sala konferencyjna',
      trainer: 'Marek Wiśniewski, doradca ROPS ds. modelu',
      description: 'Zasady kooperacji i warunki skutecznej pracy zespołem, etapy i kroki Modelu, dokumentowanie pracy i korzystanie z Platformy.',
      implementationId,
      step: '4',
      version: 1,
      createdBy: rops.id,
      createdAt: new Date('2026-09-05T09:00:00Z'),
    })
    .returning();
  await tx.insert(trainingParticipants).values([
    { trainingId: training.id, attended: true, userId: pcpr.id, institutionId: pcpr.institutionId, name: pcpr.name, function: pcpr.jobTitle, gminaId: null },
    { trainingId: training.id, attended: true, userId: gops.id, institutionId: gops.institutionId, name: gops.name, function: gops.jobTitle, gminaId: dabrowa.id },
    { trainingId: training.id, attended: true, userId: null, institutionId: null, name: 'Teresa Wróbel', function: 'Radna Gminy Dąbrowa Białostocka', gminaId: dabrowa.id },
  ]);
  // Closing the list issues the zaświadczenia and completes step 4 in every gmina of the implementation.
  const adviser = await demoActor(tx, rops.email);
  demoMay(adviser, 'training.manage', { voivodeshipId: training.voivodeshipId });
  await closeTrainingAttendance(tx, adviser, training, training.version, new Date('2026-09-21T10:00:00Z'));

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
