import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, catalogueSubsteps, scheduleItems, trackEvents, tracks, trainingParticipants, trainings, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { unsafeVerifyCode } from '@/lib/documents/verify';
import { formatVerificationCode } from '@/lib/pdf/verification';
import { myNeeds, needsOverview, needsPage, submitNeed } from '@/lib/school/needs';
import { allCertificatesPdf, certificatePdf } from '@/lib/school/pdf';
import {
  addInstitutionParticipant,
  addUserParticipant,
  closeAttendance,
  getTraining,
  listTrainings,
  removeParticipant,
  saveTraining,
  saveTrainingAttendance,
  trainingFormOptions,
} from '@/lib/school/trainings';
import { seedDemo } from '@/db/seed/demo';
import { MAZOWIECKIE, PODLASKIE, actorFor, makeActor, makeInstitution } from '../factories';
import { accepted } from '../implementation-factories';
import { clock } from '@/lib/clock';

const TMP = path.resolve('tests/.tmp');
const written: string[] = [];
afterAll(() => written.forEach((f) => fs.rmSync(f, { force: true })));
function pdfText(pdf: Uint8Array) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `szk-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, pdf);
  written.push(file);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
const pages = (pdf: Uint8Array) => {
  const file = path.join(TMP, `szk-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.mkdirSync(TMP, { recursive: true });
  fs.writeFileSync(file, pdf);
  written.push(file);
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
};

async function rename(actor: Actor, name: string) {
  await getDb().update(users).set({ name }).where(eq(users.id, actor.userId));
  return { ...actor, name };
}

/** An accepted implementation of the gminas and its tracks. */
async function implementation(pcpr: Actor, rops: Actor, codes: string[]) {
  const { trackIds } = await accepted(pcpr, rops, codes);
  const [t] = await getDb().select({ implementationId: tracks.implementationId }).from(tracks).where(eq(tracks.id, trackIds[0]));
  return { trackIds, implementationId: t.implementationId! };
}

/** Status of the sub-steps of a step code ("4", "6.1") in each track. */
async function statuses(trackIds: number[], code: string) {
  const rows = await getDb()
    .select({ trackId: scheduleItems.trackId, status: scheduleItems.status, notes: scheduleItems.notes, actualEnd: scheduleItems.actualEnd })
    .from(scheduleItems)
    .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
    .where(and(inArray(scheduleItems.trackId, trackIds), eq(catalogueSubsteps.code, code)));
  return rows;
}

const basic = (implementationId: number, step: '4' | '6.1', over: Record<string, unknown> = {}) => ({
  version: 0,
  kind: 'basic',
  topic: 'Szkolenie podstawowe — zasady kooperacji',
  heldOn: '2027-02-15',
  place: 'ROPS w Białymstoku, sala 12',
  trainer: 'Jadwiga Kołodziejczyk',
  description: 'Program szkolenia podstawowego.',
  implementationId: String(implementationId),
  step,
  ...over,
});

// Before any test, on a fresh database: the demo has its own regional track (seeding after an
// acceptance in podlaskie would make a second one) and the first zaświadczenia of 2026.
beforeAll(async () => {
  await seedDemo(getDb()); // includes seedDemoSchool
}, 180_000);

describe('Szkoła Kooperacji — demo data', () => {
  it('the demo (seedDemoSchool): the Dąbrowa–Korycin step 4 training, closed, three zaświadczenia, two needs', async () => {
    const db = getDb();
    const [{ trainingId, implementationId }] = await db.select({ trainingId: trainings.id, implementationId: trainings.implementationId }).from(trainings).where(eq(trainings.heldOn, '2026-09-20'));
    const ps = await db.select().from(trainingParticipants).where(eq(trainingParticipants.trainingId, trainingId));
    expect(ps.map((p) => p.name).sort()).toEqual(['Małgorzata Nowak', 'Teresa Wróbel', 'Tomasz Lewandowski']);
    expect(ps.every((p) => p.attended && /^SZK\/2026\/000[123]$/.test(p.certificateNumber!))).toBe(true);
    const gminasOf = await db.select({ gminaId: tracks.gminaId }).from(tracks).where(eq(tracks.implementationId, implementationId!));
    expect(gminasOf).toHaveLength(2);
    const v = await unsafeVerifyCode(ps[0].verificationCode!);
    expect(v).toMatchObject({ found: true, source: 'certificate', name: ps[0].name, heldOn: '2026-09-20' });
    const [rops] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'rops.doradca@kooperacja.test'));
    const ropsActor = await actorFor(rops.id);
    expect((await needsOverview(ropsActor, 2027)).totals).toMatchObject({ needs: 2, participants: 37 });
    const text = pdfText((await allCertificatesPdf(ropsActor, trainingId)).pdf);
    expect(text).toContain('Teresa Wróbel');
    expect(text).toContain('Regionalny Ośrodek Polityki Społecznej w Białymstoku');
  }, 180_000);
});

