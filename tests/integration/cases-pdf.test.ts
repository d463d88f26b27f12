import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import type { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, caseDiagnoses, caseEvaluations, caseMonitoring, casePrints, caseReferrals, cases, caseSessions, ipps, type IppGoal } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { givePurpose } from '@/lib/cases/access';
import { saveHouseholdMember, saveReferral } from '@/lib/cases/cases';
import { exportCase } from '@/lib/cases/export';
import { letterForm } from '@/components/pdf/case/CongratulationsPdf';
import { congratulationsPdf, contractPdf, diagnosisPdf, evaluationPdf, ippPdf, referralPdf } from '@/lib/cases/pdf';
import { printCode } from '@/lib/cases/prints';
import { unsafeVerifyCode, unsafeVerifyDocument } from '@/lib/documents/verify';
import { PurposeRequiredError } from '@/lib/errors';
import type { PdfFile } from '@/lib/pdf/reports';
import { normalizeVerificationCode } from '@/lib/pdf/verification';
import { errorResponse } from '@/lib/route-errors';
import { caseSetup, qualifiedCase, referralInput, type CaseSetup } from '../case-factories';

// The route handlers read the signed-in actor from the session: stand in for it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

const TMP = path.resolve('tests/.tmp');
const written: string[] = [];
beforeAll(() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('These tests read PDFs with pdftotext and pdfinfo: install poppler-utils (apt-get install poppler-utils).');
  }
});
// KEEP_PDF=1 leaves the rendered files in tests/.tmp to look at.
afterAll(() => process.env.KEEP_PDF || written.forEach((f) => fs.rmSync(f, { force: true })));

