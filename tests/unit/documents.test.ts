import { describe, expect, it } from 'vitest';
import { DOCUMENT_TEMPLATES } from '@/db/seed/document-templates';
import { activeParagraphs, BLANK, composeDocument, fillPlaceholders, joinPolish, placeholderValues, type DocumentContent, type DocumentMeta } from '@/lib/documents/compose';
import { DOCUMENT_STATUSES, formatDocumentNumber, nextStatus, type DocumentEvent } from '@/lib/documents/lifecycle';
import { documentContentSchema } from '@/lib/documents/schemas';
import { DOCUMENT_KINDS, placeholdersIn, templateProblems, type TemplateBody } from '@/lib/documents/template';
import { formatVerificationCode, newVerificationCode, normalizeVerificationCode } from '@/lib/pdf/verification';
import { sha256, sniffType, uploadProblem } from '@/lib/files';

const template: TemplateBody = {
  title: 'Porozumienie próbne',
  preamble: 'zawarte w dniu {{data_zawarcia}} w {{miejsce_zawarcia}} pomiędzy {{strony:powiat}} a {{strony:gmina}}',
  paragraphs: [
    { key: 'cel', heading: 'Cel', text: 'Celem jest {{cel}}.' },
    { key: 'promocja', heading: 'Promocja', text: 'Strony promują Model.', optional: { label: 'Promocja', defaultOn: false } },
    { key: 'zadania', heading: 'Zadania', text: 'Zadania stron:\n\nPierwszy punkt.\n\nDrugi punkt do {{termin}}.', table: 'tasks' },
  ],
  fields: [
    { key: 'cel', label: 'Cel', type: 'textarea', required: true },
    { key: 'termin', label: 'Termin', type: 'date', required: false },
  ],
  parties: [
    { role: 'powiat', label: 'Powiat', source: 'powiat', min: 1, max: 1, signs: true, tasks: true },
    { role: 'gmina', label: 'Gmina', source: 'gmina', min: 1, max: 3, signs: true, tasks: true },
  ],
  peopleLabel: null,
  closing: 'Sporządzono w {{miejsce_zawarcia}}.',
};

const party = (role: string, name: string, unitId: number) => ({ role, institutionId: null, unitId, name, address: '', representativeName: '', representativeFunction: '', tasks: '' });
const content: DocumentContent = {
  place: 'Sokółka',
  concludedOn: '2026-12-01',
  parties: [party('powiat', 'Powiat Sokólski', 1), party('gmina', 'Gmina Krynki', 2), party('gmina', 'Gmina Kuźnica', 3), party('gmina', 'Gmina Nowy Dwór', 4)],
  people: [],
  fields: { cel: 'wdrożenie Modelu Kooperacji', termin: '2027-03-31' },
  clauses: [],
};
const meta: DocumentMeta = { kind: 'agreement_powiat_gmina', number: 'PG/2026/0001', voivodeshipName: 'Podlaskie', powiatName: 'Powiat Sokólski', gminaNames: [], parent: null };

describe('placeholders', () => {
  it('joins names the Polish way', () => {
    expect(joinPolish([])).toBe('');
    expect(joinPolish(['A'])).toBe('A');
    expect(joinPolish(['A', 'B'])).toBe('A i B');
    expect(joinPolish(['A', 'B', 'C'])).toBe('A, B i C');
  });

  it('fills named values, parties by role and formats dates dd.mm.rrrr; a missing value leaves a blank to write by hand', () => {
    const values = placeholderValues(template, content, meta);
    expect(fillPlaceholders(template.preamble, values)).toBe('zawarte w dniu 01.12.2026 w Sokółka pomiędzy Powiat Sokólski a Gmina Krynki, Gmina Kuźnica i Gmina Nowy Dwór');
    expect(fillPlaceholders('do {{termin}}', values)).toBe('do 31.03.2027');
    expect(fillPlaceholders('nr {{ numer }}', values)).toBe('nr PG/2026/0001');
    expect(fillPlaceholders('dnia {{data_zawarcia}}', placeholderValues(template, { ...content, concludedOn: '' }, meta))).toBe(`dnia ${BLANK}`);
    expect(placeholdersIn(template.preamble)).toEqual(['data_zawarcia', 'miejsce_zawarcia', 'strony:powiat', 'strony:gmina']);
  });
});

describe('optional clauses', () => {
  it('are left out when off and the paragraphs renumber', () => {
    const off = composeDocument(template, content, meta);
    expect(off.paragraphs.map((p) => [p.number, p.key])).toEqual([
      [1, 'cel'],
      [2, 'zadania'],
    ]);
    const on = composeDocument(template, { ...content, clauses: ['promocja'] }, meta);
    expect(on.paragraphs.map((p) => [p.number, p.key])).toEqual([
      [1, 'cel'],
      [2, 'promocja'],
      [3, 'zadania'],
    ]);
    expect(activeParagraphs(template, ['nieznany'])).toHaveLength(2);
  });

  it('splits a paragraph into numbered points at blank lines and lists each party\'s tasks', () => {
    const c = { ...content, parties: content.parties.map((p, i) => ({ ...p, tasks: i === 1 ? '- wyznaczenie animatora\n\n• udział w PZK' : '' })) };
    const doc = composeDocument(template, c, meta);
    expect(doc.paragraphs[1].points).toEqual(['Zadania stron:', 'Pierwszy punkt.', 'Drugi punkt do 31.03.2027.']);
    expect(doc.parties[1].tasks).toEqual(['wyznaczenie animatora', 'udział w PZK']);
    expect(doc.closing).toBe('Sporządzono w Sokółka.');
  });
});

