import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { DocumentContent } from '@/lib/documents/compose';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument, terminateDocument } from '@/lib/documents/documents';
import type { TemplateBody } from '@/lib/documents/template';
import { unsafeVerifyDocument } from '@/lib/documents/verify';
import { getTrack } from '@/lib/implementations/tracks';
import { addMember, contactList, getPzkTeam } from '@/lib/pzk/members';
import { listPzks } from '@/lib/pzk/pzk';
import { PODLASKIE, makeActor, makeInstitution } from '../factories';
import { accepted } from '../implementation-factories';
import { TINY_PDF as PDF } from '../upload-fixtures';

/*
 * PZK membership follows the agreement's state: signed OR AMENDED by an annex (still in force)
 * makes its institutions members; terminated makes them guests. The same states decide what may
 * still be attached to the agreement (an annex, a declaration of accession) and whether its
 * printout verifies. Gminas of this file: 2008013, 2008022 (powiat 2008) and 2009011, 2009022 (2009).
 */

async function team(codes: string[]) {
  const powiat = codes[0].slice(0, 4);
  const pcpr = await makeActor('pcpr_animator', powiat);
  const rops = await makeActor('rops_adviser', PODLASKIE);
  // The PCPR in the registry: it receives declarations of accession on the team's behalf.
  await makeInstitution(powiat, 'pcpr', 'Powiatowe Centrum Pomocy Rodzinie');
  await makeInstitution(codes[0], 'ops', 'Gminny Ośrodek Pomocy Społecznej');
  const { trackIds } = await accepted(pcpr, rops, codes);
  const track = (await getTrack(rops, trackIds[0])).track;
  const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
  return { pcpr, rops, track, pzk };
}

/** Everything a document needs before signature. */
function completed(c: DocumentContent, t: TemplateBody): DocumentContent {
  return {
    ...c,
    place: 'Gminie',
    fields: Object.fromEntries(t.fields.map((f) => [f.key, c.fields[f.key] || (f.type === 'date' ? '2026-11-20' : `Treść pola ${f.label}`)])),
    parties: c.parties.map((p) => ({ ...p, representativeName: 'Jan Żak', representativeFunction: p.representativeFunction || 'Dyrektor', tasks: 'Udział w spotkaniach PZK' })),
  };
}

/** Fills (with `change` applied first), freezes and signs a draft; returns the signed document. */
async function fillAndSign(pcpr: Actor, id: number, signedOn: string, change: (c: DocumentContent) => DocumentContent = (c) => c) {
  const d = await getDocument(pcpr, id);
  await saveDraft(pcpr, { documentId: id, version: d.document.version, content: completed(change(d.document.content), d.template.body) });
  const saved = await getDocument(pcpr, id);
  await changeStatus(pcpr, { documentId: id, version: saved.document.version }, 'mark_ready');
  const ready = await getDocument(pcpr, id);
  await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => signedOn) }, { name: 'skan.pdf', data: PDF });
  return getDocument(pcpr, id);
}

async function signedAgreement(pcpr: Actor, track: { implementationId: number | null; gminaId: number | null }, institutionIds: number[]) {
  const { id } = await createDocument(pcpr, { kind: 'agreement_pzk', implementationId: track.implementationId, gminaId: track.gminaId });
  return fillAndSign(pcpr, id, '2026-11-20', (c) => ({ ...c, parties: [...c.parties, ...institutionIds.map((institutionId) => ({ ...c.parties[0], institutionId }))] }));
}

async function annex(pcpr: Actor, agreementId: number, signedOn: string) {
  const { id } = await createDocument(pcpr, { kind: 'annex', parentId: agreementId });
  return fillAndSign(pcpr, id, signedOn);
}

const access = async (actor: Actor, pzkId: number) => (await getPzkTeam(actor, pzkId)).pzk.access;

