import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import {
  caseConsents,
  caseCounters,
  caseDiagnoses,
  caseEvaluations,
  caseMembers,
  caseMonitoring,
  caseQualifications,
  caseReferrals,
  cases,
  caseSessions,
  caseTeam,
  institutions,
  ipps,
  users,
  pzkMembers,
  type IppGoal,
  type pzks,
} from '../schema';
import { syncIppTasks, tasksFromMonitoring } from '../../lib/cases/ipp-task-rows';
import { DEMO_CASE } from './demo-numbers';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Pzk = typeof pzks.$inferSelect;

/*
 * Work with families in the Dąbrowa Białostocka PZK, key worker Tomasz Lewandowski (OPS):
 *  R/2026/0001 — the case study of the Kooperacje 3D good-practice book (mother and son at risk of
 *                DPS, grandfather caring): qualified, diagnosis with its SWOT, IPP 1, two monthly
 *                monitoring meetings;
 *  R/2026/0002 — a referral waiting for the PZK's qualification;
 *  R/2026/0003 — a family that reached its goals: evaluated, in after-care (the congratulation letter);
 *  R/2026/0004 — a person who withdrew her consent: the case closed on 12.11.2026, its retention
 *                (B10) running — what the ROPS administrator's retention overview and the register of
 *                data-subject requests are tried on.
 * Fictional people; no real PESEL.
 */