describe('the form schema built from a template', () => {
  it('lets a draft be incomplete but not a document going to signature', () => {
    const draft = documentContentSchema(template, { complete: false }).safeParse({ ...content, fields: { cel: '', termin: '' } });
    expect(draft.success).toBe(true);
    const ready = documentContentSchema(template, { complete: true }).safeParse({ ...content, fields: { cel: '', termin: '' } });
    expect(ready.success).toBe(false);
    const paths = ready.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('fields.cel');
    expect(paths).toContain('parties.0.representativeName');
    expect(paths).toContain('parties.0.tasks');
  });

  it('keeps party counts within the template and refuses duplicates and unknown clauses', () => {
    const tooMany = { ...content, parties: [...content.parties, party('gmina', 'Gmina Sidra', 5)] };
    const r = documentContentSchema(template, { complete: false }).safeParse({ ...tooMany, clauses: ['nieznany'] });
    expect(r.error!.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['„Gmina”: najwyżej 3 strony.', 'Nieznany zapis opcjonalny.']));
    const twice = documentContentSchema(template, { complete: false }).safeParse({ ...content, parties: [...content.parties.slice(0, 2), content.parties[1]] });
    expect(twice.error!.issues.map((i) => i.message)).toContain('Ta strona jest już na liście.');
    const none = documentContentSchema(template, { complete: true }).safeParse({ ...content, parties: [content.parties[0]] });
    expect(none.error!.issues.map((i) => i.message)).toContain('„Gmina”: potrzebna co najmniej 1 strona.');
  });
});

describe('status transitions', () => {
  const allowed: [string, DocumentEvent, string][] = [
    ['draft', 'mark_ready', 'ready'],
    ['ready', 'reopen', 'draft'],
    ['ready', 'sign', 'signed'],
    ['signed', 'amend', 'amended'],
    ['amended', 'amend', 'amended'],
    ['signed', 'terminate', 'terminated'],
    ['amended', 'terminate', 'terminated'],
  ];
  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from as never, event)).toBe(to);
  });

  it('refuses every other move (a signed document is never edited or signed again)', () => {
    const events: DocumentEvent[] = ['mark_ready', 'reopen', 'sign', 'amend', 'terminate'];
    for (const from of DOCUMENT_STATUSES) {
      for (const event of events) {
        if (allowed.some(([f, e]) => f === from && e === event)) continue;
        expect(nextStatus(from, event), `${from} ${event}`).toBeNull();
      }
    }
  });

  it('numbers documents per kind and year', () => {
    expect(formatDocumentNumber('agreement_powiat_gmina', 2026, 7)).toBe('PG/2026/0007');
    expect(formatDocumentNumber('annex', 2027, 12345)).toBe('AN/2027/12345');
  });
});

describe('seeded templates', () => {
  it.each(DOCUMENT_KINDS)('%s is a valid template', (kind) => {
    expect(templateProblems(DOCUMENT_TEMPLATES[kind])).toEqual({});
  });

  it('a template with an unknown placeholder or a duplicate key is reported', () => {
    const bad = { ...template, closing: '{{nie_ma}} {{strony:wojewodztwo}}', fields: [...template.fields, { key: 'cel', label: 'Drugi cel', type: 'text' as const, required: false }] };
    const p = templateProblems(bad);
    expect(p.closing).toEqual(['Nieznane pole {{nie_ma}}.', 'Nieznane pole {{strony:wojewodztwo}}.']);
    expect(p['fields.2.key']).toEqual(['Nazwa „cel” jest już zajęta.']);
  });
});

describe('verification codes and uploads', () => {
  it('are 12 Crockford characters, read back whatever the case, dashes or confusable letters', () => {
    const codes = new Set(Array.from({ length: 500 }, () => newVerificationCode()));
    expect(codes.size).toBe(500);
    for (const c of [...codes].slice(0, 50)) {
      expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normalizeVerificationCode(c.toLowerCase())).toBe(c.replace(/-/g, ''));
    }
    expect(normalizeVerificationCode('7k3m q9pd x2rt')).toBe('7K3MQ9PDX2RT');
    expect(normalizeVerificationCode('OOOO-IIII-LLLL')).toBe('000011111111');
    expect(normalizeVerificationCode('7K3M-Q9PD-X2R')).toBeNull();
    expect(normalizeVerificationCode('UUUU-UUUU-UUUU')).toBeNull();
    expect(formatVerificationCode('7K3MQ9PDX2RT')).toBe('7K3M-Q9PD-X2RT');
  });

  it('hash the exact bytes and judge the type by content, not name', async () => {
    expect(sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sniffType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
    expect(await uploadProblem(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toMatch(/tylko pliki PDF, JPEG i PNG/);
    expect(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ mime: 'image/jpeg', ext: 'jpg' });
    expect(await uploadProblem(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25))).toMatch(/za duży/);
  });
});
