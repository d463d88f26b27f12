import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox, pzks, services } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { addMember } from '@/lib/pzk/members';
import { readServiceTable } from '@/lib/services/csv';
import { servicesCsv } from '@/lib/services/csv-export';
import { basketPdf, serviceCardPdf } from '@/lib/services/pdf';
import { createPzkService, exportPzkServices, exportRegionalServices, importPzkServices, listPzkServices, pzkServiceBasket, pzkServiceCard, updatePzkService } from '@/lib/services/services';
import { PODLASKIE, makeActor, unit } from '../factories';
import { BIALYSTOK, BIALYSTOK_POWIAT, accepted, accepted3d } from '../implementation-factories';
import { usePdfText } from '../pdf-text';

/*
 * The Lokalny Koszyk Usług (issue 17, item 3): in Kooperacje 3D the PZK's list of services is
 * made of the partners' service cards (karta usługi), each naming the coordinator at the partner;
 * one card prints on an A4 page, and the whole list prints with a table of contents. The rural
 * model keeps its name for the same list and the same prints.
 */

const pdfText = usePdfText('lku');

const RURAL = ['2005011', '2005022'];

async function pzkOf(teryt: string) {
  const { gminaId } = await unit(teryt);
  const [p] = await getDb().select({ id: pzks.id }).from(pzks).where(eq(pzks.gminaId, gminaId!));
  return p.id;
}

const card = (over: Record<string, unknown> = {}) => ({
  name: 'Świetlica środowiskowa „Żółty Dom”',
  description: 'Zajęcia popołudniowe, pomoc w nauce i posiłek dla dzieci w wieku 7–15 lat.',
  targetGroups: ['dzieci_mlodziez', 'rodziny'],
  areas: ['edukacyjny'],
  providerName: 'Stowarzyszenie „Łączy nas Białystok”',
  conditions: 'Zgoda rodzica lub opiekuna prawnego.',
  cost: 'bezpłatnie',
  place: 'ul. Źródlana 5, Białystok',
  contact: 'tel. 85 744 12 12, swietlica@example.pl',
  referral: 'Zgłoszenie przez pracownika socjalnego MOPR albo osobiście w świetlicy.',
  coordinator: 'Grażyna Żółkiewska-Ćwik',
  lastReviewedOn: '2026-10-01',
  ...over,
});

let nw: Actor;
let guest: Actor;
let outsider: Actor;
let pzkId: number;
let ruralPzkId: number;
let ruralPcpr: Actor;

beforeAll(async () => {
  const rops = await makeActor('rops_adviser', PODLASKIE);
  await accepted3d(await makeActor('pcpr_animator', BIALYSTOK_POWIAT), rops, [BIALYSTOK]);
  pzkId = await pzkOf(BIALYSTOK);
  nw = await makeActor('network_worker', BIALYSTOK);
  // An institution invited to the PZK that has not signed yet: a guest, who reads the list.
  guest = await makeActor('pzk_member', BIALYSTOK);
  await addMember(nw, { pzkId, institutionId: guest.scope.institutionId, name: 'Gość Niepodpisany', function: 'Kurator', teamRole: 'invited', email: guest.email });
  ruralPcpr = await makeActor('pcpr_animator', RURAL[0].slice(0, 4));
  await accepted(ruralPcpr, rops, RURAL);
  ruralPzkId = await pzkOf(RURAL[0]);
  // The network worker of another gmina: the Białystok PZK is not theirs.
  outsider = await makeActor('network_worker', RURAL[1]);
});

const failure = (p: Promise<unknown>) => p.then(() => ({ code: 'OK' }) as { code: string; fieldErrors?: Record<string, string[]> }, (e: { code: string; fieldErrors?: Record<string, string[]> }) => e);

