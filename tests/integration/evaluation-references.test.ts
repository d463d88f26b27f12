import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { activityRecords, auditLog, evaluationAnswers, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { setClockForTests } from '@/lib/clock';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument } from '@/lib/documents/documents';
import { referencesPdf } from '@/lib/evaluation/documents';
import { getReport, saveActivity, saveAnswers } from '@/lib/evaluation/evaluation';
import { referencePeople } from '@/lib/evaluation/references';
import { addMember } from '@/lib/pzk/members';
import { JANOW, PODLASKIE, makeActor, makeInstitution, unit } from '../factories';
import { accepted } from '../implementation-factories';
import { usePdfText } from '../pdf-text';
import { TINY_PDF } from '../upload-fixtures';

/*
 * Step 10.4 (issue 18 §6): references for everyone the model names — animators, the heads of the
 * PCPR and the GOPS, the authorities, councillors, institutions and teams — and the councillors
 * responsible for the evaluation writing the team's answers (evaluation.answer).
 */

const pdfText = usePdfText('references');
const [POWIAT, G1, G2] = ['2008', '2008043', '2008052'];
const LATER = new Date('2027-12-31T12:00:00Z');

let pcpr: Actor, rops: Actor, gops: Actor, councillor: Actor, councillorG2: Actor, councillorJanow: Actor;
let implementationId: number;
let gminaNames: [string, string];

/** Creates a document of the implementation, names each party's representative (by party position) and signs it. */
async function signed(kind: 'agreement_powiat_gmina' | 'agreement_pzk', gminaId: number | null, representatives: (p: { name: string; institutionId: number | null; unitId: number | null }) => [string, string], extraInstitutionIds: number[] = []) {
  const { id } = await createDocument(pcpr, { kind, implementationId, gminaId });
  const d = await getDocument(pcpr, id);
  const content = {
    ...d.document.content,
    place: 'Łapach',
    parties: [...d.document.content.parties, ...extraInstitutionIds.map((institutionId) => ({ ...d.document.content.parties.at(-1)!, institutionId, unitId: null }))].map((p) => {
      const [representativeName, representativeFunction] = representatives(p);
      return { ...p, representativeName, representativeFunction, tasks: 'Udział w spotkaniach' };
    }),
    fields: Object.fromEntries(d.template.body.fields.map((f) => [f.key, d.document.content.fields[f.key] || (f.type === 'date' ? '2027-06-30' : 'treść')])),
  };
  await saveDraft(pcpr, { documentId: id, version: d.document.version, content });
  await changeStatus(pcpr, { documentId: id, version: 2 }, 'mark_ready');
  const ready = await getDocument(pcpr, id);
  await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2027-01-20') }, { name: 'skan.pdf', data: TINY_PDF });
}

