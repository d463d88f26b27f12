import fs from 'node:fs';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { pzks, trackEvents, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { DocumentContent } from '@/lib/documents/compose';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument } from '@/lib/documents/documents';
import type { TemplateBody } from '@/lib/documents/template';
import { dashboardPage, dashboardRows, regionalTrackId, stageCounts, type DashboardRow } from '@/lib/implementations/dashboard';
import { dashboardFilterFromParams, dashboardHref, dashboardPageFromParams } from '@/lib/implementations/dashboard-params';
import { dashboardCsv } from '@/lib/implementations/dashboard-csv';
import { createTrack } from '@/lib/implementations/instantiate';
import { refreshTrackSummary } from '@/lib/implementations/summary';
import { latestVersionId, loadCatalogue } from '@/lib/model/catalogue-load';
import { addEvidence, getTrack, updateItemStatus } from '@/lib/implementations/tracks';
import { getMeeting, listMeetings, saveMeeting, saveMinutes } from '@/lib/pzk/meetings';
import { addInstitutionParticipant, closeAttendance, getTraining, saveTraining, saveTrainingAttendance } from '@/lib/school/trainings';
import { PODLASKIE, makeActor, makeInstitution, unit } from '../factories';
import { accepted } from '../implementation-factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

const LONG_AGO = '2020-01-01T00:00:00Z';

/** Moves a track's history and last activity back to 2020, so any new activity shows. */
async function backdate(trackIds: number[]) {
  const db = getDb();
  await db.update(trackEvents).set({ at: new Date(LONG_AGO) }).where(inArray(trackEvents.trackId, trackIds));
  await db.update(tracks).set({ lastActivityAt: new Date(LONG_AGO) }).where(inArray(tracks.id, trackIds));
}

async function rowsOf(rops: Actor, trackIds: number[], today?: string) {
  const rows = await dashboardRows(rops, {}, today);
  return trackIds.map((id) => rows.find((r) => r.trackId === id)!);
}

const isRecent = (r: DashboardRow) => new Date(r.lastActivityAt).getTime() > new Date('2021-01-01T00:00:00Z').getTime();

/** Accepted gminas of one powiat, their tracks backdated, and the people who work on them. */
async function implementation(codes: string[]) {
  const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, codes);
  const [t] = await getDb().select({ implementationId: tracks.implementationId }).from(tracks).where(eq(tracks.id, trackIds[0]));
  await backdate(trackIds);
  expect((await rowsOf(rops, trackIds)).some(isRecent)).toBe(false);
  return { pcpr, rops, trackIds, implementationId: t.implementationId! };
}

/** What a powiat–gmina agreement needs before signature. */
function completed(c: DocumentContent, t: TemplateBody): DocumentContent {
  return {
    ...c,
    place: 'Sokółka',
    fields: Object.fromEntries(t.fields.map((f) => [f.key, c.fields[f.key] || (f.type === 'date' ? '2027-03-01' : `Treść pola ${f.label}`)])),
    parties: c.parties.map((p, i) => ({ ...p, representativeName: `Przedstawiciel ${i}`, representativeFunction: p.representativeFunction || 'Dyrektor', tasks: 'Udział w spotkaniach PZK\nWymiana informacji' })),
    people: c.people.length ? c.people : [{ function: 'Animator PCPR', name: 'Małgorzata Nowak', unit: 'Powiat Sokólski' }],
  };
}

