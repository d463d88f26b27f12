import { and, eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password';
import type { Db } from '../client';
import { coverRegionalTrack, createTrack, satisfyEvidence } from '../../lib/implementations/instantiate';
import type { DocumentContent } from '../../lib/documents/compose';
import { emptyParty, institutionAddress } from '../../lib/documents/prefill';
import { addRevision, insertDocument, recordSigning, type Who } from '../../lib/documents/store';
import { serviceSearchText } from '../../lib/services/normalize';
import { seedDemoCases } from './demo-cases';
import { seedDemoEvaluation } from './demo-evaluation';
import { seedDemoSchool } from './demo-school';
import { seedDemoEvents } from './demo-events';
import { seedDemoCapacity } from './demo-capacity';
import { seedDemoDiagnosis } from './demo-diagnosis';
import { seedDemoWzk } from './demo-wzk';
import { seedDemoQuestionnaires } from './demo-questionnaires';
import { seedDemoCycle } from './demo-cycle';
import { seedDemoPractices } from './demo-practices';
import { DEMO_3D_INSTITUTIONS, DEMO_3D_USERS, seedDemo3d } from './demo-3d';
import { refreshTrackSummary } from '../../lib/implementations/summary';
import { nextNotificationNumber } from '../../lib/implementations/notification-counter';
import { clock } from '../../lib/clock';
import { latestVersionId, loadCatalogue } from '../../lib/model/catalogue-load';
import { summariseCatalogueEdit } from '../../lib/model/catalogue-edit';
import type { SubstepEdit } from '../../lib/model/schemas';
import {
  gminas,
  implementations,
  institutions,
  modelChangeProposals,
  notificationGminas,
  notificationPeople,
  notifications,
  powiats,
  roleAssignments,
  scheduleChecks,
  scheduleItems,
  users,
  tracks,
  voivodeships,
  documents,
  pzkInstitutionProfiles,
  pzkMembers,
  pzks,
  services,
  type DocumentRow,
  type InstitutionType,
  type Role,
} from '../schema';

export const DEMO_PASSWORD = 'Kooperacja2026!';

// Two powiaty of podlaskie (sokólski, białostocki) and one ROPS elsewhere, for cross-territory checks.
export type Area = { voiv: string } | { powiat: string } | { gmina: string };
export type DemoInstitution = { key: string; name: string; type: InstitutionType; area: Area; street: string; postalCode: string; city: string; nip?: string };
const INSTITUTIONS: DemoInstitution[] = [
  { key: 'rops', name: 'Regionalny Ośrodek Polityki Społecznej w Białymstoku', type: 'rops', area: { voiv: '20' }, street: 'ul. Wiejska 35', postalCode: '15-351', city: 'Białystok' },
  { key: 'kwp', name: 'Komenda Wojewódzka Policji w Białymstoku', type: 'police', area: { voiv: '20' }, street: 'ul. Sienkiewicza 65', postalCode: '15-003', city: 'Białystok' },
  { key: 'pcpr-sokolka', name: 'Powiatowe Centrum Pomocy Rodzinie w Sokółce', type: 'pcpr', area: { powiat: '2011' }, street: 'ul. Marszałka Józefa Piłsudskiego 8', postalCode: '16-100', city: 'Sokółka' },
  { key: 'kpp-sokolka', name: 'Komenda Powiatowa Policji w Sokółce', type: 'police', area: { powiat: '2011' }, street: 'ul. Marszałka Józefa Piłsudskiego 3', postalCode: '16-100', city: 'Sokółka' },
  { key: 'pup-sokolka', name: 'Powiatowy Urząd Pracy w Sokółce', type: 'labour_office', area: { powiat: '2011' }, street: 'ul. Kryniczna 6', postalCode: '16-100', city: 'Sokółka' },
  { key: 'kuratorzy-sokolka', name: 'Zespół Kuratorskiej Służby Sądowej przy Sądzie Rejonowym w Sokółce', type: 'probation', area: { powiat: '2011' }, street: 'ul. Kościuszki 1', postalCode: '16-100', city: 'Sokółka' },
  { key: 'gops-janow', name: 'Gminny Ośrodek Pomocy Społecznej w Janowie', type: 'ops', area: { gmina: '2011022' }, street: 'ul. Kościelna 2', postalCode: '16-130', city: 'Janów' },
  { key: 'sp-janow', name: 'Szkoła Podstawowa im. Jana Pawła II w Janowie', type: 'school', area: { gmina: '2011022' }, street: 'ul. Szkolna 14', postalCode: '16-130', city: 'Janów' },
  { key: 'oz-janow', name: 'Ośrodek Zdrowia w Janowie', type: 'health', area: { gmina: '2011022' }, street: 'ul. Sokólska 7', postalCode: '16-130', city: 'Janów' },
  { key: 'ngo-janow', name: 'Stowarzyszenie „Razem dla Rodziny” w Janowie', type: 'ngo', area: { gmina: '2011022' }, street: 'ul. Rynek 5', postalCode: '16-130', city: 'Janów' },
  { key: 'sp-dabrowa', name: 'Szkoła Podstawowa nr 1 w Dąbrowie Białostockiej', type: 'school', area: { gmina: '2011013' }, street: 'ul. Szkolna 3', postalCode: '16-200', city: 'Dąbrowa Białostocka' },
  { key: 'ops-dabrowa', name: 'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej', type: 'ops', area: { gmina: '2011013' }, street: 'ul. Łąkowa 2', postalCode: '16-200', city: 'Dąbrowa Białostocka' },
  { key: 'mgops-sokolka', name: 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Sokółce', type: 'ops', area: { gmina: '2011083' }, street: 'ul. Grodzieńska 7', postalCode: '16-100', city: 'Sokółka' },
  { key: 'sds-sokolka', name: 'Środowiskowy Dom Samopomocy w Sokółce', type: 'sds', area: { gmina: '2011083' }, street: 'ul. Ogrodowa 22', postalCode: '16-100', city: 'Sokółka' },
  { key: 'pcpr-bialystok', name: 'Powiatowe Centrum Pomocy Rodzinie w Białymstoku', type: 'pcpr', area: { powiat: '2002' }, street: 'ul. Borsucza 2', postalCode: '15-569', city: 'Białystok' },
  { key: 'gops-choroszcz', name: 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Choroszczy', type: 'ops', area: { gmina: '2002013' }, street: 'ul. Dominikańska 2', postalCode: '16-070', city: 'Choroszcz' },
  { key: 'rops-mazowsze', name: 'Mazowieckie Centrum Polityki Społecznej', type: 'rops', area: { voiv: '14' }, street: 'ul. Grzybowska 80/82', postalCode: '00-844', city: 'Warszawa' },
  // Kooperacje 3D: Białystok's MOPR and partners, Suwałki's MOPS (db/seed/demo-3d.ts).
  ...DEMO_3D_INSTITUTIONS,
];

// The national administrator works for no institution of the register and has no territory.
export type DemoUser = { email: string; name: string; jobTitle: string; institution?: string; status?: 'pending'; roles: { role: Role; area?: Area }[] };
export const DEMO_USERS: DemoUser[] = [
  { email: 'rops.admin@kooperacja.test', name: 'Anna Kowalska', jobTitle: 'Kierownik działu wdrożeń', institution: 'rops', roles: [{ role: 'rops_admin' }, { role: 'rops_adviser' }] },
  { email: 'rops.doradca@kooperacja.test', name: 'Marek Wiśniewski', jobTitle: 'Doradca ROPS ds. modelu', institution: 'rops', roles: [{ role: 'rops_adviser' }] },
  { email: 'wzk@kooperacja.test', name: 'Krzysztof Zieliński', jobTitle: 'Naczelnik Wydziału Prewencji', institution: 'kwp', roles: [{ role: 'wzk_member' }] },
  { email: 'pcpr@kooperacja.test', name: 'Małgorzata Nowak', jobTitle: 'Animator PCPR', institution: 'pcpr-sokolka', roles: [{ role: 'pcpr_animator', area: { powiat: '2011' } }] },
  { email: 'gops@kooperacja.test', name: 'Joanna Wójcik', jobTitle: 'Animator GOPS, pracownik socjalny', institution: 'gops-janow', roles: [{ role: 'gops_animator', area: { gmina: '2011022' } }] },
  { email: 'gops.dabrowa@kooperacja.test', name: 'Tomasz Lewandowski', jobTitle: 'Animator GOPS', institution: 'ops-dabrowa', roles: [{ role: 'gops_animator', area: { gmina: '2011013' } }] },
  { email: 'pracownik@kooperacja.test', name: 'Ewa Kamińska', jobTitle: 'Asystent rodziny', institution: 'gops-janow', roles: [{ role: 'social_worker', area: { gmina: '2011022' } }] },
  // A member of Dąbrowa Białostocka's PZK: the police station signed its PZK agreement.
  { email: 'pzk@kooperacja.test', name: 'Łukasz Bielski', jobTitle: 'Dzielnicowy', institution: 'kpp-sokolka', roles: [{ role: 'pzk_member' }] },
  { email: 'radny@kooperacja.test', name: 'Stanisław Szymański', jobTitle: 'Radny Gminy Janów', institution: 'gops-janow', roles: [{ role: 'councillor', area: { gmina: '2011022' } }] },
  { email: 'ekspert@kooperacja.test', name: 'Barbara Woźniak', jobTitle: 'Lider-ekspert', institution: 'ngo-janow', roles: [{ role: 'family_expert', area: { gmina: '2011022' } }] },
  { email: 'mazowsze.admin@kooperacja.test', name: 'Katarzyna Mazur', jobTitle: 'Administrator platformy', institution: 'rops-mazowsze', roles: [{ role: 'rops_admin' }] },
  { email: 'krajowy.admin@kooperacja.test', name: 'Jolanta Pawłowska', jobTitle: 'Administrator krajowy modelu', roles: [{ role: 'national_admin' }] },
  { email: 'oczekujacy@kooperacja.test', name: 'Grzegorz Krawczyk', jobTitle: 'Dzielnicowy', institution: 'kpp-sokolka', status: 'pending', roles: [{ role: 'pzk_member' }] },
  // Kooperacje 3D: Białystok's network worker and MOPR social worker, Suwałki's network worker.
  ...DEMO_3D_USERS,
];

export async function seedDemo(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const codes = INSTITUTIONS.map((i) => ('gmina' in i.area ? i.area.gmina : 'powiat' in i.area ? i.area.powiat : i.area.voiv));
    const [vs, ps, gs] = await Promise.all([
      tx.select().from(voivodeships).where(inArray(voivodeships.teryt, codes)),
      tx.select().from(powiats).where(inArray(powiats.teryt, codes)),
      tx.select().from(gminas).where(inArray(gminas.teryt, codes)),
    ]);
    const territory = (area: Area) => {
      if ('gmina' in area) {
        const g = gs.find((x) => x.teryt === area.gmina)!;
        return { voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.id };
      }
      if ('powiat' in area) {
        const p = ps.find((x) => x.teryt === area.powiat)!;
        return { voivodeshipId: p.voivodeshipId, powiatId: p.id, gminaId: null };
      }
      return { voivodeshipId: vs.find((x) => x.teryt === area.voiv)!.id, powiatId: null, gminaId: null };
    };
    const ids = new Map<string, { id: number; voivodeshipId: number; powiatId: number | null; gminaId: number | null }>();
    for (const { key, area, nip, ...rest } of INSTITUTIONS) {
      const t = territory(area);
      const [row] = await tx.insert(institutions).values({ ...rest, ...t, nip: nip ?? null }).returning({ id: institutions.id });
      ids.set(key, { id: row.id, ...t });
    }
    for (const u of DEMO_USERS) {
      const inst = u.institution ? ids.get(u.institution)! : null;
      const [user] = await tx
        .insert(users)
        .values({ email: u.email, name: u.name, jobTitle: u.jobTitle, passwordHash, institutionId: inst?.id ?? null, status: u.status ?? 'active', decidedAt: u.status ? null : new Date() })
        .returning({ id: users.id });
      for (const r of u.roles) {
        const scope = !inst
          ? { voivodeshipId: null, powiatId: null, gminaId: null, institutionId: null }
          : r.role === 'pzk_member'
            ? { voivodeshipId: inst.voivodeshipId, powiatId: inst.powiatId, gminaId: inst.gminaId, institutionId: inst.id }
            : r.area
              ? { ...territory(r.area), institutionId: null }
              : { voivodeshipId: inst.voivodeshipId, powiatId: null, gminaId: null, institutionId: null };
        await tx.insert(roleAssignments).values({ userId: user.id, role: r.role, ...scope });
      }
    }
    await seedDemoImplementations(tx);
    await seedDemo3d(tx);
    await seedDemoSchool(tx);
    await seedDemoCapacity(tx);
    await seedDemoDiagnosis(tx);
    await seedDemoWzk(tx);
    await seedDemoQuestionnaires(tx);
    await seedDemoCycle(tx);
    await seedDemoEvents(tx);
    await seedDemoPractices(tx, ids.get('rops')!.voivodeshipId);
    await seedDemoProposal(tx, ids.get('rops')!.voivodeshipId);
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * A change to the rural model proposed by the podlaskie ROPS administrator (sub-step 6.3 a month
 * longer, one more checklist point), waiting for the national administrator.
 */
async function seedDemoProposal(tx: Tx, voivodeshipId: number) {
  const [admin] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'rops.admin@kooperacja.test'));
  const versionId = (await latestVersionId(tx, 'rural'))!;
  const base = (await loadCatalogue(tx, versionId))!;
  const s = base.substeps.find((x) => x.code === '6.3')!;
  const edit: SubstepEdit = {
    versionId,
    code: s.code,
    name: s.name,
    description: s.description,
    startMonth: s.startMonth,
    durationMonths: s.durationMonths + 1,
    checklist: [...s.checklist.map((c) => c.text), 'Uzgodnienie listy z gminną radą seniorów i młodzieżową radą gminy'],
    note: 'W gminach wiejskich uzgodnienie listy z radami seniorów i młodzieży wymaga dodatkowego miesiąca.',
  };
  const { summary } = summariseCatalogueEdit(base, { kind: 'substep', edit });
  await tx.insert(modelChangeProposals).values({ kind: 'substep', payload: edit, summary, voivodeshipId, proposedBy: admin.id });
}

/**
 * Powiat sokólski: Dąbrowa Białostocka and Korycin started on 01.09.2026 and are part-way
 * through stage II; Krynki, Kuźnica and Sidra started on 02.11.2026 and have no agreement yet;
 * Suchowola's notification waits for ROPS. Janów is left free for the reader to go through the
 * notification → acceptance flow themselves.
 */
async function seedDemoImplementations(tx: Tx) {
  const [pcpr] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, 'pcpr@kooperacja.test'));
  const [rops] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, 'rops.doradca@kooperacja.test'));
  const [powiat] = await tx.select().from(powiats).where(eq(powiats.teryt, '2011'));
  const byCode = async (teryt: string) => (await tx.select().from(gminas).where(eq(gminas.teryt, teryt)))[0];
  const notify = async (gminaCodes: string[], status: 'accepted' | 'submitted', plannedStart: string) => {
    const gs = await Promise.all(gminaCodes.map(byCode));
    const [n] = await tx
      .insert(notifications)
      .values({ number: await nextNotificationNumber(tx, clock.year()), voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, variant: 'rural', plannedStart, status, submittedBy: pcpr.id, decidedBy: status === 'accepted' ? rops.id : null, decidedByRole: status === 'accepted' ? 'rops_adviser' : null, decidedAt: status === 'accepted' ? new Date(`${plannedStart}T10:00:00Z`) : null, targetGroup: 'Rodziny z dziećmi w kryzysie' })
      .returning({ id: notifications.id, number: notifications.number });
    await tx.insert(notificationGminas).values(gs.map((g) => ({ notificationId: n.id, gminaId: g.id })));
    await tx.insert(notificationPeople).values([
      { notificationId: n.id, function: 'animator_pcpr' as const, name: 'Małgorzata Nowak' },
      { notificationId: n.id, function: 'councillor_powiat' as const, name: 'Henryk Sadowski' },
      ...gs.flatMap((g, i) => [
        { notificationId: n.id, function: 'animator_gops' as const, name: ['Tomasz Lewandowski', 'Agnieszka Zawadzka', 'Paweł Jankowski'][i] ?? 'Animator GOPS', gminaId: g.id },
        { notificationId: n.id, function: 'councillor_gmina' as const, name: ['Teresa Wróbel', 'Marian Borowski', 'Irena Krajewska'][i] ?? 'Radny gminy', gminaId: g.id },
      ]),
    ]);
    return { id: n.id, number: n.number, gminas: gs };
  };

  const versionId = (await latestVersionId(tx, 'rural'))!;
  const catalogue = (await loadCatalogue(tx, versionId))!;
  const who = { userId: rops.id, name: rops.name };
  const implement = async (codes: string[], start: string, acceptedOn: string) => {
    const n = await notify(codes, 'accepted', start);
    const [impl] = await tx.insert(implementations).values({ notificationId: n.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, catalogueVersionId: versionId, startDate: start }).returning({ id: implementations.id });
    const trackIds: number[] = [];
    for (const g of n.gminas) {
      trackIds.push((await createTrack(tx, catalogue, start, { implementationId: impl.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, gminaId: g.id }, 'local', who)).trackId);
    }
    await satisfyEvidence(tx, trackIds, catalogue, 'notification', acceptedOn, `Zgłoszenie do ROPS ${n.number} przyjęte.`, who);
    return { n, impl, trackIds };
  };
  const { n, impl, trackIds } = await implement(['2011013', '2011032'], '2026-09-01', '2026-09-10');
  await coverRegionalTrack(tx, powiat.voivodeshipId, catalogue, who);

  // Progress by hand: both gminas finished 2.1–2.3; Dąbrowa is further, with step 3 under way.
  // Steps with evidence are done by the events themselves: step 4 by closing the basic training
  // (seedDemoSchool), steps 3 and 5.2 by signing the agreements (seedDemoDocuments).
  const ids = (codes: string[]) => catalogue.substeps.filter((s) => codes.includes(s.code)).map((s) => s.id);
  const mark = async (trackId: number, codes: string[], status: 'done' | 'in_progress', on: string) => {
    const items = await tx
      .update(scheduleItems)
      .set({ status, actualStart: on, actualEnd: status === 'done' ? on : null, updatedBy: pcpr.id, updatedAt: new Date(`${on}T12:00:00Z`) })
      .where(and(eq(scheduleItems.trackId, trackId), inArray(scheduleItems.substepId, ids(codes))))
      .returning({ id: scheduleItems.id });
    if (status === 'done' && items.length) {
      await tx.update(scheduleChecks).set({ done: true, doneBy: pcpr.id, doneAt: new Date(`${on}T12:00:00Z`) }).where(inArray(scheduleChecks.scheduleItemId, items.map((i) => i.id)));
    }
  };
  await mark(trackIds[0], ['2.1', '2.2', '2.3'], 'done', '2026-09-25');
  await mark(trackIds[0], ['3'], 'in_progress', '2026-10-15');
  await mark(trackIds[1], ['2.1', '2.2'], 'done', '2026-10-05');
  await mark(trackIds[1], ['2.3'], 'in_progress', '2026-10-20');

  await refreshTrackSummary(tx, trackIds);
  // Krynki, Kuźnica and Sidra started later: their powiat–gmina agreement is still to be made.
  await implement(['2011043', '2011052', '2011072'], '2026-11-02', '2026-11-02');
  await coverRegionalTrack(tx, powiat.voivodeshipId, catalogue, who);
  await notify(['2011093'], 'submitted', '2027-01-04');
  await seedDemoDocuments(tx, impl.id, n.gminas[0].id, { pcpr: { userId: pcpr.id, name: pcpr.name }, rops: who });
  await seedDemoEvaluation(tx, impl.id);
}

