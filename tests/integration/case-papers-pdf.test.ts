import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseQualifications, cases, ipps, type IppGoal } from '@/db/schema';
import { givePurpose } from '@/lib/cases/access';
import { saveHouseholdMember } from '@/lib/cases/cases';
import { consentPaperPdf, monitoringSheetPdf, qualificationPaperPdf, rightsDutiesPdf } from '@/lib/cases/family-papers';
import { FAMILY_DUTIES, FAMILY_RIGHTS } from '@/lib/cases/rights-duties';
import { unsafeVerifyCode } from '@/lib/documents/verify';
import { caseSetup, newCase, qualifiedCase, type CaseSetup } from '../case-factories';
import { usePdfText } from '../pdf-text';

/*
 * The papers a family signs (issue 15, item 4), printed from the case: the consent with the RODO
 * clause, the qualification decision, the monitoring sheet, the rights and duties. Each one's text
 * is read back with pdftotext: Polish words intact, the case's own data in it, nothing more than
 * the paper needs. Gminas of this file: 2005042, 2005052 (powiat 2005).
 */

const pdfText = usePdfText('case-papers');
let s: CaseSetup;
const db = () => getDb();

beforeAll(async () => {
  s = await caseSetup(['2005042', '2005052']);
});

const caseNumber = async (id: number) => (await db().select({ number: cases.number }).from(cases).where(eq(cases.id, id)))[0].number;
const printsOf = async (caseId: number, what: string) =>
  (await db().select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(caseId)), eq(auditLog.action, 'case.printed')))).filter((e) => (e.details as { what: string }).what === what);

/** A household with a PESEL, to check no paper prints it. */
async function withPesel(caseId: number) {
  await saveHouseholdMember(s.gops, { caseId, firstName: 'Józef', lastName: 'Ślusarczyk', birthYear: '1950', relation: 'dziadek', pesel: '50010112343', notes: 'Choruje na serce.' });
}