describe('"Ostatnia aktywność": every change to a gmina track shows on the dashboard', () => {
  it('a status changed by hand', async () => {
    const { pcpr, rops, trackIds } = await implementation(['2011043']);
    const t = await getTrack(pcpr, trackIds[0]);
    const s21 = t.items.find((i) => i.substep.code === '2.1')!;
    await updateItemStatus(pcpr, { itemId: s21.id, version: s21.version, status: 'in_progress' });
    expect(isRecent((await rowsOf(rops, trackIds))[0])).toBe(true);
  });

  it('evidence attached to a sub-step', async () => {
    const { pcpr, rops, trackIds } = await implementation(['2011052']);
    const t = await getTrack(pcpr, trackIds[0]);
    const step3 = t.items.find((i) => i.substep.code === '3')!;
    await addEvidence(pcpr, { itemId: step3.id, title: 'Skan porozumienia', fileName: 'skan.pdf', data: PDF });
    expect(isRecent((await rowsOf(rops, trackIds))[0])).toBe(true);
  });

  it('a signed powiat–gmina agreement completing step 3 (page, CSV)', async () => {
    const { pcpr, rops, trackIds, implementationId } = await implementation(['2011062', '2011072']);
    const { id } = await createDocument(pcpr, { kind: 'agreement_powiat_gmina', implementationId });
    const d = await getDocument(pcpr, id);
    await saveDraft(pcpr, { documentId: id, version: d.document.version, content: completed(d.document.content, d.template.body) });
    await changeStatus(pcpr, { documentId: id, version: d.document.version + 1 }, 'mark_ready');
    const ready = await getDocument(pcpr, id);
    await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2026-11-20') }, { name: 'skan.pdf', data: PDF });

    const rows = await rowsOf(rops, trackIds);
    for (const r of rows) {
      expect(isRecent(r)).toBe(true);
      expect(r.steps.find((s) => s.step === 3)?.status).toBe('done');
    }
    // The CSV carries the same time as the page.
    const { csv } = await dashboardCsv(rops, {});
    const lines = csv.split(/\r?\n/).filter((l) => l.includes(';2011062;') || l.includes(';2011072;'));
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).not.toMatch(/01\.01\.2020/);
  });

  it('a closed basic training completing step 4', async () => {
    const { rops, trackIds, implementationId } = await implementation(['2006042', '2006053']);
    const { id } = await saveTraining(rops, {
      version: 0,
      kind: 'basic',
      topic: 'Szkolenie podstawowe',
      heldOn: '2027-02-15',
      place: 'ROPS w Białymstoku',
      trainer: 'Jadwiga Kołodziejczyk',
      description: 'Program szkolenia podstawowego.',
      implementationId: String(implementationId),
      step: '4',
    });
    const school = await makeInstitution('2006042', 'school', 'Szkoła Podstawowa w Zielonej Łące');
    await addInstitutionParticipant(rops, { trainingId: id, institutionId: String(school.id), name: 'Zdzisława Źrebięta', function: 'Dyrektorka szkoły' });
    const t = await getTraining(rops, id);
    await saveTrainingAttendance(rops, { trainingId: id, attended: t.participants.map((p) => p.id) });
    await backdate(trackIds);
    await closeAttendance(rops, { trainingId: id, version: t.training.version });
    for (const r of await rowsOf(rops, trackIds)) {
      expect(isRecent(r)).toBe(true);
      expect(r.steps.find((s) => s.step === 4)?.status).toBe('done');
    }
  });

  it('published minutes of the month’s PZK meeting from the schedule', async () => {
    const { pcpr, rops, trackIds } = await implementation(['2014011']);
    const track = (await getTrack(rops, trackIds[0])).track;
    const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
    const slot = (await listMeetings(pcpr, pzk.id, new Date('2027-01-10T00:00:00Z'))).scheduleSlots[0];
    const { id: meetingId } = await saveMeeting(pcpr, {
      pzkId: pzk.id,
      version: 0,
      kind: 'regular',
      startsAt: '2027-01-20T10:00',
      durationMinutes: '120',
      place: 'Urząd Gminy',
      onlineUrl: '',
      agendaResources: 'Zasoby',
      agendaCases: 'Konsultacje',
      agendaMethods: 'Metody',
      occurrenceId: slot.id,
    });
    await backdate(trackIds);
    const m = await getMeeting(pcpr, pzk.id, meetingId);
    await saveMinutes(pcpr, { pzkId: pzk.id, meetingId, version: m.meeting.version, minutes: 'Protokół', publish: true });
    expect(isRecent((await rowsOf(rops, trackIds))[0])).toBe(true);
    // …and the track's history says why.
    expect((await getTrack(rops, trackIds[0])).events[0].text).toMatch(/^Opublikowano protokół ze spotkania PZK z 20\.01\.2027/);
  });
});