beforeAll(async () => {
  setClockForTests('2027-03-31T10:00:00Z');
  // The registry's PCPR and OPS first: the new PZK agreement names them as its parties.
  const pcprInst = await makeInstitution(POWIAT, 'pcpr', 'Powiatowe Centrum Pomocy Rodzinie w Żółkiewce');
  const opsInst = await makeInstitution(G1, 'ops', 'Gminny Ośrodek Pomocy Społecznej w Łęgu');
  const police = await makeInstitution(POWIAT, 'police', 'Komenda Powiatowa Policji w Ścinawie');
  pcpr = await makeActor('pcpr_animator', POWIAT);
  rops = await makeActor('rops_adviser', PODLASKIE);
  gops = await makeActor('gops_animator', G1);
  councillor = await makeActor('councillor', G1);
  councillorG2 = await makeActor('councillor', G2);
  councillorJanow = await makeActor('councillor', JANOW);
  gminaNames = [(await unit(G1)).name, (await unit(G2)).name];
  const { trackIds } = await accepted(pcpr, rops, [G1, G2]);
  const db = getDb();
  const [pzk1] = await db.select().from(pzks).where(eq(pzks.gminaId, (await unit(G1)).gminaId!));
  implementationId = pzk1.implementationId;
  expect(trackIds).toHaveLength(2);
  await addMember(pcpr, { pzkId: pzk1.id, institutionId: String(pcprInst.id), name: 'Anna Żółkiewska', function: 'Animator PCPR', teamRole: 'animator_pcpr', email: '' });
  await addMember(pcpr, { pzkId: pzk1.id, institutionId: String(opsInst.id), name: 'Łucja Ćwikła', function: 'Animator GOPS', teamRole: 'animator_gops', email: '' });
  await addMember(pcpr, { pzkId: pzk1.id, institutionId: '', name: 'Zdzisław Łękawski', function: 'Radny Gminy', teamRole: 'councillor_gmina', email: '' });
  // The powiat–gmina agreement: the starosta and the two wójts.
  const g1Id = (await unit(G1)).gminaId!;
  await signed('agreement_powiat_gmina', null, (p) => (p.unitId === g1Id ? ['Bożena Żurawska', 'Wójt Gminy'] : p.institutionId == null && p.name.startsWith('Powiat') ? ['Grzegorz Śliwiński', 'Starosta'] : ['Jerzy Kędzierski', 'Wójt Gminy']));
  // The first gmina's PZK agreement: the PCPR, the OPS and the police.
  await signed('agreement_pzk', g1Id, (p) => (p.institutionId === pcprInst.id ? ['Ewa Łukasiewicz', 'Dyrektor PCPR'] : p.institutionId === opsInst.id ? ['Halina Źdźbło', 'Kierownik GOPS'] : ['Mieczysław Gąska', 'Komendant Powiatowy Policji']), [police.id]);
}, 120_000);

afterAll(() => setClockForTests(null));