describe('the consent with the information clause (art. 13 RODO)', () => {
  it('names the family, the controller, the purposes, the legal bases, the recipients, retention, rights and the complaint to the Prezes UODO', async () => {
    const { caseId } = await newCase(s);
    await withPesel(caseId);
    const { pdf, filename } = await consentPaperPdf(s.gops, caseId);
    const text = pdfText(pdf);
    const number = await caseNumber(caseId);
    expect(filename).toBe(`zgoda-${number.replace(/\//g, '-')}.pdf`);
    for (const phrase of [
      number,
      'Zgoda na współpracę i przekazywanie danych',
      'Halina Zięba',
      'Łukasz Zięba',
      'Józef Ślusarczyk',
      'Klauzula informacyjna (art. 13 RODO)',
      'Administrator Pani/Pana danych osobowych:',
      'ośrodek pomocy społecznej gminy',
      'art. 6 ust. 1 lit. a RODO',
      'art. 6 ust. 1 lit. c RODO',
      'art. 9 ust. 2 lit. a RODO',
      'art. 9 ust. 2 lit. g RODO',
      'Odbiorcami danych są instytucje zespołu',
      'przechowujemy',
      'Zgodę może Pani/Pan wycofać w dowolnym momencie',
      'Prezesa Urzędu Ochrony Danych Osobowych',
      'wyrażam zgodę',
      'czytelny podpis',
    ])
      expect(text).toContain(phrase);
    // The institution of the signed member on the case team and those named in the recorded consent are recipients.
    expect(text).toContain('WTZ');
    // Only what the paper needs: no PESEL, no notes about health.
    expect(text).not.toContain('50010112343');
    expect(text).not.toContain('2343');
    expect(text).not.toContain('Choruje na serce');
    // A blank paper to sign: no verification code (the signed scan goes to the case files).
    expect(text).not.toContain('Kod weryfikacyjny');
    expect(await printsOf(caseId, 'pdf:zgoda')).toHaveLength(1);
  });

  it('is printed by whoever may open the case; strangers do not find it, ROPS first states a purpose', async () => {
    const { caseId } = await newCase(s);
    await expect(consentPaperPdf(s.member, caseId)).resolves.toBeTruthy();
    await expect(consentPaperPdf(s.strangerGops, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consentPaperPdf(s.outsider, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consentPaperPdf(s.rops, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await givePurpose(s.rops, { caseId, purpose: 'Kontrola dokumentacji zgód' });
    await expect(consentPaperPdf(s.rops, caseId)).resolves.toBeTruthy();
    expect((await printsOf(caseId, 'pdf:zgoda')).map((e) => e.userId).sort()).toEqual([s.member.userId, s.rops.userId].sort());
  });
});

describe('the qualification decision', () => {
  it('prints the decision, its date, the criteria, the opinions and the conditions', async () => {
    const { caseId } = await qualifiedCase(s, '2027-01-12');
    const text = pdfText((await qualificationPaperPdf(s.socialWorker, caseId)).pdf);
    for (const phrase of [
      await caseNumber(caseId),
      'Decyzja o kwalifikacji do współpracy w Modelu Kooperacji',
      'Zakwalifikowano do współpracy w modelu',
      '12.01.2027',
      'Przewlekły kryzys',
      'Szkoła — Realna szansa na zmianę',
      'Weryfikacja w systemie pomocy społecznej (animator GOPS): 12.01.2027',
      'Konsultacja z animatorem PCPR: 12.01.2027',
      'zgoda na współpracę w modelu (05.01.2027)',
    ])
      expect(text).toContain(phrase);
    expect(text).not.toContain('Uzasadnienie odmowy');
    expect(await printsOf(caseId, 'pdf:decyzja-kwalifikacja')).toHaveLength(1);
    // Its verification code: the same on every print of the decision, and the public page knows it
    // only as a qualification decision of this case (no names).
    const code = /Kod weryfikacyjny: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1];
    expect(code).toBeTruthy();
    expect(pdfText((await qualificationPaperPdf(s.member, caseId)).pdf)).toContain(`Kod weryfikacyjny: ${code}`);
    const verified = await unsafeVerifyCode(code!);
    expect(verified).toMatchObject({ found: true, source: 'case', kind: 'Decyzja o kwalifikacji', caseNumber: await caseNumber(caseId), current: true });
    expect(JSON.stringify(verified)).not.toContain('Zięba');
  });

  it('prints a refusal with its reason, and is not found before a decision', async () => {
    const { caseId } = await newCase(s);
    await expect(qualificationPaperPdf(s.gops, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Decyzja o kwalifikacji nie została jeszcze podjęta.' });
    await db()
      .insert(caseQualifications)
      .values({ caseId, decision: 'refused', decidedOn: '2027-01-12', opinions: [], criteria: [], refusalReason: 'Żadna instytucja nie widzi realnej szansy powodzenia.', decidedBy: s.gops.userId });
    const text = pdfText((await qualificationPaperPdf(s.gops, caseId)).pdf);
    expect(text).toContain('Odmowa kwalifikacji');
    expect(text).toContain('Uzasadnienie odmowy');
    expect(text).toContain('Żadna instytucja nie widzi realnej szansy powodzenia.');
  });
});

describe('the monitoring sheet', () => {
  const goals = (mother: number, son: number): IppGoal[] => [
    { key: 'g-m', memberId: mother, area: 'zdrowie', title: 'Systematyczne przyjmowanie leków', expectedEffect: 'Leki codziennie, bez hospitalizacji.', baseline: 3, target: 8, tasks: [] },
    { key: 'g-s', memberId: son, area: 'prozawodowy', title: 'Udział Łukasza w zajęciach WTZ', expectedEffect: '', baseline: 1, target: 7, tasks: [] },
    { key: 'g-r', memberId: null, area: 'rodzinny', title: 'Wspólne zarządzanie budżetem domowym', expectedEffect: '', baseline: 2, target: 6, tasks: [] },
  ];

  it('lists each goal of the IPP covering today with a 0–10 scale of boxes, satisfaction and signature lines', async () => {
    const { caseId, mother, son } = await qualifiedCase(s);
    await db()
      .insert(ipps)
      .values([
        { caseId, sequence: 1, startsOn: '2027-01-15', endsOn: '2027-03-14', goals: [{ ...goals(mother, son)[0], title: 'Cel z poprzedniego programu' }], pzkAttendance: 'in_person', updatedBy: s.gops.userId },
        // IPP 2 covers today (CASE_TODAY, 31.03.2027).
        { caseId, sequence: 2, startsOn: '2027-03-15', endsOn: '2027-06-14', goals: goals(mother, son), pzkAttendance: 'in_person', updatedBy: s.gops.userId },
      ]);
    const { pdf, filename } = await monitoringSheetPdf(s.member, caseId);
    const text = pdfText(pdf);
    expect(filename).toContain('karta-monitoringu-ipp-2');
    for (const phrase of [
      await caseNumber(caseId),
      'Karta monitoringu',
      'IPP nr 2, 15.03.2027 – 14.06.2027',
      'Systematyczne przyjmowanie leków',
      'Udział Łukasza w zajęciach WTZ',
      'Wspólne zarządzanie budżetem domowym',
      'Halina Zięba (matka)',
      'Cel rodzinny — cała rodzina',
      'Na początku: 3 · cel programu: 8',
      '0 1 2 3 4 5 6 7 8 9 10',
      'Jak bardzo jesteście zadowoleni ze zmian od ostatniego spotkania?',
      'Pracownik kluczowy',
    ])
      expect(text).toContain(phrase);
    expect(text).not.toContain('Cel z poprzedniego programu');
    // One scale per goal plus satisfaction.
    expect(text.split('0 1 2 3 4 5 6 7 8 9 10').length - 1).toBe(4);
    expect(await printsOf(caseId, 'pdf:karta-monitoringu')).toHaveLength(1);
  });

  it('needs an IPP', async () => {
    const { caseId } = await qualifiedCase(s);
    await expect(monitoringSheetPdf(s.gops, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the rights and duties of the family', () => {
  it('prints the model text of the rights and duties, with the case and the signatures', async () => {
    const { caseId } = await newCase(s);
    const text = pdfText((await rightsDutiesPdf(s.gops, caseId)).pdf);
    for (const phrase of [
      await caseNumber(caseId),
      'Prawa i obowiązki osoby/rodziny w Modelu Kooperacji',
      'Proponowane obowiązki rodziny',
      'Proponowane prawa osoby/rodziny w MODELU',
      'decyzja o udziale w MODELU,',
      'współpraca z animatorem/pracownikiem kluczowym, ekspertem rodzin, PZK,',
      'uczestnictwo w spotkaniach monitoringowych, ewaluacyjnych.',
      'wybór osób do zespołu, korzystanie z zasobów PZK.',
      'Halina Zięba',
    ])
      expect(text).toContain(phrase);
    expect(FAMILY_DUTIES).toHaveLength(9);
    expect(FAMILY_RIGHTS).toHaveLength(8);
    // Every point whole, even the long ones that wrap in the PDF.
    for (const item of [...FAMILY_DUTIES, ...FAMILY_RIGHTS]) expect(text).toContain(item);
    expect(await printsOf(caseId, 'pdf:prawa-obowiazki')).toHaveLength(1);
  });
});