// A stand-in for a scanned signed document: a one-page PDF saying what it is.
const DEMO_SCAN = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length 58>>stream\nBT /F1 18 Tf 72 760 Td (Skan demonstracyjny - dane testowe) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * One document of every kind, at different points of their life: the regional agreement (WZK) and
 * the powiat–gmina agreement are signed (steps 1.2 and 3 done); Dąbrowa Białostocka's PZK agreement
 * is signed too (5.2), a later institution's declaration awaits signatures, the family expert's
 * statement and an annex to the powiat–gmina agreement are drafts.
 */
async function seedDemoDocuments(tx: Tx, implementationId: number, dabrowaId: number, who: { pcpr: Who; rops: Who }) {
  const [pw] = await tx.select().from(powiats).where(eq(powiats.teryt, '2011'));
  const inst = async (name: string) => (await tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.name, name)))[0].id;
  const gminaIds = (await tx.select({ gminaId: tracks.gminaId }).from(tracks).where(eq(tracks.implementationId, implementationId))).map((t) => t.gminaId!);
  const fill = async (doc: DocumentRow, patch: (c: DocumentContent) => DocumentContent, who: Who, status: 'draft' | 'ready' | { signedOn: string }) => {
    const content = patch(doc.content);
    await tx.update(documents).set({ content, revision: 2, version: 2, status: status === 'draft' ? 'draft' : 'ready' }).where(eq(documents.id, doc.id));
    await addRevision(tx, doc.id, 2, content, 'Zapisanie projektu', who);
    const row = { ...doc, content, revision: 2, version: 2, status: 'ready' as const };
    if (typeof status === 'object') {
      await recordSigning(tx, row, doc.gminaId ? [doc.gminaId] : gminaIds, content.parties.map(() => status.signedOn), { name: 'skan-podpisanego-dokumentu.pdf', data: DEMO_SCAN }, who);
    }
    return row;
  };
  const rep = (c: DocumentContent, people: [string, string, string?][]) => ({
    ...c,
    place: c.place || 'Sokółce',
    parties: c.parties.map((p, i) => ({ ...p, representativeName: people[i]?.[0] ?? p.representativeName, representativeFunction: people[i]?.[1] ?? p.representativeFunction, tasks: people[i]?.[2] ?? p.tasks })),
  });

  const regional = await insertDocument(tx, 'agreement_regional', { voivodeshipId: pw.voivodeshipId, powiatId: null, gminaId: null, implementationId: null, gminaIds: [] }, null, who.rops, 2026);
  regional.content.parties.push(emptyParty('podmiot', { institutionId: await inst('Komenda Wojewódzka Policji w Białymstoku'), name: 'Komenda Wojewódzka Policji w Białymstoku', address: 'ul. Sienkiewicza 65, 15-003 Białystok' }));
  await fill(
    regional,
    (c) =>
      rep({ ...c, place: 'Białymstoku' }, [
        ['Jolanta Sawicka', 'Członek Zarządu Województwa Podlaskiego', 'Koordynacja prac WZK przez ROPS\nOrganizacja posiedzeń WZK co najmniej raz w kwartale\nMonitorowanie wdrażania Modelu w gminach województwa'],
        ['insp. Krzysztof Zieliński', 'Naczelnik Wydziału Prewencji', 'Udział przedstawiciela w posiedzeniach WZK\nWsparcie dzielnicowych w pracy PZK\nWymiana informacji o dobrych praktykach'],
      ]),
    who.rops,
    { signedOn: '2026-08-20' },
  );

  const pg = await insertDocument(tx, 'agreement_powiat_gmina', { voivodeshipId: pw.voivodeshipId, powiatId: pw.id, gminaId: null, implementationId, gminaIds }, null, who.pcpr, 2026);
  const signedPg = await fill(
    pg,
    (c) =>
      rep(c, [
        ['Piotr Rećko', 'Starosta Sokólski', 'Wyznaczenie animatora PCPR\nKoordynacja powołania Partnerskich Zespołów Kooperacji\nOrganizacja szkoleń i superwizji dla członków PZK'],
        ['Wiesław Wiśniewski', 'Burmistrz Dąbrowy Białostockiej', 'Wyznaczenie animatora GOPS i radnego gminy\nUdostępnienie sali na comiesięczne spotkania PZK\nWłączenie OPS w prace PZK'],
        ['Mirosław Lech', 'Wójt Gminy Korycin', 'Wyznaczenie animatora GOPS i radnego gminy\nUdostępnienie sali na comiesięczne spotkania PZK\nWłączenie GOPS w prace PZK'],
      ]),
    who.pcpr,
    { signedOn: '2026-11-05' },
  );

  const pzkPlace = { voivodeshipId: pw.voivodeshipId, powiatId: pw.id, gminaId: dabrowaId, implementationId, gminaIds: [dabrowaId] };
  const pzk = await insertDocument(tx, 'agreement_pzk', pzkPlace, null, who.pcpr, 2026);
  for (const name of ['Komenda Powiatowa Policji w Sokółce', 'Powiatowy Urząd Pracy w Sokółce']) {
    const i = await tx.select().from(institutions).where(eq(institutions.name, name));
    pzk.content.parties.push(emptyParty('instytucja', { institutionId: i[0].id, name, address: institutionAddress(i[0]) }));
  }
  const signedPzk = await fill(
    pzk,
    (c) =>
      rep({ ...c, place: 'Dąbrowie Białostockiej' }, [
        ['Anna Żukowska', 'Dyrektor PCPR', 'Prowadzenie PZK wspólnie z animatorem OPS\nDokumentowanie pracy zespołu na Platformie'],
        ['Elżbieta Łapińska', 'Kierownik OPS', 'Kwalifikowanie osób i rodzin do wsparcia\nPełnienie funkcji pracownika kluczowego'],
        ['mł. insp. Grzegorz Ściepko', 'Komendant Powiatowy Policji', 'Udział dzielnicowego w spotkaniach PZK\nReagowanie w sytuacjach przemocy domowej'],
        ['Joanna Śliwińska', 'Dyrektor PUP', 'Przedstawianie ofert pracy i staży\nKonsultacje doradcy zawodowego'],
      ]),
    who.pcpr,
    { signedOn: '2026-11-20' },
  );

  const accession = await insertDocument(tx, 'pzk_accession', pzkPlace, { ...signedPzk, status: 'signed' }, who.pcpr, 2026);
  const [kurator] = await tx.select().from(institutions).where(eq(institutions.name, 'Zespół Kuratorskiej Służby Sądowej przy Sądzie Rejonowym w Sokółce'));
  accession.content.parties.unshift(emptyParty('instytucja', { institutionId: kurator.id, name: kurator.name, address: institutionAddress(kurator) }));
  await fill(
    accession,
    (c) =>
      rep(
        { ...c, place: 'Sokółce', fields: { ...c.fields, przedstawiciel: 'Marta Kozłowska, kurator zawodowy', zastepca: 'Adam Pietrzak, kurator zawodowy', kontakt_przedstawiciela: 'tel. 85 711 00 00, m.kozlowska@sokolka.sr.gov.pl' } },
        [
          ['Ryszard Głowacki', 'Kierownik Zespołu Kuratorskiej Służby Sądowej', 'Udział kuratora w spotkaniach PZK\nKonsultacje w sprawach rodzin objętych nadzorem kuratora'],
          ['Anna Żukowska', 'Dyrektor PCPR'],
        ],
      ),
    who.pcpr,
    'ready',
  );

  const statement = await insertDocument(tx, 'confidentiality_statement', pzkPlace, null, who.pcpr, 2026);
  await fill(statement, (c) => rep({ ...c, place: 'Dąbrowie Białostockiej', parties: c.parties.map((p) => (p.role === 'skladajacy' ? { ...p, name: 'Halina Sołtys' } : p)) }, [['Halina Sołtys', ''], ['Anna Żukowska', 'Dyrektor PCPR']]), who.pcpr, 'draft');

  const dabrowaPzk = await seedDemoPzk(tx, implementationId, dabrowaId);
  await seedDemoCases(tx, dabrowaPzk);
  await seedDemoServices(tx, pw.voivodeshipId, pw.id);

  const annex = await insertDocument(tx, 'annex', { voivodeshipId: pw.voivodeshipId, powiatId: pw.id, gminaId: null, implementationId, gminaIds }, { ...signedPg, status: 'signed' }, who.pcpr, 2026);
  await fill(annex, (c) => ({ ...c, place: 'Sokółce', fields: { ...c.fields, zmiany: '1) w § 5 ust. 1 termin powołania Partnerskich Zespołów Kooperacji otrzymuje brzmienie: „do dnia 31.01.2027 r.”.' } }), who.pcpr, 'draft');
}


