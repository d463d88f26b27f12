import { changeSummary, fieldChanges, listChanges, type Change } from '@/lib/model/changes';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type PartyRole, type TemplateBody, type TemplateField, type TemplateParagraph } from './template';

// What an edit of a document template changes, for a proposal's summary and its "before → after"
// page. Pure.

const TABLES: Record<NonNullable<TemplateParagraph['table']>, string> = { parties: 'tabela stron', tasks: 'tabela zadań stron', people: 'tabela osób' };
const FIELD_TYPES: Record<TemplateField['type'], string> = { text: 'tekst', textarea: 'tekst wielowierszowy', date: 'data' };
const SOURCES: Record<PartyRole['source'], string> = {
  voivodeship: 'województwo',
  powiat: 'powiat',
  gmina: 'gmina',
  institution: 'instytucja z rejestru',
  person: 'osoba',
  parent: 'strony porozumienia, którego dotyczy',
};

function paragraph(p: TemplateParagraph): string {
  const extras = [
    p.table ? `Pod treścią: ${TABLES[p.table]}.` : '',
    p.optional ? `Klauzula opcjonalna „${p.optional.label}”, ${p.optional.defaultOn ? 'domyślnie włączona' : 'domyślnie wyłączona'}.` : '',
  ].filter(Boolean);
  return [`${p.heading}`, p.text, ...extras].join('\n');
}

function field(f: TemplateField): string {
  return [
    `${f.label} ({{${f.key}}}), ${FIELD_TYPES[f.type]}, ${f.required ? 'wymagane' : 'nieobowiązkowe'}`,
    f.help ? `Podpowiedź: ${f.help}` : '',
    f.defaultValue ? `Wartość domyślna: ${f.defaultValue}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function party(r: PartyRole): string {
  const count = r.min === r.max ? `${r.min}` : `od ${r.min} do ${r.max}`;
  return `${r.label} (${r.role}): ${SOURCES[r.source]}, liczba stron: ${count}, ${r.signs ? 'podpisuje' : 'nie podpisuje'}${r.tasks ? ', z zadaniami' : ''}`;
}

export function templateChanges(before: TemplateBody, after: TemplateBody): Change[] {
  return [
    ...fieldChanges([
      { label: 'Tytuł dokumentu', topic: 'tytułu', before: before.title, after: after.title },
      { label: 'Wstęp', topic: 'wstępu', before: before.preamble, after: after.preamble },
    ]),
    ...listChanges(before.paragraphs, after.paragraphs, {
      key: (p) => p.key,
      render: paragraph,
      label: (p, i) => `§ ${i + 1}. ${p.heading}`,
      topic: 'paragrafów',
      orderLabel: 'Kolejność paragrafów',
    }),
    ...listChanges(before.fields, after.fields, {
      key: (f) => f.key,
      render: field,
      label: (f) => `Pole „${f.label}”`,
      topic: 'pól formularza',
      orderLabel: 'Kolejność pól formularza',
    }),
    ...listChanges(before.parties, after.parties, {
      key: (r) => r.role,
      render: party,
      label: (r) => `Strona „${r.label}”`,
      topic: 'stron',
      orderLabel: 'Kolejność stron',
    }),
    ...fieldChanges([
      { label: 'Nazwa listy osób', topic: 'listy osób', before: before.peopleLabel ?? '', after: after.peopleLabel ?? '' },
      { label: 'Zakończenie', topic: 'zakończenia', before: before.closing, after: after.closing },
    ]),
  ];
}

/** "Wzór „Aneks”: zmiana tytułu i paragrafów". */
export function templateChangeSummary(kind: DocumentKind, changes: Change[]): string {
  return changeSummary(`Wzór „${DOCUMENT_KIND_LABELS[kind]}”`, changes);
}
