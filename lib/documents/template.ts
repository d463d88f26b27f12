/*
 * Document templates are data: a kind, a version, a title, a preamble, ordered paragraphs (§1, §2…)
 * with named placeholders, optional clauses, the fields the form asks for and the parties who sign.
 * This module is pure (no database): the editor, the form, the live preview and the PDF share it.
 */

export const DOCUMENT_KINDS = ['agreement_regional', 'agreement_powiat_gmina', 'agreement_pzk', 'pzk_accession', 'confidentiality_statement', 'annex'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  agreement_regional: 'Porozumienie wojewódzkie (WZK)',
  agreement_powiat_gmina: 'Porozumienie powiat–gmina',
  agreement_pzk: 'Porozumienie o powołaniu i pracy PZK',
  pzk_accession: 'Deklaracja przystąpienia do PZK',
  confidentiality_statement: 'Oświadczenie o zachowaniu tajemnicy',
  annex: 'Aneks',
};

/**
 * Where a party comes from: a territorial unit (TERYT), the institution registry, a person, or
 * (annexes) the parties of the agreement the document refers to.
 */
export type PartySource = 'voivodeship' | 'powiat' | 'gmina' | 'institution' | 'person' | 'parent';

export interface PartyRole {
  /** Stable key, used in placeholders: {{strony:gmina}}. Lower case letters, digits, "_". */
  role: string;
  /** How the party is called in the document, e.g. "Gmina", "Instytucja przystępująca". */
  label: string;
  source: PartySource;
  min: number;
  max: number;
  /** Whether parties in this role sign (get a signature box). */
  signs: boolean;
  /** Whether the document lists tasks for each party in this role. */
  tasks: boolean;
}

export type FieldType = 'text' | 'textarea' | 'date';

export interface TemplateField {
  /** Placeholder name: {{cel}}. Lower case letters, digits, "_". */
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** A hint under the field. */
  help?: string;
  /** Pre-filled in a new document. */
  defaultValue?: string;
}

/** A table printed under a paragraph's text: the parties, their tasks, or the named people. */
export type ParagraphTable = 'parties' | 'tasks' | 'people';

export interface TemplateParagraph {
  /** Stable key: documents record which optional clauses are switched on by it. */
  key: string;
  /** Heading after the number, e.g. "Przedmiot porozumienia". */
  heading: string;
  /** Body with placeholders; a blank line separates numbered points (ust. 1, 2…). */
  text: string;
  table?: ParagraphTable;
  /** An optional clause: the person filling the document switches it on or off. */
  optional?: { label: string; defaultOn: boolean };
}

export interface TemplateBody {
  title: string;
  /** Printed under the title, before §1: where, when, between whom. */
  preamble: string;
  paragraphs: TemplateParagraph[];
  fields: TemplateField[];
  parties: PartyRole[];
  /** If set, the document lists named people (animators, councillors…) under this heading. */
  peopleLabel: string | null;
  /** Printed after the last paragraph, before the signatures. */
  closing: string;
}

/** Placeholders every document has, whatever its template. */
export const BUILT_IN_PLACEHOLDERS: Record<string, string> = {
  numer: 'numer dokumentu',
  data_zawarcia: 'data zawarcia (podpisania)',
  miejsce_zawarcia: 'miejsce zawarcia',
  strony: 'nazwy wszystkich stron',
  wojewodztwo: 'województwo',
  powiat: 'powiat wdrożenia',
  gminy: 'gminy dokumentu',
  osoby: 'imiona i nazwiska wskazanych osób',
  dokument_nadrzedny: 'numer i data dokumentu, którego dotyczy (aneks, deklaracja)',
};

const PLACEHOLDER = /\{\{\s*([a-z0-9_]+)(?::([a-z0-9_]+))?\s*\}\}/g;
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

/** Every placeholder a text uses, as written: "cel", "strony:gmina". */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => (m[2] ? `${m[1]}:${m[2]}` : m[1]));
}

/**
 * What is wrong with a template, in Polish, keyed like the editor's fields. Empty when it can be
 * used. Checks placeholders name a built-in, a field or a party role, and keys are unique.
 */
export function templateProblems(t: TemplateBody): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (path: string, msg: string) => (problems[path] ??= []).push(msg);
  const fieldKeys = new Set<string>();
  t.fields.forEach((f, i) => {
    if (!KEY_PATTERN.test(f.key)) add(`fields.${i}.key`, 'Nazwa pola: małe litery bez polskich znaków, cyfry i „_”, zaczyna się literą.');
    else if (fieldKeys.has(f.key) || f.key in BUILT_IN_PLACEHOLDERS) add(`fields.${i}.key`, `Nazwa „${f.key}” jest już zajęta.`);
    fieldKeys.add(f.key);
  });
  const roles = new Set<string>();
  t.parties.forEach((p, i) => {
    if (!KEY_PATTERN.test(p.role)) add(`parties.${i}.role`, 'Klucz roli: małe litery bez polskich znaków, cyfry i „_”.');
    else if (roles.has(p.role)) add(`parties.${i}.role`, `Rola „${p.role}” występuje dwa razy.`);
    roles.add(p.role);
    if (p.min > p.max) add(`parties.${i}.max`, 'Największa liczba stron nie może być mniejsza niż najmniejsza.');
  });
  if (!t.parties.some((p) => p.signs)) add('parties', 'Co najmniej jedna strona musi podpisywać dokument.');
  const check = (text: string, path: string) => {
    for (const name of placeholdersIn(text)) {
      const [base, role] = name.split(':');
      const ok = role ? base === 'strony' && roles.has(role) : base in BUILT_IN_PLACEHOLDERS || fieldKeys.has(base);
      if (!ok) add(path, `Nieznane pole {{${name}}}.`);
    }
  };
  check(t.preamble, 'preamble');
  check(t.closing, 'closing');
  const paragraphKeys = new Set<string>();
  t.paragraphs.forEach((p, i) => {
    check(p.text, `paragraphs.${i}.text`);
    if (paragraphKeys.has(p.key)) add(`paragraphs.${i}.key`, 'Klucz paragrafu powtarza się.');
    paragraphKeys.add(p.key);
    if (p.table === 'people' && !t.peopleLabel) add(`paragraphs.${i}.table`, 'Tabela osób wymaga nazwy listy osób we wzorze.');
    if (p.table === 'tasks' && !t.parties.some((r) => r.tasks)) add(`paragraphs.${i}.table`, 'Tabela zadań wymaga roli stron z zadaniami.');
  });
  if (!t.paragraphs.length) add('paragraphs', 'Wzór musi mieć co najmniej jeden paragraf.');
  return problems;
}
