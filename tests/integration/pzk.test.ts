import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument, terminateDocument } from '@/lib/documents/documents';
import { getTrack } from '@/lib/implementations/tracks';
import { acceptMember, addMember, contactList, getProfiles, getPzkTeam, removeMember, saveProfile } from '@/lib/pzk/members';
import { contactListPdf, workPlanPdf } from '@/lib/pzk/pdf';
import { getWorkPlan, saveWorkPlan } from '@/lib/pzk/work-plan';
import { listPzks } from '@/lib/pzk/pzk';
import { MAZOWIECKIE, PODLASKIE, makeActor, makeInstitution } from '../factories';
import { accepted } from '../implementation-factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

/** An implementation of three gminas of a powiat, the PZK of the first, and its PCPR and OPS. */
async function team(codes: string[]) {
  const powiat = codes[0].slice(0, 4);
  const pcpr = await makeActor('pcpr_animator', powiat);
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const pcprInst = await makeInstitution(powiat, 'pcpr', 'Powiatowe Centrum Pomocy Rodzinie');
  const ops = await makeInstitution(codes[0], 'ops', 'Gminny Ośrodek Pomocy Społecznej');
  const { trackIds } = await accepted(pcpr, rops, codes);
  const track = (await getTrack(rops, trackIds[0])).track;
  const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
  return { pcpr, rops, pcprInst, ops, track, pzk };
}

/** Makes, fills and signs the PZK agreement between the given institutions. */
async function signPzkAgreement(pcpr: Actor, track: { implementationId: number | null; gminaId: number | null }, extraInstitutionIds: number[]) {
  const { id } = await createDocument(pcpr, { kind: 'agreement_pzk', implementationId: track.implementationId, gminaId: track.gminaId });
  const d = await getDocument(pcpr, id);
  const t = d.template.body;
  const content = {
    ...d.document.content,
    place: 'Gminie',
    parties: [...d.document.content.parties, ...extraInstitutionIds.map((institutionId) => ({ ...d.document.content.parties[0], institutionId }))].map((p) => ({ ...p, representativeName: 'Jan Żak', representativeFunction: 'Dyrektor', tasks: 'Udział w spotkaniach' })),
    fields: Object.fromEntries(t.fields.map((f) => [f.key, d.document.content.fields[f.key] || (f.type === 'date' ? '2027-06-30' : 'treść')])),
  };
  await saveDraft(pcpr, { documentId: id, version: d.document.version, content });
  await changeStatus(pcpr, { documentId: id, version: 2 }, 'mark_ready');
  const ready = await getDocument(pcpr, id);
  await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2026-11-20') }, { name: 'skan.pdf', data: PDF });
  return (await getDocument(pcpr, id)).document;
}

