import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, evidence, files, localDiagnoses, localDiagnosisGminas, notificationDiagnoses, notifications, scheduleItems, catalogueSubsteps as substeps, trackEvents } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock, setClockForTests } from '@/lib/clock';
import { createDiagnosis, finishDiagnosis, getDiagnosis, importDiagnosisFigures, listDiagnoses, notificationDiagnosis, reopenDiagnosis, saveDiagnosis } from '@/lib/diagnosis/diagnoses';
import { diagnosisPdf } from '@/lib/diagnosis/pdf';
import { notificationFormOptions } from '@/lib/implementations/notification-form';
import { reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { CHOROSZCZ, DABROWA, JANOW, PODLASKIE, SOKOLSKI, makeActor, unit } from '../factories';
import { notificationFor } from '../implementation-factories';
import { usePdfText } from '../pdf-text';

/*
 * The local diagnosis of step 2.1 (issue 18 §4): powiat sokólski's PCPR animator diagnoses Janów
 * and Dąbrowa Białostocka, imports their figures from a spreadsheet, finishes it and names it in
 * the notification to ROPS; on acceptance its PDF is the evidence of 2.1 on both gmina tracks.
 */

const pdfText = usePdfText('diagnosis');
let pcpr: Actor;
let gopsJanow: Actor;
let gopsChoroszcz: Actor;
let rops: Actor;
let janowId: number;
let dabrowaId: number;
let before: Date;

const version = async (id: number) => (await getDb().select({ v: localDiagnoses.version }).from(localDiagnoses).where(eq(localDiagnoses.id, id)))[0].v;
const codeOf = (p: Promise<unknown>) => p.then(() => 'allow', (e: { code?: string }) => e.code);
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; fieldErrors?: Record<string, string[]> }) => e);

const saveInput = (id: number, v: number, over: Record<string, unknown> = {}) => ({
  diagnosisId: id,
  version: v,
  title: 'Diagnoza powiatu sokólskiego 2027',
  madeOn: '2027-01-20',
  problems: 'Długotrwałe bezrobocie i samotność osób starszych.',
  needs: 'Wsparcie asystenta rodziny, usługi opiekuńcze.',
  resources: 'GOPS, PCPR, szkoły, ośrodek zdrowia.',
  servicesAvailable: 'Poradnictwo rodzinne w PCPR.',
  missing: 'Brak psychologa dziecięcego w gminie Janów.',
  targetGroup: 'Rodziny z dziećmi z niepełnosprawnością — najwięcej orzeczeń w gminie Janów.',
  gminas: [
    { gminaId: janowId, figures: { population: '5 200', beneficiaries: '410', families: '150', elderly: '1100' } },
    { gminaId: dabrowaId, figures: { population: '10432' } },
  ],
  ...over,
});

beforeAll(async () => {
  before = clock.now();
  setClockForTests('2026-12-10T10:00:00Z');
  pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  gopsJanow = await makeActor('gops_animator', JANOW);
  gopsChoroszcz = await makeActor('gops_animator', CHOROSZCZ);
  rops = await makeActor('rops_adviser', PODLASKIE);
  janowId = (await unit(JANOW)).gminaId!;
  dabrowaId = (await unit(DABROWA)).gminaId!;
});

afterAll(() => setClockForTests(before));

