import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { catalogueRecurringTasks, documents, occurrences, regionalEvaluations, trackEvents, tracks, users, wzkAttendance, wzkDecisions, wzkMeetings } from '../schema';
import { clock } from '../../lib/clock';
import { refreshTrackSummary } from '../../lib/implementations/summary';
import { warsawLocalToUtc } from '../../lib/pzk/meeting-schemas';
import { formatDate } from '../../lib/text';
import { membersFromAgreements, occurrenceForDay, WZK_TASK_CODE } from '../../lib/wzk/rules';
import { demoActor, demoMay } from './demo-actor';

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The WZK in the demo (issue 18 §1): a meeting about 2½ months ago with attendance of the regional
 * agreement's parties, two decisions and published minutes (so the quarter's "Spotkanie WZK" on the
 * regional track is done), one planned about two months ahead, and a draft regional evaluation of
 * this year written by the WZK member. Needs the signed regional agreement (seedDemoDocuments).
 */
export async function seedDemoWzk(tx: DbOrTx) {
  const rops = await demoActor(tx, 'rops.doradca@kooperacja.test');
  const voivodeshipId = rops.scope.voivodeshipId;
  demoMay(rops, 'wzk.manage', { voivodeshipId });
  const [wzk] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, 'wzk@kooperacja.test'));

  const agreements = await tx
    .select({ id: documents.id, number: documents.number, status: documents.status, voivodeshipId: documents.voivodeshipId, content: documents.content })
    .from(documents)
    .where(and(eq(documents.kind, 'agreement_regional'), eq(documents.voivodeshipId, voivodeshipId)));
  const members = membersFromAgreements(
    agreements.map((a) => ({ ...a, parties: a.content.parties })),
    voivodeshipId,
  );
  const today = clock.today();
  const pastDay = addDays(today, -75);
  const nextDay = addDays(today, 60);

  const [past] = await tx
    .insert(wzkMeetings)
    .values({
      voivodeshipId,
      startsAt: warsawLocalToUtc(`${pastDay}T10:00`)!,
      durationMinutes: 180,
      place: 'Regionalny Ośrodek Polityki Społecznej w Białymstoku, sala konferencyjna',
      agenda: '1. Postępy i trudności w pracach PZK w powiecie sokólskim.\n2. Dobre praktyki: mobilny punkt konsultacyjny w Dąbrowie Białostockiej.\n3. Plan wsparcia szkoleniowego na kolejny kwartał.',
      minutes:
        'WZK omówił postępy wdrożenia w Dąbrowie Białostockiej i Korycinie. Przedstawiciel Policji zgłosił potrzebę udziału dzielnicowych w spotkaniach PZK. Ustalono przygotowanie szkolenia dla dzielnicowych i zebranie dobrych praktyk do publikacji na Platformie.',
      minutesPublishedAt: warsawLocalToUtc(`${addDays(pastDay, 2)}T12:00`)!,
      createdBy: rops.userId,
      version: 3,
    })
    .returning({ id: wzkMeetings.id });
  const persons = ['Jolanta Sawicka', 'insp. Krzysztof Zieliński'];
  if (members.length)
    await tx.insert(wzkAttendance).values(members.map((m, i) => ({ meetingId: past.id, partyKey: m.key, partyName: m.name, personName: persons[i] ?? '', present: true })));
  const owner = (i: number) => members[i] ?? members[0];
  if (members.length)
    await tx.insert(wzkDecisions).values([
      { meetingId: past.id, text: 'Przygotować szkolenie dla dzielnicowych o pracy w PZK.', ownerPartyKey: owner(1).key, ownerName: owner(1).name, dueOn: addDays(today, 30) },
      { meetingId: past.id, text: 'Zebrać dobre praktyki z PZK powiatu sokólskiego do publikacji na Platformie.', ownerPartyKey: owner(0).key, ownerName: owner(0).name, dueOn: addDays(pastDay, 45), status: 'done', doneAt: warsawLocalToUtc(`${addDays(pastDay, 40)}T09:00`)! },
    ]);

  // Published minutes: the quarter's WZK meeting on the regional track is done.
  const windows = await tx
    .select({ id: occurrences.id, trackId: occurrences.trackId, periodStart: occurrences.periodStart, dueDate: occurrences.dueDate, status: occurrences.status })
    .from(occurrences)
    .innerJoin(tracks, eq(tracks.id, occurrences.trackId))
    .innerJoin(catalogueRecurringTasks, eq(catalogueRecurringTasks.id, occurrences.taskId))
    .where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, voivodeshipId), eq(catalogueRecurringTasks.code, WZK_TASK_CODE)))
    .orderBy(asc(occurrences.periodStart));
  const occ = occurrenceForDay(windows, pastDay);
  if (occ) {
    await tx.update(wzkMeetings).set({ occurrenceId: occ.id }).where(eq(wzkMeetings.id, past.id));
    if (occ.status !== 'done') {
      await tx.update(occurrences).set({ status: 'done', doneOn: pastDay }).where(inArray(occurrences.id, [occ.id]));
      await tx.insert(trackEvents).values({ trackId: occ.trackId, userId: rops.userId, userName: rops.name, text: `Opublikowano protokół ze spotkania WZK z ${formatDate(pastDay)}: spotkanie w harmonogramie odbyte.` });
      await refreshTrackSummary(tx, [occ.trackId]);
    }
  }

  await tx.insert(wzkMeetings).values({
    voivodeshipId,
    startsAt: warsawLocalToUtc(`${nextDay}T10:00`)!,
    durationMinutes: 120,
    place: 'Regionalny Ośrodek Polityki Społecznej w Białymstoku, sala konferencyjna',
    onlineUrl: 'https://spotkania.example.pl/wzk-podlaskie',
    agenda: '1. Realizacja ustaleń z poprzedniego spotkania.\n2. Przygotowanie ewaluacji regionalnej (trzeci poziom ewaluacji).',
    createdBy: rops.userId,
  });

  await tx.insert(regionalEvaluations).values({
    voivodeshipId,
    year: clock.year(),
    evaluation: 'Projekt: współpraca samorządu województwa z powiatem sokólskim i gminami przebiega zgodnie z porozumieniem; WZK spotyka się co kwartał.',
    recommendationsLocal: 'Włączyć dzielnicowych w comiesięczne spotkania PZK.',
    recommendationsRegional: 'Rozszerzyć ofertę Szkoły Kooperacji o szkolenia dla przedstawicieli Policji.',
    recommendationsLegal: '',
    recommendationsOzps: 'Uwzględnić w OZPS dostępność specjalistów w gminach wiejskich.',
    updatedBy: wzk?.id ?? null,
    updatedByName: wzk?.name ?? null,
    updatedAt: clock.now(),
  });
}
