import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { composeDocument, type DocumentContent } from '@/lib/documents/compose';
import { changeStatus, createDocument, getDocument, saveDraft, signDocument } from '@/lib/documents/documents';
import { documentPdf } from '@/lib/documents/pdf';
import { documentContentSchema } from '@/lib/documents/schemas';
import type { TemplateBody } from '@/lib/documents/template';
import { unsafeVerifyDocument } from '@/lib/documents/verify';
import type { AppError } from '@/lib/errors';
import { getTrack } from '@/lib/implementations/tracks';
import { formatVerificationCode } from '@/lib/pdf/verification';
import { PODLASKIE, makeActor } from '../factories';
import { accepted } from '../implementation-factories';
import { TINY_PDF as PDF } from '../upload-fixtures';
import { clock } from '@/lib/clock';

/*
 * Issue 14, items 9 and 10. A document that is not ready for signature says what it lacks beside
 * each field, naming the party; its text never announces a table that is not there. The unsigned
 * and the signed printout of one revision carry different codes, each verifying to what it showed.
 */

// Each agreement gets gminas of its own (a gmina implements the model once at a time).
const POOL = [
  ['2005011', '2005022'],
  ['2006011', '2006022'],
  ['2009011', '2009022'],
  ['2010011', '2010023'],
];
let next = 0;

async function powiatGminaAgreement() {
  const codes = POOL[next++];
  const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, codes);
  const track = await getTrack(rops, trackIds[0]);
  const { id } = await createDocument(pcpr, { kind: 'agreement_powiat_gmina', implementationId: track.track.implementationId });
  return { pcpr, id };
}

async function save(actor: Actor, id: number, change: (c: DocumentContent, t: TemplateBody) => DocumentContent) {
  const d = await getDocument(actor, id);
  return saveDraft(actor, { documentId: id, version: d.document.version, content: change(d.document.content, d.template.body) });
}

/** Everything but the tasks of the parties from `withoutTasks` on. */
function completed(c: DocumentContent, t: TemplateBody, withoutTasks = Infinity): DocumentContent {
  return {
    ...c,
    place: 'Sokółce',
    fields: Object.fromEntries(t.fields.map((f) => [f.key, c.fields[f.key] || (f.type === 'date' ? '2027-03-01' : `Treść pola ${f.label}`)])),
    parties: c.parties.map((p, i) => ({ ...p, representativeName: `Przedstawiciel ${i}`, representativeFunction: p.representativeFunction || 'Wójt', tasks: i >= withoutTasks ? '' : 'Udział w spotkaniach PZK\nWymiana informacji' })),
    people: c.people.length ? c.people : [{ function: 'Animator PCPR', name: 'Małgorzata Nowak', unit: 'Powiat' }],
  };
}

