import { and, eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password';
import type { Db } from '../client';
import { createTrack, satisfyEvidence } from '../../lib/implementations/instantiate';
import { refreshTrackSummary } from '../../lib/implementations/summary';
import { latestVersionId, loadCatalogue } from '../../lib/model/catalogue-load';
import {
  gminas,
  implementations,
  institutions,
  notificationGminas,
  notificationPeople,
  notifications,
  powiats,
  roleAssignments,
  scheduleChecks,
  scheduleItems,
  users,
  voivodeships,
  type InstitutionType,
  type Role,
} from '../schema';

export const DEMO_PASSWORD = 'Kooperacja2026!';

// Two powiaty of podlaskie (sokólski, białostocki) and one ROPS elsewhere, for cross-territory checks.
type Area = { voiv: string } | { powiat: string } | { gmina: string };
const INSTITUTIONS: { key: string; name: string; type: InstitutionType; area: Area; street: string; postalCode: string; city: string; nip?: string }[] = [
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
  { key: 'ops-dabrowa', name: 'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej', type: 'ops', area: { gmina: '2011013' }, street: 'ul. Łąkowa 2', postalCode: '16-200', city: 'Dąbrowa Białostocka' },
  { key: 'mgops-sokolka', name: 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Sokółce', type: 'ops', area: { gmina: '2011083' }, street: 'ul. Grodzieńska 7', postalCode: '16-100', city: 'Sokółka' },
  { key: 'sds-sokolka', name: 'Środowiskowy Dom Samopomocy w Sokółce', type: 'sds', area: { gmina: '2011083' }, street: 'ul. Ogrodowa 22', postalCode: '16-100', city: 'Sokółka' },
  { key: 'pcpr-bialystok', name: 'Powiatowe Centrum Pomocy Rodzinie w Białymstoku', type: 'pcpr', area: { powiat: '2002' }, street: 'ul. Borsucza 2', postalCode: '15-569', city: 'Białystok' },
  { key: 'gops-choroszcz', name: 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Choroszczy', type: 'ops', area: { gmina: '2002013' }, street: 'ul. Dominikańska 2', postalCode: '16-070', city: 'Choroszcz' },
  { key: 'rops-mazowsze', name: 'Mazowieckie Centrum Polityki Społecznej', type: 'rops', area: { voiv: '14' }, street: 'ul. Grzybowska 80/82', postalCode: '00-844', city: 'Warszawa' },
];

type DemoUser = { email: string; name: string; jobTitle: string; institution: string; status?: 'pending'; roles: { role: Role; area?: Area }[] };
export const DEMO_USERS: DemoUser[] = [
  { email: 'rops.admin@kooperacja.test', name: 'Anna Kowalska', jobTitle: 'Kierownik działu wdrożeń', institution: 'rops', roles: [{ role: 'rops_admin' }, { role: 'rops_adviser' }] },
  { email: 'rops.doradca@kooperacja.test', name: 'Marek Wiśniewski', jobTitle: 'Doradca ds. Modelu Kooperacji', institution: 'rops', roles: [{ role: 'rops_adviser' }] },
  { email: 'wzk@kooperacja.test', name: 'Krzysztof Zieliński', jobTitle: 'Naczelnik Wydziału Prewencji', institution: 'kwp', roles: [{ role: 'wzk_member' }] },
  { email: 'pcpr@kooperacja.test', name: 'Małgorzata Nowak', jobTitle: 'Animator PCPR', institution: 'pcpr-sokolka', roles: [{ role: 'pcpr_animator', area: { powiat: '2011' } }] },
  { email: 'gops@kooperacja.test', name: 'Joanna Wójcik', jobTitle: 'Animator GOPS, pracownik socjalny', institution: 'gops-janow', roles: [{ role: 'gops_animator', area: { gmina: '2011022' } }] },
  { email: 'gops.dabrowa@kooperacja.test', name: 'Tomasz Lewandowski', jobTitle: 'Animator OPS', institution: 'ops-dabrowa', roles: [{ role: 'gops_animator', area: { gmina: '2011013' } }] },
  { email: 'pracownik@kooperacja.test', name: 'Ewa Kamińska', jobTitle: 'Asystent rodziny', institution: 'gops-janow', roles: [{ role: 'social_worker', area: { gmina: '2011022' } }] },
  { email: 'pzk@kooperacja.test', name: 'Piotr Dąbrowski', jobTitle: 'Pedagog szkolny', institution: 'sp-janow', roles: [{ role: 'pzk_member' }] },
  { email: 'radny@kooperacja.test', name: 'Stanisław Szymański', jobTitle: 'Radny Gminy Janów', institution: 'gops-janow', roles: [{ role: 'councillor', area: { gmina: '2011022' } }] },
  { email: 'ekspert@kooperacja.test', name: 'Barbara Woźniak', jobTitle: 'Lider-ekspert', institution: 'ngo-janow', roles: [{ role: 'family_expert', area: { gmina: '2011022' } }] },
  { email: 'mazowsze.admin@kooperacja.test', name: 'Katarzyna Mazur', jobTitle: 'Administrator platformy', institution: 'rops-mazowsze', roles: [{ role: 'rops_admin' }] },
  { email: 'oczekujacy@kooperacja.test', name: 'Grzegorz Krawczyk', jobTitle: 'Dzielnicowy', institution: 'kpp-sokolka', status: 'pending', roles: [{ role: 'pzk_member' }] },
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
      const inst = ids.get(u.institution)!;
      const [user] = await tx
        .insert(users)
        .values({ email: u.email, name: u.name, jobTitle: u.jobTitle, passwordHash, institutionId: inst.id, status: u.status ?? 'active', decidedAt: u.status ? null : new Date() })
        .returning({ id: users.id });
      for (const r of u.roles) {
        const scope =
          r.role === 'pzk_member'
            ? { voivodeshipId: inst.voivodeshipId, powiatId: inst.powiatId, gminaId: inst.gminaId, institutionId: inst.id }
            : r.area
              ? { ...territory(r.area), institutionId: null }
              : { voivodeshipId: inst.voivodeshipId, powiatId: null, gminaId: null, institutionId: null };
        await tx.insert(roleAssignments).values({ userId: user.id, role: r.role, ...scope });
      }
    }
    await seedDemoImplementations(tx);
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Powiat sokólski: Dąbrowa Białostocka and Korycin started on 01.09.2026 and are part-way
 * through stage II; Suchowola's notification waits for ROPS. Janów is left free for the reader
 * to go through the notification → acceptance flow themselves.
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
      .values({ voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, variant: 'rural', plannedStart, status, submittedBy: pcpr.id, decidedBy: status === 'accepted' ? rops.id : null, decidedAt: status === 'accepted' ? new Date(`${plannedStart}T10:00:00Z`) : null, targetGroup: 'Rodziny z dziećmi w kryzysie' })
      .returning({ id: notifications.id });
    await tx.insert(notificationGminas).values(gs.map((g) => ({ notificationId: n.id, gminaId: g.id })));
    await tx.insert(notificationPeople).values([
      { notificationId: n.id, function: 'animator_pcpr' as const, name: 'Małgorzata Nowak' },
      { notificationId: n.id, function: 'councillor_powiat' as const, name: 'Henryk Sadowski' },
      ...gs.flatMap((g, i) => [
        { notificationId: n.id, function: 'animator_gops' as const, name: ['Tomasz Lewandowski', 'Agnieszka Zawadzka', 'Paweł Jankowski'][i] ?? 'Animator GOPS', gminaId: g.id },
        { notificationId: n.id, function: 'councillor_gmina' as const, name: ['Teresa Wróbel', 'Marian Borowski', 'Irena Krajewska'][i] ?? 'Radny gminy', gminaId: g.id },
      ]),
    ]);
    return { id: n.id, gminas: gs };
  };

  const versionId = (await latestVersionId(tx, 'rural'))!;
  const catalogue = (await loadCatalogue(tx, versionId))!;
  const start = '2026-09-01';
  const n = await notify(['2011013', '2011032'], 'accepted', start);
  const [impl] = await tx.insert(implementations).values({ notificationId: n.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, catalogueVersionId: versionId, startDate: start }).returning({ id: implementations.id });
  const who = { userId: rops.id, name: rops.name };
  const trackIds: number[] = [];
  for (const g of n.gminas) {
    trackIds.push((await createTrack(tx, catalogue, start, { implementationId: impl.id, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, gminaId: g.id }, 'local', who)).trackId);
  }
  await createTrack(tx, catalogue, start, { implementationId: null, voivodeshipId: powiat.voivodeshipId, powiatId: null, gminaId: null }, 'regional', who);
  await satisfyEvidence(tx, trackIds, catalogue, 'notification', '2026-09-10', `Zgłoszenie do ROPS przyjęte (nr ${n.id}).`, who);

  // Progress: both gminas finished 2.1–2.3; Dąbrowa is further, with step 3 under way.
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
  await mark(trackIds[0], ['3', '4'], 'in_progress', '2026-10-15');
  await mark(trackIds[1], ['2.1', '2.2'], 'done', '2026-10-05');
  await mark(trackIds[1], ['2.3'], 'in_progress', '2026-10-20');

  await refreshTrackSummary(tx, trackIds);
  await notify(['2011093'], 'submitted', '2027-01-04');
}

