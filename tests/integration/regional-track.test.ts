import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createElement as h } from 'react';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { occurrences, scheduleItems, trackEvents, tracks } from '@/db/schema';
import { ProgressReport } from '@/components/pdf/ProgressReport';
import type { Actor } from '@/lib/auth/actor';
import { addEvidence, getEvidenceFile, getTrack, setOccurrence } from '@/lib/implementations/tracks';
import { monthWindow } from '@/lib/model/schedule';
import { renderPdf } from '@/lib/pdf/render';
import { CHOROSZCZ, DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor } from '../factories';
import { accepted, trackOf } from '../implementation-factories';
import { TINY_PDF } from '../upload-fixtures';

/*
 * Issue 14, item 1: the województwo's regional track (WZK meetings, promotion, info meetings)
 * covers every implementation of the województwo and grows when a later one is accepted; the
 * animators of those implementations read it. Items 4–6 on a real track: recurring windows in
 * words, the supervision windows, the advisory checklist in the PDF report.
 */

const EARLY = '2026-09-01';
const LATE = '2027-01-04';
const CHOROSZCZ_POWIAT = CHOROSZCZ.slice(0, 4);

let rops: Actor;
let pcprSokolski: Actor;
let pcprChoroszcz: Actor;
let regionalId: number;
/** Due date of the last WZK window, and a window marked done, before the later implementation. */
let lastWzkBefore: string;
let doneBefore: { id: number; periodStart: string };

async function regionalOf(voivodeshipId: number) {
  return getDb().select().from(tracks).where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, voivodeshipId)));
}
async function wzkWindows(trackId: number) {
  const t = await getTrack(rops, trackId, LATE);
  return t.occurrences.filter((o) => o.task.code === 'spotkanie-wzk').sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}

beforeAll(async () => {
  rops = await makeActor('rops_adviser', PODLASKIE);
  pcprSokolski = await makeActor('pcpr_animator', SOKOLSKI);
  pcprChoroszcz = await makeActor('pcpr_animator', CHOROSZCZ_POWIAT);
  // The first implementation of podlaskie creates its regional track.
  await accepted(pcprSokolski, rops, [JANOW], EARLY);
  const [regional] = await regionalOf(rops.scope.voivodeshipId);
  regionalId = regional.id;
  const wzk = await wzkWindows(regionalId);
  lastWzkBefore = wzk.at(-1)!.dueDate;
  await setOccurrence(rops, { occurrenceId: wzk[0].id, done: true, note: 'Pierwsze posiedzenie WZK' });
  doneBefore = { id: wzk[0].id, periodStart: wzk[0].periodStart };
  // A later implementation in another powiat.
  await accepted(pcprChoroszcz, rops, [CHOROSZCZ], LATE);
});

describe('the regional track covers every implementation of the województwo', () => {
  it('one regional track per województwo, grown to the stage IV end of the later implementation', async () => {
    const regional = await regionalOf(rops.scope.voivodeshipId);
    expect(regional.map((r) => r.id)).toEqual([regionalId]);
    const stageIVEnd = monthWindow(LATE, 17, 2).end;
    expect(stageIVEnd).toBe('2028-07-03');
    // Before: the WZK windows stopped with the first implementation, months before that.
    expect(lastWzkBefore < stageIVEnd).toBe(true);
    const wzk = await wzkWindows(regionalId);
    const last = wzk.at(-1)!;
    expect(last.periodStart <= stageIVEnd && last.dueDate >= stageIVEnd).toBe(true);
    // No quarter is missing between the first window and the last.
    for (let k = 1; k < wzk.length; k++) expect(wzk[k].periodStart > wzk[k - 1].dueDate).toBe(true);
    expect(new Set(wzk.map((o) => o.periodStart)).size).toBe(wzk.length);
  });

  it('keeps what was recorded and says in its history that it grew', async () => {
    const [o] = await getDb().select().from(occurrences).where(eq(occurrences.id, doneBefore.id));
    expect(o).toMatchObject({ status: 'done', periodStart: doneBefore.periodStart, note: 'Pierwsze posiedzenie WZK' });
    const events = await getDb().select({ text: trackEvents.text }).from(trackEvents).where(eq(trackEvents.trackId, regionalId));
    expect(events.map((e) => e.text)).toContainEqual(expect.stringMatching(/^Zadania wojewódzkie objęły nowe wdrożenie: terminy do 30\.09\.2028 \(ostatni okres: III kwartał 2028\)\.$/));
    // The summary of open occurrences follows (the dashboard reads it).
    const [t] = await getDb().select().from(tracks).where(eq(tracks.id, regionalId));
    expect(t.openOccurrenceDues.at(-1)! >= '2028-07-03').toBe(true);
  });

  it('promotion and info meetings grow too', async () => {
    const t = await getTrack(rops, regionalId, LATE);
    const last = (code: string) => t.occurrences.filter((o) => o.task.code === code).map((o) => o.dueDate).sort().at(-1)!;
    expect(last('promocja-modelu')).toBe('2028-09-30');
    expect(last('spotkania-informacyjne-rops')).toBe('2028-03-31');
  });
});