const pdfText = (pdf: Uint8Array) => {
  const file = path.join(os.tmpdir(), `kooperacja-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
};

describe('going to signature: what is missing is said beside its field, naming the party', () => {
  it('a party without tasks: the refusal names it, keyed to the editor field; the text does not announce an empty table', async () => {
    const { pcpr, id } = await powiatGminaAgreement();
    const draft = await getDocument(pcpr, id);
    // A fresh draft has no tasks: the § on the division of tasks neither announces a list nor prints an empty one.
    const tasksParagraph = draft.composed.paragraphs.find((p) => p.key === 'podzial_zadan')!;
    expect(tasksParagraph.table).toBeUndefined();
    expect(tasksParagraph.points.join(' ')).not.toMatch(/poniższe zestawienie/);
    expect(draft.readyProblems).toEqual(expect.arrayContaining([`Wpisz zadania strony: ${draft.document.content.parties[1].name}.`]));

    // Everything filled in but the tasks of the second gmina.
    const gminaIndex = draft.document.content.parties.length - 1;
    const gminaName = draft.document.content.parties[gminaIndex].name;
    expect(gminaName).toMatch(/^(Gmina|Miasto) /);
    await save(pcpr, id, (c, t) => completed(c, t, gminaIndex));
    const d = await getDocument(pcpr, id);
    expect(d.readyProblems).toEqual([`Wpisz zadania strony: ${gminaName}.`]);
    // Tasks of the others exist now: the sentence and the table are back.
    const withTable = d.composed.paragraphs.find((p) => p.key === 'podzial_zadan')!;
    expect(withTable.table).toBe('tasks');
    expect(withTable.points.join(' ')).toMatch(/poniższe zestawienie/);

    const err = (await changeStatus(pcpr, { documentId: id, version: d.document.version }, 'mark_ready').catch((e) => e)) as AppError;
    expect(err.code).toBe('INVALID');
    expect(err.fieldErrors).toEqual({ [`content.parties.${gminaIndex}.tasks`]: [`Wpisz zadania strony: ${gminaName}.`] });
    expect(err.message).not.toContain('Wpisz zadania');
    expect((await getDocument(pcpr, id)).document.status).toBe('draft');

    await save(pcpr, id, (c, t) => completed(c, t));
    const complete = await getDocument(pcpr, id);
    expect(complete.readyProblems).toBeNull();
    await changeStatus(pcpr, { documentId: id, version: complete.document.version }, 'mark_ready');
    expect((await getDocument(pcpr, id)).document.status).toBe('ready');
  });

  it('a party not chosen yet is named by its role; representatives are asked for by party', () => {
    const t = {
      title: 'T',
      preamble: '',
      paragraphs: [{ key: 'a', heading: 'A', text: 'Zadania szczegółowe Stron określa poniższe zestawienie.', table: 'tasks' }],
      fields: [],
      parties: [{ role: 'instytucja', label: 'Instytucja', source: 'institution', min: 1, max: 5, signs: true, tasks: true }],
      peopleLabel: null,
      closing: '',
    } satisfies TemplateBody;
    const party = { role: 'instytucja', institutionId: null, unitId: null, name: '', address: '', representativeName: '', representativeFunction: '', tasks: '' };
    const content: DocumentContent = { place: 'Sokółce', concludedOn: '', parties: [party, { ...party, name: 'Szkoła Podstawowa w Janowie', institutionId: 7 }], people: [], fields: {}, clauses: [] };
    const r = documentContentSchema(t, { complete: true }).safeParse(content);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'parties.0.tasks: Wpisz zadania strony: Instytucja 1.',
        'parties.1.tasks: Wpisz zadania strony: Szkoła Podstawowa w Janowie.',
        'parties.1.representativeName: Podaj, kto podpisuje w imieniu strony: Szkoła Podstawowa w Janowie.',
        'parties.1.representativeFunction: Podaj funkcję osoby podpisującej w imieniu strony: Szkoła Podstawowa w Janowie.',
      ]),
    );
    // Composed without any tasks: no announcing sentence, no table.
    const composed = composeDocument(t, content, { kind: 'agreement_pzk', number: `PZK/${clock.year()}/0001`, voivodeshipName: 'podlaskie', powiatName: null, gminaNames: [], parent: null });
    expect(composed.paragraphs[0]).toEqual({ number: 1, key: 'a', heading: 'A', points: [] });
  });
});

describe('printouts: the unsigned and the signed one have codes of their own', () => {
  it('the two codes differ, each verifies to its own variant, the PDFs carry them', async () => {
    const { pcpr, id } = await powiatGminaAgreement();
    await save(pcpr, id, (c, t) => completed(c, t));
    const d = await getDocument(pcpr, id);
    await changeStatus(pcpr, { documentId: id, version: d.document.version }, 'mark_ready');
    const ready = await getDocument(pcpr, id);
    expect(ready.printVariant).toBe('unsigned');
    const unsignedCode = ready.verificationCode;
    const unsignedPdf = pdfText((await documentPdf(pcpr, id)).pdf);
    expect(unsignedPdf).toContain(formatVerificationCode(unsignedCode));

    const dates = ready.document.content.parties.map((_, i) => (i === 0 ? '2026-11-18' : '2026-11-20'));
    await signDocument(pcpr, { documentId: id, version: ready.document.version, signedOn: dates }, { name: 'skan.pdf', data: PDF });
    const signed = await getDocument(pcpr, id);
    expect(signed.printVariant).toBe('signed');
    const signedCode = signed.verificationCode;
    expect(signedCode).not.toBe(unsignedCode);
    // The same revision: only the signing dates differ between the two printouts.
    expect(signed.document.revision).toBe(ready.document.revision);

    const signedPdf = pdfText((await documentPdf(pcpr, id)).pdf);
    expect(signedPdf).toContain(formatVerificationCode(signedCode));
    expect(signedPdf).not.toContain(formatVerificationCode(unsignedCode));
    expect(signedPdf).toContain('18.11.2026');
    // The current revision asked for by number prints the same signed variant.
    expect(pdfText((await documentPdf(pcpr, id, signed.document.revision)).pdf)).toContain(formatVerificationCode(signedCode));
    // An earlier revision prints unsigned, with its own code.
    const first = signed.revisions.find((r) => r.revision === 1)!;
    const firstPdf = pdfText((await documentPdf(pcpr, id, 1)).pdf);
    expect(firstPdf).toContain(formatVerificationCode(first.verificationCode));
    expect(firstPdf).not.toContain('18.11.2026');

    const names = signed.document.content.parties.map((p) => p.name);
    const v = await unsafeVerifyDocument(signedCode);
    expect(v).toMatchObject({ found: true, current: true, valid: true, printed: 'signed', effectiveOn: '2026-11-20' });
    if (v.found) expect(v.signatures).toEqual(names.map((party, i) => ({ party, signedOn: dates[i] })));

    // The code of the printout that was signed by hand still verifies — as the unsigned version.
    const u = await unsafeVerifyDocument(formatVerificationCode(unsignedCode).toLowerCase());
    expect(u).toMatchObject({ found: true, current: true, printed: 'unsigned', signatures: null, contentSignedOn: '2026-11-20' });
    // A draft's code: unsigned, and its content was never signed.
    expect(await unsafeVerifyDocument(first.verificationCode)).toMatchObject({ found: true, current: false, valid: false, printed: 'unsigned', contentSignedOn: null });
  });
});