/** Dąbrowa Białostocka's team: the signatories' people, the expert, a later institution, a proposal. */
async function seedDemoPzk(tx: Tx, implementationId: number, dabrowaId: number) {
  const [pzk] = await tx.select().from(pzks).where(and(eq(pzks.implementationId, implementationId), eq(pzks.gminaId, dabrowaId)));
  const inst = async (name: string) => (await tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.name, name)))[0].id;
  const [pcpr, ops, kpp, pup, kurator, school] = await Promise.all(
    [
      'Powiatowe Centrum Pomocy Rodzinie w Sokółce',
      'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej',
      'Komenda Powiatowa Policji w Sokółce',
      'Powiatowy Urząd Pracy w Sokółce',
      'Zespół Kuratorskiej Służby Sądowej przy Sądzie Rejonowym w Sokółce',
      'Szkoła Podstawowa nr 1 w Dąbrowie Białostockiej',
    ].map(inst),
  );
  const [nowak] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'pcpr@kooperacja.test'));
  const [lewandowski] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'gops.dabrowa@kooperacja.test'));
  const [bielski] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'pzk@kooperacja.test'));
  await tx.insert(pzkMembers).values([
    { pzkId: pzk.id, institutionId: pcpr, userId: nowak.id, name: 'Małgorzata Nowak', function: 'Animator PCPR', teamRole: 'animator_pcpr', email: 'm.nowak@pcpr.sokolka.pl', phone: '85 711 20 01' },
    { pzkId: pzk.id, institutionId: ops, userId: lewandowski.id, name: 'Tomasz Lewandowski', function: 'Animator GOPS, pracownik socjalny', teamRole: 'animator_gops', email: 't.lewandowski@ops.dabrowa.pl', phone: '85 712 10 05' },
    { pzkId: pzk.id, institutionId: ops, name: 'Katarzyna Żero', function: 'Pracownik socjalny', teamRole: 'social_worker_gops', email: 'k.zero@ops.dabrowa.pl', phone: '85 712 10 06' },
    { pzkId: pzk.id, institutionId: null, name: 'Teresa Wróbel', function: 'Radna Gminy Dąbrowa Białostocka', teamRole: 'councillor_gmina', email: 't.wrobel@dabrowa-bialostocka.pl' },
    { pzkId: pzk.id, institutionId: kpp, userId: bielski.id, name: 'st. asp. Łukasz Bielski', function: 'Dzielnicowy', teamRole: 'invited', email: 'l.bielski@policja.gov.pl', phone: '47 711 32 10' },
    { pzkId: pzk.id, institutionId: pup, name: 'Monika Szczęsna', function: 'Doradca zawodowy', teamRole: 'invited', email: 'm.szczesna@pup.sokolka.pl' },
    { pzkId: pzk.id, institutionId: kurator, name: 'Marta Kozłowska', function: 'Kurator zawodowy', teamRole: 'invited', email: 'm.kozlowska@sokolka.sr.gov.pl' },
    // The school takes part in the work with families (R/2026/0001's team); its pedagogue has no account yet (an invitation's place).
    { pzkId: pzk.id, institutionId: school, name: 'Renata Jabłońska', function: 'Dyrektor szkoły', teamRole: 'invited', email: 'r.jablonska@sp1.dabrowa.pl' },
    { pzkId: pzk.id, institutionId: null, name: 'Halina Sołtys', function: 'Lider-ekspert (rodzina z doświadczeniem wsparcia)', teamRole: 'leader_expert' },
    { pzkId: pzk.id, institutionId: null, name: 'Jadwiga Ostrowska', function: 'Przewodnicząca zespołu interdyscyplinarnego', teamRole: 'lzi_chair', proposed: true, proposedBy: lewandowski.id },
  ]);
  await tx.insert(pzkInstitutionProfiles).values([
    { pzkId: pzk.id, institutionId: pcpr, scope: 'Pomoc rodzinom i osobom z niepełnosprawnościami na terenie powiatu, piecza zastępcza, interwencja kryzysowa.', competences: 'Poradnictwo specjalistyczne (psycholog, prawnik), dofinansowania PFRON, konsultacje w sprawach pieczy zastępczej.', legalLimits: 'Dane z postępowań o umieszczenie w pieczy udostępniane tylko na podstawie przepisów ustawy o wspieraniu rodziny.', contactPerson: 'Małgorzata Nowak, tel. 85 711 20 01' },
    { pzkId: pzk.id, institutionId: ops, scope: 'Pomoc społeczna w gminie: świadczenia, praca socjalna, asystentura rodziny, usługi opiekuńcze.', competences: 'Praca socjalna w środowisku, kontrakt socjalny, asystent rodziny, zespół interdyscyplinarny.', legalLimits: 'Tajemnica pracownika socjalnego (art. 100 ustawy o pomocy społecznej).', contactPerson: 'Tomasz Lewandowski, tel. 85 712 10 05' },
  ]);
  return pzk;
}

