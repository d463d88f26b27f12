import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, pzks, tracks } from '@/db/schema';
import type { AppError } from '@/lib/errors';
import { chunkRecords, readServiceTable, type CsvKind } from '@/lib/services/csv';
import { servicesCsv } from '@/lib/services/csv-export';
import {
  approvePzkService,
  createPzkService,
  createRegionalService,
  deletePzkService,
  deleteRegionalService,
  exportPzkServices,
  exportRegionalServices,
  importPzkServices,
  importRegionalServices,
  listPzkServices,
  PAGE_SIZE,
  pzkServiceForm,
  RANKED,
  searchRegionalServices,
  updatePzkService,
  updateRegionalService,
} from '@/lib/services/services';
import { MAZOWIECKIE, PODLASKIE, makeActor, makeInstitution, unit } from '../factories';
import { accepted } from '../implementation-factories';

// A gmina implements the model once at a time: every team of this file gets gminas of its own.
const POOL = [
  ['2005011', '2005022'],
  ['2006011', '2006022'],
  ['2009011', '2009022'],
  ['2010011', '2010023'],
  ['2012012', '2012022'],
  ['2013011', '2013023'],
  ['2008013', '2008022'],
  ['2004011', '2004022'],
  ['2001011', '2001022'],
  ['2003011', '2003021'],
  ['2007013', '2007022'],
  ['2002013', '2002023'],
  ['2002032', '2002042'],
  ['2011022', '2011013'],
];
let next = 0;

/** An implementation of two gminas: the PZK of each, the animators and a social worker of the first. */
async function team() {
  const codes = POOL[next++];
  const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  await accepted(pcpr, rops, codes);
  const pzkOf = async (teryt: string) => {
    const { gminaId } = await unit(teryt);
    const [p] = await getDb()
      .select({ id: pzks.id })
      .from(pzks)
      .innerJoin(tracks, and(eq(tracks.implementationId, pzks.implementationId), eq(tracks.gminaId, pzks.gminaId)))
      .where(eq(pzks.gminaId, gminaId!));
    return p.id;
  };
  return {
    codes,
    pcpr,
    rops,
    gops: await makeActor('gops_animator', codes[0]),
    member: await makeActor('social_worker', codes[0]),
    pzkId: await pzkOf(codes[0]),
    otherPzkId: await pzkOf(codes[1]),
  };
}

const entry = (over: Record<string, unknown> = {}) => ({
  name: 'Grupa wsparcia dla osób starszych',
  description: 'Cotygodniowe spotkania z psychologiem i animatorem.',
  targetGroups: ['seniorzy'],
  areas: ['zdrowie', 'spoleczno_integracyjny'],
  providerName: 'Klub Seniora „Pogodna Jesień”',
  conditions: 'Ukończone 60 lat.',
  cost: 'bezpłatnie',
  place: 'Dom Kultury, ul. Szkolna 2',
  contact: 'tel. 85 711 00 00',
  referral: 'Zgłoszenie telefoniczne lub przez pracownika socjalnego.',
  lastReviewedOn: '2026-10-01',
  ...over,
});

const DOLNOSLASKIE = '02';

const failure = (p: Promise<unknown>) => p.then(() => ({ code: 'OK' }) as unknown as AppError, (e: AppError) => e);

/** A CSV of the given rows, as someone would type it in a spreadsheet. */
function csvOf(rows: string[][]) {
  const header = 'organization.name;service.name;service.description;service.eligibility_description;service.taxonomy_terms;service.access_conditions;service.fees_description;location.address;contact.phone_or_email;service.application_process;service.assured_date;location.powiat';
  return [header, ...rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))].join('\r\n');
}

/** What the import page does: read the file, send its records. */
const importCsv = (kind: CsvKind, text: string, send: (chunk: { rows: { row: number; values: Record<string, string> }[] }) => Promise<{ imported: number; errors: unknown[] }>) =>
  send({ rows: readServiceTable(text, kind).records });