export async function seedDemoCases(tx: Tx, pzk: Pzk) {
  const [worker] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, 'gops.dabrowa@kooperacja.test'));
  const inst = async (name: string) => (await tx.select({ id: institutions.id, name: institutions.name }).from(institutions).where(eq(institutions.name, name)))[0];
  const ops = await inst('Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej');
  const pcpr = await inst('Powiatowe Centrum Pomocy Rodzinie w Sokółce');
  const school = await inst('Szkoła Podstawowa nr 1 w Dąbrowie Białostockiej');
  const place = { pzkId: pzk.id, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, keyWorkerId: worker.id, createdBy: worker.id };
  await tx.insert(caseCounters).values({ voivodeshipId: pzk.voivodeshipId, year: 2026, last: 4 });

  // R/2026/0001 — the case study.
  const [one] = await tx.insert(cases).values({ ...place, number: DEMO_CASE.study, kind: 'family', status: 'qualified', qualifiedOn: '2026-10-01' }).returning({ id: cases.id });
  const [mother, son, grandfather] = await tx
    .insert(caseMembers)
    .values([
      { caseId: one.id, firstName: 'Halina', lastName: 'Zięba', birthYear: 1972, relation: 'matka, klientka', position: 0, notes: 'Leczona psychiatrycznie, niezdolna do pracy; renta socjalna.' },
      { caseId: one.id, firstName: 'Łukasz', lastName: 'Zięba', birthYear: 1998, relation: 'syn', position: 1, notes: 'Znaczny stopień niepełnosprawności; zainteresowany zajęciami komputerowymi.' },
      { caseId: one.id, firstName: 'Józef', lastName: 'Ślusarczyk', birthYear: 1952, relation: 'dziadek, ojciec klientki', position: 2, notes: 'Od lat sprawuje bezpośrednią opiekę.' },
    ])
    .returning({ id: caseMembers.id });
  await tx.insert(caseConsents).values([
    { caseId: one.id, kind: 'cooperation', givenOn: '2026-09-24', form: 'written', givenBy: 'Halina Zięba, Łukasz Zięba, Józef Ślusarczyk', recordedBy: worker.id },
    { caseId: one.id, kind: 'data_sharing', givenOn: '2026-09-24', form: 'written', givenBy: 'Halina Zięba, Łukasz Zięba', institutions: 'OPS w Dąbrowie Białostockiej, PCPR w Sokółce, Szkoła Podstawowa nr 1 w Dąbrowie Białostockiej, WTZ, ŚDS, Stowarzyszenie na rzecz osób z niepełnosprawnościami', recordedBy: worker.id },
  ]);
  await tx.insert(caseReferrals).values({
    caseId: one.id,
    referringInstitutionId: ops.id,
    referringInstitutionName: ops.name,
    referrerName: 'Tomasz Lewandowski',
    referredOn: '2026-09-20',
    situation: 'Wielopokoleniowa rodzina: kobieta (54 l.), dorosły syn (28 l.) i ojciec kobiety (74 l.), 2-pokojowe mieszkanie w bloku. Matka i syn leczeni psychiatrycznie, po ostatniej hospitalizacji zakwalifikowani przez lekarzy do DPS — nie zgadzają się.',
    reasons: 'Ryzyko umieszczenia matki i syna w DPS bez ich zgody; dziadek przeciążony opieką; nieufność wobec instytucji.',
    expectations: 'Zabezpieczenie opieki w środowisku domowym, aktywizacja matki (ŚDS) i syna (WTZ), odciążenie dziadka.',
    expectedFrom: 'OPS, PCPR, WTZ, ŚDS, stowarzyszenie osób z niepełnosprawnościami',
    updatedBy: worker.id,
  });
  await tx.insert(caseQualifications).values({
    caseId: one.id,
    decision: 'qualified',
    decidedOn: '2026-10-01',
    opinions: [{ institutionId: pcpr.id, institutionName: pcpr.name, reason: 'Możliwe pilne ponowne orzeczenie syna i dofinansowania PFRON — realna szansa na utrzymanie rodziny w domu.' }],
    welfareVerifiedOn: '2026-09-25',
    pcprConsultedOn: '2026-09-28',
    criteria: ['help_not_working', 'cross_sector'],
    decidedBy: worker.id,
  });
  await tx.insert(caseDiagnoses).values({
    caseId: one.id,
    diagnosedOn: '2026-10-02',
    causes: 'Przewlekła choroba psychiczna matki i syna, nawroty po odstawieniu leków; niskie dochody; izolacja społeczna.',
    strengths: 'Silna więź rodzinna, uregulowana sytuacja mieszkaniowa, brak zadłużeń.',
    weaknesses: 'Nieufność wobec specjalistów, niska samoocena, lęk przed nowymi sytuacjami.',
    resources: 'Wsparcie ojca i siostry klientki; oferta WTZ, ŚDS i organizacji pozarządowej w gminie.',
    deficits: 'Brak wskazania do WTZ w orzeczeniu syna; brak środków na remont mieszkania.',
    familyExpectations: 'Pozostać razem w domu; „nigdzie nie idziemy”.',
    institutionExpectations: [
      { institutionName: 'PCPR w Sokółce', expectations: 'Regularne przyjmowanie leków, udział syna w WTZ.' },
      { institutionName: 'OPS w Dąbrowie Białostockiej', expectations: 'Współpraca z asystentem osoby niepełnosprawnej.' },
    ],
    swotStrengths: 'rodzina ma uregulowaną sytuację mieszkaniową\nwsparcie wspólnie zamieszkałego ojca klientki\nsilna więź emocjonalna\nregularne przyjmowanie leków\nsilna motywacja do pozostania w domu',
    swotWeaknesses: 'nieufność wobec pracownika socjalnego i specjalistów\nniskie dochody\nniska samoocena, brak wiary we własne siły\nlęk przed nowymi umiejętnościami i znajomościami',
    swotOpportunities: 'szybka reakcja siostry i ojca przy pogorszeniu zdrowia\nasystent osoby niepełnosprawnej\nbogata oferta WTZ, ŚDS i organizacji pozarządowej\nPZK z podpisanymi deklaracjami',
    swotThreats: 'pogorszenie stanu zdrowia i odmowa współpracy\nzaprzestanie przyjmowania leków\nbrak wskazania do WTZ w orzeczeniu syna\nzmiana stanowiska rodziny co do wsparcia',
    tools: ['wywiad', 'genogram', 'swot', 'psr'],
    updatedBy: worker.id,
  });
  const goals: IppGoal[] = [
    { key: 'demo-g1', memberId: mother.id, area: 'spoleczno_integracyjny', title: 'Udział matki w zajęciach ŚDS', expectedEffect: 'Matka uczestniczy w zajęciach ŚDS co najmniej 3 razy w tygodniu.', baseline: 2, target: 8, tasks: [{ key: 'demo-t1', serviceId: null, description: 'Wizyta adaptacyjna w ŚDS z asystentem', institutionId: ops.id, institutionName: ops.name, person: 'Tomasz Lewandowski', dueOn: '2026-10-31' }] },
    { key: 'demo-g2', memberId: mother.id, area: 'zdrowie', title: 'Systematyczne przyjmowanie leków', expectedEffect: 'Brak hospitalizacji; leki przyjmowane codziennie.', baseline: 5, target: 9, tasks: [] },
    { key: 'demo-g3', memberId: son.id, area: 'prozawodowy', title: 'Przygotowanie syna do zajęć WTZ', expectedEffect: 'Syn uzyskuje wskazanie do WTZ i rozpoczyna zajęcia.', baseline: 1, target: 8, tasks: [{ key: 'demo-t2', serviceId: null, description: 'Pilne ponowne orzeczenie o niepełnosprawności', institutionId: pcpr.id, institutionName: pcpr.name, person: 'Małgorzata Nowak', dueOn: '2026-11-30' }, { key: 'demo-t5', serviceId: null, description: 'Zajęcia komputerowe w pracowni szkolnej dwa razy w tygodniu', institutionId: school.id, institutionName: school.name, person: 'pedagog szkolny', dueOn: '2026-12-18' }] },
    { key: 'demo-g4', memberId: grandfather.id, area: 'rodzinny', title: 'Odciążenie dziadka w codziennej opiece', expectedEffect: 'Dziadek ma co najmniej 2 wolne popołudnia w tygodniu.', baseline: 2, target: 7, tasks: [{ key: 'demo-t3', serviceId: null, description: 'Asystent osoby niepełnosprawnej 10 h tygodniowo', institutionId: ops.id, institutionName: ops.name, person: 'Tomasz Lewandowski', dueOn: '2026-10-15' }] },
    // A goal of the whole household (cel rodzinny, memberId null): one goal, one series, counted once.
    { key: 'demo-g6', memberId: null, area: 'rodzinny', title: 'Wspólne planowanie tygodnia w rodzinie', expectedEffect: 'Rodzina raz w tygodniu wspólnie ustala plan opieki i zajęć.', baseline: 3, target: 7, tasks: [{ key: 'demo-t4', serviceId: null, description: 'Spotkania rodzinne z asystentem osoby niepełnosprawnej', institutionId: ops.id, institutionName: ops.name, person: 'Tomasz Lewandowski', dueOn: '2026-12-15' }] },
  ];
  const [ipp] = await tx
    .insert(ipps)
    .values({
      caseId: one.id,
      sequence: 1,
      startsOn: '2026-10-05',
      endsOn: '2027-01-04',
      goals,
      pzkAttendance: 'through_key_worker',
      acceptedOn: '2026-10-07',
      contract: {
        concludedOn: '2026-10-07',
        familyCommitments: 'Cała rodzina: wspólne planowanie tygodnia raz w tygodniu.\nHalina Zięba: udział w zajęciach ŚDS, codzienne przyjmowanie leków.\nŁukasz Zięba: przygotowanie do zajęć WTZ, wizyta na komisji orzekającej.\nJózef Ślusarczyk: współpraca z asystentem osoby niepełnosprawnej.',
        workerCommitments: 'Spotkanie z rodziną co najmniej raz w miesiącu, pomoc w sprawach urzędowych, kontakt z instytucjami zespołu.',
        institutionCommitments: 'OPS: asystent osoby niepełnosprawnej 10 h tygodniowo.\nPCPR: pilne ponowne orzeczenie syna.',
        consequences: 'Niedotrzymanie ustaleń omawiamy wspólnie na najbliższym spotkaniu i zmieniamy IPP.',
      },
      updatedBy: worker.id,
    })
    .returning({ id: ipps.id });
  await syncIppTasks(tx, { id: ipp.id, caseId: one.id, goals });
  // The case team (ZZK): the school works on the son's task (its people act on it through the platform).
  const [schoolMember] = await tx.select({ id: pzkMembers.id, userId: pzkMembers.userId }).from(pzkMembers).where(and(eq(pzkMembers.pzkId, pzk.id), eq(pzkMembers.institutionId, school.id)));
  await tx.insert(caseTeam).values({ caseId: one.id, pzkMemberId: schoolMember.id, userId: schoolMember.userId });
  const byName = { recordedBy: worker.id, recordedByName: worker.name };
  await tx.insert(caseMonitoring).values([
    { caseId: one.id, ippId: ipp.id, heldOn: '2026-10-28', scales: { 'demo-g1': 4, 'demo-g2': 6, 'demo-g3': 2, 'demo-g4': 4, 'demo-g6': 4 }, satisfaction: 6, taskStatuses: { 'demo-t1': 'done', 'demo-t2': 'in_progress', 'demo-t3': 'done', 'demo-t4': 'in_progress' }, notes: 'Matka po wizycie adaptacyjnej w ŚDS; asystent pracuje od 12.10.', ...byName },
    { caseId: one.id, ippId: ipp.id, heldOn: '2026-11-25', scales: { 'demo-g1': 6, 'demo-g2': 7, 'demo-g3': 5, 'demo-g4': 6, 'demo-g6': 6 }, satisfaction: 8, taskStatuses: { 'demo-t1': 'done', 'demo-t2': 'done', 'demo-t3': 'done', 'demo-t4': 'in_progress' }, notes: 'Syn uzyskał wskazanie do WTZ; rodzina zadowolona z asystenta.', ...byName },
  ]);
  // The tasks' current state follows the last monitoring meeting, as recordMonitoring makes it.
  await tasksFromMonitoring(tx, ipp.id, { 'demo-t1': 'done', 'demo-t2': 'done', 'demo-t3': 'done', 'demo-t4': 'in_progress' }, '2026-11-25', { userId: worker.id, name: worker.name });
  await tx.insert(caseSessions).values([
    { caseId: one.id, kind: 'workshop', heldOn: '2026-09-30', participants: 'Rodzina, OPS, PCPR, WTZ, ŚDS', notes: 'Warsztat diagnostyczny — analiza SWOT z rodziną.', recordedBy: worker.id },
    { caseId: one.id, kind: 'supervision', heldOn: '2026-11-18', participants: 'Superwizor ROPS, pracownik kluczowy', notes: 'Praca z oporem klientów.', recordedBy: worker.id },
  ]);

  // R/2026/0002 — waiting for qualification.
  const [two] = await tx.insert(cases).values({ ...place, number: DEMO_CASE.referral, kind: 'person' }).returning({ id: cases.id });
  await tx.insert(caseMembers).values({ caseId: two.id, firstName: 'Marianna', lastName: 'Kruk', birthYear: 1948, relation: 'osoba zgłoszona', notes: 'Mieszka sama, po udarze.' });
  await tx.insert(caseReferrals).values({
    caseId: two.id,
    referringInstitutionId: ops.id,
    referringInstitutionName: ops.name,
    referrerName: 'Katarzyna Żero',
    referredOn: '2026-11-20',
    situation: 'Starsza kobieta mieszkająca samotnie, po udarze, z ograniczoną sprawnością.',
    reasons: 'Brak opieki w środowisku; ryzyko umieszczenia w DPS.',
    expectations: 'Usługi opiekuńcze, teleopieka, wsparcie sąsiedzkie.',
    expectedFrom: 'OPS, Klub Seniora, parafia',
    updatedBy: worker.id,
  });

  // R/2026/0003 — goals reached, after-care.
  const [three] = await tx.insert(cases).values({ ...place, number: DEMO_CASE.afterCare, kind: 'family', status: 'after_care', qualifiedOn: '2026-09-08', endAnnouncedOn: '2026-10-20' }).returning({ id: cases.id });
  const [anna] = await tx.insert(caseMembers).values({ caseId: three.id, firstName: 'Anna', lastName: 'Sokołowska', birthYear: 1990, relation: 'matka', position: 0 }).returning({ id: caseMembers.id });
  await tx.insert(caseConsents).values({ caseId: three.id, kind: 'cooperation', givenOn: '2026-09-05', form: 'written', givenBy: 'Anna Sokołowska', recordedBy: worker.id });
  await tx.insert(caseReferrals).values({ caseId: three.id, referringInstitutionId: null, referringInstitutionName: 'Szkoła Podstawowa w Dąbrowie Białostockiej', referrerName: 'pedagog szkolny', referredOn: '2026-09-02', situation: 'Samotna matka dwojga dzieci, utrata pracy.', reasons: 'Zaległości czynszowe, absencja dzieci w szkole.', expectations: 'Powrót do pracy, regularna nauka dzieci.', expectedFrom: 'PUP, OPS, szkoła', updatedBy: worker.id });
  await tx.insert(caseQualifications).values({ caseId: three.id, decision: 'qualified', decidedOn: '2026-09-08', opinions: [{ institutionId: null, institutionName: 'Powiatowy Urząd Pracy w Sokółce', reason: 'Oferta pracy w pobliżu.' }], welfareVerifiedOn: '2026-09-06', pcprConsultedOn: '2026-09-07', criteria: ['chronic_crisis'], decidedBy: worker.id });
  const [ippThree] = await tx
    .insert(ipps)
    .values({ caseId: three.id, sequence: 1, startsOn: '2026-09-10', endsOn: '2026-11-09', goals: [{ key: 'demo-g5', memberId: anna.id, area: 'prozawodowy', title: 'Podjęcie pracy', expectedEffect: 'Zatrudnienie na umowę o pracę.', baseline: 1, target: 8, tasks: [] }], pzkAttendance: 'in_person', acceptedOn: '2026-09-12', updatedBy: worker.id })
    .returning({ id: ipps.id });
  await tx.insert(caseMonitoring).values([
    { caseId: three.id, ippId: ippThree.id, heldOn: '2026-10-08', scales: { 'demo-g5': 5 }, satisfaction: 7, taskStatuses: {}, notes: 'Rozmowa kwalifikacyjna.', ...byName },
    { caseId: three.id, ippId: ippThree.id, heldOn: '2026-11-05', scales: { 'demo-g5': 9 }, satisfaction: 9, taskStatuses: {}, notes: 'Podjęła pracę.', ...byName },
  ]);
  await tx.insert(caseEvaluations).values({
    caseId: three.id,
    evaluatedOn: '2026-11-09',
    results: { 'demo-g5': 9 },
    outcome: 'goals_reached',
    summary: 'Pani Anna podjęła stałą pracę; dzieci regularnie chodzą do szkoły.',
    afterCare: { contactUntil: '2027-05-09', visitEveryMonths: 2, firstAidKit: 'W razie kryzysu: telefon do pracownika kluczowego, następnie do Klubu Mam przy OPS.', familyExpertName: 'Halina Sołtys' },
    inviteAsFamilyExpert: true,
    evaluatedBy: worker.id,
  });

  // R/2026/0004 — consent withdrawn, closed.
  const [four] = await tx
    .insert(cases)
    .values({ ...place, number: DEMO_CASE.closed, kind: 'person', status: 'closed', closedOn: '2026-11-12', closedReason: 'Wycofanie zgody na współpracę.' })
    .returning({ id: cases.id });
  await tx.insert(caseMembers).values({ caseId: four.id, firstName: 'Krystyna', lastName: 'Wróbel', birthYear: 1961, relation: 'osoba samotna', position: 0 });
  await tx.insert(caseConsents).values({ caseId: four.id, kind: 'cooperation', givenOn: '2026-10-14', form: 'written', givenBy: 'Krystyna Wróbel', withdrawnOn: '2026-11-12', withdrawnNote: 'Wycofała zgodę na piśmie.', recordedBy: worker.id });
  await tx.insert(caseReferrals).values({ caseId: four.id, referringInstitutionId: ops.id, referringInstitutionName: ops.name, referrerName: 'Tomasz Lewandowski', referredOn: '2026-10-12', situation: 'Osoba samotna po śmierci męża, wycofana z kontaktów.', reasons: 'Izolacja, zaniedbywanie leczenia.', expectations: 'Odbudowa kontaktów, wsparcie w leczeniu.', expectedFrom: 'OPS, przychodnia, klub seniora', updatedBy: worker.id });
}
