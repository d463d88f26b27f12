import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, goodPractices, materials } from '@/db/schema';
import { seedDemoPractices } from '@/db/seed/demo-practices';
import type { AppError } from '@/lib/errors';
import { practicePdf } from '@/lib/practices/pdf';
import { getPractice, listProposals, myProposals, practiceForm, proposePractice, publishPractice, searchPractices, updatePractice } from '@/lib/practices/practices';
import { DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, unit } from '../factories';

const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: AppError) => e.code);

const sheet = async () => {
  const janow = await unit(JANOW);
  return {
    name: 'Wspólny kalendarz spotkań zespołu w gminie wiejskiej',
    level: 'Etap pracy kooperacyjnej',
    area: 'Organizacja pracy PZK',
    description: 'Instytucje gminy uzgadniają terminy spotkań na cały rok, co ułatwia udział partnerów z odległych miejscowości.',
    conditions: 'Zawiązany PZK i zgoda kierowników instytucji.',
    process: [{ text: 'Zebranie propozycji terminów od partnerów.' }, { text: '' }, { text: 'Uchwalenie kalendarza na spotkaniu PZK.' }],
    solution: 'Roczny kalendarz spotkań przyjęty przez zespół i publikowany na Platformie.',
    swotStrengths: 'Przewidywalność spotkań.\nŁatwiejszy dojazd dzięki planowaniu.',
    swotWeaknesses: 'Sztywność terminów.',
    swotOpportunities: 'Wspólny transport partnerów.',
    swotThreats: 'Zmiany kadrowe w instytucjach.',
    measures: 'Frekwencja na spotkaniach powyżej 80%.',
    powiatId: String(janow.powiatId),
    gminaId: String(janow.gminaId),
    contact: 'GOPS w Janowie, tel. 85 000 00 00',
  };
};

