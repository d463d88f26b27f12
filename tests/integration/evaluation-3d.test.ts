import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { cases, coachingSessions, pzks, zzkDecisions, zzkMeetings } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createCase } from '@/lib/cases/cases';
import { clock } from '@/lib/clock';
import { evaluationReportPdf, indicatorsCsv, referencesPdf, regionalCsv, regionalReportPdf } from '@/lib/evaluation/documents';
import { getReport, regionalReport } from '@/lib/evaluation/evaluation';
import { addDays } from '@/lib/model/dates';
import { saveMeeting, saveMinutes } from '@/lib/pzk/meetings';
import { addMember } from '@/lib/pzk/members';
import { createPzkService } from '@/lib/services/services';
import { referralInput } from '../case-factories';
import { makeActor, uid, unit } from '../factories';
import { BIALYSTOK, BIALYSTOK_POWIAT, accepted, accepted3d } from '../implementation-factories';
import { usePdfText } from '../pdf-text';

/*
 * Issue 17, item 7: the 9.2 report and the regional report of a Kooperacje 3D implementation speak
 * its words (ZZK, Lokalny Koszyk Usług) and add its figures per town. Białystok's PZK is formed at
 * two initiating meetings and a formalising one (minutes published), keeps 3 service cards, and a
 * family's ZZK met 3 times (once with the family) and decided twice; coaching 3 × 4,5 h and
 * supervision 2 × 1,5 h. A rural implementation's report has no 3D section.
 * (ZZK meetings, decisions and coaching sessions are written straight to the tables: their domain
 * functions are being written in parallel.)
 */

const pdfText = usePdfText('eval3d');
const db = () => getDb();
const today = clock.today();
const day = (n: number) => addDays(today, n);

let rops: Actor;
let nw: Actor;
let implementationId: number;
let ruralImplementationId: number;
let pzkId: number;

async function meeting(kind: 'initiating' | 'formalising' | 'regular', on: string, publish: boolean) {
  const { id } = await saveMeeting(nw, { pzkId, version: 0, kind, startsAt: `${on}T10:00`, durationMinutes: '120', place: 'MOPR, ul. Malmeda 1', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '', agendaDone: [] });
  if (publish) await saveMinutes(nw, { pzkId, meetingId: id, version: 1, minutes: 'Omówiono porządek spotkania.', publish: true });
}

beforeAll(async () => {
  rops = await makeActor('rops_adviser', '20');
  const pcpr = await makeActor('pcpr_animator', BIALYSTOK_POWIAT);
  const { trackIds } = await accepted3d(pcpr, rops, [BIALYSTOK], day(-150));
  const gminaId = (await unit(BIALYSTOK)).gminaId!;
  const [pzk] = await db().select().from(pzks).where(eq(pzks.gminaId, gminaId));
  pzkId = pzk.id;
  implementationId = pzk.implementationId;
  expect(trackIds.length).toBe(1);
  nw = await makeActor('network_worker', BIALYSTOK);
  await addMember(nw, { pzkId, institutionId: '', name: 'Agnieszka Sieciowa', function: 'Pracownik ds. sieci', teamRole: 'network_worker', email: '' });

  // Forming the PZK: 2 initiating + 1 formalising with minutes published count; a regular meeting
  // and a planned initiating one without minutes do not.
  await meeting('initiating', day(-120), true);
  await meeting('initiating', day(-100), true);
  await meeting('formalising', day(-80), true);
  await meeting('regular', day(-50), true);

  // LKU: 3 published service cards.
  for (const name of ['Grupa wsparcia dla rodziców', 'Poradnictwo psychologiczne', 'Klub Młodzieżowy'])
    await createPzkService(nw, pzkId, { name: `${name} ${uid()}`, description: 'Opis usługi.', targetGroups: ['rodziny'], areas: ['rodzinny'], providerName: 'Miejski Ośrodek Pomocy Rodzinie', conditions: '', cost: 'bezpłatnie', place: 'Białystok', contact: 'tel. 85 000 00 00', referral: 'Zgłoszenie w MOPR.', lastReviewedOn: day(-30) });

  // A family's ZZK: 3 meetings (1 with the family), 2 decisions (1 open, 1 done).
  const worker = await makeActor('social_worker', BIALYSTOK);
  const { id: caseId } = await createCase(nw, referralInput(pzkId, worker.userId, { referredOn: day(-60) }));
  const ms = await db()
    .insert(zzkMeetings)
    .values([
      { caseId, heldOn: day(-40), familyPresent: true, presentMemberIds: [], recordedBy: nw.userId },
      { caseId, heldOn: day(-30), familyPresent: false, presentMemberIds: [], recordedBy: nw.userId },
      { caseId, heldOn: day(-20), familyPresent: false, presentMemberIds: [], recordedBy: nw.userId },
    ])
    .returning({ id: zzkMeetings.id });
  await db()
    .insert(zzkDecisions)
    .values([
      { meetingId: ms[0].id, caseId, text: 'Zapisać syna na zajęcia w klubie.', status: 'done', doneAt: new Date() },
      { meetingId: ms[1].id, caseId, text: 'Umówić konsultację w poradni.', status: 'open' },
    ]);
  // Coaching 3 × 4,5 h = 13,5 h; supervision 2 × 1,5 h = 3 h.
  const place = { pzkId, voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId, leader: 'Coach zewnętrzny', participants: 'Pracownicy MOPR', participantCount: 4, createdBy: nw.userId };
  await db()
    .insert(coachingSessions)
    .values([
      { ...place, kind: 'coaching', heldOn: day(-45), hours: 4.5 },
      { ...place, kind: 'coaching', heldOn: day(-35), hours: 4.5 },
      { ...place, kind: 'coaching', heldOn: day(-25), hours: 4.5 },
      { ...place, kind: 'supervision', heldOn: day(-15), hours: 1.5 },
      { ...place, kind: 'supervision', heldOn: day(-5), hours: 1.5 },
    ]);

  // A rural implementation in the same województwo (Janów).
  const pcprSokolka = await makeActor('pcpr_animator', '2011');
  const rural = await accepted(pcprSokolka, rops, ['2011022'], day(-150));
  const [t] = await db().select({ implementationId: pzks.implementationId }).from(pzks).where(eq(pzks.gminaId, (await unit('2011022')).gminaId!));
  ruralImplementationId = t.implementationId;
  expect(rural.trackIds.length).toBe(1);
  expect(await db().$count(cases)).toBe(1);
});