describe('Partnerski Zespół Kooperacji', () => {
  it('every gmina of an accepted implementation has its team; membership follows the signed agreement; termination ends it', async () => {
    const { pcpr, rops, track, pzk } = await team(['2005011', '2005022', '2005032']);
    const school = await makeActor('pzk_member', '2005022');
    const schoolId = school.scope.institutionId!;

    // Not on the list: the team does not exist for the school.
    await expect(getPzkTeam(school, pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPzks(school)).map((p) => p.id)).not.toContain(pzk.id);

    // Invited by the PCPR animator: a guest — names and roles, no contacts, no presentation table.
    await addMember(pcpr, { pzkId: pzk.id, institutionId: schoolId, name: 'Piotr Dąbrowski', function: 'Pedagog szkolny', teamRole: 'invited', email: 'p.dabrowski@szkola.pl', phone: '85 000 00 00' });
    const asGuest = await getPzkTeam(school, pzk.id);
    expect(asGuest.pzk.access).toBe('guest');
    expect(asGuest.members[0]).toMatchObject({ name: 'Piotr Dąbrowski', status: 'invited', email: null, phone: null });
    await expect(contactList(school, pzk.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getProfiles(school, pzk.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listPzks(school)).map((p) => p.id)).toContain(pzk.id);

    // The school signs the PZK agreement: a full member, sees contacts, describes itself.
    const agreement = await signPzkAgreement(pcpr, track, [schoolId]);
    const asMember = await getPzkTeam(school, pzk.id);
    expect(asMember.pzk.access).toBe('member');
    expect(asMember.members[0]).toMatchObject({ status: 'full', email: 'p.dabrowski@szkola.pl', signedBy: { number: agreement.number } });
    expect((await contactList(school, pzk.id)).contacts.map((c) => c.name)).toEqual(['Piotr Dąbrowski']);
    const profiles = await getProfiles(school, pzk.id);
    expect(profiles.rows.find((r) => r.institution.id === schoolId)?.canEdit).toBe(true);
    expect(profiles.rows.filter((r) => r.canEdit)).toHaveLength(1);
    await saveProfile(school, { pzkId: pzk.id, institutionId: schoolId, version: 0, scope: 'Edukacja', competences: 'Pedagog, psycholog szkolny', legalLimits: 'Tajemnica', contactPerson: 'Piotr Dąbrowski' });
    const other = profiles.rows.find((r) => r.institution.id !== schoolId)!;
    await expect(saveProfile(school, { pzkId: pzk.id, institutionId: other.institution.id, version: 0, scope: 'x', competences: 'x', legalLimits: 'x', contactPerson: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveProfile(school, { pzkId: pzk.id, institutionId: schoolId, version: 0, scope: 'x', competences: 'x', legalLimits: 'x', contactPerson: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });

    // ROPS reads, changes nothing; ROPS of another województwo does not see it.
    expect((await getPzkTeam(rops, pzk.id)).pzk.access).toBe('observer');
    await expect(addMember(rops, { pzkId: pzk.id, name: 'X', function: 'Y', teamRole: 'invited' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPzkTeam(await makeActor('rops_admin', MAZOWIECKIE), pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Terminating the agreement ends the school's access, and the audit log says so.
    await terminateDocument(pcpr, { documentId: agreement.id, version: agreement.version, terminatedOn: '2026-11-26', reason: 'Zmiana składu' });
    expect((await getPzkTeam(school, pzk.id)).pzk.access).toBe('guest');
    await expect(contactList(school, pzk.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'pzk.membership_ended'), eq(auditLog.entityId, String(agreement.id))));
    expect(entry.details).toMatchObject({ institutionIds: expect.arrayContaining([schoolId]) });
  });

  it('the PCPR animator decides the composition: others propose, the animator accepts or removes', async () => {
    const { pcpr, pzk } = await team(['2006011', '2006022', '2006032']);
    const gops = await makeActor('gops_animator', '2006011');
    const { proposed, id } = await addMember(gops, { pzkId: pzk.id, name: 'Jadwiga Ostrowska', function: 'Przewodnicząca ZI', teamRole: 'lzi_chair' });
    expect(proposed).toBe(true);
    const t = await getPzkTeam(pcpr, pzk.id);
    expect(t.members.find((m) => m.id === id)).toMatchObject({ status: 'proposed' });
    await expect(acceptMember(gops, { memberId: id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await acceptMember(pcpr, { memberId: id, version: 1 });
    expect((await getPzkTeam(pcpr, pzk.id)).members.find((m) => m.id === id)).toMatchObject({ status: 'person', teamRole: 'lzi_chair' });
    await expect(removeMember(pcpr, { memberId: id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await removeMember(pcpr, { memberId: id, version: 2 });
    expect((await getPzkTeam(pcpr, pzk.id)).members).toHaveLength(0);
    // Bad input changes nothing and says why, in Polish.
    const err = await addMember(pcpr, { pzkId: pzk.id, name: '', function: 'x', teamRole: 'nie_ma', email: 'zly-adres' }).catch((e) => e);
    expect(err.fieldErrors).toMatchObject({ name: ['To pole jest wymagane.'], teamRole: ['Wybierz rolę w zespole.'], email: ['Podaj poprawny adres e-mail.'] });
  });

  it('a member of another PZK is refused everywhere: team, contacts, presentation table, PDF, list', async () => {
    const a = await team(['2009011', '2009022', '2009032']);
    const b = await team(['2010011', '2010023', '2010032']);
    const gopsB = await makeActor('gops_animator', '2010011');
    const memberB = await makeActor('pzk_member', '2010011');
    await signPzkAgreement(b.pcpr, b.track, [memberB.scope.institutionId!]);
    for (const actor of [gopsB, memberB, b.pcpr]) {
      await expect(getPzkTeam(actor, a.pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(contactList(actor, a.pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getProfiles(actor, a.pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(contactListPdf(actor, a.pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(addMember(actor, { pzkId: a.pzk.id, name: 'X', function: 'Y', teamRole: 'invited' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await listPzks(actor)).map((p) => p.id)).not.toContain(a.pzk.id);
    }
    expect((await listPzks(memberB)).map((p) => p.id)).toEqual([b.pzk.id]);
    // The team's own members get the contact list as a PDF.
    const pdf = await contactListPdf(gopsB, b.pzk.id);
    expect(pdf.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the work plan: the PCPR animator writes it in versions, members read it and its history, stale saves are refused', async () => {
    const { pcpr, pzk } = await team(['2012012', '2012022', '2012032']);
    const gops = await makeActor('gops_animator', '2012012');
    const empty = Object.fromEntries(['goalsInstitutions', 'goalsHelping', 'meetings', 'interventionProcedure', 'topics', 'trainingsInternal', 'trainingsExternal', 'promotion'].map((k) => [k, '']));
    await expect(saveWorkPlan(pcpr, { pzkId: pzk.id, version: 0, content: empty })).rejects.toMatchObject({ code: 'INVALID' });
    const first = { ...empty, goalsInstitutions: 'Wspólna diagnoza potrzeb rodzin w gminie', meetings: 'Każdy drugi wtorek miesiąca, 10:00, sala OPS' };
    expect(await saveWorkPlan(pcpr, { pzkId: pzk.id, version: 0, content: first })).toEqual({ version: 1 });
    await expect(saveWorkPlan(gops, { pzkId: pzk.id, version: 1, content: first })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await saveWorkPlan(pcpr, { pzkId: pzk.id, version: 1, content: { ...first, topics: 'Przemoc domowa — procedura Niebieskiej Karty' } });
    await expect(saveWorkPlan(pcpr, { pzkId: pzk.id, version: 1, content: first })).rejects.toMatchObject({ code: 'CONFLICT' });

    const read = await getWorkPlan(gops, pzk.id);
    expect(read.canEdit).toBe(false);
    expect(read.plan?.content.topics).toBe('Przemoc domowa — procedura Niebieskiej Karty');
    expect(read.history.map((h) => h.version)).toEqual([2, 1]);
    expect((await getWorkPlan(gops, pzk.id, 1)).shown?.content.topics).toBe('');
    const pdf = await workPlanPdf(gops, pzk.id);
    expect(pdf.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const outsider = await makeActor('gops_animator', '2013011');
    await expect(getWorkPlan(outsider, pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(workPlanPdf(outsider, pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