describe('references (step 10.4)', () => {
  it('name every kind the model names: animators, heads of PCPR and GOPS, authorities, councillors, institutions and teams', async () => {
    const r = await referencePeople(rops, implementationId, LATER);
    const names = (kind: string) => r.people.filter((p) => p.kind === kind).map((p) => p.name);
    expect(names('animator')).toEqual(['Anna Żółkiewska', 'Łucja Ćwikła']);
    expect(names('director')).toEqual(['Ewa Łukasiewicz', 'Halina Źdźbło']);
    expect(names('authority').sort()).toEqual(['Bożena Żurawska', 'Grzegorz Śliwiński', 'Jerzy Kędzierski']);
    // The councillor on the team, and those named in the notification to ROPS (tests/implementation-factories.ts).
    expect(names('councillor').sort()).toEqual(['Jan Kowalczyk', 'Radna 0', 'Radna 1', 'Zdzisław Łękawski']);
    expect(names('institution').sort()).toEqual(['Gminny Ośrodek Pomocy Społecznej w Łęgu', 'Komenda Powiatowa Policji w Ścinawie', 'Powiatowe Centrum Pomocy Rodzinie w Żółkiewce']);
    expect(names('team').sort()).toEqual(gminaNames.map((g) => `Partnerski Zespół Kooperacji gminy ${g}`).sort());
    // The police commander heads a member institution, not the PCPR or the GOPS: no personal reference.
    expect(r.people.map((p) => p.name)).not.toContain('Mieczysław Gąska');
    const director = r.people.find((p) => p.name === 'Halina Źdźbło')!;
    expect(director).toMatchObject({ functionLabel: 'Kierownik GOPS', institutionName: 'Gminny Ośrodek Pomocy Społecznej w Łęgu', gminaNames: [gminaNames[0]] });
    expect(r.people.find((p) => p.name === 'Grzegorz Śliwiński')).toMatchObject({ functionLabel: 'Starosta' });
  });

  it('the PDF has a page per referee with their names in Polish letters, worded by kind; ROPS may pick some', async () => {
    const all = await referencePeople(rops, implementationId, LATER);
    const text = pdfText((await referencesPdf(rops, implementationId, '2027-12-20', LATER)).pdf);
    expect(text.split('REFERENCJE').length - 1).toBe(all.people.length);
    for (const name of ['Anna Żółkiewska', 'Ewa Łukasiewicz', 'Halina Źdźbło', 'Grzegorz Śliwiński', 'Zdzisław Łękawski', 'Komenda Powiatowa Policji w Ścinawie', `Partnerski Zespół Kooperacji gminy ${gminaNames[1]}`]) expect(text).toContain(name);
    expect(text).toContain('Lidera Kooperacji');
    expect(text).toContain('dla podmiotu Modelu Kooperacji');
    expect(text).toContain('dla zespołu Modelu Kooperacji');
    expect(text).toContain('reprezentował(a) Powiat');
    expect(text).toContain('radny(-a) odpowiedzialny(-a) za ewaluację');

    const picked = all.people.filter((p) => p.name === 'Halina Źdźbło' || p.kind === 'team').map((p) => p.key);
    const some = pdfText((await referencesPdf(rops, implementationId, '2027-12-20', LATER, [...picked, 'nieznany'])).pdf);
    expect(some.split('REFERENCJE').length - 1).toBe(3);
    expect(some).toContain('Halina Źdźbło');
    expect(some).not.toContain('Anna Żółkiewska');
  });

  it('are prepared by ROPS only', async () => {
    await expect(referencePeople(councillor, implementationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(referencesPdf(pcpr, implementationId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('councillors write the team’s evaluation answers (evaluation.answer)', () => {
  const answers = (text: string) => ({ '1': text, '6': 'Współpraca szkoły z GOPS.' });
  const current = async () => (await getDb().select().from(evaluationAnswers).where(eq(evaluationAnswers.implementationId, implementationId)))[0];

  it('a councillor of the implementation’s gmina saves them; a save from a stale version is refused', async () => {
    const report = await getReport(councillor, implementationId);
    expect(report).toMatchObject({ canAnswer: true, canManage: false });
    expect(await saveAnswers(councillor, { implementationId, version: 0, answers: answers('Tak, zespół się sprawdził.'), recommendations: 'Kontynuować.' })).toEqual({ version: 1 });
    expect(await current()).toMatchObject({ version: 1, updatedBy: councillor.userId, recommendations: 'Kontynuować.' });
    expect((await getReport(gops, implementationId)).answers).toMatchObject({ updatedByName: 'Test councillor' });
    // The GOPS animator saves on top; the councillor's form, still on version 1, is refused and nothing changes.
    await saveAnswers(gops, { implementationId, version: 1, answers: answers('Zdanie animatora.'), recommendations: 'Kontynuować.' });
    await expect(saveAnswers(councillor, { implementationId, version: 1, answers: answers('Nadpisanie.'), recommendations: '' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await current()).toMatchObject({ version: 2, updatedBy: gops.userId, answers: expect.objectContaining({ '1': 'Zdanie animatora.' }) });
    // The councillor of the other gmina of the implementation saves too.
    await saveAnswers(councillorG2, { implementationId, version: 2, answers: answers('Zdanie radnej.'), recommendations: '' });
    expect(await current()).toMatchObject({ version: 3, updatedBy: councillorG2.userId });
    const logged = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'evaluation.answers_saved'), eq(auditLog.userId, councillor.userId)));
    expect(logged).toHaveLength(1);
  });

  it('a councillor of another gmina is refused, and nothing is written', async () => {
    await expect(saveAnswers(councillorJanow, { implementationId, version: 3, answers: answers('Obcy.'), recommendations: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await current()).toMatchObject({ version: 3, updatedBy: councillorG2.userId });
  });

  it('a councillor does not record activities', async () => {
    const activity = { implementationId: String(implementationId), kind: 'promotion', title: 'Artykuł w gazecie gminnej', startsOn: '2027-03-01', gminaId: '', partners: '', participants: '0', outcome: '' };
    await expect(saveActivity(councillor, activity)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getDb().select().from(activityRecords).where(eq(activityRecords.implementationId, implementationId))).toHaveLength(0);
  });
});