function toFile(pdf: Uint8Array) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `case-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, pdf);
  written.push(file);
  return file;
}

/** The PDF's text (runs of spaces collapsed), its page count and the verification code on its pages. */
function read(pdf: Uint8Array) {
  const file = toFile(pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const codes = [...text.matchAll(/Kod weryfikacyjny: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/g)].map((m) => m[1]);
  return { text, pages, codes, code: codes[0] };
}

const count = (text: string, phrase: string) => text.split(phrase).length - 1;

/**
 * A case with every step filled in: the household (mother, son, grandfather with a PESEL, a
 * child), diagnosis with a SWOT, two workshops, IPP 1 with goals for mother and son and a
 * contract, a monitoring meeting and an evaluation with the goals reached.
 */
async function fullCase(s: CaseSetup) {
  const made = await qualifiedCase(s);
  const { caseId, mother, son } = made;
  const db = getDb();
  await saveHouseholdMember(s.gops, { caseId, firstName: 'Józef', lastName: 'Ślusarczyk', birthYear: '1950', relation: 'dziadek', pesel: '50010112343', notes: 'Sprawuje opiekę.' });
  await saveHouseholdMember(s.gops, { caseId, firstName: 'Zuzanna', lastName: 'Zięba', birthYear: '2015', relation: 'wnuczka', pesel: '' });
  await db.insert(caseDiagnoses).values({
    caseId,
    diagnosedOn: '2027-01-20',
    causes: 'Przewlekła choroba matki i syna; przeciążenie dziadka opieką.',
    strengths: 'Silna więź rodzinna.',
    weaknesses: 'Nieufność wobec instytucji.',
    resources: 'Oferta ŚDS i WTZ w gminie.',
    deficits: 'Brak wskazania do WTZ w orzeczeniu.',
    familyExpectations: 'Pozostać razem w domu.',
    institutionExpectations: [{ institutionName: 'PCPR', expectations: 'Udział syna w zajęciach WTZ.' }],
    swotStrengths: 'uregulowana sytuacja mieszkaniowa\nwsparcie dziadka',
    swotWeaknesses: 'niskie dochody\nlęk przed zmianą',
    swotOpportunities: 'asystent osoby niepełnosprawnej\noferta ŚDS',
    swotThreats: 'zaprzestanie przyjmowania leków\npogorszenie zdrowia',
    tools: ['wywiad', 'genogram', 'swot'],
    toolsOther: 'Rozmowa motywująca',
    updatedBy: s.socialWorker.userId,
  });
  await db.insert(caseSessions).values([
    { caseId, kind: 'workshop', heldOn: '2027-01-14', participants: 'Rodzina, OPS, PCPR', recordedBy: s.socialWorker.userId },
    { caseId, kind: 'workshop', heldOn: '2027-03-20', participants: 'Rodzina, OPS, ŚDS', recordedBy: s.socialWorker.userId },
  ]);
  const task = (key: string, description: string, dueOn: string) => ({ key, serviceId: null, description, institutionId: null, institutionName: 'Ośrodek Pomocy Społecznej', person: 'Grażyna Żółw', dueOn });
  const goals: IppGoal[] = [
    { key: 'g-mother', memberId: mother, area: 'zdrowie', title: 'Systematyczne przyjmowanie leków', expectedEffect: 'Leki przyjmowane codziennie, bez hospitalizacji.', baseline: 3, target: 8, tasks: [task('t1', 'Wizyta u psychiatry z asystentem', '2027-02-10')] },
    { key: 'g-son', memberId: son, area: 'prozawodowy', title: 'Udział Łukasza w zajęciach WTZ', expectedEffect: 'Łukasz uczęszcza na zajęcia WTZ trzy razy w tygodniu.', baseline: 1, target: 7, tasks: [task('t2', 'Ponowne orzeczenie o niepełnosprawności', '2027-03-01'), task('t3', 'Wizyta adaptacyjna w WTZ', '2027-03-15')] },
  ];
  const [ipp] = await db
    .insert(ipps)
    .values({
      caseId,
      sequence: 1,
      startsOn: '2027-01-15',
      endsOn: '2027-04-14',
      goals,
      pzkAttendance: 'through_key_worker',
      acceptedOn: '2027-01-20',
      contract: {
        concludedOn: '2027-01-21',
        familyCommitments: 'Rodzina przyjmuje leki i uczestniczy w spotkaniach z pracownikiem kluczowym.',
        workerCommitments: 'Pracownik kluczowy spotyka się z rodziną co najmniej raz w miesiącu.',
        institutionCommitments: 'PCPR przyspiesza orzeczenie; ŚDS przyjmuje matkę na zajęcia.',
        consequences: 'Niedotrzymanie ustaleń — ponowne omówienie kontraktu na spotkaniu zespołu.',
      },
      updatedBy: s.socialWorker.userId,
    })
    .returning({ id: ipps.id });
  await db.insert(caseMonitoring).values({ caseId, ippId: ipp.id, heldOn: '2027-02-15', scales: { 'g-mother': 6, 'g-son': 4 }, satisfaction: 7, taskStatuses: { t1: 'done', t2: 'in_progress' }, notes: 'Postęp.', recordedBy: s.socialWorker.userId, recordedByName: 'Test social_worker' });
  await db.insert(caseEvaluations).values({
    caseId,
    evaluatedOn: '2027-04-14',
    results: { 'g-mother': 8, 'g-son': 7 },
    outcome: 'goals_reached',
    summary: 'Rodzina osiągnęła cele; matka w ŚDS, syn w WTZ.',
    afterCare: { contactUntil: '2027-10-14', visitEveryMonths: 2, firstAidKit: 'Telefon do pracownika kluczowego.', familyExpertName: 'Bożena Źdźbło' },
    inviteAsFamilyExpert: true,
    evaluatedBy: s.socialWorker.userId,
  });
  const [{ number }] = await db.select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
  return { ...made, ippId: ipp.id, number };
}

type Printer = (a: Actor) => Promise<PdfFile>;
const printers = (caseId: number, ippId: number): [string, Printer][] => [
  ['karta', (a) => referralPdf(a, caseId)],
  ['diagnoza', (a) => diagnosisPdf(a, caseId)],
  ['ipp', (a) => ippPdf(a, caseId, ippId)],
  ['kontrakt', (a) => contractPdf(a, caseId, ippId)],
  ['ewaluacja', (a) => evaluationPdf(a, caseId)],
  ['list-gratulacyjny', (a) => congratulationsPdf(a, caseId)],
];

describe('case documents as PDFs', () => {
  it('prints all six with Polish intact, marked sensitive, with the case number, code and page numbers on every page', async () => {
    const s = await caseSetup(['2012042', '2012052']);
    const c = await fullCase(s);
    const before = await getDb().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, 'case.printed'), eq(auditLog.entityId, String(c.caseId))));
    const docs: Record<string, PdfFile> = {};
    for (const [name, print] of printers(c.caseId, c.ippId)) docs[name] = await print(s.socialWorker);

    for (const [name, file] of Object.entries(docs)) {
      const { text, pages, codes } = read(file.pdf);
      expect(pages, name).toBeGreaterThanOrEqual(1);
      expect(count(text, 'Dane wrażliwe — poufne'), name).toBe(pages);
      expect(count(text, `Sprawa ${c.number} · Kod weryfikacyjny:`), name).toBe(pages);
      expect(new Set(codes).size, name).toBe(1);
      for (let p = 1; p <= pages; p++) expect(text, name).toContain(`Strona ${p} z ${pages}`);
      expect(file.filename, name).toBe(`${name === 'ipp' ? 'ipp-1' : name === 'kontrakt' ? 'kontrakt-ipp-1' : name === 'karta' ? 'karta-oczekiwan' : name}-${c.number.replace(/\//g, '-')}.pdf`);
      expect(file.filename).not.toMatch(/Zięba|Zieba/);
    }
    // Every document has its own code: six documents, six codes.
    const allCodes = Object.values(docs).map((d) => read(d.pdf).code);
    expect(new Set(allCodes).size).toBe(6);

    const karta = read(docs.karta.pdf).text;
    for (const phrase of ['Karta oczekiwań', 'Halina Zięba', 'Łukasz Zięba', 'Józef Ślusarczyk', 'dziadek', '1950', '*******2343', 'Szkoła Podstawowa w Gminie', 'Maria Szkolna', '05.01.2027', 'Rodzina', 'Zagrożenie umieszczeniem matki i syna w DPS', 'Od kogo oczekuje się działań', 'jeszcze nie przedstawiono']) {
      expect(karta).toContain(phrase);
    }
    expect(karta).not.toContain('50010112343');

    const diagnoza = read(docs.diagnoza.pdf).text;
    for (const phrase of ['Diagnoza wielowymiarowa', 'Analiza SWOT', 'Mocne strony', 'Słabe strony', 'Szanse', 'Zagrożenia', 'wsparcie dziadka', 'lęk przed zmianą', 'zaprzestanie przyjmowania leków', 'Genogram', 'Rozmowa motywująca', 'Zarejestrowano 2 warsztaty', 'Przewlekła choroba matki i syna', 'Udział syna w zajęciach WTZ']) {
      expect(diagnoza).toContain(phrase);
    }

    const ipp = read(docs.ipp.pdf).text;
    for (const phrase of ['Indywidualny program pomocy (IPP) nr 1', '15.01.2027 – 14.04.2027', 'Rodzina nie uczestniczy w spotkaniach PZK', 'zaakceptowany przez PZK 20.01.2027', 'Halina Zięba (matka)', 'Łukasz Zięba (syn)', 'Zdrowie', 'Prozawodowy', 'Systematyczne przyjmowanie leków', 'Wizyta u psychiatry z asystentem', 'Grażyna Żółw', '15.03.2027', 'PRACOWNIK KLUCZOWY']) {
      expect(ipp).toContain(phrase);
    }
    // "3 → 8": pdftotext may drop the narrow spaces around the arrow of the condensed face.
    expect(ipp).toMatch(/3 ?→ ?8/);
    expect(ipp).toMatch(/1 ?→ ?7/);
    // Signature boxes for the adults (mother, son, grandfather), not for the child.
    expect(count(ipp, 'CZŁONEK RODZINY')).toBe(3);
    expect(ipp).not.toMatch(/Zuzanna Zięba\s+wnuczka\s+Data/);

    const kontrakt = read(docs.kontrakt.pdf).text;
    for (const phrase of ['Kontrakt', 'zawarty dnia 21.01.2027', 'Strony kontraktu', 'Zuzanna Zięba', 'Zobowiązania rodziny', 'Zobowiązania pracownika kluczowego', 'Zobowiązania instytucji', 'Konsekwencje niedotrzymania ustaleń', 'PCPR przyspiesza orzeczenie', 'ZA GOPS / PZK', `PZK gminy`]) {
      expect(kontrakt).toContain(phrase);
    }
    expect(count(kontrakt, 'CZŁONEK RODZINY')).toBe(3);

    const ewaluacja = read(docs.ewaluacja.pdf).text;
    for (const phrase of ['Ewaluacja końcowa', 'Cele osiągnięte', 'Systematyczne przyjmowanie leków', 'cel osiągnięty', '14.10.2027', 'co 2 miesiące', 'Bożena Źdźbło', 'Zaproszenie do roli eksperta rodzinnego', 'Rodzina osiągnęła cele']) {
      expect(ewaluacja).toContain(phrase);
    }

    const list = read(docs['list-gratulacyjny'].pdf).text;
    for (const phrase of ['List gratulacyjny', 'Szanowni Państwo,', 'Halina Zięba', 'Łukasz Zięba', 'gratulujemy Państwu osiągnięcia celów', 'Systematyczne przyjmowanie leków', 'Udział Łukasza w zajęciach WTZ', 'Z wyrazami szacunku', '14.10.2027', 'eksperci']) {
      expect(list).toContain(phrase);
    }

    // Each print is written to the audit log, naming what was printed.
    const printed = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'case.printed'), eq(auditLog.entityId, String(c.caseId))));
    expect(printed.length - before[0].n).toBe(6);
    expect(printed.map((e) => (e.details as { what: string }).what).sort()).toEqual(['pdf:diagnoza', 'pdf:ewaluacja', 'pdf:ipp', 'pdf:karta', 'pdf:kontrakt', 'pdf:list-gratulacyjny']);

    // The export: the whole case with the full PESEL, for the writers, written to the audit log.
    const exported = await exportCase(s.gops, c.caseId);
    expect(exported.filename).toBe(`sprawa-${c.number.replace(/\//g, '-')}.json`);
    const json = JSON.stringify(exported.data);
    expect(json).toContain('50010112343');
    const data = exported.data as Record<string, never> & { household: { pesel: string | null }[]; ipps: { goals: unknown[]; contract: unknown }[]; consents: unknown[]; monitoring: unknown[]; sessions: unknown[] };
    expect(data.household).toHaveLength(4);
    expect(data.consents).toHaveLength(2);
    expect(data.ipps[0].goals).toHaveLength(2);
    expect(data.ipps[0].contract).toMatchObject({ concludedOn: '2027-01-21' });
    expect(data.monitoring).toHaveLength(1);
    expect(data.sessions).toHaveLength(2);
    for (const part of ['referral', 'qualification', 'diagnosis', 'evaluation']) expect(exported.data[part], part).not.toBeNull();
    expect(json).toContain('uregulowana sytuacja mieszkaniowa');
    expect(json).not.toContain(s.socialWorker.userId);
    const exports = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'case.exported'), eq(auditLog.entityId, String(c.caseId))));
    expect(exports).toHaveLength(1);
  }, 90_000);

  it('prints the same code for the same version, a new one after a change; the public check shows no names', async () => {
    const s = await caseSetup(['2012062', '2012072']);
    const c = await fullCase(s);
    const db = getDb();

    const first = read((await referralPdf(s.gops, c.caseId)).pdf).code;
    expect(read((await referralPdf(s.socialWorker, c.caseId)).pdf).code).toBe(first);
    const [r] = await db.select().from(caseReferrals).where(eq(caseReferrals.caseId, c.caseId));
    await saveReferral(s.gops, { ...referralInput(s.pzk.id, s.socialWorker.userId), caseId: c.caseId, version: r.version, reasons: 'Nowe powody zgłoszenia.' });
    const second = read((await referralPdf(s.gops, c.caseId)).pdf).code;
    expect(second).not.toBe(first);

    // Stored normalised, one row per printed version.
    const rows = await db.select().from(casePrints).where(and(eq(casePrints.caseId, c.caseId), eq(casePrints.kind, 'referral')));
    expect(rows.map((x) => x.code).sort()).toEqual([normalizeVerificationCode(first), normalizeVerificationCode(second)].sort());
    expect(await printCode(db, { caseId: c.caseId, kind: 'referral', recordId: c.caseId, recordVersion: r.version })).toBe(first);

    // The public check: the kind, number, PZK, date and whether current — no names, no content.
    const old = await unsafeVerifyCode(first.toLowerCase());
    expect(old).toMatchObject({ found: true, source: 'case', kind: 'Karta oczekiwań', caseNumber: c.number, pzkName: expect.stringMatching(/^PZK gminy /), current: false });
    expect(await unsafeVerifyCode(second)).toMatchObject({ found: true, source: 'case', current: true });
    for (const leak of ['Zięba', 'Halina', 'Łukasz', 'Ślusarczyk', '2343', 'DPS', 'Nowe powody']) expect(JSON.stringify(old)).not.toContain(leak);
    expect(Object.keys(old).sort()).toEqual(['caseNumber', 'current', 'found', 'issuedAt', 'kind', 'pzkName', 'source']);
    // The agreements' lookup knows nothing of case codes; unknown and malformed codes as before.
    expect(await unsafeVerifyDocument(first)).toEqual({ found: false, malformed: false });
    expect(await unsafeVerifyCode('AAAA-BBBB-CCCC')).toEqual({ found: false, malformed: false });
    expect(await unsafeVerifyCode('nie-kod')).toEqual({ found: false, malformed: true });

    // An IPP and its contract: a change of the IPP outdates both prints.
    const ippCode = read((await ippPdf(s.gops, c.caseId, c.ippId)).pdf).code;
    const contractCode = read((await contractPdf(s.gops, c.caseId, c.ippId)).pdf).code;
    expect(read((await ippPdf(s.member, c.caseId, c.ippId)).pdf).code).toBe(ippCode);
    expect(await unsafeVerifyCode(contractCode)).toMatchObject({ kind: 'Kontrakt z rodziną', current: true });
    await db.update(ipps).set({ version: sql`${ipps.version} + 1`, endsOn: '2027-04-10' }).where(eq(ipps.id, c.ippId));
    expect(await unsafeVerifyCode(ippCode)).toMatchObject({ kind: 'Indywidualny program pomocy (IPP)', current: false });
    expect(await unsafeVerifyCode(contractCode)).toMatchObject({ current: false });
    const newIpp = read((await ippPdf(s.gops, c.caseId, c.ippId)).pdf);
    expect(newIpp.code).not.toBe(ippCode);
    expect(newIpp.text).toContain('15.01.2027 – 10.04.2027');

    // The letter: outdated once the evaluation no longer says the goals were reached.
    const letterCode = read((await congratulationsPdf(s.gops, c.caseId)).pdf).code;
    const diagnosisCode = read((await diagnosisPdf(s.gops, c.caseId)).pdf).code;
    expect(await unsafeVerifyCode(letterCode)).toMatchObject({ kind: 'List gratulacyjny', current: true });
    await db.update(caseDiagnoses).set({ version: sql`${caseDiagnoses.version} + 1`, swotThreats: 'nowe zagrożenie' }).where(eq(caseDiagnoses.caseId, c.caseId));
    expect(await unsafeVerifyCode(diagnosisCode)).toMatchObject({ kind: 'Diagnoza wielowymiarowa z analizą SWOT', current: false });
    await db.update(caseEvaluations).set({ version: sql`${caseEvaluations.version} + 1`, outcome: 'not_reached', notReachedPath: 'new_goals', afterCare: null }).where(eq(caseEvaluations.caseId, c.caseId));
    expect(await unsafeVerifyCode(letterCode)).toMatchObject({ current: false });
  });

  it('opens only for those who may open the case: strangers and the outsider get "not found", the team prints but does not export, ROPS needs a purpose', async () => {
    const s = await caseSetup(['2012082', '2012092']);
    const c = await fullCase(s);
    const all = printers(c.caseId, c.ippId);
    const db = getDb();
    const audited = async (action: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(c.caseId)))))[0].n;
    const printedBefore = await audited('case.printed');

    for (const a of [s.strangerGops, s.strangerMember, s.outsider]) {
      for (const [name, print] of all) await expect(print(a), name).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(exportCase(a, c.caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // A case that does not exist looks the same.
    await expect(referralPdf(s.gops, 999_999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportCase(s.gops, 999_999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await audited('case.printed')).toBe(printedBefore);

    // The team member reads, so prints — but the export is the writers'.
    for (const [name, print] of all) expect((await print(s.member)).pdf.subarray(0, 5).toString(), name).toBe('%PDF-');
    await expect(exportCase(s.member, c.caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await audited('case.printed')).toBe(printedBefore + 6);
    expect(await audited('case.exported')).toBe(0);

    // ROPS: nothing without a stated purpose; with one, prints for supervision, never exports.
    for (const [name, print] of all) {
      const e = await print(s.rops).catch((x) => x);
      expect(e, name).toBeInstanceOf(PurposeRequiredError);
      expect(e).toMatchObject({ code: 'FORBIDDEN', caseId: c.caseId });
    }
    await expect(exportCase(s.rops, c.caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await givePurpose(s.rops, { caseId: c.caseId, purpose: 'Superwizja: przegląd dokumentacji na wniosek PCPR' });
    expect((await evaluationPdf(s.rops, c.caseId)).pdf.length).toBeGreaterThan(1000);
    const ropsPrint = (await db.select().from(auditLog).where(and(eq(auditLog.action, 'case.printed'), eq(auditLog.entityId, String(c.caseId)), eq(auditLog.userId, s.rops.userId))))[0];
    expect(ropsPrint.details).toMatchObject({ what: 'pdf:ewaluacja', access: 'supervise', purpose: 'Superwizja: przegląd dokumentacji na wniosek PCPR' });
    await expect(exportCase(s.rops, c.caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // The writers: key worker and both animators export.
    for (const a of [s.socialWorker, s.gops, s.pcpr]) expect((await exportCase(a, c.caseId)).data).toMatchObject({ case: { number: c.number } });
    expect(await audited('case.exported')).toBe(3);
  });

  it('refuses the letter unless the goals were reached, and a contract or IPP that is not there', async () => {
    const s = await caseSetup(['2003042', '2003052']);
    const c = await fullCase(s);
    const db = getDb();
    await db
      .update(caseEvaluations)
      .set({ outcome: 'not_reached', notReachedPath: 'hand_over', handoverInstitutionName: 'Powiatowe Centrum Pomocy Rodzinie', handoverWhat: 'Dokumentację i plan dalszej pracy z rodziną.', afterCare: null, version: 2 })
      .where(eq(caseEvaluations.caseId, c.caseId));
    const refused = await congratulationsPdf(s.gops, c.caseId).catch((e) => e);
    expect(refused).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/osiągnęła cele/) });
    expect((await errorResponse(refused)).status).toBe(400);
    const ewaluacja = read((await evaluationPdf(s.gops, c.caseId)).pdf).text;
    for (const phrase of ['Cele nieosiągnięte', 'Przekazanie do innej instytucji', 'Powiatowe Centrum Pomocy Rodzinie', 'Dokumentację i plan dalszej pracy']) expect(ewaluacja).toContain(phrase);
    expect(ewaluacja).not.toContain('Plan wsparcia po zakończeniu');

    // The letter speaks to a family as "Państwo", to one person as Pani or Pan.
    expect(letterForm([{ firstName: 'Halina' }, { firstName: 'Łukasz' }])).toBe('plural');
    expect(letterForm([{ firstName: 'Anna' }])).toBe('female');
    expect(letterForm([{ firstName: 'Józef' }])).toBe('male');
    expect(letterForm([{ firstName: 'Kuba' }])).toBe('male');

    await db.delete(caseEvaluations).where(eq(caseEvaluations.caseId, c.caseId));
    await expect(congratulationsPdf(s.gops, c.caseId)).rejects.toMatchObject({ code: 'INVALID' });
    await expect(evaluationPdf(s.gops, c.caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await db.update(ipps).set({ contract: null }).where(eq(ipps.id, c.ippId));
    const noContract = await contractPdf(s.gops, c.caseId, c.ippId).catch((e) => e);
    expect(noContract).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/kontraktu/) });
    expect((await errorResponse(noContract)).status).toBe(404);
    // An IPP of another case is not found through this one.
    const other = await qualifiedCase(s);
    await expect(ippPdf(s.gops, other.caseId, c.ippId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(diagnosisPdf(s.gops, other.caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serves the PDFs inline and the export as an attachment through their route handlers', async () => {
    const s = await caseSetup(['2003062', '2003072']);
    const c = await fullCase(s);
    const { GET: exportRoute } = await import('@/app/(app)/sprawy/[id]/eksport/route');
    const { GET: ippRoute } = await import('@/app/(app)/sprawy/[id]/pdf/ipp/[ippId]/route');
    const { GET: letterRoute } = await import('@/app/(app)/sprawy/[id]/pdf/list-gratulacyjny/route');
    const req = (p: string) => new Request(`http://localhost${p}`) as unknown as NextRequest;
    const params = <P>(p: P) => ({ params: Promise.resolve(p) });

    session.actor = null;
    const anonymous = await exportRoute(req(`/sprawy/${c.caseId}/eksport`), params({ id: String(c.caseId) }));
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toContain('/logowanie');

    session.actor = s.socialWorker;
    const res = await exportRoute(req(`/sprawy/${c.caseId}/eksport`), params({ id: String(c.caseId) }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    // The plain name, and the same in RFC 5987 form (as every download of the platform gives it).
    const file = `sprawa-${c.number.replace(/\//g, '-')}.json`;
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"; filename*=UTF-8''${file}`);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const body = await res.json();
    expect(body.household.map((m: { firstName: string; pesel: string | null }) => `${m.firstName}:${m.pesel ?? ''}`)).toContain('Józef:50010112343');
    expect((await exportRoute(req('/sprawy/abc/eksport'), params({ id: 'abc' }))).status).toBe(404);

    session.actor = s.member;
    const forbidden = await exportRoute(req(`/sprawy/${c.caseId}/eksport`), params({ id: String(c.caseId) }));
    expect(forbidden.status).toBe(403);
    const pdf = await ippRoute(req(`/sprawy/${c.caseId}/pdf/ipp/${c.ippId}`), params({ id: String(c.caseId), ippId: String(c.ippId) }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline; filename="ipp-1-R-\d{4}-\d{4}\.pdf"/);

    session.actor = s.strangerGops;
    expect((await letterRoute(req(`/sprawy/${c.caseId}/pdf/list-gratulacyjny`), params({ id: String(c.caseId) }))).status).toBe(404);
    expect((await exportRoute(req(`/sprawy/${c.caseId}/eksport`), params({ id: String(c.caseId) }))).status).toBe(404);
    session.actor = null;
  });
});