describe('the gmina–powiat list of a PZK', () => {
  it('animators add entries directly; they are published, counted in the gap table and audited', async () => {
    const { pcpr, gops, pzkId } = await team();
    const a = await createPzkService(pcpr, pzkId, entry());
    const b = await createPzkService(gops, pzkId, entry({ name: 'Poradnictwo prawne', targetGroups: ['rodziny', 'dorosli'], areas: ['prawny'], providerName: 'Punkt nieodpłatnej pomocy prawnej' }));
    expect([a.status, b.status]).toEqual(['published', 'published']);
    const list = await listPzkServices(gops, pzkId);
    expect(list.canManage).toBe(true);
    expect(list.results.total).toBe(2);
    expect(list.results.rows.map((r) => r.name)).toEqual(['Grupa wsparcia dla osób starszych', 'Poradnictwo prawne']);
    expect(list.gaps.seniorzy.zdrowie).toBe(1);
    expect(list.gaps.rodziny.prawny).toBe(1);
    expect(list.gaps.dzieci_mlodziez.zdrowie).toBe(0);
    const audited = await getDb().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'service'), eq(auditLog.entityId, String(a.id))));
    expect(audited.map((r) => r.action)).toEqual(['service.created']);
  });

  it('a member proposes; the proposal waits for an animator, who approves it (or rejects another); the author may withdraw', async () => {
    const { pcpr, gops, member, pzkId } = await team();
    const p = await createPzkService(member, pzkId, entry({ name: 'Warsztaty dla rodziców' }));
    expect(p.status).toBe('proposed');
    // The public search shows what the województwo offers — not proposals.
    const publicIds = async () => (await searchRegionalServices({ q: 'warsztaty rodzicow', voivodeshipId: (await unit(PODLASKIE)).voivodeshipId })).rows.map((r) => r.id);
    expect(await publicIds()).not.toContain(p.id);
    const asMember = await listPzkServices(member, pzkId);
    expect(asMember).toMatchObject({ canManage: false, canPropose: true });
    expect(asMember.results.total).toBe(0);
    expect(asMember.proposals).toMatchObject([{ id: p.id, name: 'Warsztaty dla rodziców', mine: true }]);
    expect((await pzkServiceForm(member, pzkId)).mode).toBe('propose');

    // Members neither approve nor edit.
    await expect(approvePzkService(member, pzkId, { id: p.id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updatePzkService(member, pzkId, { ...entry(), id: p.id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(pzkServiceForm(member, pzkId, p.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await approvePzkService(gops, pzkId, { id: p.id, version: 1 });
    expect(await publicIds()).toContain(p.id);
    const after = await listPzkServices(member, pzkId);
    expect(after.results.rows.map((r) => r.id)).toEqual([p.id]);
    expect(after.proposals).toEqual([]);
    // A published entry is no longer the member's to withdraw.
    await expect(deletePzkService(member, pzkId, { id: p.id, version: 2 })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const rejected = await createPzkService(member, pzkId, entry({ name: 'Do odrzucenia' }));
    await deletePzkService(pcpr, pzkId, { id: rejected.id, version: 1 });
    const withdrawn = await createPzkService(member, pzkId, entry({ name: 'Do wycofania' }));
    await deletePzkService(member, pzkId, { id: withdrawn.id, version: 1 });
    expect((await listPzkServices(pcpr, pzkId)).proposals).toEqual([]);
    // The log of this test's three entries (other tests delete entries too).
    const log = await getDb()
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'service'), inArray(auditLog.entityId, [p.id, rejected.id, withdrawn.id].map(String))));
    expect(log.filter((l) => l.action === 'service.deleted').map((l) => (l.details as { proposal?: string }).proposal).sort()).toEqual(['rejected', 'withdrawn']);
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(['service.proposed', 'service.proposal_approved']));
  });

  it('ROPS reads the list and changes nothing', async () => {
    const { pcpr, rops, pzkId } = await team();
    const { id } = await createPzkService(pcpr, pzkId, entry());
    const list = await listPzkServices(rops, pzkId);
    expect(list).toMatchObject({ canManage: false, canPropose: false });
    expect(list.results.total).toBe(1);
    await expect(createPzkService(rops, pzkId, entry())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deletePzkService(rops, pzkId, { id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importPzkServices(rops, pzkId, { rows: [{ row: 2, values: {} }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('members and animators of another PZK get NOT_FOUND for the list, its entries, the form and the export', async () => {
    const a = await team();
    const b = await team();
    const { id } = await createPzkService(a.pcpr, a.pzkId, entry());
    const neighbour = await makeActor('social_worker', a.codes[1]); // the other gmina of the same implementation
    const mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
    for (const actor of [b.member, b.gops, b.pcpr, neighbour, mazowsze]) {
      await expect(listPzkServices(actor, a.pzkId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(pzkServiceForm(actor, a.pzkId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(exportPzkServices(actor, a.pzkId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(createPzkService(actor, a.pzkId, entry())).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(deletePzkService(actor, a.pzkId, { id, version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // An entry of PZK A reached through PZK B (where the animator does work) is not found either.
    await expect(updatePzkService(b.pcpr, b.pzkId, { ...entry(), id, version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(approvePzkService(b.gops, b.pzkId, { id, version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pzkServiceForm(b.pcpr, b.pzkId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPzkServices(a.member, a.pzkId)).results.total).toBe(1);
  });

  it('a stale edit is refused with the conflict message and the first edit is kept', async () => {
    const { pcpr, gops, pzkId } = await team();
    const { id } = await createPzkService(pcpr, pzkId, entry());
    const first = await updatePzkService(pcpr, pzkId, { ...entry({ cost: '10 zł' }), id, version: 1 });
    expect(first.version).toBe(2);
    const err = await failure(updatePzkService(gops, pzkId, { ...entry({ cost: '20 zł' }), id, version: 1 }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/Ktoś inny zmienił ten rekord/);
    await expect(deletePzkService(gops, pzkId, { id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = (await listPzkServices(pcpr, pzkId)).results.rows;
    expect(row).toMatchObject({ cost: '10 zł', version: 2 });
    // Concurrent saves from one version: exactly one wins.
    const results = await Promise.allSettled(['A', 'B', 'C'].map((cost) => updatePzkService(pcpr, pzkId, { ...entry({ cost }), id, version: 2 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('every field error comes back at once; a registry provider gives its own name; another województwo\'s institution is refused', async () => {
    const { pcpr, pzkId, codes } = await team();
    const err = await failure(createPzkService(pcpr, pzkId, { name: '', description: '', targetGroups: [], areas: ['nie_ma'], providerName: '', lastReviewedOn: '2026-02-30' }));
    expect(err.code).toBe('INVALID');
    expect(Object.keys(err.fieldErrors!).sort()).toEqual(['areas.0', 'description', 'lastReviewedOn', 'name', 'providerName', 'targetGroups']);
    const inst = await makeInstitution(codes[0], 'ngo', 'Stowarzyszenie „Razem dla Rodziny”');
    const { id } = await createPzkService(pcpr, pzkId, entry({ providerInstitutionId: String(inst.id), providerName: 'cokolwiek' }));
    const [row] = (await listPzkServices(pcpr, pzkId)).results.rows;
    expect(row).toMatchObject({ id, providerInstitutionId: inst.id, providerName: 'Stowarzyszenie „Razem dla Rodziny”' });
    const far = await makeInstitution(MAZOWIECKIE, 'ngo');
    const bad = await failure(createPzkService(pcpr, pzkId, entry({ providerInstitutionId: far.id })));
    expect(bad.fieldErrors?.providerInstitutionId?.[0]).toMatch(/rejestr instytucji województwa/);
  });
});

describe('search', () => {
  it('ignores diacritics and case, matches word prefixes, filters by group and area, pages with a count', async () => {
    const { pcpr, pzkId } = await team();
    await createPzkService(pcpr, pzkId, entry({ name: 'Zdrowie psychiczne — konsultacje', description: 'Konsultacje dla dorosłych.', targetGroups: ['dorosli'], areas: ['zdrowie'] }));
    await createPzkService(pcpr, pzkId, entry({ name: 'Klub seniora', description: 'Zajęcia ruchowe dla osób starszych.', targetGroups: ['seniorzy'], areas: ['sport_kultura'] }));
    await createPzkService(pcpr, pzkId, entry({ name: 'Świetlica środowiskowa', description: 'Pomoc w nauce.', targetGroups: ['dzieci_mlodziez'], areas: ['edukacyjny'], providerName: 'Szkoła Podstawowa w Łomży' }));
    const names = async (q: string, extra: object = {}) => (await listPzkServices(pcpr, pzkId, { q, ...extra })).results.rows.map((r) => r.name);

    expect(await names('osob starszych')).toEqual(['Klub seniora']);
    expect(await names('zdrowie psychiczne')).toEqual(['Zdrowie psychiczne — konsultacje']);
    expect(await names('ZDROWIE psych')).toEqual(['Zdrowie psychiczne — konsultacje']);
    expect(await names('swietlica srodowiskowa')).toEqual(['Świetlica środowiskowa']);
    expect(await names('lomzy')).toEqual(['Świetlica środowiskowa']);
    // The labels of groups and areas are words of the entry too.
    expect(await names('sport i kultura')).toEqual(['Klub seniora']);
    expect(await names("'); drop table services; --")).toEqual([]);
    expect(await names('&|!:*')).toHaveLength(3);
    expect(await names('', { group: 'seniorzy' })).toEqual(['Klub seniora']);
    expect(await names('', { area: 'edukacyjny' })).toEqual(['Świetlica środowiskowa']);
    expect(await names('klub', { area: 'edukacyjny' })).toEqual([]);
  });

  it('ranks the better match first, then by name; pages of 50', async () => {
    const { pcpr, pzkId } = await team();
    await createPzkService(pcpr, pzkId, entry({ name: 'B terapia', description: 'Opis.', providerName: 'X' }));
    await createPzkService(pcpr, pzkId, entry({ name: 'A zajęcia', description: 'Terapia, terapia rodzinna i terapia grupowa.', providerName: 'X' }));
    expect((await listPzkServices(pcpr, pzkId, { q: 'terapia' })).results.rows.map((r) => r.name)).toEqual(['A zajęcia', 'B terapia']);
    const rows = Array.from({ length: 53 }, (_, i) => [`Dostawca ${i}`, `Usługa ${String(i).padStart(2, '0')}`, 'Opis', 'Rodziny z dziećmi', 'Rodzinny', '', '', '', '', '', '', '']);
    const r = await importCsv('pzk', csvOf(rows), (chunk) => importPzkServices(pcpr, pzkId, chunk));
    expect(r).toEqual({ imported: 53, errors: [] });
    const page2 = (await listPzkServices(pcpr, pzkId, { q: 'usluga', page: 2 })).results;
    expect(page2).toMatchObject({ total: 53, page: 2, pageSize: 50 });
    expect(page2.rows.map((x) => x.name)).toEqual(['Usługa 50', 'Usługa 51', 'Usługa 52']);
    expect((await listPzkServices(pcpr, pzkId, { q: 'usluga', page: 9 })).results).toMatchObject({ total: 53, rows: [] });
  });

  it(`with more than ${RANKED} matches, name matches still come first and pages neither repeat nor skip entries`, async () => {
    const rops = await makeActor('rops_admin', '08');
    const rows = Array.from({ length: RANKED + 20 }, (_, i) => [`Dostawca ${i}`, `Zajęcia ${i}`, 'Ćwiczenia i terapia ruchowa.', 'Osoby dorosłe', 'Zdrowie', '', '', '', '', '', '', '']);
    rows.push(['Poradnia', 'Terapia uzależnień', 'Dla osób uzależnionych.', 'Osoby dorosłe', 'Zdrowie', '', '', '', '', '', '', '']);
    const r = await importCsv('regional', csvOf(rows), async (chunk) => {
      let imported = 0;
      for (const part of chunkRecords(chunk.rows, 200)) imported += (await importRegionalServices(rops, { rows: part })).imported;
      return { imported, errors: [] };
    });
    expect(r.imported).toBe(RANKED + 21);
    const voivodeshipId = rops.scope.voivodeshipId;
    const first = await searchRegionalServices({ q: 'terapia', voivodeshipId });
    expect(first.total).toBe(RANKED + 21);
    expect(first.rows[0].name).toBe('Terapia uzależnień');
    const seen = new Set<number>();
    for (let page = 1; page <= Math.ceil(first.total / PAGE_SIZE); page++) {
      for (const row of (await searchRegionalServices({ q: 'terapia', voivodeshipId, page })).rows) seen.add(row.id);
    }
    expect(seen.size).toBe(RANKED + 21);
  });
});

describe('the regional list', () => {
  it('ROPS keeps it; anyone searches it without an account; other województwa and roles do not change it', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const sokolski = await unit('2011');
    const a = await createRegionalService(rops, entry({ name: 'Telefon zaufania — zdrowie psychiczne', targetGroups: ['dzieci_mlodziez', 'dorosli'], areas: ['zdrowie'] }));
    const b = await createRegionalService(rops, entry({ name: 'Ośrodek interwencji kryzysowej', description: 'Całodobowo dla osób starszych i rodzin.', powiatId: String(sokolski.powiatId) }));
    const maz = await makeActor('rops_admin', MAZOWIECKIE);
    await createRegionalService(maz, entry({ name: 'Zdrowie psychiczne w Warszawie' }));
    const { voivodeshipId } = await unit(PODLASKIE);

    // The public search also shows the gmina–powiat lists' published entries (earlier tests made some):
    // here only ROPS's own entries are looked at.
    const own = (r: { rows: { id: number; scope: string }[] }) => r.rows.filter((x) => x.scope === 'regional').map((x) => x.id);
    const found = await searchRegionalServices({ q: 'zdrowie psychiczne', voivodeshipId });
    expect(own(found)).toEqual([a.id]);
    expect(own(await searchRegionalServices({ q: 'osob starszych', voivodeshipId }))).toEqual([b.id]);
    expect((await searchRegionalServices({ q: 'zdrowie psychiczne', voivodeshipId: maz.scope.voivodeshipId })).rows.map((r) => r.name)).toEqual(['Zdrowie psychiczne w Warszawie']);
    // A powiat filter keeps the powiat's entries and those for the whole województwo.
    const bialostocki = await unit('2002');
    expect(own(await searchRegionalServices({ voivodeshipId, powiatId: bialostocki.powiatId! }))).toEqual([a.id]);
    expect((await searchRegionalServices({ voivodeshipId, powiatId: sokolski.powiatId!, group: 'seniorzy' })).rows.filter((r) => r.scope === 'regional')).toMatchObject([{ id: b.id, powiatName: sokolski.name }]);

    const pcpr = await makeActor('pcpr_animator', '2011');
    await expect(createRegionalService(pcpr, entry())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateRegionalService(maz, { ...entry(), id: a.id, version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteRegionalService(maz, { id: a.id, version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const bad = await failure(createRegionalService(rops, entry({ powiatId: String((await unit('1465')).powiatId) })));
    expect(bad.fieldErrors?.powiatId).toBeTruthy();

    await updateRegionalService(rops, { ...entry({ name: 'Telefon zaufania' }), id: a.id, version: 1 });
    await expect(updateRegionalService(rops, { ...entry(), id: a.id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await deleteRegionalService(rops, { id: a.id, version: 2 });
    expect(own(await searchRegionalServices({ voivodeshipId }))).toEqual([b.id]);
  });
});

describe('CSV import and export', () => {
  it('a file with one bad row imports the others and reports the bad row; nothing of the bad row is stored', async () => {
    const { pcpr, pzkId } = await team();
    const text = csvOf([
      ['GOPS', 'Pomoc w formie posiłku', 'Posiłek w szkole', 'Dzieci i młodzież', 'Socjalny', 'Decyzja GOPS', 'bezpłatnie', 'Szkoła', 'tel. 85 000', 'Wniosek w GOPS', '01.09.2026', ''],
      ['PCPR', '', 'Bez nazwy', 'Młodzież szkolna', 'Zdrowie', '', '', '', '', '', '2026-13-01', ''],
      ['Poradnia', 'Terapia rodzinna', 'Dla rodzin w kryzysie', 'Rodziny z dziećmi', 'rodzinny, zdrowie', '', '', '', '', '', '', ''],
    ]);
    const r = await importCsv('pzk', text, (chunk) => importPzkServices(pcpr, pzkId, chunk));
    expect(r.imported).toBe(2);
    expect(r.errors).toEqual([
      { row: 3, column: 'service.name', field: 'Nazwa usługi lub aktywności', message: 'To pole jest wymagane.' },
      { row: 3, column: 'service.eligibility_description', field: 'Grupy odbiorców', message: 'Nieznana grupa odbiorców: „Młodzież szkolna”.' },
      { row: 3, column: 'service.assured_date', field: 'Data ostatniej weryfikacji', message: 'Podaj datę w formacie dd.mm.rrrr.' },
    ]);
    const rows = (await listPzkServices(pcpr, pzkId)).results.rows;
    expect(rows.map((x) => x.name)).toEqual(['Pomoc w formie posiłku', 'Terapia rodzinna']);
    expect(rows[0]).toMatchObject({ targetGroups: ['dzieci_mlodziez'], areas: ['socjalny'], lastReviewedOn: '2026-09-01', referral: 'Wniosek w GOPS' });
    expect(rows[1].areas).toEqual(['rodzinny', 'zdrowie']);
    const logs = await getDb().select().from(auditLog).where(eq(auditLog.action, 'service.imported'));
    expect(logs.filter((l) => l.details?.pzkId === pzkId).map((l) => l.details)).toMatchObject([{ count: 2, rows: [2, 4] }]);
  });

  it('export → import round trip: another list gets the same entries; importing again into the same list adds no duplicates', async () => {
    const a = await team();
    const b = await team();
    const inst = await makeInstitution(a.codes[0], 'ngo', 'Fundacja „Dobry Start”');
    await createPzkService(a.pcpr, a.pzkId, entry({ description: 'Opis; ze średnikiem,\nprzecinkiem i "cudzysłowem".', contact: '+48 85 711 00 00' }));
    await createPzkService(a.pcpr, a.pzkId, entry({ name: '=2+3 (nie formuła)', providerInstitutionId: inst.id, targetGroups: ['rodziny', 'dzieci_mlodziez'], areas: ['edukacyjny'], lastReviewedOn: '' }));
    const exported = await exportPzkServices(a.member, a.pzkId);
    expect(exported.fileName).toMatch(/^uslugi-gmina-[a-z-]+\.csv$/);
    const csv = servicesCsv(exported.rows, 'pzk');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFForganization.name;service.name;service.description;service.eligibility_description;service.taxonomy_terms;service.access_conditions;service.fees_description;location.address;contact.phone_or_email;service.application_process;service.assured_date;service.coordinator',
    );
    expect(csv).toContain("'=2+3 (nie formuła)");

    const r = await importCsv('pzk', csv, (chunk) => importPzkServices(b.pcpr, b.pzkId, chunk));
    expect(r).toEqual({ imported: 2, errors: [] });
    const again = await exportPzkServices(b.pcpr, b.pzkId);
    const cells = (rows: typeof exported.rows) => rows.map(({ powiatName: _powiat, ...r }) => r);
    expect(cells(again.rows)).toEqual(cells(exported.rows));
    // The registry institution is recognised by its name (same województwo).
    expect((await listPzkServices(b.pcpr, b.pzkId)).results.rows.find((x) => x.providerName === inst.name)?.providerInstitutionId).toBe(inst.id);

    const dup = await importCsv('pzk', csv, (chunk) => importPzkServices(a.pcpr, a.pzkId, chunk));
    expect(dup.imported).toBe(0);
    expect(dup.errors).toHaveLength(2);
    expect(dup.errors[0]).toMatchObject({ row: 2, column: 'service.name', message: expect.stringMatching(/jest już na liście/) });
  });

  it('the regional list round-trips with its powiats; an unknown powiat is a row error', async () => {
    const lubelskie = await makeActor('rops_admin', '06');
    const bialski = await unit('0601');
    await createRegionalService(lubelskie, entry({ name: 'Interwencja kryzysowa', powiatId: bialski.powiatId }));
    await createRegionalService(lubelskie, entry({ name: 'Infolinia wojewódzka' }));
    const exported = await exportRegionalServices(bialski.voivodeshipId);
    expect(exported.fileName).toBe('uslugi-wojewodztwo-lubelskie.csv');
    expect(exported.rows.map((x) => [x.name, x.powiatName])).toEqual([
      ['Infolinia wojewódzka', null],
      ['Interwencja kryzysowa', 'bialski'],
    ]);

    // Imported into dolnośląskie, whose regional list no other test of this file keeps.
    const rops = await makeActor('rops_adviser', DOLNOSLASKIE);
    const r = await importCsv('regional', servicesCsv(exported.rows, 'regional'), (chunk) => importRegionalServices(rops, chunk));
    expect(r.imported).toBe(1);
    expect(r.errors).toMatchObject([{ row: 3, column: 'location.powiat', field: 'Powiat', message: expect.stringMatching(/Nieznany powiat „bialski”/) }]);

    const { voivodeshipId } = await unit(DOLNOSLASKIE);
    const boleslawiecki = await unit('0201');
    const own = await importCsv(
      'regional',
      csvOf([['Fundacja', 'Nowa usługa', 'Opis', 'Osoby dorosłe', 'Prozawodowy', '', '', '', '', '', '', 'powiat bolesławiecki']]),
      (chunk) => importRegionalServices(rops, chunk),
    );
    expect(own).toEqual({ imported: 1, errors: [] });
    expect((await searchRegionalServices({ q: 'nowa usluga', voivodeshipId })).rows[0]).toMatchObject({ powiatId: boleslawiecki.powiatId });
    await expect(importRegionalServices(await makeActor('gops_animator', '2011022'), { rows: [{ row: 2, values: {} }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
