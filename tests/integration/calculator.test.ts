import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, costRates } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { calculatorPdf } from '@/lib/calculator/pdf';
import { DEFAULT_RATES } from '@/lib/calculator/rates';
import { calculate, rateForEdit, ratesOverview, saveCostRate } from '@/lib/calculator/service';
import { JANOW, makeActor, MAZOWIECKIE, PODLASKIE } from '../factories';

const TMP = path.resolve('tests/.tmp');
const written: string[] = [];
afterAll(() => process.env.KEEP_PDF || written.forEach((f) => fs.rmSync(f, { force: true })));
function pdfText(pdf: Uint8Array) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `kalkulator-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, pdf);
  written.push(file);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { text, pages };
}
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

// Gminas of two more województwa, each used by one test only, so their rates start at the defaults.
const BIALA_PODLASKA = '0601032';
const BOGDANIEC = '0801022';

// One person in DPS for 12 months, nothing else; the model avoids the placement from year 2.
const QUERY = {
  dpsPeople: '1',
  dpsMonths: '12',
  fosterChildren: '0',
  institutionChildren: '0',
  periodicMonths: '0',
  permanentMonths: '0',
  otherBenefits: '0',
  careHours: '0',
  specialistHours: '0',
  socialWorkHours: '0',
  hospitalDays: '0',
  supportYears: '1',
  keyWorkerMonths: '0',
  keyWorkerHours: '0',
  assistantHours: '0',
  pzkMonths: '12',
  dpsAvoided: '1',
  dpsFromYear: '2',
  dpsToYear: '7',
  childCareReduction: '0',
  childCareFromYear: '1',
  benefitsReduction: '0',
  benefitsFromYear: '1',
};

describe('cost-of-inaction calculator', () => {
  let rops: Actor;
  let gops: Actor;
  let mazowsze: Actor;
  beforeAll(async () => {
    rops = await makeActor('rops_adviser', PODLASKIE);
    gops = await makeActor('gops_animator', JANOW);
    mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
  });

  it('calculates with the default rates until ROPS sets its own', async () => {
    // Rates are kept per województwo: a GOPS of lubelskie, where no test sets a rate (Biała Podlaska, gmina wiejska).
    const gops = await makeActor('gops_animator', BIALA_PODLASKA);
    const calc = await calculate(gops, QUERY);
    expect(calc.rates.dps_month).toMatchObject({ amount: DEFAULT_RATES.dps_month.amount, isDefault: true, version: 0 });
    // 1 × 12 × 7 800 zł = 93 600 zł a year.
    expect(calc.result!.years[0].inaction).toBe(93600);
    expect(calc.canManageRates).toBe(false);
  });

  it('ROPS overrides a rate with its source; the calculator uses it, another województwo keeps the default', async () => {
    await expect(saveCostRate(rops, { key: 'dps_month', amount: '5 000,00', unit: 'zł / osobę / miesiąc', source: '', version: 0 })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { source: [expect.stringContaining('Podaj źródło stawki')] },
    });
    const saved = await saveCostRate(rops, { key: 'dps_month', amount: '5 000,00', unit: 'zł / osobę / miesiąc', source: 'Obwieszczenie Wojewody Podlaskiego, Dz. Urz. 2026', version: 0 });
    expect(saved).toMatchObject({ key: 'dps_month', version: 1 });

    const calc = await calculate(gops, QUERY);
    expect(calc.rates.dps_month).toMatchObject({ amount: 5000, isDefault: false, source: 'Obwieszczenie Wojewody Podlaskiego, Dz. Urz. 2026', version: 1 });
    // As now: 1 × 12 × 5 000 = 60 000 zł a year, 420 000 zł in 7 years.
    // With the model: year 1 = 60 000 + 12 × 350 zł (PZK, default rate) = 64 200; years 2–7 = 0.
    expect(calc.result!.totals).toEqual({ inaction: 420000, withModel: 64200, support: 4200, difference: 355800 });

    const other = await calculate(mazowsze, QUERY);
    expect(other.rates.dps_month).toMatchObject({ amount: DEFAULT_RATES.dps_month.amount, isDefault: true });
    expect(other.result!.totals.inaction).toBe(7 * 93600);

    const [entry] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'cost_rate.saved'), eq(auditLog.entityId, String(saved.id))));
    expect(entry).toMatchObject({ entityType: 'cost_rate', userId: rops.userId, voivodeshipId: rops.scope.voivodeshipId });
    expect(entry.details).toMatchObject({ key: 'dps_month', amount: 5000, previousAmount: DEFAULT_RATES.dps_month.amount });

    // Changing it again needs the version the form was opened with.
    const again = await saveCostRate(rops, { key: 'dps_month', amount: '5100', unit: 'zł / osobę / miesiąc', source: 'Dz. Urz. 2026, poz. 12', version: 1 });
    expect(again.version).toBe(2);
    expect((await ratesOverview(gops)).rates.dps_month.amount).toBe(5100);
  });

  it('a stale version is a CONFLICT', async () => {
    const first = await saveCostRate(rops, { key: 'care_service_hour', amount: '48', unit: 'zł / godzinę', source: 'Uchwała Rady Gminy', version: 0 });
    await saveCostRate(rops, { key: 'care_service_hour', amount: '49', unit: 'zł / godzinę', source: 'Uchwała Rady Gminy', version: first.version });
    await expect(saveCostRate(rops, { key: 'care_service_hour', amount: '50', unit: 'zł / godzinę', source: 'Uchwała Rady Gminy', version: first.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Two ROPS users both opening a default rate: the second "create" conflicts too.
    await expect(saveCostRate(rops, { key: 'care_service_hour', amount: '50', unit: 'zł / godzinę', source: 'Uchwała Rady Gminy', version: 0 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await getDb().select().from(costRates).where(and(eq(costRates.voivodeshipId, rops.scope.voivodeshipId), eq(costRates.key, 'care_service_hour')));
    expect(row).toMatchObject({ amount: 49, version: 2 });
  });

  it('only ROPS changes rates', async () => {
    await expect(saveCostRate(gops, { key: 'psychiatric_day', amount: '1', unit: 'zł / dzień', source: 'x', version: 0 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rateForEdit(gops, 'psychiatric_day')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const denied = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.userId, gops.userId)));
    expect(denied.map((d) => d.entityId)).toContain('cost_rates.manage');
    expect((await ratesOverview(gops)).canManage).toBe(false);
    expect((await ratesOverview(rops)).canManage).toBe(true);
    await expect(rateForEdit(rops, 'no_such_rate')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the PDF has the title, the totals in Polish złoty, the rates with sources and page numbers', async () => {
    // Its own województwo (lubuskie, Bogdaniec), whose ROPS sets the DPS rate first.
    const gops = await makeActor('gops_animator', BOGDANIEC);
    const rops = await makeActor('rops_adviser', BOGDANIEC.slice(0, 2));
    await saveCostRate(rops, { key: 'dps_month', amount: '5100', unit: 'zł / osobę / miesiąc', source: 'Dz. Urz. 2026, poz. 12', version: 0 });
    const { pdf, filename } = await calculatorPdf(gops, new URLSearchParams(QUERY), new Date('2026-05-04T10:00:00Z'));
    expect(filename).toBe('kalkulator-kosztów-zaniechania.pdf');
    const { text, pages } = pdfText(pdf);
    expect(text).toContain('Kalkulator kosztów zaniechania');
    // The rate ROPS set (5 100 zł): 7 × 12 × 5 100 = 428 400; with the model 61 200 + 4 200 = 65 400; 363 000 saved.
    expect(text).toContain(spaces('428 400,00 zł'));
    expect(text).toContain('65 400,00 zł');
    expect(text).toContain('363 000,00 zł');
    expect(text).toContain('Dz. Urz. 2026, poz. 12');
    expect(text).toContain('Razem (7 lat)');
    expect(text).toContain('Jak liczymy');
    expect(text).toContain(`Strona ${pages} z ${pages}`);
    // Polish letters survive.
    expect(text).toContain('Hospitalizacja psychiatryczna');
    expect(text).toContain('Koszt zaniechania w roku r');
  });

  it('a visitor without an account calculates with the default rates, or with the published ones of the województwo chosen', async () => {
    // Mazowieckie's ROPS publishes a rate no other test sets there.
    const mazowieckie = mazowsze.scope.voivodeshipId;
    const saved = await saveCostRate(mazowsze, { key: 'family_assistant_hour', amount: '61', unit: 'zł / godzinę', source: 'Zarządzenie Dyrektora ROPS (test)', version: 0 });
    expect(saved.version).toBe(1);

    const plain = await calculate(null, QUERY);
    expect(plain).toMatchObject({ voivodeshipId: null, voivodeshipName: null, canManageRates: false });
    expect(plain.rates.family_assistant_hour).toMatchObject({ amount: DEFAULT_RATES.family_assistant_hour.amount, isDefault: true });
    expect(plain.result!.years[0].inaction).toBe(93600);

    const chosen = await calculate(null, { ...QUERY, woj: String(mazowieckie) });
    expect(chosen).toMatchObject({ voivodeshipId: mazowieckie, voivodeshipName: expect.stringContaining('mazowieck'), canManageRates: false });
    expect(chosen.rates.family_assistant_hour).toMatchObject({ amount: 61, source: 'Zarządzenie Dyrektora ROPS (test)', isDefault: false });
    expect((await ratesOverview(null, new URLSearchParams({ woj: String(mazowieckie) }))).rates.family_assistant_hour.amount).toBe(61);

    // Nonsense or an unknown województwo: the defaults, not an error.
    for (const woj of ['abc', '999999', '-1']) expect((await calculate(null, { ...QUERY, woj })).voivodeshipId).toBeNull();
    // A signed-in user without ?woj= gets their own; with it, the one chosen (ROPS edits only its own).
    expect((await calculate(gops, QUERY)).voivodeshipId).toBe(gops.scope.voivodeshipId);
    expect(await calculate(rops, { ...QUERY, woj: String(mazowieckie) })).toMatchObject({ voivodeshipId: mazowieckie, canManageRates: false });

    const { pdf } = await calculatorPdf(null, new URLSearchParams({ ...QUERY, woj: String(mazowieckie) }));
    const { text } = pdfText(pdf);
    expect(text).toContain('Kalkulator kosztów zaniechania');
    expect(text).toContain('Zarządzenie Dyrektora ROPS (test)');
    expect(pdfText((await calculatorPdf(null, QUERY)).pdf).text).toContain('stawki domyślne');
  });

  it('the PDF refuses an invalid query', async () => {
    await expect(calculatorPdf(gops, new URLSearchParams({ ...QUERY, dpsMonths: '13' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { dpsMonths: ['Największa wartość to 12.'] } });
  });
});
