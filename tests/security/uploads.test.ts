import { count } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { files } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument } from '@/lib/documents/documents';
import { AppError } from '@/lib/errors';
import { saveActivity } from '@/lib/evaluation/evaluation';
import { uploadProblem } from '@/lib/files';
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from '@/lib/files-limits';
import { createRegionalThread } from '@/lib/forum/forum';
import { FORUM_LIMITS } from '@/lib/forum/schemas';
import { addEvidence, getTrack } from '@/lib/implementations/tracks';
import { attachMaterialFile, createMaterial } from '@/lib/materials/materials';
import { MESSAGES } from '@/lib/validation/fields';
import { PODLASKIE, SOKOLSKI, makeActor } from '../factories';
import { accepted } from '../implementation-factories';

const bytes = (...parts: (string | number[] | Uint8Array)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

// Starts like a PDF, is an HTML page with a script, and carries a Windows executable.
const POLYGLOT = bytes('%PDF-1.7\n', '<html><body><script>fetch("/api/user").then((r) => r.text()).then(alert)</script></body></html>\n', [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00], 'This program cannot be run in DOS mode.');
// A PDF whose structure parses but whose page tree is empty.
const NO_PAGES = bytes('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

// Real files, made as a scanner or a phone would: a one-page A4 PDF, a photo as PNG and JPEG.
let PDF: Uint8Array;
let PNG: Uint8Array;
let JPEG: Uint8Array;
// Noise, so the compressed body is long enough that cutting it leaves whole headers but broken pixels.
const noise = () => sharp(Buffer.from(Array.from({ length: 96 * 64 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 96, height: 64, channels: 3 } });

let pcpr: Actor;
let rops: Actor;
let implementationId: number;
let evidenceItemId: number;
let materialId: number;
let documentId: number;
let documentVersion: number;
let signedOn: string[];

/** The powiat–gmina agreement of the implementation, filled in and ready for signature. */
async function readyAgreement() {
  const { id } = await createDocument(pcpr, { kind: 'agreement_powiat_gmina', implementationId });
  const d = await getDocument(pcpr, id);
  const content = {
    ...d.document.content,
    place: 'Sokółka',
    fields: Object.fromEntries(d.template.body.fields.map((f) => [f.key, d.document.content.fields[f.key] || (f.type === 'date' ? '2027-03-01' : `Treść pola ${f.label}`)])),
    parties: d.document.content.parties.map((p, i) => ({ ...p, representativeName: `Przedstawiciel ${i}`, representativeFunction: p.representativeFunction || 'Dyrektor', tasks: 'Udział w spotkaniach PZK' })),
    people: d.document.content.people.length ? d.document.content.people : [{ function: 'Animator PCPR', name: 'Małgorzata Nowak', unit: 'Powiat Sokólski' }],
  };
  await saveDraft(pcpr, { documentId: id, version: d.document.version, content });
  await changeStatus(pcpr, { documentId: id, version: 2 }, 'mark_ready');
  const ready = await getDocument(pcpr, id);
  return { id, version: ready.document.version, signedOn: ready.document.content.parties.map(() => '2026-11-20') };
}

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Skan podpisanego porozumienia', { x: 72, y: 760, size: 14 });
  PDF = await doc.save();
  PNG = new Uint8Array(await noise().png().toBuffer());
  JPEG = new Uint8Array(await noise().jpeg({ quality: 90 }).toBuffer());

  pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, ['2011062']);
  const t = await getTrack(pcpr, trackIds[0]);
  implementationId = t.track.implementationId!;
  evidenceItemId = t.items.find((i) => i.substep.code === '3')!.id;
  materialId = (await createMaterial(rops, { title: 'Wzór protokołu spotkania zespołu', summary: 'Do pobrania.', body: 'Treść.', visibility: 'public', tags: 'wzory', steps: ['4'] })).id;
  ({ id: documentId, version: documentVersion, signedOn } = await readyAgreement());
});

/** Every upload path reachable from the domain layer, each sending one file. */
const domains: Record<string, (data: Uint8Array, name: string) => Promise<unknown>> = {
  'signed scan of a document': (data, name) => signDocument(pcpr, { documentId, version: documentVersion, signedOn }, { name, data }),
  'evidence of a sub-step': (data, name) => addEvidence(pcpr, { itemId: evidenceItemId, title: 'Dowód', fileName: name, data }),
  'e-szkoła material file': (data, name) => attachMaterialFile(rops, { materialId, title: 'Plik', fileName: name, data }),
  'attachment of an activity': (data, name) =>
    saveActivity(pcpr, { implementationId: String(implementationId), kind: 'project_group', title: 'Grupa wsparcia', startsOn: '2027-03-01', endsOn: '', gminaId: '', partners: '', participants: '5', outcome: '' }, { name, data }),
};

