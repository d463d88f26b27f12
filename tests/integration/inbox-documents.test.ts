import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument } from '@/lib/documents/documents';
import { documentItems } from '@/lib/inbox/sources/documents';
import { getTrack } from '@/lib/implementations/tracks';
import { DABROWA, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor } from '../factories';
import { accepted } from '../implementation-factories';
import { TINY_PDF } from '../upload-fixtures';

/*
 * Documents waiting for the person's party: the animators and ROPS fill in and record signatures
 * of the documents of their own level; a partner institution signs the paper of a ready document
 * it is a party of.
 */

let pcpr: Actor, gops: Actor, otherGops: Actor, ropsAdmin: Actor, ropsAdviser: Actor, farRops: Actor, member: Actor, outsider: Actor, socialWorker: Actor;
let track: { implementationId: number | null; gminaId: number | null };

const items = (a: Actor) => documentItems(getDb(), a, clock.today());
const whatOf = async (a: Actor, id: number) => (await items(a)).find((i) => i.key === `document:${id}`)?.what ?? null;

/** The document's content completed as the editor would, with `extra` institutions as parties. */
async function complete(by: Actor, id: number, extra: number[] = []) {
  const d = await getDocument(by, id);
  const content = {
    ...d.document.content,
    place: 'Janów',
    parties: [...d.document.content.parties, ...extra.map((institutionId) => ({ ...d.document.content.parties[0], institutionId }))].map((p) => ({
      ...p,
      representativeName: 'Jan Żak',
      representativeFunction: 'Dyrektor',
      tasks: 'Udział w spotkaniach',
    })),
    fields: Object.fromEntries(d.template.body.fields.map((f) => [f.key, d.document.content.fields[f.key] || (f.type === 'date' ? '2027-06-30' : 'treść')])),
  };
  await saveDraft(by, { documentId: id, version: d.document.version, content });
}

beforeAll(async () => {
  pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  gops = await makeActor('gops_animator', JANOW);
  otherGops = await makeActor('gops_animator', DABROWA);
  socialWorker = await makeActor('social_worker', JANOW);
  ropsAdmin = await makeActor('rops_admin', PODLASKIE);
  ropsAdviser = await makeActor('rops_adviser', PODLASKIE);
  farRops = await makeActor('rops_adviser', MAZOWIECKIE);
  member = await makeActor('pzk_member', JANOW);
  outsider = await makeActor('pzk_member', JANOW);
  const { trackIds } = await accepted(pcpr, ropsAdviser, [JANOW, DABROWA]);
  const tracks = await Promise.all(trackIds.map(async (id) => (await getTrack(ropsAdviser, id)).track));
  track = tracks.find((t) => t.gminaId === gops.scope.gminaId)!;
});

describe('a PZK agreement through its life', () => {
  it('draft → ready → signed: each step waits on the animators of its gmina and powiat, the signing on the partner', async () => {
    const { id } = await createDocument(pcpr, { kind: 'agreement_pzk', implementationId: track.implementationId, gminaId: track.gminaId });
    const d = await getDocument(pcpr, id);
    const draft = (await items(gops)).find((i) => i.key === `document:${id}`);
    expect(draft).toEqual({
      key: `document:${id}`,
      source: 'document',
      what: `Uzupełnij projekt: Porozumienie o powołaniu i pracy PZK ${d.document.number}`,
      where: 'gmina Janów',
      dueOn: null,
      href: `/dokumenty/${id}/edycja`,
      nav: '/dokumenty',
    });
    expect(await whatOf(pcpr, id)).toBe(draft!.what);
    for (const a of [otherGops, ropsAdmin, ropsAdviser, farRops, member, socialWorker]) expect(await whatOf(a, id)).toBeNull();

    await complete(pcpr, id, [member.scope.institutionId!]);
    expect(await whatOf(gops, id)).toBe(`Przekaż do podpisu: Porozumienie o powołaniu i pracy PZK ${d.document.number}`);
    // A draft that names the partner asks nothing of it yet.
    expect(await whatOf(member, id)).toBeNull();

    const filled = await getDocument(pcpr, id);
    await changeStatus(pcpr, { documentId: id, version: filled.document.version }, 'mark_ready');
    expect(await whatOf(pcpr, id)).toBe(`Odnotuj podpisy stron: Porozumienie o powołaniu i pracy PZK ${d.document.number}`);
    expect((await items(member)).find((i) => i.key === `document:${id}`)).toMatchObject({
      what: `Podpisz dokument (podpis odnotuje animator): Porozumienie o powołaniu i pracy PZK ${d.document.number}`,
      href: `/dokumenty/${id}`,
    });
    expect(await whatOf(outsider, id)).toBeNull();
    expect(await whatOf(ropsAdviser, id)).toBeNull();

    const ready = await getDocument(pcpr, id);
    await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2026-11-20') }, { name: 'skan.pdf', data: TINY_PDF });
    for (const a of [pcpr, gops, member]) expect(await whatOf(a, id)).toBeNull();
  });
});

describe('each level prepares its own documents', () => {
  it('a powiat–gmina agreement: the PCPR animator, not the GOPS animator nor ROPS', async () => {
    const { id } = await createDocument(pcpr, { kind: 'agreement_powiat_gmina', implementationId: track.implementationId });
    expect(await whatOf(pcpr, id)).toMatch(/^Uzupełnij projekt: Porozumienie powiat–gmina PG\//);
    expect((await items(pcpr)).find((i) => i.key === `document:${id}`)!.where).toBe('powiat sokólski');
    for (const a of [gops, otherGops, ropsAdmin, ropsAdviser, member]) expect(await whatOf(a, id)).toBeNull();
  });

  it('the regional agreement: ROPS of its województwo, not of another, not the animators', async () => {
    const { id } = await createDocument(ropsAdmin, { kind: 'agreement_regional' });
    expect(await whatOf(ropsAdviser, id)).toMatch(/^Uzupełnij projekt: Porozumienie wojewódzkie \(WZK\) WZK\//);
    expect((await items(ropsAdmin)).find((i) => i.key === `document:${id}`)!.where).toBe('województwo podlaskie');
    for (const a of [farRops, pcpr, gops, member]) expect(await whatOf(a, id)).toBeNull();
  });
});
