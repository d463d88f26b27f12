import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { activityRecords, evaluationAnswers, gminas, tracks, users } from '../schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/*
 * Stage IV of the demo implementation (Dąbrowa Białostocka + Korycin): a group social project, a
 * promotion action and a presentation at the gmina council's social committee (steps 7.3 and
 * 10.1), and the team's first answers to two of the eight key questions.
 */
export async function seedDemoEvaluation(tx: Tx, implementationId: number) {
  const [pcpr] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'pcpr@kooperacja.test'));
  const [ops] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'gops.dabrowa@kooperacja.test'));
  const [dabrowa] = await tx
    .select({ id: gminas.id })
    .from(tracks)
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .where(and(eq(tracks.implementationId, implementationId), eq(tracks.kind, 'gmina'), eq(gminas.teryt, '2011013')));
  const author = ops?.id ?? pcpr.id;
  await tx.insert(activityRecords).values([
    {
      implementationId,
      gminaId: dabrowa?.id ?? null,
      kind: 'project_group',
      title: 'Grupa wsparcia dla rodziców „Razem łatwiej”',
      startsOn: '2026-10-06',
      endsOn: '2026-11-24',
      partners: 'Szkoła Podstawowa w Dąbrowie Białostockiej, Miejski Ośrodek Kultury',
      participants: 11,
      outcome: 'Osiem spotkań grupy; rodzice ustalili, że będą spotykać się dalej samodzielnie raz w miesiącu.',
      createdBy: author,
    },
    {
      implementationId,
      gminaId: null,
      kind: 'promotion',
      title: 'Artykuł o Modelu Kooperacji w „Gazecie Sokólskiej” i na stronach gmin',
      startsOn: '2026-10-15',
      participants: 0,
      partners: 'Starostwo Powiatowe w Sokółce',
      outcome: 'Informacja dla mieszkańców, gdzie zgłosić potrzebę wsparcia rodziny.',
      createdBy: pcpr.id,
    },
    {
      implementationId,
      gminaId: dabrowa?.id ?? null,
      kind: 'authorities_presentation',
      title: 'Prezentacja pracy PZK na posiedzeniu Komisji Spraw Społecznych Rady Miejskiej w Dąbrowie Białostockiej',
      startsOn: '2026-11-18',
      participants: 9,
      partners: 'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej',
      outcome: 'Komisja zarekomendowała ujęcie działań PZK w gminnej strategii rozwiązywania problemów społecznych.',
      createdBy: author,
    },
  ]);
  await tx.insert(evaluationAnswers).values({
    implementationId,
    answers: {
      '1': 'Częściowo: rodzina R/2026/0003 osiągnęła zakładane cele, praca z rodziną R/2026/0001 trwa zgodnie z programem pomocy.',
      '6': 'Comiesięczne spotkania PZK z udziałem policji i urzędu pracy — sprawy rodzin omawiamy wspólnie, bez pism.',
    },
    recommendations: '',
    updatedBy: pcpr.id,
  });
}
