import { formatDate } from '@/lib/text';
import type { DocumentKind, TemplateBody, TemplateParagraph } from './template';

/*
 * A filled document: the template's text with the placeholders replaced, the optional clauses that
 * are off left out and the paragraphs numbered. Pure, so the live preview in the browser, the
 * detail page and the PDF all print the very same words.
 */

export interface DocumentParty {
  role: string;
  /** The registry entry, for institutions. */
  institutionId: number | null;
  /** The TERYT unit's id (województwo, powiat or gmina), for territorial parties. */
  unitId: number | null;
  name: string;
  address: string;
  representativeName: string;
  representativeFunction: string;
  /** This party's tasks, one per line. */
  tasks: string;
}

export interface DocumentPerson {
  function: string;
  name: string;
  /** The gmina, powiat or institution the person acts for. */
  unit: string;
}

/** What a user fills in. Saved whole with every revision. */
export interface DocumentContent {
  place: string;
  /** ISO date or "" when it is to be written by hand at signing. */
  concludedOn: string;
  parties: DocumentParty[];
  people: DocumentPerson[];
  fields: Record<string, string>;
  /** Keys of the optional paragraphs switched on. */
  clauses: string[];
}

/** Facts about the document that do not come from the form. */
export interface DocumentMeta {
  kind: DocumentKind;
  number: string;
  voivodeshipName: string;
  powiatName: string | null;
  gminaNames: string[];
  /** The agreement an annex or a declaration refers to. */
  parent: { number: string; title: string; concludedOn: string | null } | null;
}

export interface ComposedParagraph {
  number: number;
  key: string;
  heading: string;
  /** The numbered points (ust.) of the paragraph; one point prints without a number. */
  points: string[];
  table?: 'parties' | 'tasks' | 'people';
}

export interface ComposedParty {
  /** Position in content.parties — and in the signing dates (documents.signedOn), which follow it. */
  index: number;
  roleLabel: string;
  name: string;
  address: string;
  representativeName: string;
  representativeFunction: string;
  tasks: string[];
  signs: boolean;
}

export interface ComposedDocument {
  title: string;
  number: string;
  preamble: string;
  paragraphs: ComposedParagraph[];
  closing: string;
  parties: ComposedParty[];
  people: DocumentPerson[];
  peopleLabel: string | null;
}

/** What an unfilled placeholder prints: room to write by hand. */
export const BLANK = '……………………';

/** "A", "A i B", "A, B i C". */
export function joinPolish(items: string[]): string {
  const xs = items.filter((s) => s.trim());
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} i ${xs[xs.length - 1]}`;
}

/** Replaces {{name}} and {{strony:role}}; anything without a value prints as a blank to fill by hand. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*([a-z0-9_]+(?::[a-z0-9_]+)?)\s*\}\}/g, (_, name: string) => {
    const v = values[name];
    return v && v.trim() ? v.trim() : BLANK;
  });
}

/** The optional paragraphs a new document starts with. */
export function defaultClauses(t: TemplateBody): string[] {
  return t.paragraphs.filter((p) => p.optional?.defaultOn).map((p) => p.key);
}

/** The paragraphs printed: mandatory ones and the optional ones switched on, in template order. */
export function activeParagraphs(t: TemplateBody, clauses: readonly string[]): TemplateParagraph[] {
  const on = new Set(clauses);
  return t.paragraphs.filter((p) => !p.optional || on.has(p.key));
}

/** The values of every placeholder for one document. */
export function placeholderValues(t: TemplateBody, content: DocumentContent, meta: DocumentMeta): Record<string, string> {
  const values: Record<string, string> = {};
  const fieldType = new Map(t.fields.map((f) => [f.key, f.type]));
  for (const [key, value] of Object.entries(content.fields)) {
    values[key] = fieldType.get(key) === 'date' && value ? formatDate(value) : value;
  }
  values.numer = meta.number;
  values.data_zawarcia = content.concludedOn ? formatDate(content.concludedOn) : '';
  values.miejsce_zawarcia = content.place;
  values.strony = joinPolish(content.parties.map((p) => p.name));
  for (const role of t.parties) values[`strony:${role.role}`] = joinPolish(content.parties.filter((p) => p.role === role.role).map((p) => p.name));
  values.wojewodztwo = meta.voivodeshipName;
  values.powiat = meta.powiatName ?? '';
  values.gminy = joinPolish(meta.gminaNames);
  values.osoby = joinPolish(content.people.map((p) => p.name));
  values.dokument_nadrzedny = meta.parent
    ? `${meta.parent.title} nr ${meta.parent.number}${meta.parent.concludedOn ? ` z dnia ${formatDate(meta.parent.concludedOn)}` : ''}`
    : '';
  return values;
}

/** Splits a paragraph's text into points at blank lines. */
function points(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "określa poniższe zestawienie", "w wykazie zamieszczonym poniżej": text that points at the table under it. */
const TABLE_REFERENCE = /poniż(?:sz|ej)/i;

/**
 * The points of a paragraph whose table is left out (nothing to list yet): a trailing clause that
 * points at the table (" – wymienionych w wykazie zamieszczonym poniżej") is cut off; a point that
 * only announces it ("Zadania … określa poniższe zestawienie.") is dropped.
 */
export function withoutTableReference(pts: string[]): string[] {
  return pts.flatMap((pt) => {
    if (!TABLE_REFERENCE.test(pt)) return [pt];
    const clause = /^([\s\S]*\S)\s+[–—]\s+[^–—]*poniż(?:sz|ej)[^–—]*$/i.exec(pt);
    return clause ? [`${clause[1].replace(/[,;:]$/, '')}.`] : [];
  });
}

export function composeDocument(t: TemplateBody, content: DocumentContent, meta: DocumentMeta): ComposedDocument {
  const values = placeholderValues(t, content, meta);
  const roleOf = new Map(t.parties.map((r) => [r.role, r]));
  // Parties print grouped by role, in the template's order of roles.
  const order = new Map(t.parties.map((r, i) => [r.role, i]));
  const parties = content.parties
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => roleOf.has(p.role))
    .sort((a, b) => order.get(a.p.role)! - order.get(b.p.role)! || a.index - b.index)
    .map(({ p, index }) => {
      const role = roleOf.get(p.role)!;
      return {
        index,
        roleLabel: role.label,
        name: p.name,
        address: p.address,
        representativeName: p.representativeName,
        representativeFunction: p.representativeFunction,
        tasks: role.tasks ? p.tasks.split('\n').map((s) => s.replace(/^[-–•*]\s*/, '').trim()).filter(Boolean) : [],
        signs: role.signs,
      };
    });
  return {
    title: t.title,
    number: meta.number,
    preamble: fillPlaceholders(t.preamble, values),
    paragraphs: activeParagraphs(t, content.clauses).map((p, i) => {
      const all = points(fillPlaceholders(p.text, values));
      // A table with nothing to list is left out, and so is the text that announces it.
      const empty = (p.table === 'tasks' && !parties.some((x) => x.tasks.length)) || (p.table === 'people' && !(t.peopleLabel && content.people.length));
      return {
        number: i + 1,
        key: p.key,
        heading: p.heading,
        points: empty ? withoutTableReference(all) : all,
        ...(p.table && !empty ? { table: p.table } : {}),
      };
    }),
    closing: fillPlaceholders(t.closing, values),
    parties,
    people: t.peopleLabel ? content.people : [],
    peopleLabel: t.peopleLabel,
  };
}
