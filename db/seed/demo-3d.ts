import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  caseConsents,
  caseCounters,
  caseMembers,
  caseQualifications,
  caseReferrals,
  cases,
  caseTeam,
  coachingSessions,
  documents,
  gminas,
  implementations,
  institutions,
  ipps,
  notificationGminas,
  notificationPeople,
  notifications,
  powiats,
  pzkMeetings,
  pzkMembers,
  pzks,
  scheduleChecks,
  scheduleItems,
  services,
  staffProfiles,
  users,
  zzkDecisions,
  zzkMeetings,
  type DocumentRow,
  type IppGoal,
} from '../schema';
import { clock } from '../../lib/clock';
import type { DocumentContent } from '../../lib/documents/compose';
import { emptyParty, institutionAddress } from '../../lib/documents/prefill';
import { addRevision, insertDocument, recordSigning, type Who } from '../../lib/documents/store';
import { syncIppTasks } from '../../lib/cases/ipp-task-rows';
import { coverRegionalTrack, createTrack, satisfyEvidence } from '../../lib/implementations/instantiate';
import { nextNotificationNumber } from '../../lib/implementations/notification-counter';
import { refreshTrackSummary } from '../../lib/implementations/summary';
import { latestVersionId, loadCatalogue } from '../../lib/model/catalogue-load';
import { addDays, addMonths } from '../../lib/model/dates';
import { agendaPointsOf } from '../../lib/pzk/meeting-kinds';
import { serviceSearchText } from '../../lib/services/normalize';
import type { DemoInstitution, DemoUser } from './demo';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/*
 * Kooperacje 3D in the demo (issue 17): Białystok (a city with powiat rights: powiat 2061, gmina
 * 2061011) runs the urban variant, led by its Miejski Ośrodek Pomocy Rodzinie and its network
 * worker (siec@). Started about five months ago: the PZK formed at two initiating meetings and a
 * formalising one, the PZK agreement signed, five service cards in the Lokalny Koszyk Usług, one
 * family's ZZK (key worker mopr@) with three meetings, decisions, coaching and supervision. Suwałki
 * (2063011) has decided to join but has not notified ROPS yet (the e2e journey notifies).
 * Dates follow the clock (the story is "x months ago"), so the 3D demo stays current.
 */

export const DEMO_3D_INSTITUTIONS: DemoInstitution[] = [
  { key: 'mopr-bialystok', name: 'Miejski Ośrodek Pomocy Rodzinie w Białymstoku', type: 'ops', area: { gmina: '2061011' }, street: 'ul. Malmeda 1', postalCode: '15-440', city: 'Białystok' },
  { key: 'sp-bialystok', name: 'Szkoła Podstawowa nr 26 w Białymstoku', type: 'school', area: { gmina: '2061011' }, street: 'ul. Kazimierza Pułaskiego 25', postalCode: '15-337', city: 'Białystok' },
  { key: 'kp-bialystok', name: 'Komisariat Policji II w Białymstoku', type: 'police', area: { gmina: '2061011' }, street: 'ul. Józefa Bema 4', postalCode: '15-369', city: 'Białystok' },
  { key: 'ppp-bialystok', name: 'Poradnia Psychologiczno-Pedagogiczna nr 2 w Białymstoku', type: 'other', area: { gmina: '2061011' }, street: 'ul. Adama Mickiewicza 29', postalCode: '15-213', city: 'Białystok' },
  { key: 'ngo-bialystok', name: 'Fundacja „Dom Rodzinny” w Białymstoku', type: 'ngo', area: { gmina: '2061011' }, street: 'ul. Lipowa 10', postalCode: '15-424', city: 'Białystok' },
  { key: 'pup-bialystok', name: 'Powiatowy Urząd Pracy w Białymstoku', type: 'labour_office', area: { powiat: '2061' }, street: 'ul. Pogodna 22', postalCode: '15-354', city: 'Białystok' },
  { key: 'mops-suwalki', name: 'Miejski Ośrodek Pomocy Społecznej w Suwałkach', type: 'ops', area: { gmina: '2063011' }, street: 'ul. Kazimierza Pułaskiego 26', postalCode: '16-400', city: 'Suwałki' },
];

