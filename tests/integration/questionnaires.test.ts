import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, questionnaireLinks, questionnaireResponses, questionnaireTemplates, requestThrottle, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { setClockForTests } from '@/lib/clock';
import { evaluationReportPdf } from '@/lib/evaluation/documents';
import { ALREADY_ANSWERED, answerByLink, answerInPerson, giveLink, listGiven, openLink, SUBMITS_PER_IP, THROTTLE_KIND, THROTTLED } from '@/lib/questionnaires/links';
import { questionnaireResults } from '@/lib/questionnaires/report';
import { listTemplates, saveTemplateVersion, setTemplateActive } from '@/lib/questionnaires/templates';
import { MAZOWIECKIE, PODLASKIE, makeActor } from '../factories';
import { accepted } from '../implementation-factories';
import { usePdfText } from '../pdf-text';

const pdfText = usePdfText('questionnaires');

let pcpr: Actor, gops: Actor, rops: Actor, otherPcpr: Actor, otherGops: Actor, mazowsze: Actor;
let implementationId: number;
let familyId: number, institutionId: number;

async function implementationOf(p: Actor, r: Actor, codes: string[]) {
  const { trackIds } = await accepted(p, r, codes);
  const [t] = await getDb().select({ implementationId: tracks.implementationId }).from(tracks).where(eq(tracks.id, trackIds[0]));
  return t.implementationId!;
}

const templateId = async (key: string) => {
  const [t] = await getDb().select({ id: questionnaireTemplates.id }).from(questionnaireTemplates).where(and(eq(questionnaireTemplates.key, key), isNull(questionnaireTemplates.voivodeshipId)));
  return t.id;
};

/** A link answered with the given family answers (scale `pomoc`, one option of `jeden_plan`, an open remark). */
async function answered(animator: Actor, id: number, pomoc: number, extra: Record<string, unknown> = {}) {
  const { token } = await giveLink(animator, { implementationId: id, templateId: familyId });
  await answerByLink({ token, answers: { pomoc, kontakt: 4, ...extra } }, '198.51.100.7');
  return token;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);

beforeAll(async () => {
  setClockForTests('2027-06-15T10:00:00Z');
  pcpr = await makeActor('pcpr_animator', '2008');
  gops = await makeActor('gops_animator', '2008043');
  rops = await makeActor('rops_adviser', PODLASKIE);
  otherPcpr = await makeActor('pcpr_animator', '2006');
  otherGops = await makeActor('gops_animator', '2006042');
  mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
  implementationId = await implementationOf(pcpr, rops, ['2008043', '2008052']);
  await implementationOf(otherPcpr, rops, ['2006042']);
  familyId = await templateId('rodziny');
  institutionId = await templateId('instytucje_pzk');
});
afterAll(() => setClockForTests(null));

describe('seeded templates', () => {
  it('every database has the model’s three templates, shared by all województwa', async () => {
    const rows = await getDb().select({ key: questionnaireTemplates.key, audience: questionnaireTemplates.audience, v: questionnaireTemplates.voivodeshipId }).from(questionnaireTemplates).where(isNull(questionnaireTemplates.voivodeshipId));
    expect(rows.map((r) => `${r.key}:${r.audience}`).sort()).toEqual(['instytucje_pzk:institution', 'rodziny:family', 'wladze_samorzadowe:authority']);
  });
});

describe('a link', () => {
  it('keeps only the hash of its secret and takes exactly one answer', async () => {
    const { token, path, linkId } = await giveLink(pcpr, { implementationId, templateId: familyId });
    expect(path).toBe(`/ankieta/${token}`);
    const [row] = await getDb().select().from(questionnaireLinks).where(eq(questionnaireLinks.id, linkId));
    expect(row.tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(row.mode).toBe('link');

    expect((await openLink(token)).state).toBe('valid');
    await answerByLink({ token, answers: { pomoc: 5, kontakt: 5 } }, '198.51.100.1');
    expect((await openLink(token)).state).toBe('answered');
    await expect(answerByLink({ token, answers: { pomoc: 1, kontakt: 1 } }, '198.51.100.1')).rejects.toMatchObject({ message: ALREADY_ANSWERED });
    const rs = await getDb().select().from(questionnaireResponses).where(eq(questionnaireResponses.linkId, linkId));
    expect(rs.map((r) => r.answers)).toEqual([{ pomoc: 5, kontakt: 5 }]);
  });

  it('two submits at once: exactly one answer is kept, the other is refused', async () => {
    const { token, linkId } = await giveLink(pcpr, { implementationId, templateId: institutionId });
    const both = await Promise.allSettled([1, 2].map((n) => answerByLink({ token, answers: { wspolpraca: n, informacja: n, spotkania: n } }, '198.51.100.2')));
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(both.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message)).toEqual([ALREADY_ANSWERED]);
    expect(await getDb().select().from(questionnaireResponses).where(eq(questionnaireResponses.linkId, linkId))).toHaveLength(1);
  });

  it('an unknown or malformed secret opens nothing and is refused', async () => {
    expect((await openLink('x'.repeat(32))).state).toBe('unknown');
    expect((await openLink('../etc')).state).toBe('unknown');
    expect(await codeOf(answerByLink({ token: 'y'.repeat(32), answers: {} }, '198.51.100.3'))).toBe('NOT_FOUND');
  });

  it('bad answers are refused with a Polish message and nothing is written', async () => {
    const { token, linkId } = await giveLink(pcpr, { implementationId, templateId: familyId });
    await expect(answerByLink({ token, answers: { pomoc: 9 } }, '198.51.100.4')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { 'answers.pomoc': ['Wybierz liczbę od 1 do 5.'], 'answers.kontakt': ['Odpowiedz na to pytanie.'] } });
    expect((await openLink(token)).state).toBe('valid');
    expect(await getDb().select().from(questionnaireResponses).where(eq(questionnaireResponses.linkId, linkId))).toHaveLength(0);
  });

  it('submits from one address are throttled after the hour’s limit', async () => {
    const ip = '203.0.113.77';
    await getDb().insert(requestThrottle).values(Array.from({ length: SUBMITS_PER_IP }, () => ({ kind: THROTTLE_KIND, ip })));
    const { token } = await giveLink(pcpr, { implementationId, templateId: familyId });
    await expect(answerByLink({ token, answers: { pomoc: 3, kontakt: 3 } }, ip)).rejects.toMatchObject({ message: THROTTLED });
    expect((await openLink(token)).state).toBe('valid');
  });
});