/** A few entries of the regional list of services (public) for podlaskie. */
async function seedDemoServices(tx: Tx, voivodeshipId: number, sokolskiId: number) {
  const entries = [
    { providerName: 'Stowarzyszenie „Razem dla Rodziny” w Janowie', name: 'Klub Seniora „Złota Jesień”', description: 'Spotkania, zajęcia ruchowe i warsztaty pamięci dla osób starszych z gmin powiatu sokólskiego, dwa razy w tygodniu.', targetGroups: ['seniorzy'], areas: ['spoleczno_integracyjny', 'sport_kultura'], place: 'Janów, ul. Rynek 5', contact: 'tel. 85 721 00 00', cost: 'bezpłatnie', powiatId: sokolskiId },
    { providerName: 'Poradnia Zdrowia Psychicznego w Sokółce', name: 'Zdrowie psychiczne — konsultacje psychiatryczne i psychologiczne', description: 'Porady dla dorosłych w kryzysie psychicznym, bez skierowania na pierwszą wizytę.', targetGroups: ['dorosli'], areas: ['zdrowie'], place: 'Sokółka, ul. Grodzieńska 1', contact: 'rejestracja tel. 85 711 11 11', cost: 'NFZ', powiatId: sokolskiId },
    { providerName: 'Powiatowe Centrum Pomocy Rodzinie w Sokółce', name: 'Poradnictwo rodzinne i mediacje', description: 'Wsparcie psychologiczne i mediacje dla rodzin z dziećmi w sytuacjach konfliktu.', targetGroups: ['rodziny'], areas: ['rodzinny', 'prawny'], place: 'Sokółka, ul. Marszałka Józefa Piłsudskiego 8', contact: 'tel. 85 711 20 01', cost: 'bezpłatnie', powiatId: sokolskiId },
  ];
  await tx.insert(services).values(entries.map((e) => ({ ...e, scope: 'regional' as const, status: 'published' as const, voivodeshipId, lastReviewedOn: '2026-11-02', searchText: serviceSearchText(e) })));
}