export const DEMO_3D_USERS: DemoUser[] = [
  { email: 'siec@kooperacja.test', name: 'Agnieszka Kalinowska', jobTitle: 'Pracownik ds. sieci', institution: 'mopr-bialystok', roles: [{ role: 'network_worker', area: { gmina: '2061011' } }] },
  { email: 'mopr@kooperacja.test', name: 'Piotr Sawicki', jobTitle: 'Starszy pracownik socjalny', institution: 'mopr-bialystok', roles: [{ role: 'social_worker', area: { gmina: '2061011' } }] },
  { email: 'siec.suwalki@kooperacja.test', name: 'Marta Jaworska', jobTitle: 'Pracownik ds. sieci', institution: 'mops-suwalki', roles: [{ role: 'network_worker', area: { gmina: '2063011' } }] },
];

// A stand-in for a scanned signed document.
const SCAN = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length 58>>stream\nBT /F1 18 Tf 72 760 Td (Skan demonstracyjny - dane testowe) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00Z`);

/** Białystok's Kooperacje 3D (needs the demo users and institutions, and the rural demo's cases first: the case counter). */
export async function seedDemo3d(tx: Tx) {
  const today = clock.today();
  const start = addMonths(today, -5);
  const d = (n: number) => addDays(start, n);

  const person = async (email: string) => (await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)))[0];
  const inst = async (key: string) => {
    const name = DEMO_3D_INSTITUTIONS.find((i) => i.key === key)!.name;
    return (await tx.select().from(institutions).where(eq(institutions.name, name)))[0];
  };
  const [siec, mopr, rops] = await Promise.all([person('siec@kooperacja.test'), person('mopr@kooperacja.test'), person('rops.doradca@kooperacja.test')]);
  const [ops, school, police, ppp, ngo, pup] = await Promise.all(['mopr-bialystok', 'sp-bialystok', 'kp-bialystok', 'ppp-bialystok', 'ngo-bialystok', 'pup-bialystok'].map(inst));
  const [powiat] = await tx.select().from(powiats).where(eq(powiats.teryt, '2061'));
  const [gmina] = await tx.select().from(gminas).where(eq(gminas.teryt, '2061011'));
  const nw: Who = { userId: siec.id, name: siec.name };
  const who = { userId: rops.id, name: rops.name };

  // The notification (urban_3d) by the network worker, accepted by the ROPS adviser.
  const [n] = await tx
    .insert(notifications)
    .values({
      number: await nextNotificationNumber(tx, Number(start.slice(0, 4))),
      voivodeshipId: powiat.voivodeshipId,
      powiatId: powiat.id,
      variant: 'urban_3d',
      plannedStart: start,
      status: 'accepted',
      submittedBy: siec.id,
      submittedAt: at(d(-14)),
      decidedBy: rops.id,
      decidedByRole: 'rops_adviser',
      decidedAt: at(d(-7)),
      targetGroup: 'Rodziny z dziećmi w kryzysie i osoby starsze zagrożone umieszczeniem w DPS',
    })
    .returning({ id: notifications.id, number: notifications.number });
  await tx.insert(notificationGminas).values({ notificationId: n.id, gminaId: gmina.id });
  await tx.insert(notificationPeople).values([
    { notificationId: n.id, function: 'network_worker', name: siec.name, gminaId: gmina.id },
    { notificationId: n.id, function: 'councillor_gmina', name: 'Katarzyna Siemieniuk', gminaId: gmina.id },
  ]);

  // The implementation and its gmina track: createTrack marks step 3 "nie dotyczy — miasto na prawach powiatu" and forms the PZK.
  const versionId = (await latestVersionId(tx, 'urban_3d'))!;
  const catalogue = (await loadCatalogue(tx, versionId))!;
  const [impl] = await tx.insert(implementations).values({ notificationId: n.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, catalogueVersionId: versionId, startDate: start }).returning({ id: implementations.id });
  const { trackId } = await createTrack(tx, catalogue, start, { implementationId: impl.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, gminaId: gmina.id }, 'local', who);
  await satisfyEvidence(tx, [trackId], catalogue, 'notification', d(-7), `Zgłoszenie do ROPS ${n.number} przyjęte.`, who);
  await coverRegionalTrack(tx, powiat.voivodeshipId, catalogue, who);

  // Stage II by hand: 2.1–2.4 done in the first month.
  const ids = (codes: string[]) => catalogue.substeps.filter((s) => codes.includes(s.code)).map((s) => s.id);
  const done = await tx
    .update(scheduleItems)
    .set({ status: 'done', actualStart: d(3), actualEnd: d(28), updatedBy: siec.id, updatedAt: at(d(28), '12:00') })
    .where(and(eq(scheduleItems.trackId, trackId), inArray(scheduleItems.substepId, ids(['2.1', '2.2', '2.3', '2.4'])), sql`${scheduleItems.status} <> 'done'`))
    .returning({ id: scheduleItems.id });
  if (done.length) await tx.update(scheduleChecks).set({ done: true, doneBy: siec.id, doneAt: at(d(28), '12:00') }).where(inArray(scheduleChecks.scheduleItemId, done.map((i) => i.id)));
  await refreshTrackSummary(tx, [trackId]);

  const [pzk] = await tx.select().from(pzks).where(and(eq(pzks.implementationId, impl.id), eq(pzks.gminaId, gmina.id)));

  // The PZK: the network worker, MOPR's social worker, the partners' people, a councillor.
  const members = await tx
    .insert(pzkMembers)
    .values([
      { pzkId: pzk.id, institutionId: ops.id, userId: siec.id, name: siec.name, function: 'Pracownik ds. sieci', teamRole: 'network_worker', email: 'a.kalinowska@mopr.bialystok.pl', phone: '85 678 11 20' },
      { pzkId: pzk.id, institutionId: ops.id, userId: mopr.id, name: mopr.name, function: 'Starszy pracownik socjalny', teamRole: 'social_worker_gops', email: 'p.sawicki@mopr.bialystok.pl', phone: '85 678 11 31' },
      { pzkId: pzk.id, institutionId: school.id, name: 'Dorota Mikulska', function: 'Pedagog szkolny', teamRole: 'invited', email: 'd.mikulska@sp26.bialystok.pl' },
      { pzkId: pzk.id, institutionId: police.id, name: 'asp. szt. Paweł Krajewski', function: 'Dzielnicowy', teamRole: 'invited', email: 'p.krajewski@bialystok.policja.gov.pl' },
      { pzkId: pzk.id, institutionId: ppp.id, name: 'Ewa Tomaszewska', function: 'Psycholog', teamRole: 'invited', email: 'e.tomaszewska@ppp2.bialystok.pl' },
      { pzkId: pzk.id, institutionId: ngo.id, name: 'Jan Olszewski', function: 'Prezes fundacji', teamRole: 'invited', email: 'j.olszewski@domrodzinny.org.pl' },
      { pzkId: pzk.id, institutionId: pup.id, name: 'Beata Romanowska', function: 'Doradca zawodowy', teamRole: 'invited', email: 'b.romanowska@pup.bialystok.pl' },
      { pzkId: pzk.id, institutionId: null, name: 'Katarzyna Siemieniuk', function: 'Radna Miasta Białegostoku', teamRole: 'councillor_gmina' },
    ])
    .returning({ id: pzkMembers.id, institutionId: pzkMembers.institutionId });
  const memberOf = (institutionId: number) => members.find((m) => m.institutionId === institutionId)!.id;

  // Forming the PZK: two initiating meetings (5.1, 5.2) and the formalising one, minutes published.
  const forming = [
    { kind: 'initiating' as const, on: d(35), minutes: 'Przedstawiono założenia Modelu i korzyści ze współpracy; omówiono kluczowych partnerów w mieście.' },
    { kind: 'initiating' as const, on: d(56), minutes: 'Partnerzy przedstawili swoje kompetencje i narzędzia; zebrano deklaracje przystąpienia i projekty kart usług.' },
    { kind: 'formalising' as const, on: d(77), minutes: 'Omówiono podpisane deklaracje, partnerzy przedstawili karty usług, wskazano koordynatorów u partnerów i rozpoczęto prace nad planem działań PZK.' },
  ];
  for (const m of forming) {
    await tx.insert(pzkMeetings).values({ pzkId: pzk.id, kind: m.kind, startsAt: at(m.on), durationMinutes: 150, place: 'MOPR w Białymstoku, ul. Malmeda 1, sala 12', agendaDone: agendaPointsOf(m.kind).map((a) => a.key), minutes: m.minutes, minutesPublishedAt: at(m.on, '16:00'), createdBy: siec.id });
  }
  // Each initiating meeting's published minutes complete the next of 5.1 and 5.2, as saveMinutes does.
  await satisfyEvidence(tx, [trackId], catalogue, null, forming[0].on, `Spotkanie inicjujące ${forming[0].on} — protokół opublikowany`, nw, { codes: ['5.1'] });
  await satisfyEvidence(tx, [trackId], catalogue, null, forming[1].on, `Spotkanie inicjujące ${forming[1].on} — protokół opublikowany`, nw, { codes: ['5.2'] });

  // The PZK agreement: MOPR and the partners, signed a week after the formalising meeting (5.3).
  const place = { voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: gmina.id, implementationId: impl.id, gminaIds: [gmina.id] };
  const doc = await insertDocument(tx, 'agreement_pzk', place, null, nw, Number(d(84).slice(0, 4)));
  const signatories: [typeof ops, string, string, string][] = [
    [ops, 'Agata Czarnecka', 'Dyrektor MOPR', 'Prowadzenie PZK przez pracownika ds. sieci\nTworzenie ZZK wokół rodzin i prowadzenie Lokalnego Koszyka Usług'],
    [school, 'Robert Karpiński', 'Dyrektor szkoły', 'Udział pedagoga w ZZK\nZajęcia pozalekcyjne dla dzieci z rodzin objętych wsparciem'],
    [police, 'podinsp. Adam Lewczuk', 'Komendant Komisariatu', 'Udział dzielnicowego w ZZK\nReagowanie w sytuacjach przemocy domowej'],
    [ppp, 'Monika Wasilewska', 'Dyrektor poradni', 'Diagnoza i konsultacje psychologiczne dla dzieci i rodziców'],
    [ngo, 'Jan Olszewski', 'Prezes fundacji', 'Grupa wsparcia dla rodziców i klub młodzieżowy'],
    [pup, 'Tomasz Zawadzki', 'Dyrektor PUP', 'Doradztwo zawodowe i oferty pracy dla członków rodzin'],
  ];
  const content: DocumentContent = {
    ...doc.content,
    place: 'Białymstoku',
    parties: signatories.map(([i, representativeName, representativeFunction, tasks]) => emptyParty(doc.content.parties[0]?.role ?? 'instytucja', { institutionId: i.id, name: i.name, address: institutionAddress(i), representativeName, representativeFunction, tasks })),
  };
  await tx.update(documents).set({ content, revision: 2, version: 2, status: 'ready' }).where(eq(documents.id, doc.id));
  await addRevision(tx, doc.id, 2, content, 'Zapisanie projektu', nw);
  const ready: DocumentRow = { ...doc, content, revision: 2, version: 2, status: 'ready' };
  await recordSigning(tx, ready, [gmina.id], content.parties.map(() => d(84)), { name: 'skan-porozumienia-pzk.pdf', data: SCAN }, nw);

  // The Lokalny Koszyk Usług: five service cards, each with its coordinator at the partner.
  const cards = [
    { provider: ops, name: 'Asystent rodziny', description: 'Wsparcie rodzin z dziećmi w prowadzeniu domu, opiece i wychowaniu, w domu rodziny.', targetGroups: ['rodziny'], areas: ['rodzinny'], coordinator: 'Piotr Sawicki, tel. 85 678 11 31', referral: 'Przez pracownika socjalnego MOPR.' },
    { provider: school, name: 'Zajęcia rozwijające dla dzieci', description: 'Zajęcia pozalekcyjne: matematyka, informatyka, sport — dwa razy w tygodniu.', targetGroups: ['dzieci_mlodziez'], areas: ['edukacyjny'], coordinator: 'Dorota Mikulska, pedagog szkolny', referral: 'Zgłoszenie rodzica u pedagoga.' },
    { provider: police, name: 'Dyżur dzielnicowego', description: 'Konsultacje w sprawach bezpieczeństwa i przemocy domowej, w komisariacie i w szkole.', targetGroups: ['rodziny', 'dorosli'], areas: ['prawny'], coordinator: 'asp. szt. Paweł Krajewski', referral: 'Bez skierowania.' },
    { provider: ppp, name: 'Konsultacje psychologiczne dla dzieci i rodziców', description: 'Diagnoza i konsultacje psychologa oraz pedagoga; terapia krótkoterminowa.', targetGroups: ['dzieci_mlodziez', 'rodziny'], areas: ['zdrowie', 'edukacyjny'], coordinator: 'Ewa Tomaszewska, psycholog', referral: 'Rejestracja telefoniczna.' },
    { provider: ngo, name: 'Grupa wsparcia dla rodziców', description: 'Spotkania grupy co dwa tygodnie z psychologiem fundacji; opieka nad dziećmi w czasie spotkań.', targetGroups: ['rodziny'], areas: ['rodzinny', 'spoleczno_integracyjny'], coordinator: 'Jan Olszewski, tel. 600 100 200', referral: 'Zgłoszenie w fundacji lub przez MOPR.' },
  ];
  await tx.insert(services).values(
    cards.map((c) => {
      const e = { providerName: c.provider.name, name: c.name, description: c.description, targetGroups: c.targetGroups, areas: c.areas, place: `${c.provider.street}, ${c.provider.postalCode} ${c.provider.city}`, contact: `${c.provider.name}, ${c.provider.street}`, cost: 'bezpłatnie' };
      return { ...e, scope: 'pzk' as const, status: 'published' as const, pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, providerInstitutionId: c.provider.id, coordinator: c.coordinator, referral: c.referral, lastReviewedOn: d(80), searchText: serviceSearchText(e) };
    }),
  );

  // One family's ZZK: key worker Piotr Sawicki (MOPR); the school, the counselling centre and the NGO on the team.
  const year = clock.year();
  const [counter] = await tx
    .insert(caseCounters)
    .values({ voivodeshipId: pzk.voivodeshipId, year, last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.voivodeshipId, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last });
  const [family] = await tx
    .insert(cases)
    .values({ pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, keyWorkerId: mopr.id, createdBy: siec.id, number: `R/${year}/${String(counter.last).padStart(4, '0')}`, kind: 'family', status: 'qualified', qualifiedOn: d(95) })
    .returning({ id: cases.id });
  const [mother, son] = await tx
    .insert(caseMembers)
    .values([
      { caseId: family.id, firstName: 'Joanna', lastName: 'Borowik', birthYear: 1986, relation: 'matka, klientka', position: 0, notes: 'Samotnie wychowuje syna; pracuje dorywczo.' },
      { caseId: family.id, firstName: 'Kacper', lastName: 'Borowik', birthYear: 2013, relation: 'syn', position: 1, notes: 'Uczeń klasy 7; trudności w nauce, wycofanie.' },
    ])
    .returning({ id: caseMembers.id });
  await tx.insert(caseConsents).values([
    { caseId: family.id, kind: 'cooperation', givenOn: d(88), form: 'written', givenBy: 'Joanna Borowik', recordedBy: mopr.id },
    { caseId: family.id, kind: 'data_sharing', givenOn: d(88), form: 'written', givenBy: 'Joanna Borowik', institutions: 'MOPR w Białymstoku, Szkoła Podstawowa nr 26, Poradnia Psychologiczno-Pedagogiczna nr 2, Fundacja „Dom Rodzinny”', recordedBy: mopr.id },
  ]);
  await tx.insert(caseReferrals).values({
    caseId: family.id,
    referringInstitutionId: school.id,
    referringInstitutionName: school.name,
    referrerName: 'Dorota Mikulska',
    referredOn: d(86),
    situation: 'Matka samotnie wychowująca 13-letniego syna; po utracie stałej pracy zadłużenie czynszowe. Syn opuszcza lekcje i wycofuje się z kontaktów.',
    reasons: 'Ryzyko eksmisji i niepowodzenia szkolnego syna; matka przeciążona.',
    expectations: 'Stabilna praca matki, spłata zadłużenia, regularna nauka i zajęcia dla syna.',
    expectedFrom: 'MOPR, szkoła, poradnia psychologiczno-pedagogiczna, PUP, fundacja',
    updatedBy: mopr.id,
  });
  await tx.insert(caseQualifications).values({ caseId: family.id, decision: 'qualified', decidedOn: d(95), opinions: [{ institutionId: ppp.id, institutionName: ppp.name, reason: 'Konsultacje psychologiczne syna możliwe od zaraz.' }], welfareVerifiedOn: d(90), pcprConsultedOn: d(92), criteria: ['help_not_working', 'cross_sector'], decidedBy: mopr.id });
  const goals: IppGoal[] = [
    { key: 'demo3d-g1', memberId: mother.id, area: 'prozawodowy', title: 'Stałe zatrudnienie matki', expectedEffect: 'Matka pracuje na umowę o pracę.', baseline: 2, target: 8, tasks: [{ key: 'demo3d-t1', serviceId: null, description: 'Spotkania z doradcą zawodowym PUP', institutionId: pup.id, institutionName: pup.name, person: 'Beata Romanowska', dueOn: d(130) }] },
    { key: 'demo3d-g2', memberId: son.id, area: 'edukacyjny', title: 'Regularna nauka syna', expectedEffect: 'Syn chodzi na lekcje i zajęcia rozwijające.', baseline: 3, target: 8, tasks: [{ key: 'demo3d-t2', serviceId: null, description: 'Zajęcia rozwijające w szkole dwa razy w tygodniu', institutionId: school.id, institutionName: school.name, person: 'Dorota Mikulska', dueOn: d(140) }] },
  ];
  const [ipp] = await tx.insert(ipps).values({ caseId: family.id, sequence: 1, startsOn: d(100), endsOn: d(190), goals, pzkAttendance: 'through_key_worker', acceptedOn: d(101), updatedBy: mopr.id }).returning({ id: ipps.id });
  await syncIppTasks(tx, { id: ipp.id, caseId: family.id, goals });
  const team = [memberOf(school.id), memberOf(ppp.id), memberOf(ngo.id)];
  await tx.insert(caseTeam).values(team.map((pzkMemberId) => ({ caseId: family.id, pzkMemberId, userId: null })));

  // Three ZZK meetings (the first with the mother and son), their decisions: one done, one open.
  const zzk = await tx
    .insert(zzkMeetings)
    .values([
      { caseId: family.id, heldOn: d(98), familyPresent: true, presentMemberIds: team, otherParticipants: 'Piotr Sawicki (pracownik kluczowy)', summary: 'Rodzina przedstawiła swoje oczekiwania; ustalono cele programu pomocy.', recordedBy: mopr.id, createdAt: at(d(98), '15:00') },
      { caseId: family.id, heldOn: d(119), familyPresent: false, presentMemberIds: [team[0], team[1]], otherParticipants: 'Beata Romanowska (PUP)', summary: 'Omówiono postępy syna w szkole i ofertę pracy dla matki.', recordedBy: mopr.id, createdAt: at(d(119), '15:00') },
      { caseId: family.id, heldOn: d(140), familyPresent: false, presentMemberIds: team, otherParticipants: '', summary: 'Przegląd zadań; syn rozpoczął konsultacje w poradni.', recordedBy: mopr.id, createdAt: at(d(140), '15:00') },
    ])
    .returning({ id: zzkMeetings.id });
  await tx.insert(zzkDecisions).values([
    { meetingId: zzk[0].id, caseId: family.id, text: 'Umówić syna na konsultację w poradni psychologiczno-pedagogicznej.', ownerMemberId: memberOf(ppp.id), dueOn: d(112), status: 'done', doneAt: at(d(110), '12:00') },
    { meetingId: zzk[2].id, caseId: family.id, text: 'Przygotować z matką plan spłaty zadłużenia czynszowego.', ownerMemberId: memberOf(ngo.id), dueOn: addDays(today, 21), status: 'open' },
  ]);

  // Coaching and supervision of the people working in the ZZK: 14 h of coaching, 4 h of supervision.
  const where = { pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, createdBy: siec.id };
  await tx.insert(coachingSessions).values([
    { ...where, kind: 'coaching', heldOn: d(70), hours: 5, leader: 'Anna Zalewska, coach ICF', participants: 'Pracownicy socjalni MOPR, pracownik ds. sieci', participantCount: 8, topic: 'Rola pracownika ds. sieci i praca w ZZK' },
    { ...where, kind: 'coaching', heldOn: d(105), hours: 5, leader: 'Anna Zalewska, coach ICF', participants: 'Pracownicy socjalni MOPR, pedagog szkolny, psycholog poradni', participantCount: 7, topic: 'Rozmowa motywująca z rodziną' },
    { ...where, kind: 'coaching', heldOn: d(126), hours: 4, leader: 'Anna Zalewska, coach ICF', participants: 'Członkowie ZZK', participantCount: 6, topic: 'Uzgadnianie zadań w zespole' },
    { ...where, kind: 'supervision', heldOn: d(133), hours: 4, leader: 'dr Krzysztof Jurczak, superwizor pracy socjalnej', participants: 'Pracownicy socjalni MOPR', participantCount: 6, topic: 'Praca z oporem i wypalenie' },
  ]);

  // Staff profiles of the network worker and the key worker.
  await tx.insert(staffProfiles).values([
    { userId: siec.id, qualifications: 'Magister pracy socjalnej; studia podyplomowe z organizacji pomocy społecznej.', specialisation: 'second', specialisationArea: 'Organizacja pomocy społecznej', developmentPath: 'Szkolenie z moderowania spotkań wielosektorowych; superwizja grupowa.' },
    { userId: mopr.id, qualifications: 'Licencjat z pracy socjalnej.', specialisation: 'first', specialisationArea: 'Praca socjalna z rodziną z dziećmi', developmentPath: 'Specjalizacja II stopnia; szkolenie z rozmowy motywującej.' },
  ]);
}