describe('who gives questionnaires out', () => {
  it('an animator of another powiat gets "not found"; a ROPS adviser may not give out', async () => {
    expect(await codeOf(giveLink(otherPcpr, { implementationId, templateId: familyId }))).toBe('NOT_FOUND');
    expect(await codeOf(giveLink(otherGops, { implementationId, templateId: familyId }))).toBe('NOT_FOUND');
    expect(await codeOf(answerInPerson(otherGops, { implementationId, templateId: familyId, answers: { pomoc: 3, kontakt: 3 } }))).toBe('NOT_FOUND');
    expect(await codeOf(listGiven(otherPcpr, implementationId))).toBe('NOT_FOUND');
    expect(await codeOf(giveLink(rops, { implementationId, templateId: familyId }))).toBe('FORBIDDEN');
  });

  it('a GOPS animator of the implementation fills one in person: a link of that mode with no secret', async () => {
    const { responseId } = await answerInPerson(gops, { implementationId, templateId: familyId, answers: { pomoc: 4, kontakt: 4 } });
    const [r] = await getDb().select({ mode: questionnaireLinks.mode, tokenHash: questionnaireLinks.tokenHash, gminaId: questionnaireLinks.gminaId }).from(questionnaireResponses).innerJoin(questionnaireLinks, eq(questionnaireLinks.id, questionnaireResponses.linkId)).where(eq(questionnaireResponses.id, responseId));
    expect(r).toEqual({ mode: 'in_person', tokenHash: null, gminaId: gops.scope.gminaId });
  });
});

describe('results', () => {
  let id: number, animator: Actor;
  beforeAll(async () => {
    animator = await makeActor('pcpr_animator', '2009');
    id = await implementationOf(animator, rops, ['2009011']);
  });

  it('are hidden below five answers and shown at five, with the mean and counts', async () => {
    for (const [i, v] of [5, 4, 4, 3].entries()) await answered(animator, id, v, { jeden_plan: i % 2 ? 'tak' : 'częściowo', uwagi: `Uwaga numer ${i + 1}` });
    let [s] = await questionnaireResults(rops, id);
    expect(s.results).toEqual({ answers: 4, shown: false, message: 'Wyniki pokażemy po zebraniu co najmniej 5 odpowiedzi (teraz są 4 odpowiedzi).' });

    await answered(animator, id, 5, { jeden_plan: 'tak' });
    [s] = await questionnaireResults(rops, id);
    if (!s.results.shown) throw new Error('expected results at five answers');
    const pomoc = s.results.questions.find((q) => q.key === 'pomoc')!;
    expect(pomoc).toMatchObject({ count: 5, mean: '4,2' });
    const plan = s.results.questions.find((q) => q.key === 'jeden_plan')!;
    expect(plan).toMatchObject({ count: 5, options: [{ option: 'tak', count: 3 }, { option: 'częściowo', count: 2 }, { option: 'nie', count: 0 }, { option: 'trudno powiedzieć', count: 0 }] });
  });

  it('open answers are listed in order, with nothing that identifies the link, time or author', async () => {
    const [s] = await questionnaireResults(rops, id);
    if (!s.results.shown) throw new Error('expected results');
    const open = s.results.questions.find((q) => q.key === 'uwagi')!;
    expect(open).toEqual({ key: 'uwagi', kind: 'open', text: expect.any(String), count: 4, answers: ['Uwaga numer 1', 'Uwaga numer 2', 'Uwaga numer 3', 'Uwaga numer 4'] });
    const json = JSON.stringify(s);
    for (const word of ['linkId', 'submittedAt', 'answeredAt', 'createdBy', 'token', '2027-06-15']) expect(json).not.toContain(word);
  });

  it('the report PDF carries the aggregate', async () => {
    const { pdf } = await evaluationReportPdf(rops, id);
    const text = pdfText(pdf);
    expect(text).toContain('Ankiety ewaluacyjne');
    expect(text).toContain('Ankieta dla rodzin i osób korzystających ze wsparcia');
    expect(text).toContain('średnia 4,2');
    expect(text).toContain('Uwaga numer 3');
  });

  it('another województwo’s ROPS does not read them', async () => {
    expect(await codeOf(questionnaireResults(mazowsze, id))).toBe('NOT_FOUND');
  });
});