describe('the coordinator at the partner', () => {
  it('is saved with the card, shown on the list, changed by an edit, and refused when too long (nothing changes)', async () => {
    const { id } = await createPzkService(nw, pzkId, card({ name: 'Poradnictwo rodzinne', coordinator: 'Jędrzej Łęcki' }));
    const stored = async () => (await getDb().select({ coordinator: services.coordinator, version: services.version }).from(services).where(eq(services.id, id)))[0];
    expect((await stored()).coordinator).toBe('Jędrzej Łęcki');

    const list = await listPzkServices(nw, pzkId);
    expect(list.pzk.words.serviceList).toBe('Lokalny Koszyk Usług');
    expect(list.results.rows.find((r) => r.id === id)?.coordinator).toBe('Jędrzej Łęcki');

    await updatePzkService(nw, pzkId, { ...card({ name: 'Poradnictwo rodzinne', coordinator: '  Ewa Ślązak  ' }), id, version: (await stored()).version });
    expect((await stored()).coordinator).toBe('Ewa Ślązak');

    const before = await stored();
    const e = await failure(updatePzkService(nw, pzkId, { ...card({ name: 'Poradnictwo rodzinne', coordinator: 'Ż'.repeat(301) }), id, version: before.version }));
    expect(e.code).toBe('INVALID');
    expect(e.fieldErrors?.coordinator).toEqual(['Maksymalnie 300 znaków.']);
    expect(await stored()).toEqual(before);
    // Exactly the limit is fine.
    await updatePzkService(nw, pzkId, { ...card({ name: 'Poradnictwo rodzinne', coordinator: 'Ż'.repeat(300) }), id, version: before.version });
    expect((await stored()).coordinator).toHaveLength(300);
  });

  it('may be left empty (an entry without one, as every entry before 3D)', async () => {
    const { id } = await createPzkService(nw, pzkId, card({ name: 'Klub seniora', coordinator: undefined }));
    const [row] = await getDb().select({ coordinator: services.coordinator }).from(services).where(eq(services.id, id));
    expect(row.coordinator).toBe('');
  });
});

