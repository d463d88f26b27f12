import { describe, expect, it } from 'vitest';
import { composeDocument, withoutTableReference } from '@/lib/documents/compose';
import type { TemplateBody } from '@/lib/documents/template';
import { printVariant } from '@/lib/documents/print-variant';
import { clock } from '@/lib/clock';

// Issue 14, item 9: a draft never announces a table that is not printed.
describe('text that announces a left-out table', () => {
  it.each([
    [['Strony współdziałają.', 'Zadania szczegółowe poszczególnych Stron, uzgodnione przy zawarciu Porozumienia, określa poniższe zestawienie.'], ['Strony współdziałają.']],
    [['Do realizacji Modelu Strony wyznaczają animatorów oraz radnych gmin – wymienionych w wykazie zamieszczonym poniżej.', 'Radni pracują.'], ['Do realizacji Modelu Strony wyznaczają animatorów oraz radnych gmin.', 'Radni pracują.']],
    [['Tekst bez odwołania.'], ['Tekst bez odwołania.']],
  ])('%j → %j', (points, expected) => {
    expect(withoutTableReference(points)).toEqual(expected);
  });
});

// Issue 14, item 10: the code a printout carries is the code of what it shows.
describe('the printed variant of a revision', () => {
  const rev = { revision: 2, verificationCode: 'UNSIGNED0001', signedVerificationCode: 'SIGNED000001' };
  it('the signed revision prints signed, with its dates and its own code', () => {
    expect(printVariant({ revision: 2, signedOn: ['2026-11-20'] }, rev)).toEqual({ variant: 'signed', code: 'SIGNED000001', signedOn: ['2026-11-20'] });
  });
  it('unsigned: a document not signed, an earlier revision, or a revision without a signed code', () => {
    expect(printVariant({ revision: 2, signedOn: null }, { ...rev, signedVerificationCode: null })).toEqual({ variant: 'unsigned', code: 'UNSIGNED0001', signedOn: null });
    expect(printVariant({ revision: 3, signedOn: ['2026-11-20'] }, rev)).toEqual({ variant: 'unsigned', code: 'UNSIGNED0001', signedOn: null });
    expect(printVariant({ revision: 2, signedOn: ['2026-11-20'] }, { ...rev, signedVerificationCode: null })).toEqual({ variant: 'unsigned', code: 'UNSIGNED0001', signedOn: null });
  });
});

describe('signing dates follow their party', () => {
  it('parties print grouped by role, each keeping its place in content (and in signedOn)', () => {
    const t = {
      title: 'T',
      preamble: '',
      paragraphs: [],
      fields: [],
      parties: [
        { role: 'powiat', label: 'Powiat', source: 'powiat', min: 1, max: 1, signs: true, tasks: false },
        { role: 'gmina', label: 'Gmina', source: 'gmina', min: 1, max: 3, signs: true, tasks: false },
      ],
      peopleLabel: null,
      closing: '',
    } satisfies TemplateBody;
    const party = (role: string, name: string) => ({ role, institutionId: null, unitId: 1, name, address: '', representativeName: '', representativeFunction: '', tasks: '' });
    // A gmina added before the powiat in the list: the powiat still prints first, with its own index.
    const doc = composeDocument(t, { place: '', concludedOn: '', parties: [party('gmina', 'Gmina Krynki'), party('powiat', 'Powiat Sokólski'), party('gmina', 'Gmina Sidra')], people: [], fields: {}, clauses: [] }, { kind: 'agreement_powiat_gmina', number: `PG/${clock.year()}/0001`, voivodeshipName: 'podlaskie', powiatName: null, gminaNames: [], parent: null });
    expect(doc.parties.map((p) => [p.name, p.index])).toEqual([
      ['Powiat Sokólski', 1],
      ['Gmina Krynki', 0],
      ['Gmina Sidra', 2],
    ]);
  });
});