const SENTENCES = ['Spotkania tworzące PZK: inicjujące 2, formalizujące 1', 'Spotkania ZZK: 3, w tym 1 z udziałem rodziny', 'Ustalenia ZZK: w realizacji 1, wykonane 1', 'Coaching: 13,5 godz., superwizja: 3 godz.', 'Karty usług w LKU: 3'];

describe('the 9.2 report of a Kooperacje 3D implementation', () => {
  it('has the 3D figures of its town and the variant’s words', async () => {
    const r = await getReport(nw, implementationId);
    expect(r.variant).toBe('urban_3d');
    expect(r.words.leader).toBe('Pracownik ds. sieci');
    expect(r.towns3d).toHaveLength(1);
    expect(r.towns3d![0]).toMatchObject({
      gminaName: 'Białystok',
      initiatingMeetings: 2,
      formalisingMeetings: 1,
      zzkMeetings: 3,
      zzkMeetingsWithFamily: 1,
      zzkDecisionsOpen: 1,
      zzkDecisionsDone: 1,
      coachingHours: 13.5,
      coachingSessions: 3,
      supervisionHours: 3,
      supervisionSessions: 2,
      lkuCards: 3,
    });
    // The common figures count every published meeting (4) and the cards as services.
    expect(r.figures.meetingsHeld).toBe(4);
    expect(r.figures.servicesPublished).toBe(3);
  });

  it('prints them in the PDF, with the LKU and ZZK words', async () => {
    const { pdf } = await evaluationReportPdf(nw, implementationId);
    const text = pdfText(pdf);
    expect(text).toContain('Kooperacje 3D');
    for (const s of SENTENCES) expect(text).toContain(s);
    expect(text).toContain('Karty usług (Lokalny Koszyk Usług)');
    expect(text).toContain('Praca z osobami i rodzinami (ZZK)');
    expect(text).not.toContain('Pozycje listy aktywności i usług');
  });

  it('carries them in the CSV as numbers', async () => {
    const { csv } = await indicatorsCsv(nw, implementationId);
    expect(csv).toContain('Kooperacje 3D — Białystok;Spotkania ZZK z udziałem rodziny;1');
    expect(csv).toContain('Kooperacje 3D — Białystok;Coaching — godziny;13,5');
    expect(csv).toContain('Kooperacje 3D — Białystok;Karty usług w LKU;3');
  });

  it('names the network worker as the Leader of Cooperation in the references', async () => {
    const text = pdfText((await referencesPdf(rops, implementationId)).pdf);
    expect(text).toContain('Agnieszka Sieciowa');
    expect(text).toContain('pracownika ds. sieci ośrodka pomocy społecznej we wdrożeniu Kooperacji 3D, miejskiego wariantu Modelu Kooperacji (gmina: Białystok)');
  });
});

describe('a rural implementation’s report', () => {
  it('has no 3D section and keeps the rural words', async () => {
    const r = await getReport(rops, ruralImplementationId);
    expect(r.variant).toBe('rural');
    expect(r.towns3d).toBeNull();
    const text = pdfText((await evaluationReportPdf(rops, ruralImplementationId)).pdf);
    expect(text).not.toContain('Kooperacje 3D');
    expect(text).toContain('Pozycje listy aktywności i usług');
    expect(text).not.toContain('ZZK');
    const { csv } = await indicatorsCsv(rops, ruralImplementationId);
    expect(csv).not.toContain('Kooperacje 3D');
  });
});

describe('the regional report', () => {
  it('shows a row per 3D town and leaves the rural implementation as it was', async () => {
    const r = await regionalReport(rops);
    expect(r.implementations.map((i) => [i.id, i.variant])).toEqual(
      expect.arrayContaining([
        [implementationId, 'urban_3d'],
        [ruralImplementationId, 'rural'],
      ]),
    );
    expect(r.towns3d.map((t) => [t.gminaName, t.zzkMeetings, t.zzkMeetingsWithFamily, t.coachingHours, t.supervisionHours, t.lkuCards])).toEqual([['Białystok', 3, 1, 13.5, 3, 3]]);
    expect(r.totals3d).toMatchObject({ zzkMeetings: 3, initiatingMeetings: 2, formalisingMeetings: 1 });
    const text = pdfText((await regionalReportPdf(rops)).pdf);
    expect(text).toContain('Kooperacje 3D');
    for (const s of SENTENCES) expect(text).toContain(s);
    const { csv } = await regionalCsv(rops);
    const lines = csv.slice(1).split(/\r?\n/);
    expect(lines[0]).toContain('Kooperacje 3D: Spotkania ZZK');
    // …coaching 13,5 h in 3 sessions, supervision 3 h in 2, no internal trainings (0 sessions, 0 h, 0 people), 3 cards.
    expect(lines.find((l) => l.includes('— Białystok'))).toMatch(/;2;1;3;1;2;1;1;13,5;3;3;2;0;0;0;3$/);
  });
});