describe('PZK membership and the agreement’s state', () => {
  it('an institution whose PZK agreement was amended by an annex stays a member, not a guest; termination makes it a guest', async () => {
    const { pcpr, track, pzk } = await team(['2008013', '2008022']);
    const school = await makeActor('pzk_member', '2008013');
    const schoolId = school.scope.institutionId!;
    await addMember(pcpr, { pzkId: pzk.id, institutionId: schoolId, name: 'Piotr Dąbrowski', function: 'Pedagog szkolny', teamRole: 'invited', email: 'p.dabrowski@szkola.pl' });
    expect(await access(school, pzk.id)).toBe('guest');
    // A party to the agreement that is not on the member list: only its signature lists the team for it.
    const partner = await makeActor('pzk_member', '2008013');

    const agreement = await signedAgreement(pcpr, track, [schoolId, partner.scope.institutionId!]);
    expect(agreement.document.status).toBe('signed');
    expect(await access(school, pzk.id)).toBe('member');
    expect(await access(partner, pzk.id)).toBe('member');
    expect((await listPzks(partner)).map((p) => p.id)).toContain(pzk.id);
    const items52 = async () => (await getTrack(pcpr, track.id)).items.filter((i) => i.substep.evidence === 'agreement_pzk');
    const evidenceBefore = await items52();
    expect(evidenceBefore.length).toBeGreaterThan(0);
    expect(evidenceBefore.every((i) => i.status === 'done' && i.evidence.length > 0)).toBe(true);

    // The annex is signed: the agreement is 'amended' — still in force, the school still a member.
    await annex(pcpr, agreement.document.id, '2026-11-25');
    const amended = await getDocument(pcpr, agreement.document.id);
    expect(amended.document.status).toBe('amended');
    expect(await access(school, pzk.id)).toBe('member');
    expect((await getPzkTeam(school, pzk.id)).members.find((m) => m.institutionId === schoolId)).toMatchObject({ status: 'full' });
    expect((await contactList(school, pzk.id)).contacts.map((c) => c.name)).toEqual(['Piotr Dąbrowski']);
    expect((await listPzks(school)).map((p) => p.id)).toContain(pzk.id);
    expect(await access(partner, pzk.id)).toBe('member');
    expect((await listPzks(partner)).map((p) => p.id)).toContain(pzk.id);
    // The evidence it gave stays: step 5.2 done with the scan; its printout still verifies as in force.
    expect(await items52()).toEqual(evidenceBefore);
    expect(await unsafeVerifyDocument(amended.verificationCode)).toMatchObject({ found: true, valid: true });

    // Terminated: a guest at once (still on the member list, so still listed).
    await terminateDocument(pcpr, { documentId: amended.document.id, version: amended.document.version, terminatedOn: '2026-11-30', reason: 'Zmiana składu zespołu' });
    expect(await access(school, pzk.id)).toBe('guest');
    await expect(contactList(school, pzk.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listPzks(school)).map((p) => p.id)).toContain(pzk.id);
    await expect(getPzkTeam(partner, pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPzks(partner)).map((p) => p.id)).not.toContain(pzk.id);
    expect(await unsafeVerifyDocument(amended.verificationCode)).toMatchObject({ found: true, valid: false });
  });

  it('an amended PZK agreement takes a declaration of accession (whose institution becomes a member) and another annex; a terminated one takes neither', async () => {
    const { pcpr, track, pzk } = await team(['2009011', '2009022']);
    const newcomer = await makeActor('pzk_member', '2009011');
    const newcomerId = newcomer.scope.institutionId!;
    await addMember(pcpr, { pzkId: pzk.id, institutionId: newcomerId, name: 'Ewa Nowicka', function: 'Kurator', teamRole: 'invited' });
    const agreement = await signedAgreement(pcpr, track, []);
    await annex(pcpr, agreement.document.id, '2026-11-25');
    expect((await getDocument(pcpr, agreement.document.id)).document.status).toBe('amended');
    expect(await access(newcomer, pzk.id)).toBe('guest');

    // A declaration of accession to the amended agreement: accepted, and once signed a member.
    const { id: declarationId } = await createDocument(pcpr, { kind: 'pzk_accession', parentId: agreement.document.id });
    const declaration = await fillAndSign(pcpr, declarationId, '2026-11-26', (c) => ({
      ...c,
      parties: [{ ...c.parties[0], role: 'instytucja', institutionId: newcomerId }, ...c.parties],
    }));
    expect(declaration.document.status).toBe('signed');
    expect(await access(newcomer, pzk.id)).toBe('member');
    expect((await listPzks(newcomer)).map((p) => p.id)).toContain(pzk.id);

    // A second annex to the amended agreement is accepted too.
    const second = await annex(pcpr, agreement.document.id, '2026-11-27');
    expect(second.document.status).toBe('signed');
    const twice = await getDocument(pcpr, agreement.document.id);
    expect(twice.document.status).toBe('amended');
    expect(twice.annexes.map((a) => a.id)).toContain(second.document.id);

    // Terminated: neither an annex nor a declaration can be made to it any more.
    await terminateDocument(pcpr, { documentId: twice.document.id, version: twice.document.version, terminatedOn: '2026-11-30', reason: 'Koniec wdrożenia' });
    await expect(createDocument(pcpr, { kind: 'annex', parentId: twice.document.id })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(createDocument(pcpr, { kind: 'pzk_accession', parentId: twice.document.id })).rejects.toMatchObject({ code: 'INVALID' });
  });
});