describe('who reads the regional track', () => {
  it('the animators of its implementations read it, and only read it', async () => {
    for (const a of [pcprChoroszcz, pcprSokolski, await makeActor('gops_animator', CHOROSZCZ), await makeActor('gops_animator', JANOW), await makeActor('wzk_member', PODLASKIE)]) {
      const t = await getTrack(a, regionalId, LATE);
      expect(t.track.kind).toBe('regional');
      expect(t.canUpdate).toBe(false);
    }
    const wzk = await wzkWindows(regionalId);
    await expect(setOccurrence(pcprChoroszcz, { occurrenceId: wzk[1].id, done: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('others are not told it exists', async () => {
    const outsiders = [
      await makeActor('gops_animator', DABROWA), // a gmina of the powiat that does not implement
      await makeActor('social_worker', JANOW), // not an animator
      await makeActor('pzk_member', JANOW),
      await makeActor('pcpr_animator', '1401'), // another województwo
      await makeActor('rops_adviser', MAZOWIECKIE),
    ];
    for (const a of outsiders) await expect(getTrack(a, regionalId, LATE), a.scope.role).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a pcpr animator of a powiat with no implementation is refused', async () => {
    await expect(getTrack(await makeActor('pcpr_animator', '2003'), regionalId, LATE)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the gmina track links the regional one for its animators; the evidence there opens for them', async () => {
    const own = await getTrack(pcprChoroszcz, (await trackOf(CHOROSZCZ)).id, LATE);
    expect(own.regionalTrackId).toBe(regionalId);
    const socialWorker = await getTrack(await makeActor('social_worker', JANOW), (await trackOf(JANOW)).id, LATE);
    expect(socialWorker.regionalTrackId).toBeNull();

    const [item] = await getDb().select({ id: scheduleItems.id }).from(scheduleItems).where(eq(scheduleItems.trackId, regionalId)).orderBy(asc(scheduleItems.id)).limit(1);
    const { fileId } = await addEvidence(rops, { itemId: item.id, title: 'Lista obecności', fileName: 'lista.pdf', data: TINY_PDF });
    await expect(getEvidenceFile(pcprChoroszcz, fileId)).resolves.toMatchObject({ name: 'lista.pdf' });
    await expect(getEvidenceFile(await makeActor('social_worker', JANOW), fileId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a gmina track: windows, supervision, checklist (items 4–6)', () => {
  it('supervision windows open and close with stage III, none a month after the other', async () => {
    const t = await getTrack(pcprChoroszcz, (await trackOf(CHOROSZCZ)).id, LATE);
    const sup = t.occurrences.filter((o) => o.task.code === 'superwizja').sort((a, b) => a.periodStart.localeCompare(b.periodStart));
    const stageIII = monthWindow(LATE, 4, 13);
    expect(sup.map((o) => [o.periodStart, o.dueDate])).toEqual([
      [stageIII.start, '2027-07-03'],
      ['2027-07-04', '2027-10-03'],
      ['2027-10-04', '2028-01-03'],
      ['2028-01-04', stageIII.end],
    ]);
  });

  it('recording an occurrence names its window in the history', async () => {
    const id = (await trackOf(CHOROSZCZ)).id;
    const t = await getTrack(pcprChoroszcz, id, LATE);
    const april = t.occurrences.find((o) => o.task.code === 'spotkanie-pzk' && o.periodStart === '2027-04-04')!;
    await setOccurrence(pcprChoroszcz, { occurrenceId: april.id, done: true });
    const after = await getTrack(pcprChoroszcz, id, LATE);
    expect(after.events[0].text).toBe('Odnotowano realizację zadania cyklicznego „Spotkanie PZK” w okresie: od 04.04.2027 do 03.05.2027.');
  });

  it('the progress report shows windows and the checklist of a step done by evidence as advisory', async () => {
    const data = await getTrack(pcprChoroszcz, (await trackOf(CHOROSZCZ)).id, LATE);
    const s24 = data.items.find((i) => i.substep.code === '2.4')!;
    expect(s24.status).toBe('done');
    expect(s24.checks.length).toBeGreaterThan(0);
    expect(s24.checks.every((c) => !c.done)).toBe(true);
    const pdf = await renderPdf(h(ProgressReport, { data, generatedAt: new Date('2027-01-10T10:00:00Z') }));
    const file = path.resolve('tests/.tmp', `regional-${crypto.randomBytes(6).toString('hex')}.pdf`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    fs.rmSync(file, { force: true });
    expect(text).toContain('Lista kontrolna');
    expect(text).toContain(`0 z ${s24.checks.length} — pomocnicza`);
    expect(text).toContain('Lista jest pomocnicza');
    expect(text).toContain('od 04.04.2027 do 03.05.2027');
    expect(text).not.toMatch(/Spotkanie PZK 03\.05\.2027/);
  });
});