const fileRows = async () => (await getDb().select({ n: count() }).from(files))[0].n;

/** The refusal the domain function throws: its code and the message next to the file field. */
const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, 'the upload was accepted').toBeInstanceOf(AppError);
  return { code: (e as AppError).code, file: (e as AppError).fieldErrors?.file?.[0] };
};

describe('uploads are judged by their whole content, not their first bytes', () => {
  it('uploadProblem refuses a polyglot, a PDF without pages, broken images; accepts real files', async () => {
    const cut = (b: Uint8Array, keep: number) => b.subarray(0, keep);
    const garbage = bytes('<html><script>alert(1)</script></html>', [0x4d, 0x5a, 0x90, 0x00]);
    const refused = {
      polyglot: POLYGLOT,
      'PDF without pages': NO_PAGES,
      'PNG cut in half': cut(PNG, PNG.length >> 1),
      'PNG without its last chunks': cut(PNG, PNG.length - 20),
      'PNG signature + garbage': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], garbage),
      'JPEG cut in half': cut(JPEG, JPEG.length >> 1),
      'JPEG without its end': cut(JPEG, JPEG.length - 2),
      'JPEG signature + garbage': bytes([0xff, 0xd8, 0xff, 0xe0], garbage),
      'PDF cut in half': cut(PDF, PDF.length >> 1),
    };
    for (const [name, data] of Object.entries(refused)) expect(await uploadProblem(data), name).toBe(UPLOAD_MESSAGES.wrongType);
    for (const [name, data] of Object.entries({ PDF, PNG, JPEG })) expect(await uploadProblem(data), name).toBeNull();
    expect(await uploadProblem(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x25))).toBe('Plik jest za duży — najwyżej 10 MB.');
    expect(await uploadProblem(new Uint8Array())).toBe(UPLOAD_MESSAGES.empty);
  });

  it.each(Object.keys(domains))('%s: refuses the polyglot, broken images and a file over 10 MB, storing nothing', async (domain) => {
    const send = domains[domain];
    const before = await fileRows();
    const wrongType = { code: 'INVALID', file: 'Dozwolone są tylko pliki PDF, JPEG i PNG (sprawdzamy zawartość pliku, nie jego nazwę).' };
    expect(await refusal(send(POLYGLOT, 'skan.pdf'))).toEqual(wrongType);
    expect(await refusal(send(NO_PAGES, 'skan.pdf'))).toEqual(wrongType);
    expect(await refusal(send(PNG.subarray(0, PNG.length >> 1), 'zdjecie.png'))).toEqual(wrongType);
    expect(await refusal(send(JPEG.subarray(0, JPEG.length >> 1), 'zdjecie.jpg'))).toEqual(wrongType);
    // A real PDF one byte over the limit: refused for its size, with the words the browser uses.
    const tooLarge = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x20);
    tooLarge.set(PDF);
    expect(await refusal(send(tooLarge, 'skan.pdf'))).toEqual({ code: 'INVALID', file: 'Plik jest za duży — najwyżej 10 MB.' });
    expect(await fileRows()).toBe(before);
  });

  it('real files are accepted and stored with the type their content has', async () => {
    const stored = async (p: Promise<unknown>) => {
      const before = await fileRows();
      await p;
      expect(await fileRows()).toBe(before + 1);
    };
    await stored(domains['evidence of a sub-step'](PNG, 'zdjecie.png'));
    await stored(domains['evidence of a sub-step'](JPEG, 'zdjecie.jpg'));
    await stored(domains['e-szkoła material file'](JPEG, 'plakat.jpg'));
    await stored(domains['attachment of an activity'](PDF, 'lista.pdf'));
    // A document of its own: once signed it is no longer ready, and the shared one stays ready for the refusals.
    const own = await readyAgreement();
    await stored(signDocument(pcpr, { documentId: own.id, version: own.version, signedOn: own.signedOn }, { name: 'skan.pdf', data: PDF }));
    const signed = await getDocument(pcpr, own.id);
    expect(signed.document.status).toBe('signed');
    expect(signed.scan).toMatchObject({ mime: 'application/pdf', size: PDF.length });
  });

  it('a forum post over its limit is refused by the schema with a Polish message, not stored', async () => {
    const member = await makeActor('gops_animator', '2011062');
    const huge = 'ż'.repeat(6 * 1024 * 1024); // 12 MB in UTF-8
    const e = (await createRegionalThread(member, { title: 'Za długi wpis', body: huge }).catch((err: unknown) => err)) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('INVALID');
    expect(e.fieldErrors?.body).toEqual([MESSAGES.maxLength(FORUM_LIMITS.post)]);
  });
});