describe('local diagnosis (step 2.1)', () => {
  let id: number;

  it('the PCPR animator starts a diagnosis of two gminas and saves texts and figures; a stale save is refused', async () => {
    ({ id } = await createDiagnosis(pcpr, { title: 'Diagnoza 2027', madeOn: '2027-01-15', gminaIds: [janowId, dabrowaId] }));
    const fresh = await getDiagnosis(pcpr, id);
    expect(fresh.gminas.map((g) => g.name).sort()).toEqual(['Dąbrowa Białostocka', 'Janów']);
    expect(fresh.diagnosis.servicesAvailable).toContain('nie zawierają jeszcze żadnej usługi');
    expect(fresh.diagnosis.missing).toContain('Dzieci i młodzież — Socjalny');

    await saveDiagnosis(pcpr, saveInput(id, 1));
    const saved = await getDiagnosis(gopsJanow, id);
    expect(saved.canEdit).toBe(true);
    expect(saved.gminas.find((g) => g.id === janowId)!.figures).toMatchObject({ population: 5200, beneficiaries: 410, families: 150, elderly: 1100, unemployed: null });
    expect(saved.diagnosis.version).toBe(2);

    // The GOPS animator edited meanwhile on version 1: refused with the Polish conflict message.
    const stale = await errorOf(saveDiagnosis(gopsJanow, saveInput(id, 1, { needs: 'Inne potrzeby' })));
    expect(stale?.code).toBe('CONFLICT');
    expect((stale as unknown as Error).message).toContain('Ktoś inny zmienił ten rekord');
    expect((await getDiagnosis(pcpr, id)).diagnosis.needs).toBe('Wsparcie asystenta rodziny, usługi opiekuńcze.');

    // Bad figures: every field named, nothing written.
    const bad = await errorOf(saveDiagnosis(pcpr, saveInput(id, 2, { gminas: [{ gminaId: janowId, figures: { population: '100', beneficiaries: '250', elderly: '-3' } }] })));
    expect(bad?.code).toBe('INVALID');
    expect(Object.keys(bad!.fieldErrors!).sort()).toEqual(['gminas.0.figures.beneficiaries', 'gminas.0.figures.elderly']);
    expect(await version(id)).toBe(2);

    const [entry] = await getDb().select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.action, 'diagnosis.saved'), eq(auditLog.entityId, String(id))));
    expect(JSON.stringify(entry.details)).not.toContain('bezrobocie');
  });

  it('imports figures from CSV with Polish headers; a bad file names its lines and writes nothing', async () => {
    const good = ['TERYT;Gmina;Liczba mieszkańców;Osoby bezrobotne;Procedury „Niebieskie Karty”', `${JANOW};Janów;5 300;210;12`, `;Dąbrowa Białostocka;10 400;;3`].join('\r\n');
    const r = await importDiagnosisFigures(gopsJanow, { diagnosisId: id, version: 2, csv: `\uFEFF${good}` });
    expect(r.gminas).toBe(2);
    const after = await getDiagnosis(pcpr, id);
    // Columns of the file replace the figures; the others (beneficiaries) stay.
    expect(after.gminas.find((g) => g.id === janowId)!.figures).toMatchObject({ population: 5300, unemployed: 210, violenceCases: 12, beneficiaries: 410 });
    expect(after.gminas.find((g) => g.id === dabrowaId)!.figures).toMatchObject({ population: 10400, unemployed: null, violenceCases: 3 });

    const badCsv = ['teryt,liczba mieszkancow,osoby bezrobotne', `${JANOW},9999,abc`, '2002013,100,1'].join('\n');
    const e = await errorOf(importDiagnosisFigures(pcpr, { diagnosisId: id, version: 3, csv: badCsv }));
    expect(e?.code).toBe('INVALID');
    expect(e!.fieldErrors!.csv).toEqual([expect.stringMatching(/^Wiersz 2 \(Janów\): Osoby bezrobotne/), expect.stringMatching(/^Wiersz 3: brak kodu TERYT 2002013/)]);
    expect(await version(id)).toBe(3);
    const [janow] = await getDb().select({ f: localDiagnosisGminas.figures }).from(localDiagnosisGminas).where(and(eq(localDiagnosisGminas.diagnosisId, id), eq(localDiagnosisGminas.gminaId, janowId)));
    expect(janow.f.population).toBe(5300);
  });

  it('a GOPS animator of another powiat neither finds nor changes it; ROPS reads but does not change', async () => {
    expect(await codeOf(getDiagnosis(gopsChoroszcz, id))).toBe('NOT_FOUND');
    expect(await codeOf(saveDiagnosis(gopsChoroszcz, saveInput(id, 3)))).toBe('NOT_FOUND');
    expect(await codeOf(importDiagnosisFigures(gopsChoroszcz, { diagnosisId: id, version: 3, csv: 'TERYT;Liczba mieszkańców\n2011022;1' }))).toBe('NOT_FOUND');
    expect((await listDiagnoses(gopsChoroszcz)).map((d) => d.id)).not.toContain(id);
    expect(await codeOf(createDiagnosis(gopsChoroszcz, { title: 'Cudza', madeOn: '2027-01-15', gminaIds: [janowId] }))).toBe('INVALID');
    expect((await getDiagnosis(rops, id)).canManage).toBe(false);
    expect(await codeOf(saveDiagnosis(rops, saveInput(id, 3)))).toBe('FORBIDDEN');
    expect((await listDiagnoses(gopsJanow)).map((d) => d.id)).toContain(id);
  });

  it('the PDF keeps Polish words', async () => {
    const { pdf } = await diagnosisPdf(rops, id);
    const text = pdfText(pdf);
    expect(text).toContain('Diagnoza lokalna');
    expect(text).toContain('Dąbrowa Białostocka');
    expect(text).toContain('mieszkańców');
    expect(text).toContain('Osoby bezrobotne');
    expect(text).toContain('samotność osób starszych');
    expect(text).toContain('10 400');
  });

  it('finished, it is named in the notification; on acceptance its PDF is the evidence of 2.1 on each gmina track', async () => {
    // An unfinished diagnosis is not offered and not accepted in a notification.
    expect((await notificationFormOptions(pcpr)).diagnoses.map((d) => d.id)).not.toContain(id);
    const early = await errorOf(submitNotification(pcpr, { ...(await notificationFor([JANOW, DABROWA])), diagnosisId: id }));
    expect(early?.fieldErrors?.diagnosisId).toBeDefined();

    await finishDiagnosis(pcpr, { diagnosisId: id, version: 3 });
    expect(await codeOf(saveDiagnosis(pcpr, saveInput(id, 4)))).toBe('CONFLICT');
    expect((await notificationFormOptions(pcpr)).diagnoses.map((d) => d.id)).toContain(id);

    const { id: notificationId } = await submitNotification(pcpr, { ...(await notificationFor([JANOW, DABROWA])), diagnosisId: String(id) });
    expect(await getDb().select().from(notificationDiagnoses).where(eq(notificationDiagnoses.notificationId, notificationId))).toEqual([{ notificationId, diagnosisId: id }]);
    // ROPS sees the link and may open the diagnosis; once linked it cannot be reopened.
    expect(await notificationDiagnosis(rops, notificationId)).toMatchObject({ id, canOpen: true, title: 'Diagnoza powiatu sokólskiego 2027' });
    expect(await codeOf(reopenDiagnosis(pcpr, { diagnosisId: id, version: 4 }))).toBe('CONFLICT');

    const [n] = await getDb().select({ version: notifications.version }).from(notifications).where(eq(notifications.id, notificationId));
    const { trackIds } = await reviewNotification(rops, { id: notificationId, version: n.version, decision: 'accept' });
    expect(trackIds).toHaveLength(2);
    const rows = await getDb()
      .select({ trackId: scheduleItems.trackId, title: evidence.title, mime: files.mime, code: substeps.code })
      .from(evidence)
      .innerJoin(scheduleItems, eq(scheduleItems.id, evidence.scheduleItemId))
      .innerJoin(substeps, eq(substeps.id, scheduleItems.substepId))
      .innerJoin(files, eq(files.id, evidence.fileId));
    const mine = rows.filter((r) => trackIds!.includes(r.trackId));
    expect(mine.map((r) => [r.code, r.mime, r.title])).toEqual([
      ['2.1', 'application/pdf', 'Diagnoza lokalna: Diagnoza powiatu sokólskiego 2027'],
      ['2.1', 'application/pdf', 'Diagnoza lokalna: Diagnoza powiatu sokólskiego 2027'],
    ]);
    const events = await getDb().select({ text: trackEvents.text }).from(trackEvents).where(eq(trackEvents.trackId, trackIds![0]));
    expect(events.map((e) => e.text)).toContain('Dołączono diagnozę lokalną „Diagnoza powiatu sokólskiego 2027” (z 20.01.2027) jako dowód podkroku 2.1.');
  });

  it('an unlinked finished diagnosis may be reopened by its animators', async () => {
    const { id: other } = await createDiagnosis(gopsJanow, { title: 'Janów — dane 2026', madeOn: '2026-12-01', gminaIds: [janowId] });
    expect(await codeOf(createDiagnosis(gopsJanow, { title: 'Cudza gmina', madeOn: '2026-12-01', gminaIds: [dabrowaId] }))).toBe('INVALID');
    await finishDiagnosis(gopsJanow, { diagnosisId: other, version: 1 });
    expect(await codeOf(finishDiagnosis(pcpr, { diagnosisId: other, version: 2 }))).toBe('CONFLICT');
    await reopenDiagnosis(pcpr, { diagnosisId: other, version: 2 });
    expect((await getDiagnosis(gopsJanow, other)).canEdit).toBe(true);
  });
});