describe('template versions', () => {
  it('a ROPS adds a version; old answers keep theirs; a stale base is refused; other województwa keep v1', async () => {
    const base = (await listTemplates(rops)).find((t) => t.id === familyId)!;
    const before = await getDb().select({ templateId: questionnaireResponses.templateId }).from(questionnaireResponses).where(eq(questionnaireResponses.templateId, familyId));
    expect(before.length).toBeGreaterThan(0);

    const input = { baseId: familyId, key: 'rodziny', audience: 'family', title: 'Ankieta dla rodzin — wersja podlaska', intro: base.intro, questions: [...base.questions, { key: 'szkola', kind: 'single', text: 'Czy szkoła pomagała?', options: ['tak', 'nie'] }] };
    const v2 = await saveTemplateVersion(rops, input);
    expect(v2.version).toBe(2);
    await expect(saveTemplateVersion(rops, input)).rejects.toMatchObject({ code: 'CONFLICT' });

    const after = await getDb().select({ templateId: questionnaireResponses.templateId }).from(questionnaireResponses).where(eq(questionnaireResponses.templateId, familyId));
    expect(after).toHaveLength(before.length);
    const newLink = await giveLink(pcpr, { implementationId, templateId: v2.id });
    const [link] = await getDb().select({ templateId: questionnaireLinks.templateId }).from(questionnaireLinks).where(eq(questionnaireLinks.id, newLink.linkId));
    expect(link.templateId).toBe(v2.id);
    // The old version is no longer given out in this województwo.
    expect(await codeOf(giveLink(pcpr, { implementationId, templateId: familyId }))).toBe('INVALID');

    const mazowieckie = await listTemplates(mazowsze);
    expect(mazowieckie.filter((t) => t.key === 'rodziny').map((t) => t.version)).toEqual([1]);
    expect(await codeOf(saveTemplateVersion(pcpr, { ...input, baseId: v2.id }))).toBe('FORBIDDEN');
  });
});

describe('switching a version off', () => {
  it('a ROPS switches its own version off: animators give the older one again, a link already given still takes its answer; on again, it is given again', async () => {
    const [own] = (await listTemplates(rops)).filter((t) => t.key === 'rodziny' && t.voivodeshipId !== null);
    const given = await giveLink(pcpr, { implementationId, templateId: own.id });

    expect(await setTemplateActive(rops, { templateId: own.id, active: false })).toEqual({ id: own.id, active: false });
    expect(await codeOf(giveLink(pcpr, { implementationId, templateId: own.id }))).toBe('INVALID');
    // The model's version 1 is given out again in podlaskie.
    expect(await codeOf(giveLink(pcpr, { implementationId, templateId: familyId }))).toBe('OK');
    expect(await openLink(given.token)).toMatchObject({ state: 'valid' });
    await answerByLink({ token: given.token, answers: { pomoc: 4, kontakt: 4, szkola: 'tak' } }, '198.51.100.9');
    expect(await openLink(given.token)).toEqual({ state: 'answered' });
    // A second click changes and records nothing more.
    await setTemplateActive(rops, { templateId: own.id, active: false });
    const entries = await getDb().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'questionnaire_template'), eq(auditLog.entityId, String(own.id))));
    expect(entries.map((e) => e.action).filter((a) => a === 'questionnaire.template_disabled')).toHaveLength(1);

    await setTemplateActive(rops, { templateId: own.id, active: true });
    expect(await codeOf(giveLink(pcpr, { implementationId, templateId: own.id }))).toBe('OK');
    expect(await codeOf(giveLink(pcpr, { implementationId, templateId: familyId }))).toBe('INVALID');
  });

  it('the model’s templates are shared and not switched off by one ROPS; another województwo’s version is not found; animators may not switch', async () => {
    const refused = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`);
    expect(await refused(setTemplateActive(rops, { templateId: familyId, active: false }))).toBe('INVALID: Wzory Modelu są wspólne dla wszystkich województw — nie wyłącza się ich w jednym. Dodaj ich nową wersję ROPS albo własny wzór.');
    const [own] = (await listTemplates(rops)).filter((t) => t.key === 'rodziny' && t.voivodeshipId !== null);
    expect(await codeOf(setTemplateActive(mazowsze, { templateId: own.id, active: false }))).toBe('NOT_FOUND');
    expect(await codeOf(setTemplateActive(pcpr, { templateId: own.id, active: false }))).toBe('FORBIDDEN');
    const [row] = await getDb().select({ active: questionnaireTemplates.active }).from(questionnaireTemplates).where(eq(questionnaireTemplates.id, familyId));
    expect(row.active).toBe(true);
  });
});
