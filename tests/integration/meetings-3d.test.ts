import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { catalogueSubsteps, pzkMeetings, pzks, scheduleItems, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { formingMeetings, getMeeting, listMeetings, meetingIcs, minutesPdf, saveMeeting, saveMinutes } from '@/lib/pzk/meetings';
import { PODLASKIE, makeActor, unit } from '../factories';
import { BIALYSTOK, BIALYSTOK_POWIAT, accepted, accepted3d } from '../implementation-factories';
import { usePdfText } from '../pdf-text';

/*
 * Forming the PZK in Kooperacje 3D (issue 17, item 2): two initiating meetings and one formalising
 * meeting, each with its agenda; the published minutes of an initiating meeting complete the
 * schedule's 5.1, then 5.2; all of them are counted. A rural PZK holds none of them.
 */

const pdfText = usePdfText('meetings-3d');
const BASE = 'https://kooperacja.example.pl';
const RURAL = ['2005011', '2005022'];

const input = (pzkId: number, over: Record<string, unknown> = {}) => ({
  pzkId,
  version: 0,
  kind: 'initiating',
  startsAt: '2027-02-10T10:00',
  durationMinutes: '120',
  place: 'MOPR w Białymstoku, ul. Malmeda 5, sala 12',
  onlineUrl: '',
  agendaResources: '',
  agendaCases: '',
  agendaMethods: '',
  ...over,
});

let nw: Actor;
let pzkId: number;
let trackId: number;
let ruralPcpr: Actor;
let ruralPzkId: number;

async function pzkIdOf(teryt: string) {
  const { gminaId } = await unit(teryt);
  const [p] = await getDb().select({ id: pzks.id }).from(pzks).where(eq(pzks.gminaId, gminaId!));
  return p.id;
}

/** The gmina track's sub-steps 5.1–5.3: status, dates and note. */
async function forming() {
  const rows = await getDb()
    .select({ code: catalogueSubsteps.code, status: scheduleItems.status, actualEnd: scheduleItems.actualEnd, notes: scheduleItems.notes })
    .from(scheduleItems)
    .innerJoin(catalogueSubsteps, eq(catalogueSubsteps.id, scheduleItems.substepId))
    .where(and(eq(scheduleItems.trackId, trackId), inArray(catalogueSubsteps.code, ['5.1', '5.2', '5.3'])));
  return Object.fromEntries(rows.map((r) => [r.code, r]));
}

async function publish(actor: Actor, meetingId: number, minutes = 'Przedstawiono założenia Modelu Kooperacji 3D.') {
  const { meeting } = await getMeeting(actor, pzkId, meetingId);
  return saveMinutes(actor, { pzkId, meetingId, version: meeting.version, minutes, publish: true });
}

beforeAll(async () => {
  const rops = await makeActor('rops_adviser', PODLASKIE);
  ({
    trackIds: [trackId],
  } = await accepted3d(await makeActor('pcpr_animator', BIALYSTOK_POWIAT), rops, [BIALYSTOK]));
  pzkId = await pzkIdOf(BIALYSTOK);
  nw = await makeActor('network_worker', BIALYSTOK);
  ruralPcpr = await makeActor('pcpr_animator', RURAL[0].slice(0, 4));
  await accepted(ruralPcpr, rops, RURAL);
  ruralPzkId = await pzkIdOf(RURAL[0]);
});

describe('Kooperacje 3D: the PZK is formed at 2 initiating meetings and 1 formalising meeting', () => {
  it('published minutes of the initiating meetings complete 5.1, then 5.2; the formalising one is counted but ticks nothing', async () => {
    const [track] = await getDb().select({ gminaId: tracks.gminaId }).from(tracks).where(eq(tracks.id, trackId));
    expect(track.gminaId).toBe((await unit(BIALYSTOK)).gminaId);
    expect((await listMeetings(nw, pzkId)).forming).toEqual({ initiating: 0, formalising: 0 });

    // The network worker plans the first initiating meeting, with two of its points done.
    const first = await saveMeeting(nw, input(pzkId, { agendaDone: ['key_partners', 'model'] }));
    const view = await getMeeting(nw, pzkId, first.id);
    expect(view.meeting.kind).toBe('initiating');
    expect(view.meeting.agendaDone).toEqual(['model', 'key_partners']); // in the kind's order

    // Saved minutes are not published minutes: nothing in the schedule yet, nothing counted.
    await saveMinutes(nw, { pzkId, meetingId: first.id, version: view.meeting.version, minutes: 'Projekt', publish: false });
    expect((await forming())['5.1'].status).not.toBe('done');
    expect((await formingMeetings(getDb(), [pzkId])).get(pzkId)).toEqual({ initiating: 0, formalising: 0 });

    await publish(nw, first.id);
    let steps = await forming();
    expect(steps['5.1']).toMatchObject({ status: 'done', actualEnd: '2027-02-10', notes: 'Spotkanie inicjujące 10.02.2027 — protokół opublikowany' });
    expect(steps['5.2'].status).not.toBe('done');

    // Republishing corrected minutes does not complete the next sub-step.
    await publish(nw, first.id, 'Przedstawiono założenia Modelu Kooperacji 3D (poprawione).');
    expect((await forming())['5.2'].status).not.toBe('done');

    const second = await saveMeeting(nw, input(pzkId, { startsAt: '2027-03-03T09:30', agendaDone: ['competences', 'problems', 'declarations'] }));
    await publish(nw, second.id);
    steps = await forming();
    expect(steps['5.2']).toMatchObject({ status: 'done', actualEnd: '2027-03-03', notes: 'Spotkanie inicjujące 03.03.2027 — protokół opublikowany' });
    expect(steps['5.1'].actualEnd).toBe('2027-02-10');

    // The formalising meeting: counted once its minutes are published; 5.3 waits for the signed PZK agreement.
    const formal = await saveMeeting(nw, input(pzkId, { kind: 'formalising', startsAt: '2027-04-07T10:00', agendaDone: ['declarations', 'service_cards', 'coordinators', 'plan'] }));
    await publish(nw, formal.id, 'Omówiono deklaracje; partnerzy wskazali koordynatorów.');
    expect((await forming())['5.3'].status).not.toBe('done');

    const counted = await formingMeetings(getDb(), [pzkId, ruralPzkId]);
    expect(counted.get(pzkId)).toEqual({ initiating: 2, formalising: 1 });
    expect(counted.get(ruralPzkId)).toEqual({ initiating: 0, formalising: 0 });
    const list = await listMeetings(nw, pzkId, new Date('2027-05-01T00:00:00Z'));
    expect(list.forming).toEqual({ initiating: 2, formalising: 1 });
    expect(list.past.map((m) => m.kind)).toEqual(['formalising', 'initiating', 'initiating']);

    // The protocol prints the kind and each agenda point, done or not, with Polish letters intact.
    const text = pdfText((await minutesPdf(nw, pzkId, formal.id)).pdf);
    expect(text).toContain('spotkanie formalizujące');
    expect(text).toContain('Punkty porządku spotkania');
    expect(text).toMatch(/Wskazanie osób koordynujących współpracę u partnerów zrealizowany/);
    expect(text).toMatch(/Uzgodnienie warunków tworzenia i działania ZZK niezrealizowany/);
    expect(text).not.toContain('Konsultacje przypadków');

    // The calendar event names the kind.
    const { ics } = await meetingIcs(nw, pzkId, formal.id, BASE);
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Spotkanie formalizujące PZK gminy');
  });

  it('an agenda point of another kind is refused and nothing is saved', async () => {
    const before = await getDb().select({ id: pzkMeetings.id }).from(pzkMeetings).where(eq(pzkMeetings.pzkId, pzkId));
    const err = await saveMeeting(nw, input(pzkId, { kind: 'formalising', agendaDone: ['declarations', 'model'] })).catch((e) => e);
    expect(err).toMatchObject({ code: 'INVALID', fieldErrors: { agendaDone: ['Zaznacz tylko punkty porządku tego rodzaju spotkania.'] } });
    await expect(saveMeeting(nw, input(pzkId, { kind: 'regular', agendaDone: ['plan'] }))).rejects.toMatchObject({ code: 'INVALID' });
    const after = await getDb().select({ id: pzkMeetings.id }).from(pzkMeetings).where(eq(pzkMeetings.pzkId, pzkId));
    expect(after.length).toBe(before.length);

    // On an edit, too: the meeting keeps its points and version.
    const { id } = await saveMeeting(nw, input(pzkId, { startsAt: '2027-06-01T10:00', agendaDone: ['model'] }));
    await expect(saveMeeting(nw, input(pzkId, { meetingId: id, version: 1, agendaDone: ['zzk_rules'] }))).rejects.toMatchObject({ code: 'INVALID' });
    expect((await getMeeting(nw, pzkId, id)).meeting).toMatchObject({ agendaDone: ['model'], version: 1 });
  });

  it('a rural PZK holds no initiating or formalising meetings: refused in Polish, nothing saved', async () => {
    for (const kind of ['initiating', 'formalising']) {
      const err = await saveMeeting(ruralPcpr, input(ruralPzkId, { kind })).catch((e) => e);
      expect(err).toMatchObject({ code: 'INVALID', fieldErrors: { kind: [expect.stringContaining('nie występuje w wariancie modelu tego zespołu (gminy wiejskie)')] } });
    }
    expect(await getDb().select().from(pzkMeetings).where(eq(pzkMeetings.pzkId, ruralPzkId))).toEqual([]);
    // Its monthly meeting is as before: no own points, the three areas.
    const { id } = await saveMeeting(ruralPcpr, input(ruralPzkId, { kind: 'regular', agendaResources: 'Zasoby gminy' }));
    expect((await getMeeting(ruralPcpr, ruralPzkId, id)).meeting).toMatchObject({ kind: 'regular', agendaDone: [], agendaResources: 'Zasoby gminy' });
    expect((await listMeetings(ruralPcpr, ruralPzkId)).forming).toBeNull();
  });

  it('someone outside Białystok cannot record its forming meetings', async () => {
    const otherNw = await makeActor('network_worker', RURAL[0]);
    await expect(saveMeeting(otherNw, input(pzkId))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveMeeting(ruralPcpr, input(pzkId))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