describe('good practices', () => {
  it('a member proposes; only the author and ROPS see it until ROPS publishes it for everyone', async () => {
    const gops = await makeActor('gops_animator', JANOW);
    const other = await makeActor('social_worker', DABROWA);
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const mazowsze = await makeActor('rops_adviser', MAZOWIECKIE);
    const input = await sheet();

    const p = await proposePractice(gops, input);
    expect(p.status).toBe('proposed');
    const [row] = await getDb().select().from(goodPractices).where(eq(goodPractices.id, p.id));
    expect(row.process).toEqual(['Zebranie propozycji terminów od partnerów.', 'Uchwalenie kalendarza na spotkaniu PZK.']);
    expect(row.powiatId).toBe((await unit(JANOW)).powiatId);

    // Not public, not for other members, not for another województwo's ROPS.
    expect((await searchPractices({ q: 'kalendarz' })).rows).toEqual([]);
    expect(await code(getPractice(null, p.id))).toBe('NOT_FOUND');
    expect(await code(getPractice(other, p.id))).toBe('NOT_FOUND');
    expect(await code(getPractice(mazowsze, p.id))).toBe('NOT_FOUND');
    expect(await code(practicePdf(null, p.id))).toBe('NOT_FOUND');
    expect((await getPractice(gops, p.id)).canPublish).toBe(false);
    expect((await myProposals(gops)).map((x) => x.id)).toEqual([p.id]);

    // ROPS reviews: the proposal is listed, it may edit it (version-locked) and publish it.
    expect((await listProposals(rops)).map((x) => x.id)).toContain(p.id);
    expect(await code(listProposals(gops))).toBe('FORBIDDEN');
    expect((await getPractice(rops, p.id)).canPublish).toBe(true);
    const edited = await updatePractice(rops, { ...input, id: p.id, version: p.version, name: 'Wspólny roczny kalendarz spotkań zespołu' });
    expect(await code(updatePractice(gops, { ...input, id: p.id, version: p.version }))).toBe('CONFLICT');
    expect(await code(publishPractice(rops, { id: p.id, version: p.version }))).toBe('CONFLICT');
    expect(await code(publishPractice(gops, { id: p.id, version: edited.version }))).toBe('FORBIDDEN');
    expect(await code(publishPractice(mazowsze, { id: p.id, version: edited.version }))).toBe('NOT_FOUND');
    await publishPractice(rops, { id: p.id, version: edited.version });

    // Public now, and found without Polish letters.
    const found = await searchPractices({ q: 'wspolny kalendarz spotkan' });
    expect(found.rows.map((r) => r.name)).toEqual(['Wspólny roczny kalendarz spotkań zespołu']);
    expect((await searchPractices({ q: 'latwiejszy dojazd' })).rows.map((r) => r.id)).toEqual([p.id]);
    expect((await searchPractices({ level: 'Etap pracy kooperacyjnej' })).rows.map((r) => r.id)).toContain(p.id);
    expect((await searchPractices({ area: 'Inny obszar' })).rows).toEqual([]);
    expect((await searchPractices({})).levels).toContain('Etap pracy kooperacyjnej');
    const anon = await getPractice(null, p.id);
    expect(anon.practice.gminaName).toBe('Janów');
    expect(anon.canEdit).toBe(false);
    // The author's right to edit ends with publication.
    expect(await code(updatePractice(gops, { ...input, id: p.id, version: edited.version + 1 }))).toBe('FORBIDDEN');
    expect(await code(publishPractice(rops, { id: p.id, version: edited.version + 1 }))).toBe('CONFLICT');

    const actions = await getDb().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'good_practice'), eq(auditLog.entityId, String(p.id))));
    expect(actions.map((a) => a.action).sort()).toEqual(['practice.proposed', 'practice.published', 'practice.saved']);

    // The printable sheet: name, SWOT heading with Polish letters, the process numbered.
    const { pdf, fileName } = await practicePdf(null, p.id);
    expect(fileName).toBe('dobra-praktyka-wspolny-roczny-kalendarz-spotkan-zespolu.pdf');
    const file = path.join(os.tmpdir(), `praktyka-${p.id}-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    fs.unlinkSync(file);
    expect(text).toContain('Wspólny roczny kalendarz spotkań zespołu');
    expect(text).toContain('Mocne strony');
    expect(text).toContain('Słabe strony');
    expect(text).toContain('Zagrożenia');
    expect(text).toContain('2. Uchwalenie kalendarza na spotkaniu PZK.');
    expect(text).toContain('gmina Janów, powiat sokólski');
  });

  it('validates the sheet and the place', async () => {
    const gops = await makeActor('gops_animator', JANOW);
    const input = await sheet();
    const e = (await proposePractice(gops, { ...input, name: '', process: [{ text: ' ' }] }).catch((x) => x)) as AppError;
    expect(e.code).toBe('INVALID');
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(expect.arrayContaining(['name', 'process']));
    const warsaw = await unit('1465011');
    expect((await proposePractice(gops, { ...input, powiatId: '', gminaId: String(warsaw.gminaId) }).catch((x: AppError) => x.fieldErrors))).toHaveProperty('gminaId');
    const sokolski = await unit(SOKOLSKI);
    const onlyGmina = await proposePractice(gops, { ...input, powiatId: '', gminaId: String((await unit(DABROWA)).gminaId) });
    expect((await getPractice(gops, onlyGmina.id)).practice.powiatId).toBe(sokolski.powiatId);
    const form = await practiceForm(gops);
    expect(form.powiats.some((p) => p.id === sokolski.powiatId)).toBe(true);
    expect(form.gminas.length).toBeGreaterThan(100);
  });

  it('seeds the demo: a published practice, a proposal and two materials', async () => {
    await makeActor('rops_adviser', PODLASKIE, { email: 'rops.doradca@kooperacja.test' });
    await makeActor('gops_animator', DABROWA, { email: 'gops.dabrowa@kooperacja.test' });
    const { voivodeshipId } = await unit(PODLASKIE);
    await getDb().transaction((tx) => seedDemoPractices(tx, voivodeshipId));
    expect((await searchPractices({ q: 'profesjonalizacja wspolpracy' })).rows.map((r) => r.name)).toEqual(['Profesjonalizacja współpracy w ramach partnerstwa międzysektorowego']);
    expect((await searchPractices({ q: 'zespolowej pracy socjalnej' })).rows).toEqual([]);
    const demo = (await searchPractices({ q: 'profesjonalizacja' })).rows[0];
    const { pdf } = await practicePdf(null, demo.id);
    const file = path.join(os.tmpdir(), `praktyka-demo-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    fs.unlinkSync(file);
    expect(text).toContain('Profesjonalizacja współpracy w ramach partnerstwa międzysektorowego');
    expect(text).toContain('Mocne strony');
    expect(text).toContain('Brak środków finansowych na zaplanowane działania.');
    const ms = await getDb().select({ title: materials.title, visibility: materials.visibility, steps: materials.steps }).from(materials);
    expect(ms).toEqual(
      expect.arrayContaining([
        { title: 'Jak pracować Modelem Kooperacji — podstawy', visibility: 'public', steps: ['4', '6.1'] },
        expect.objectContaining({ visibility: 'members', steps: ['7.2'] }),
      ]),
    );
  });
});