describe('Szkoła Kooperacji — trainings and zaświadczenia', () => {
  it('a ROPS adviser runs a basic training for step 4: participants, attendance, closing, zaświadczenia, schedule', async () => {
    const pcpr = await rename(await makeActor('pcpr_animator', '2006'), 'Grzegorz Ślązak');
    const rops = await rename(await makeActor('rops_adviser', PODLASKIE), 'Ewa Doradczyni');
    const gops = await rename(await makeActor('gops_animator', '2006042'), 'Łucja Żółkiewska-Ćwik');
    const outsider = await makeActor('gops_animator', '2006053');
    const { trackIds, implementationId } = await implementation(pcpr, rops, ['2006042', '2006053']);
    const inst = await makeInstitution('2006042', 'school', 'Szkoła Podstawowa w Zielonej Łące');

    // The form offers the implementation with its powiat and gminas.
    const { implementations } = await trainingFormOptions(rops);
    const option = implementations.find((o) => o.value === implementationId)!;
    expect(option.label).toMatch(/^powiat .+, od \d{2}\.\d{2}\.\d{4} \(.+, .+\)$/);

    // The PCPR animator may not manage trainings.
    await expect(saveTraining(pcpr, basic(implementationId, '4'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A basic training must name its implementation and step.
    await expect(saveTraining(rops, basic(implementationId, '4', { implementationId: '', step: '' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { implementationId: [expect.any(String)], step: [expect.any(String)] } });

    const { id } = await saveTraining(rops, basic(implementationId, '4'));
    // Version locking on edit.
    await saveTraining(rops, basic(implementationId, '4', { trainingId: id, version: 1, topic: 'Szkolenie podstawowe Szkoły Kooperacji' }));
    await expect(saveTraining(rops, basic(implementationId, '4', { trainingId: id, version: 1 }))).rejects.toMatchObject({ code: 'CONFLICT' });

    // Participants: two user accounts of the województwo, one person of a registry institution.
    const t0 = await getTraining(rops, id);
    expect(t0.registry!.users.map((u) => u.value)).toEqual(expect.arrayContaining([pcpr.userId, gops.userId]));
    await addUserParticipant(rops, { trainingId: id, userId: pcpr.userId });
    await addUserParticipant(rops, { trainingId: id, userId: gops.userId });
    await expect(addUserParticipant(rops, { trainingId: id, userId: gops.userId })).rejects.toMatchObject({ code: 'INVALID' });
    const person = await addInstitutionParticipant(rops, { trainingId: id, institutionId: String(inst.id), name: 'Zdzisława Źrebięta', function: 'Dyrektorka szkoły' });
    const extra = await addInstitutionParticipant(rops, { trainingId: id, institutionId: String(inst.id), name: 'Osoba do usunięcia', function: 'Pedagog' });
    await removeParticipant(rops, { trainingId: id, participantId: extra.id });
    const t1 = await getTraining(rops, id);
    expect(t1.participants.map((p) => p.name)).toEqual(['Grzegorz Ślązak', 'Łucja Żółkiewska-Ćwik', 'Zdzisława Źrebięta'].sort((a, b) => a.localeCompare(b, 'pl')));
    expect(t1.participants.find((p) => p.name === 'Łucja Żółkiewska-Ćwik')).toMatchObject({ institutionName: expect.any(String), gminaName: expect.any(String) });

    // Nobody attended yet: closing is refused.
    await expect(closeAttendance(rops, { trainingId: id, version: 2 })).rejects.toMatchObject({ code: 'INVALID' });
    const ids = t1.participants.map((p) => p.id);
    expect(await saveTrainingAttendance(rops, { trainingId: id, attended: ids })).toEqual({ present: 3, absent: 0 });
    await expect(saveTrainingAttendance(pcpr, { trainingId: id, attended: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const closed = await closeAttendance(rops, { trainingId: id, version: 2 });
    expect(closed.certificates).toHaveLength(3);
    const numbers = closed.certificates.map((c) => c.number);
    expect(new Set(numbers).size).toBe(3);
    for (const c of closed.certificates) {
      expect(c.number).toMatch(/^SZK\/\d{4}\/\d{4}$/);
      expect(c.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    }
    // Consecutive, after whatever this województwo issued this year before (the demo's, in 2026).
    const year = clock.year(); // the year of issue in Polish time, as the app numbers them
    const first = Math.min(...numbers.map((n) => Number(n.slice(-4))));
    expect(numbers.sort()).toEqual([0, 1, 2].map((i) => `SZK/${year}/${String(first + i).padStart(4, '0')}`));

    // The schedule: step 4 done in every gmina track of the implementation, step 6.1 untouched.
    const four = await statuses(trackIds, '4');
    expect(four).toHaveLength(trackIds.length);
    for (const s of four) {
      expect(s.status).toBe('done');
      expect(s.actualEnd).toBe('2027-02-15');
      expect(s.notes).toBe('Szkolenie podstawowe 15.02.2027: 3 uczestników (zaświadczenia wydane)');
    }
    for (const s of await statuses(trackIds, '6.1')) expect(s.status).not.toBe('done');
    const events = await getDb().select({ text: trackEvents.text }).from(trackEvents).where(inArray(trackEvents.trackId, trackIds));
    expect(events.filter((e) => e.text.startsWith('Szkolenie podstawowe 15.02.2027')).length).toBe(trackIds.length);
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'training.attendance_closed'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ userId: rops.userId, entityType: 'training' });

    // A closed list cannot change.
    await expect(addInstitutionParticipant(rops, { trainingId: id, institutionId: String(inst.id), name: 'Spóźniony', function: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(addUserParticipant(rops, { trainingId: id, userId: outsider.userId })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(saveTrainingAttendance(rops, { trainingId: id, attended: [] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(removeParticipant(rops, { trainingId: id, participantId: person.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(saveTraining(rops, basic(implementationId, '4', { trainingId: id, version: 3 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(closeAttendance(rops, { trainingId: id, version: 3 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const after = await getDb().select().from(trainingParticipants).where(eq(trainingParticipants.trainingId, id));
    expect(after.every((p) => p.attended && p.certificateNumber)).toBe(true);

    // The zaświadczenie PDF: name with Polish letters, number, code in the footer.
    const t2 = await getTraining(rops, id);
    const gopsRow = t2.participants.find((p) => p.name === 'Łucja Żółkiewska-Ćwik')!;
    const gopsCert = closed.certificates.find((c) => c.participantId === gopsRow.id)!;
    const { pdf, filename } = await certificatePdf(rops, id, gopsRow.id);
    expect(filename).toBe(`zaswiadczenie-${gopsCert.number.replace(/\//g, '-')}.pdf`);
    const text = pdfText(pdf);
    for (const phrase of ['ZAŚWIADCZENIE', 'Łucja Żółkiewska-Ćwik', gopsCert.number, 'Szkolenie podstawowe Szkoły Kooperacji', '15.02.2027', 'Jadwiga Kołodziejczyk', 'zasady kooperacji', 'budowanie zespołu', 'praca Modelem', 'korzystanie z Platformy', 'podpis i pieczęć']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain(`Kod weryfikacyjny: ${formatVerificationCode(gopsCert.code)}`);

    // Everyone's zaświadczenia together, a page each (ROPS).
    const all = await allCertificatesPdf(rops, id);
    expect(pages(all.pdf)).toBe(3);
    const allText = pdfText(all.pdf);
    for (const n of numbers) expect(allText).toContain(n);
    expect(allText).toContain('Zdzisława Źrebięta');

    // Who may download: the participant their own only; another ROPS never sees it.
    const personRow = t2.participants.find((p) => p.name === 'Zdzisława Źrebięta')!;
    expect((await certificatePdf(gops, id, gopsRow.id)).pdf.length).toBeGreaterThan(1000);
    await expect(certificatePdf(gops, id, personRow.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(allCertificatesPdf(gops, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(certificatePdf(outsider, id, gopsRow.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const gopsView = await getTraining(gops, id);
    expect(gopsView.participants.filter((p) => p.canDownload).map((p) => p.id)).toEqual([gopsRow.id]);
    const mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
    await expect(certificatePdf(mazowsze, id, gopsRow.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(allCertificatesPdf(mazowsze, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getTraining(mazowsze, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listTrainings(mazowsze)).trainings.map((t) => t.id)).not.toContain(id);
    const listed = (await listTrainings(pcpr)).trainings.find((t) => t.id === id)!;
    expect(listed).toMatchObject({ participants: 3, attendees: 3, kind: 'basic' });
    expect((await listTrainings(pcpr)).canManage).toBe(false);

    // The public verification of a zaświadczenie's code: kind, name, topic, date, number.
    const v = await unsafeVerifyCode(formatVerificationCode(gopsCert.code).toLowerCase());
    expect(v).toEqual({
      found: true,
      source: 'certificate',
      kind: 'Zaświadczenie ukończenia szkolenia podstawowego Szkoły Kooperacji',
      name: 'Łucja Żółkiewska-Ćwik',
      topic: 'Szkolenie podstawowe Szkoły Kooperacji',
      heldOn: '2027-02-15',
      number: gopsCert.number,
    });
    expect(await unsafeVerifyCode('7K3M-Q9PD-X2RT')).toEqual({ found: false, malformed: false });
  });

  it('a basic training for step 6.1 continues the województwo numbering and satisfies only 6.1; other kinds issue nothing', async () => {
    const pcpr = await makeActor('pcpr_animator', '2009');
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const gops = await makeActor('gops_animator', '2009042');
    const { trackIds, implementationId } = await implementation(pcpr, rops, ['2009042', '2009052']);

    const { id } = await saveTraining(rops, basic(implementationId, '6.1', { heldOn: '2027-05-06' }));
    const p = await addUserParticipant(rops, { trainingId: id, userId: gops.userId });
    await saveTrainingAttendance(rops, { trainingId: id, attended: [p.id] });
    const [before] = await getDb().select({ n: trainingParticipants.certificateNumber }).from(trainingParticipants).where(eq(trainingParticipants.id, p.id));
    expect(before.n).toBeNull();
    const year = clock.year(); // the year of issue in Polish time, as the app numbers them
    const issued = await getDb().select({ n: trainingParticipants.certificateNumber }).from(trainingParticipants);
    const max = Math.max(0, ...issued.filter((r) => r.n?.startsWith(`SZK/${year}/`)).map((r) => Number(r.n!.slice(-4))));
    const nr = (k: number) => `SZK/${year}/${String(max + k).padStart(4, '0')}`;
    const { certificates } = await closeAttendance(rops, { trainingId: id, version: 1 });
    // The same województwo and year as the earlier zaświadczenia: the count goes on.
    expect(certificates.map((c) => c.number)).toEqual([nr(1)]);
    for (const s of await statuses(trackIds, '6.1')) {
      expect(s.status).toBe('done');
      expect(s.notes).toBe('Szkolenie podstawowe 06.05.2027: 1 uczestnik (zaświadczenia wydane)');
    }
    for (const s of await statuses(trackIds, '4')) expect(s.status).not.toBe('done');

    // A second basic training in the same województwo and year continues the numbers.
    const second = await saveTraining(rops, basic(implementationId, '4', { heldOn: '2027-05-07' }));
    const a = await addUserParticipant(rops, { trainingId: second.id, userId: pcpr.userId });
    const b = await addUserParticipant(rops, { trainingId: second.id, userId: gops.userId });
    await saveTrainingAttendance(rops, { trainingId: second.id, attended: [a.id, b.id] });
    const closed = await closeAttendance(rops, { trainingId: second.id, version: 1 });
    expect(closed.certificates.map((c) => c.number).sort()).toEqual([nr(2), nr(3)]);

    // An extended training: no implementation kept, no zaświadczenia.
    const ext = await saveTraining(rops, { ...basic(implementationId, '4'), kind: 'extended', topic: 'Komunikacja w zespole' });
    const e = await addUserParticipant(rops, { trainingId: ext.id, userId: gops.userId });
    await saveTrainingAttendance(rops, { trainingId: ext.id, attended: [e.id] });
    const extView = await getTraining(rops, ext.id);
    expect(extView.training).toMatchObject({ kind: 'extended', implementationId: null, step: null });
    await expect(closeAttendance(rops, { trainingId: ext.id, version: 1 })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(certificatePdf(gops, ext.id, e.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // An implementation of another województwo cannot be named.
    const mazRops = await makeActor('rops_adviser', MAZOWIECKIE);
    await expect(saveTraining(mazRops, basic(implementationId, '4'))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { implementationId: [expect.any(String)] } });
  });
});

describe('Szkoła Kooperacji — training needs', () => {
  it('an animator submits, ROPS sees them by year with totals, another województwo never', async () => {
    const gops = await rename(await makeActor('gops_animator', '2009052'), 'Bożena Wójcik');
    const pcpr = await makeActor('pcpr_animator', '2009');
    const wzk = await makeActor('wzk_member', PODLASKIE);
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const mazGops = await makeActor('gops_animator', '1465011');
    const mazRops = await makeActor('rops_adviser', MAZOWIECKIE);

    const need = (over: Record<string, unknown>) => ({ year: '2031', kind: 'extended', topic: 'Komunikacja w zespole', description: 'Dla członków PZK', participants: '12', ...over });
    await submitNeed(gops, need({}));
    await submitNeed(gops, need({ year: '2032', kind: 'specialist', topic: 'Praca z osobą starszą', participants: '5' }));
    await submitNeed(pcpr, need({ kind: 'basic', topic: 'Szkolenie podstawowe dla nowych pracowników', participants: '8' }));
    await submitNeed(wzk, need({ kind: 'specialist', topic: 'Procedura Niebieskie Karty', participants: '25' }));
    await submitNeed(mazGops, need({ topic: 'Potrzeba z Mazowsza', participants: '99' }));
    await expect(submitNeed(rops, need({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(submitNeed(gops, need({ participants: '0', topic: '' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { participants: [expect.any(String)], topic: [expect.any(String)] } });

    // The submitter sees their own, with the institution and territory from their account.
    const mine = await myNeeds(gops);
    expect(mine.map((n) => n.topic).sort()).toEqual(['Komunikacja w zespole', 'Praca z osobą starszą']);
    expect(mine[0]).toMatchObject({ gminaName: expect.any(String), powiatName: expect.any(String), submittedByName: 'Bożena Wójcik' });
    expect((await myNeeds(pcpr)).map((n) => n.topic)).toEqual(['Szkolenie podstawowe dla nowych pracowników']);

    // ROPS: by year, with counts per kind and the total of participants.
    const o = await needsOverview(rops, 2031);
    expect(o.years).toEqual(expect.arrayContaining([2032, 2031]));
    // The demo's needs are of 2027: the chosen year shows only its own.
    expect(o.year).toBe(2031);
    expect(o.needs.map((n) => n.topic).sort()).toEqual(['Komunikacja w zespole', 'Procedura Niebieskie Karty', 'Szkolenie podstawowe dla nowych pracowników']);
    expect(o.totals.needs).toBe(3);
    expect(o.totals.participants).toBe(45);
    expect(o.totals.byKind.find((k) => k.kind === 'specialist')).toMatchObject({ needs: 1, participants: 25 });
    expect(o.totals.byKind.find((k) => k.kind === 'basic')).toMatchObject({ needs: 1, participants: 8 });
    expect((await needsOverview(rops, 2032)).totals).toMatchObject({ needs: 1, participants: 5 });
    const page = await needsPage(rops, 2031);
    expect(page).toMatchObject({ canSubmit: false, canView: true });

    // Another województwo never sees them.
    expect((await myNeeds(mazGops)).map((n) => n.topic)).toEqual(['Potrzeba z Mazowsza']);
    await expect(needsOverview(mazGops, 2031)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const maz = await needsOverview(mazRops, 2031);
    expect(maz.needs.map((n) => n.topic)).toEqual(['Potrzeba z Mazowsza']);
    // Animators do not see the overview.
    await expect(needsOverview(gops, 2031)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await needsPage(gops)).overview).toBeNull();
  });
});
