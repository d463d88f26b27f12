/**
 * Search over the regional lists of services: 50,000 entries in the whole country, each placed
 * in a random gmina (so a województwo holds 1,300–6,300 of them, several times a real regional
 * list), then 200 searches through the domain function of the public page `/uslugi` — within one
 * województwo, chosen the same way; 1 to 3 words typed with or without Polish letters, some cut
 * short, some with group, area or powiat filters, some asking for page 2.
 *
 * The database must be migrated and hold the TERC register (loadReferenceData).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gminas, powiats, services } from '../../db/schema';
import { serviceSearchText } from '../../lib/services/normalize';
import { searchRegionalServices, type RegionalFilter } from '../../lib/services/services';
import { AREA_KEYS, TARGET_GROUP_KEYS } from '../../lib/services/vocabulary';
import { percentile } from './lib';

const ENTRIES = 50_000;
const SEARCHES = 200;
const BATCH = 1_000;

// Words a social worker would use, with their diacritics; a seeded generator keeps runs comparable.
const ACTIVITIES = [
  'Poradnictwo rodzinne', 'Poradnictwo prawne', 'Poradnictwo psychologiczne', 'Terapia uzależnień', 'Terapia rodzinna',
  'Grupa wsparcia dla osób starszych', 'Grupa wsparcia dla rodziców', 'Klub seniora', 'Świetlica środowiskowa',
  'Asystent rodziny', 'Mieszkanie chronione', 'Punkt interwencji kryzysowej', 'Zajęcia sportowe dla młodzieży',
  'Warsztaty kulinarne', 'Trening umiejętności społecznych', 'Szkoła dla rodziców', 'Usługi opiekuńcze w miejscu zamieszkania',
  'Specjalistyczne usługi opiekuńcze', 'Dzienny dom pobytu', 'Środowiskowy dom samopomocy', 'Warsztat terapii zajęciowej',
  'Klub integracji społecznej', 'Centrum integracji społecznej', 'Doradztwo zawodowe', 'Staże i szkolenia zawodowe',
  'Pomoc w nauce', 'Korepetycje dla dzieci', 'Zdrowie psychiczne — konsultacje', 'Profilaktyka zdrowotna',
  'Rehabilitacja ruchowa', 'Wypożyczalnia sprzętu rehabilitacyjnego', 'Bank żywności', 'Posiłek dla potrzebujących',
  'Pomoc w formie schronienia', 'Mediacje rodzinne', 'Nieodpłatna pomoc prawna', 'Koło gospodyń wiejskich',
  'Zajęcia teatralne', 'Biblioteka — czytanie dla seniorów', 'Wolontariat młodzieżowy',
];
const PHRASES = [
  'dla osób starszych i niepełnosprawnych', 'dla rodzin z dziećmi w kryzysie', 'dla dzieci i młodzieży szkolnej',
  'dla osób bezrobotnych i poszukujących pracy', 'dla osób doznających przemocy', 'dla osób z zaburzeniami psychicznymi',
  'spotkania indywidualne i grupowe', 'zajęcia w małych grupach', 'wsparcie psychologa i pedagoga', 'konsultacje telefoniczne',
  'dowóz z terenu gminy', 'po wcześniejszym zapisie', 'bez skierowania', 'na podstawie decyzji ośrodka pomocy społecznej',
  'we współpracy z parafią i szkołą', 'w godzinach popołudniowych', 'również w soboty', 'w świetlicy wiejskiej',
  'z udziałem wolontariuszy', 'z możliwością dojazdu do domu', 'dla opiekunów osób zależnych', 'z zakresu zdrowia psychicznego',
];
const PROVIDERS = [
  'Gminny Ośrodek Pomocy Społecznej w', 'Powiatowe Centrum Pomocy Rodzinie w', 'Fundacja „Razem” w', 'Stowarzyszenie Przyjaciół Dzieci w',
  'Poradnia Psychologiczno-Pedagogiczna w', 'Powiatowy Urząd Pracy w', 'Parafialny Zespół Caritas w', 'Gminny Ośrodek Kultury w',
  'Szkoła Podstawowa w', 'Samodzielny Publiczny Zakład Opieki Zdrowotnej w', 'Uniwersytet Trzeciego Wieku w', 'Klub Sportowy „Orzeł” w',
];
const QUERIES = [
  'osób starszych', 'osob starszych', 'zdrowie psychiczne', 'ZDROWIE psych', 'terapia', 'terap rodz', 'poradnictwo prawne',
  'świetlica', 'swietlica srodowiskowa', 'klub seniora', 'asystent', 'asystent rodziny', 'mediacje', 'bank żywności',
  'doradztwo zawodowe', 'staże', 'rehabilitacja', 'młodzieży', 'mlodziez szkolnej', 'przemocy', 'schronienia', 'posiłek',
  'warsztat terapii', 'dom samopomocy', 'bez skierowania', 'wolontariuszy', 'caritas', 'kultury', 'uniwersytet trzeciego wieku',
  'pomoc w nauce', 'interwencji kryzysowej', 'dowóz', 'opiekuńcze', 'uslugi opiekuncze', 'teatr', 'koło gospodyń',
];

export async function servicesSearchBench(db: Db, log: (msg: string) => void): Promise<{ p50: number; p95: number; samples: number[] }> {
  // mulberry32: a seeded generator with a long period (an LCG in floating point repeats within a few hundred draws).
  let seed = 20261127;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const some = <T>(xs: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs)))];

  const places = await db.select({ name: gminas.name, powiatId: gminas.powiatId, voivodeshipId: gminas.voivodeshipId }).from(gminas);
  if (places.length === 0) throw new Error('servicesSearchBench: the database has no TERC register (run loadReferenceData first)');
  const allPowiats = await db.select({ id: powiats.id, voivodeshipId: powiats.voivodeshipId }).from(powiats);

  const t0 = performance.now();
  for (let start = 0; start < ENTRIES; start += BATCH) {
    const rows: (typeof services.$inferInsert)[] = [];
    for (let i = start; i < Math.min(ENTRIES, start + BATCH); i++) {
      const town = pick(places);
      const v = {
        name: `${pick(ACTIVITIES)}${rnd() < 0.3 ? ` — ${town.name}` : ''}`,
        description: `${pick(ACTIVITIES)} ${pick(PHRASES)}, ${pick(PHRASES)}. ${rnd() < 0.5 ? `${pick(PHRASES)}.` : ''}`,
        providerName: `${pick(PROVIDERS)} ${town.name}`,
        place: `ul. ${pick(['Szkolna', 'Kościelna', 'Długa', 'Żeromskiego', 'Mickiewicza', 'Świerkowa'])} ${1 + Math.floor(rnd() * 60)}, ${town.name}`,
        targetGroups: some(TARGET_GROUP_KEYS, 2),
        areas: some(AREA_KEYS, 3),
      };
      rows.push({
        ...v,
        scope: 'regional',
        status: 'published',
        voivodeshipId: town.voivodeshipId,
        // Most entries serve their powiat; some the whole województwo.
        powiatId: rnd() < 0.8 ? town.powiatId : null,
        conditions: 'Zgodnie z regulaminem.',
        cost: rnd() < 0.8 ? 'bezpłatnie' : 'odpłatność wg dochodu',
        contact: `tel. 85 ${100 + Math.floor(rnd() * 900)} ${10 + Math.floor(rnd() * 90)} ${10 + Math.floor(rnd() * 90)}`,
        referral: 'Zgłoszenie osobiste lub przez pracownika socjalnego.',
        lastReviewedOn: '2026-10-01',
        searchText: serviceSearchText(v),
      });
    }
    await db.insert(services).values(rows);
  }
  await db.execute(sql`analyze services`);
  log(`services: ${ENTRIES} regional entries inserted in ${Math.round(performance.now() - t0)} ms`);

  const filters: RegionalFilter[] = Array.from({ length: SEARCHES + 10 }, () => {
    const { voivodeshipId } = pick(places);
    return {
      q: pick(QUERIES),
      voivodeshipId,
      powiatId: rnd() < 0.3 ? pick(allPowiats.filter((p) => p.voivodeshipId === voivodeshipId)).id : undefined,
      group: rnd() < 0.25 ? pick(TARGET_GROUP_KEYS) : undefined,
      area: rnd() < 0.2 ? pick(AREA_KEYS) : undefined,
      page: rnd() < 0.1 ? 2 : 1,
    };
  });
  // The first ten warm the connection and the caches; they are not timed.
  for (const f of filters.slice(0, 10)) await searchRegionalServices(f, db);
  const samples: number[] = [];
  let found = 0;
  for (const f of filters.slice(10)) {
    const s0 = performance.now();
    const r = await searchRegionalServices(f, db);
    samples.push(performance.now() - s0);
    found += r.total;
  }
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  log(`services: ${SEARCHES} searches, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${Math.round(found / SEARCHES)} matches on average`);
  return { p50, p95, samples };
}