describe('the strip of steps 1–10', () => {
  it('a new track is written with the step states its schedule gives when read back', async () => {
    const db = getDb();
    const place = await unit('2012012');
    const catalogue = (await loadCatalogue(db, (await latestVersionId(db, 'rural'))!))!;
    const { trackId } = await createTrack(db, catalogue, '2027-01-04', { implementationId: null, voivodeshipId: place.voivodeshipId, powiatId: place.powiatId, gminaId: place.gminaId }, 'local', { userId: null, name: null });
    const stepsOf = async () => (await db.select({ s: tracks.stepStates }).from(tracks).where(eq(tracks.id, trackId)))[0].s;
    const written = await stepsOf();
    expect(written.map((s) => s.step)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(written.every((s) => s.state === 'todo' && /^\d{4}-\d{2}-\d{2}$/.test(s.openEnd ?? ''))).toBe(true);
    await refreshTrackSummary(db, [trackId]);
    expect(await stepsOf()).toEqual(written);
    // The migration's backfill (the end of db/migrations/0012_…, from its comment on) computes the same.
    await db.update(tracks).set({ stepStates: [] }).where(eq(tracks.id, trackId));
    const migration = fs.readFileSync('db/migrations/0012_notification_numbers_signed_codes.sql', 'utf8');
    const backfill = migration.slice(migration.indexOf('-- Backfill of tracks.step_states'));
    expect(backfill).toMatch(/^-- Backfill[\s\S]*UPDATE "tracks" SET/);
    await db.execute(sql.raw(backfill.replaceAll('--> statement-breakpoint', '')));
    expect(await stepsOf()).toEqual(written);
  });

  it('says for each step whether it is done, in progress, overdue or not started — on the page and in the CSV', async () => {
    const { pcpr, rops, trackIds } = await implementation(['2011083']);
    const t = await getTrack(pcpr, trackIds[0]);
    const s21 = t.items.find((i) => i.substep.code === '2.1')!;
    await updateItemStatus(pcpr, { itemId: s21.id, version: s21.version, status: 'done' });

    // On the start date: step 1 is the województwo's (the regional track), planned to end the day
    // before — late until ROPS closes it; 2 is under way (2.1 and the notification, 2.4, done);
    // the rest not started.
    const start = t.track.startDate;
    const [row] = await rowsOf(rops, trackIds, start);
    expect(row.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(row.steps[0]).toMatchObject({ step: 1, regional: true, status: 'overdue' });
    expect(row.steps[1]).toMatchObject({ step: 2, regional: false, status: 'in_progress' });
    expect(row.steps.slice(2).every((s) => s.status === 'not_started' && !s.regional)).toBe(true);

    // ROPS closes stage I on the regional track: step 1 is done on every gmina's strip.
    const regional = await getTrack(rops, t.regionalTrackId ?? (await regionalTrackId(rops))!);
    for (const i of regional.items.filter((x) => x.substep.stepNumber === 1)) {
      if (i.substep.evidence !== 'none') await addEvidence(rops, { itemId: i.id, title: 'Dowód', fileName: 'dowod.pdf', data: PDF });
      await updateItemStatus(rops, { itemId: i.id, version: i.version, status: 'done' });
    }
    expect((await rowsOf(rops, trackIds, start))[0].steps[0]).toMatchObject({ step: 1, regional: true, status: 'done' });

    // A year on, every open step whose sub-steps should have ended is overdue, started or not.
    const later = await rowsOf(rops, trackIds, '2028-01-10');
    expect(later[0].steps.find((s) => s.step === 2)?.status).toBe('overdue');
    expect(later[0].steps.find((s) => s.step === 3)?.status).toBe('overdue');
    expect(later[0].steps.find((s) => s.step === 10)?.status).toBe('not_started');

    // Every sub-step of step 2 closed: done, whatever the date.
    const after = await getTrack(pcpr, trackIds[0]);
    for (const code of ['2.2', '2.3']) {
      const i = after.items.find((x) => x.substep.code === code)!;
      await updateItemStatus(pcpr, { itemId: i.id, version: i.version, status: 'not_applicable', naReason: 'Decyzję podjęto przed zgłoszeniem' });
    }
    expect((await rowsOf(rops, trackIds, '2028-01-10'))[0].steps.find((s) => s.step === 2)?.status).toBe('done');

    // The CSV: one column per step, the status in words.
    const { csv } = await dashboardCsv(rops, {});
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    const header = lines[0].split(';');
    const cols = Array.from({ length: 10 }, (_, i) => header.indexOf(`Krok ${i + 1}`));
    expect(cols.every((c) => c >= 0)).toBe(true);
    const line = lines.find((l) => l.includes('2011083'))!.split(';');
    expect(line[cols[1]]).toBe('zakończony');
    expect(line[cols[2]]).toMatch(/^(nierozpoczęty|po terminie)$/);
  });
});

describe('the dashboard page shows its rows a page at a time', () => {
  it('pages through every row in the filter’s order, with the counts and the exports over all of them', async () => {
    const { rops, trackIds } = await implementation(['2010042', '2010052', '2010062']);
    const all = await dashboardRows(rops, { sort: 'gmina' });
    expect(all.length).toBeGreaterThanOrEqual(3);
    const pageSize = 2;
    const pages = Math.ceil(all.length / pageSize);

    // Page after page, the rows are the whole list in its order; each page knows where it is.
    const seen: DashboardRow[] = [];
    for (let p = 1; p <= pages; p++) {
      const view = await dashboardPage(rops, { sort: 'gmina' }, p, { pageSize });
      expect(view).toMatchObject({ page: p, pages, pageSize, total: all.length, all: all.length, first: (p - 1) * pageSize + 1 });
      expect(view.rows.length).toBe(p < pages ? pageSize : all.length - (pages - 1) * pageSize);
      expect(view.counts).toEqual(stageCounts(all));
      seen.push(...view.rows);
    }
    expect(seen.map((r) => r.trackId)).toEqual(all.map((r) => r.trackId));

    // A page past the end, or no number at all, shows the last or the first page.
    expect((await dashboardPage(rops, { sort: 'gmina' }, pages + 5, { pageSize })).page).toBe(pages);
    expect((await dashboardPage(rops, { sort: 'gmina' }, 0, { pageSize })).page).toBe(1);

    // Filtered to one powiat: only its rows are paged, the stage counts still cover the whole area.
    const powiatId = all.find((r) => r.trackId === trackIds[0])!.powiatId;
    const ofPowiat = all.filter((r) => r.powiatId === powiatId);
    const filtered = await dashboardPage(rops, { powiatId, sort: 'gmina' }, 1, { pageSize });
    expect(filtered.total).toBe(ofPowiat.length);
    expect(filtered.rows.map((r) => r.trackId)).toEqual(ofPowiat.slice(0, pageSize).map((r) => r.trackId));
    expect(filtered.all).toBe(all.length);
    expect(filtered.counts).toEqual(stageCounts(all));

    // The CSV has every row whatever page the reader was on (the page number is not a filter).
    const params = new URLSearchParams(dashboardHref('/wdrozenia', { powiatId, sort: 'gmina' }, 2).split('?')[1]);
    expect(params.get('strona')).toBe('2');
    expect(dashboardPageFromParams(params)).toBe(2);
    const { csv } = await dashboardCsv(rops, dashboardFilterFromParams(params));
    expect(csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/).length - 1).toBe(ofPowiat.length);
  });

  it('reads the page number from the URL and keeps the filters in the links to other pages', () => {
    expect(dashboardPageFromParams({ strona: '3' })).toBe(3);
    for (const bad of [undefined, '', '0', '-1', 'abc', '1e3', '1234567']) expect(dashboardPageFromParams({ strona: bad })).toBe(1);
    expect(dashboardHref('/wdrozenia', { powiatId: 7, stage: 2, overdueOnly: true, sort: 'postep', desc: true }, 4)).toBe('/wdrozenia?powiat=7&etap=2&zalegle=1&sort=postep&kierunek=malejaco&strona=4');
    // The first page has no number, so its address is the one the filter form and the sort links give.
    expect(dashboardHref('/wdrozenia', { sort: 'gmina' }, 1)).toBe('/wdrozenia?sort=gmina');
    expect(dashboardHref('/wdrozenia', {}, 1)).toBe('/wdrozenia');
  });
});