describe('the printed service card', () => {
  it('prints provider, for whom, what, how to get it, contact and coordinator, with Polish letters', async () => {
    const { id } = await createPzkService(nw, pzkId, card());
    const { pdf, filename } = await serviceCardPdf(nw, pzkId, id);
    expect(filename).toBe('karta-uslugi-swietlica-srodowiskowa-zolty-dom.pdf');
    const text = pdfText(pdf);
    expect(text).toContain('Świetlica środowiskowa „Żółty Dom”');
    expect(text).toContain('Karta usługi · Lokalny Koszyk Usług · PZK gminy Białystok');
    expect(text).toMatch(/Realizator \(partner\) Stowarzyszenie „Łączy nas Białystok”/);
    expect(text).toMatch(/Dla kogo Dzieci i młodzież, Rodziny z dziećmi/);
    expect(text).toContain('Zajęcia popołudniowe, pomoc w nauce i posiłek dla dzieci w wieku 7–15 lat.');
    expect(text).toContain('Jak skorzystać');
    expect(text).toContain('Zgłoszenie przez pracownika socjalnego MOPR albo osobiście w świetlicy.');
    expect(text).toContain('Zgoda rodzica lub opiekuna prawnego.');
    expect(text).toContain('ul. Źródlana 5, Białystok');
    expect(text).toContain('tel. 85 744 12 12, swietlica@example.pl');
    expect(text).toMatch(/Koordynator u partnera Grażyna Żółkiewska-Ćwik/);
    expect(text).toContain('Informację sprawdzono: 01.10.2026.');
  });

  it('is printed for a guest of the PZK; an outsider, a proposal and another PZK\'s entry are not found', async () => {
    const { id } = await createPzkService(nw, pzkId, card({ name: 'Mieszkanie treningowe' }));
    expect(pdfText((await serviceCardPdf(guest, pzkId, id)).pdf)).toContain('Mieszkanie treningowe');
    await expect(serviceCardPdf(outsider, pzkId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pzkServiceCard(outsider, pzkId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const member = await makeActor('social_worker', BIALYSTOK);
    const proposal = await createPzkService(member, pzkId, card({ name: 'Propozycja: grupa AA' }));
    expect(proposal.status).toBe('proposed');
    await expect(serviceCardPdf(nw, pzkId, proposal.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The card of this PZK asked for through another PZK's address.
    await expect(serviceCardPdf(ruralPcpr, ruralPzkId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the printed Lokalny Koszyk Usług', () => {
  it('has a title page with the town and date, a table of contents with page numbers, and every published card — no proposal', async () => {
    const basket = await pzkServiceBasket(nw, pzkId);
    const published = basket.cards.map((c) => c.name);
    const member = await makeActor('social_worker', BIALYSTOK);
    await createPzkService(member, pzkId, card({ name: 'Propozycja niezatwierdzona' }));
    expect((await pzkServiceBasket(nw, pzkId)).cards.map((c) => c.name)).toEqual(published);

    const { pdf, filename } = await basketPdf(nw, pzkId);
    expect(filename).toBe('lokalny-koszyk-uslug-bialystok.pdf');
    const text = pdfText(pdf);
    expect(text.startsWith('Kooperacja — Platforma Modelu Kooperacji Lokalny Koszyk Usług Lokalny Koszyk Usług PZK gminy Białystok · miasto Białystok')).toBe(true);
    const [y, m, d] = clock.today().split('-');
    expect(text).toContain(`Stan na ${d}.${m}.${y}.`);
    expect(text).toContain('Spis treści');
    for (const name of published) expect(text).toContain(name);
    expect(text).not.toContain('Propozycja niezatwierdzona');
    expect(text).not.toContain('Propozycja: grupa AA');
  });

  it('numbers the pages of the contents after the cards as printed, a long card taking two pages', async () => {
    // A PZK of its own, so the cards are known: a long card (two pages) and a short one after it.
    const codes = ['2006011'];
    const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
    await accepted(pcpr, await makeActor('rops_adviser', PODLASKIE), codes);
    const own = await pzkOf(codes[0]);
    const long = Array.from({ length: 40 }, (_, i) => `Akapit ${i + 1}: zajęcia grupowe i indywidualne prowadzone przez psychologa, pedagoga i terapeutę rodzinnego, w małych grupach.`).join('\n');
    await createPzkService(pcpr, own, card({ name: 'Aaa długa karta', description: long.slice(0, 5000), providerName: 'Ośrodek A' }));
    await createPzkService(pcpr, own, card({ name: 'Bbb krótka karta', providerName: 'Ośrodek B' }));
    const text = pdfText((await basketPdf(pcpr, own)).pdf);
    // Title page 1; the long card on pages 2–3; the short one on page 4.
    expect(text).toContain('Spis treści 1. Aaa długa karta s. 2 Ośrodek A 2. Bbb krótka karta s. 4 Ośrodek B');
    expect(text).toContain('Strona 4 z 4');
  });

  it('is printed for a guest; an outsider does not find it', async () => {
    expect(pdfText((await basketPdf(guest, pzkId)).pdf)).toContain('Lokalny Koszyk Usług');
    await expect(basketPdf(outsider, pzkId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pzkServiceBasket(outsider, pzkId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('in the rural model is titled "Lista aktywności i usług"', async () => {
    await createPzkService(ruralPcpr, ruralPzkId, card({ name: 'Grupa wsparcia dla rodziców', coordinator: '' }));
    const { pdf, filename } = await basketPdf(ruralPcpr, ruralPzkId);
    const text = pdfText(pdf);
    expect(filename).toBe('lista-aktywnosci-i-uslug-hajnowka.pdf');
    expect(text).toContain('Lista aktywności i usług PZK gminy Hajnówka · gmina Hajnówka, powiat hajnowski');
    expect(text).not.toContain('Lokalny Koszyk Usług');
    expect(text).toContain('Grupa wsparcia dla rodziców');
  });
});

describe('the CSV with the coordinator', () => {
  it('exports the column and imports it back; an old file without it still imports; the Polish header is accepted', async () => {
    await createPzkService(nw, pzkId, card({ name: 'Asystent rodziny', coordinator: 'Łucja Źdźbło' }));
    const exported = await exportPzkServices(nw, pzkId);
    const csv = String(servicesCsv(exported.rows, 'pzk'));
    const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(header.split(/[;,]/).at(-1)).toBe('service.coordinator');
    expect(csv).toContain('Łucja Źdźbło');
    expect(exported.rows.find((r) => r.name === 'Asystent rodziny')?.coordinator).toBe('Łucja Źdźbło');

    // Into the rural PZK: the coordinator comes along.
    const table = readServiceTable(csv, 'pzk');
    const row = table.records.find((r) => r.values['service.name'] === 'Asystent rodziny')!;
    const r = await importPzkServices(ruralPcpr, ruralPzkId, { rows: [row] });
    expect(r).toEqual({ imported: 1, errors: [] });
    const [got] = await getDb().select({ coordinator: services.coordinator }).from(services).where(and(eq(services.pzkId, ruralPzkId), eq(services.name, 'Asystent rodziny')));
    expect(got.coordinator).toBe('Łucja Źdźbło');

    // A file made before the column existed.
    const old = [
      'organization.name;service.name;service.description;service.eligibility_description;service.taxonomy_terms',
      'Klub Sportowy „Orlik”;Treningi piłkarskie;Dwa razy w tygodniu;Dzieci i młodzież;Sport i kultura',
    ].join('\r\n');
    const oldTable = readServiceTable(old, 'pzk');
    expect(await importPzkServices(ruralPcpr, ruralPzkId, { rows: oldTable.records })).toEqual({ imported: 1, errors: [] });
    const [oldRow] = await getDb().select({ coordinator: services.coordinator }).from(services).where(and(eq(services.pzkId, ruralPzkId), eq(services.name, 'Treningi piłkarskie')));
    expect(oldRow.coordinator).toBe('');

    // The column named in Polish, and a coordinator too long: that row is refused, with the column named.
    const polish = [
      'organization.name;service.name;service.description;service.eligibility_description;service.taxonomy_terms;Koordynator u partnera',
      `Parafia św. Rocha;Jadłodajnia;Obiady;Osoby dorosłe;Socjalny;ks. Mirosław Żak`,
      `Parafia św. Rocha;Wydawka odzieży;Odzież;Osoby dorosłe;Socjalny;${'x'.repeat(301)}`,
    ].join('\r\n');
    const res = await importPzkServices(ruralPcpr, ruralPzkId, { rows: readServiceTable(polish, 'pzk').records });
    expect(res.imported).toBe(1);
    expect(res.errors).toEqual([{ row: 3, column: 'service.coordinator', field: 'Koordynator u partnera', message: 'Maksymalnie 300 znaków.' }]);
    const [pl] = await getDb().select({ coordinator: services.coordinator }).from(services).where(and(eq(services.pzkId, ruralPzkId), eq(services.name, 'Jadłodajnia')));
    expect(pl.coordinator).toBe('ks. Mirosław Żak');
  });

  it('the regional list has no coordinator column', async () => {
    const { voivodeshipId } = await unit(PODLASKIE);
    const { rows } = await exportRegionalServices(voivodeshipId);
    const header = String(servicesCsv(rows, 'regional')).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(header).not.toContain('coordinator');
    expect(header.split(/[;,]/).at(-1)).toBe('location.powiat');
  });
});

describe('the e-mail to the team when the list changes', () => {
  it('speaks of the Lokalny Koszyk Usług in Kooperacje 3D', async () => {
    await addMember(nw, { pzkId, name: 'Halina Żurawska', function: 'Pedagog szkolny', teamRole: 'invited', email: 'h.zurawska@example.pl' });
    await createPzkService(nw, pzkId, card({ name: 'Świetlica środowiskowa' }));
    const [mail] = await getDb().select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'services_changed'), eq(emailOutbox.toEmail, 'h.zurawska@example.pl')));
    expect(mail.subject).toBe('PZK gminy Białystok: zmiana Lokalnego Koszyka Usług');
    expect(mail.body).toContain('dodał(a) wpis „Świetlica środowiskowa” w Lokalnym Koszyku Usług zespołu PZK gminy Białystok.');
  });
});
