import { z } from 'zod';
import { LIMITS, MESSAGES } from '@/lib/validation/fields';
import { plural, WORDS } from '@/lib/plural';
import type { DocumentContent } from './compose';
import { DOCUMENT_KINDS, type PartyRole, type TemplateBody } from './template';

/*
 * The document form's schema, built from the document's template (templates are data): the same
 * function gives the browser's react-hook-form resolver and the server's parse. A draft may be
 * incomplete; `complete` adds what a document needs before it goes to signature.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Podaj datę (dd.mm.rrrr).').refine((s) => !Number.isNaN(Date.parse(s)), 'Podaj poprawną datę.');
const optionalDate = z.union([z.literal(''), isoDate]);
const text = (max: number) => z.string().trim().max(max, { error: MESSAGES.maxLength(max) });
const optionalId = z.preprocess((v) => (v === '' || v == null ? null : Number(v)), z.number().int().positive().nullable());

const partySchema = z.object({
  role: z.string().min(1),
  institutionId: optionalId,
  unitId: optionalId,
  name: text(LIMITS.name + 100).min(1, MESSAGES.required),
  address: text(300),
  representativeName: text(LIMITS.name),
  representativeFunction: text(LIMITS.name),
  tasks: text(LIMITS.longText),
});

const personSchema = z.object({
  function: text(LIMITS.name).min(1, MESSAGES.required),
  name: text(LIMITS.name).min(1, MESSAGES.required),
  unit: text(300),
});

const partiesCount = (n: number) => `${n} ${plural(n, WORDS.party)}`;

/**
 * The editor's control that picks a party, where a message about the choice belongs: the registry
 * select (institutionId), the gmina select (unitId), or the typed name (a person).
 */
export function pickerOf(role: Pick<PartyRole, 'source'>): 'institutionId' | 'unitId' | 'name' {
  if (role.source === 'institution') return 'institutionId';
  if (role.source === 'voivodeship' || role.source === 'powiat' || role.source === 'gmina') return 'unitId';
  return 'name';
}

/** How a message names a party: its name, or (not chosen yet) its role and place in the list, "Instytucja 2". */
function partyName(p: { name: string; role: string }, role: PartyRole, all: { role: string }[], i: number): string {
  if (p.name.trim()) return p.name.trim();
  const same = all.map((x, j) => ({ x, j })).filter(({ x }) => x.role === p.role);
  return same.length > 1 ? `${role.label} ${same.findIndex(({ j }) => j === i) + 1}` : role.label;
}

export function documentContentSchema(t: TemplateBody, opts: { complete: boolean }) {
  const fields = z.object(Object.fromEntries(t.fields.map((f) => [f.key, f.type === 'date' ? optionalDate : text(f.type === 'textarea' ? LIMITS.longText : 500)])));
  const roles = new Map<string, PartyRole>(t.parties.map((r) => [r.role, r]));
  return z
    .object({
      place: text(LIMITS.city),
      concludedOn: optionalDate,
      parties: z.array(partySchema).max(200),
      people: z.array(personSchema).max(200),
      fields,
      clauses: z.array(z.string()).max(100),
    })
    .superRefine((v, ctx) => {
      v.parties.forEach((p, i) => {
        const role = roles.get(p.role);
        if (!role) return ctx.addIssue({ code: 'custom', path: ['parties', i, 'role'], message: 'Wybierz rolę strony z listy.' });
        // Messages name the party, so a list of them (or a screen reader) says which one is meant.
        const who = partyName(p, role, v.parties, i);
        if (role.source === 'institution' && !p.institutionId) ctx.addIssue({ code: 'custom', path: ['parties', i, pickerOf(role)], message: 'Wybierz instytucję z rejestru.' });
        if (['voivodeship', 'powiat', 'gmina'].includes(role.source) && !p.unitId) ctx.addIssue({ code: 'custom', path: ['parties', i, pickerOf(role)], message: 'Wybierz jednostkę samorządu z listy.' });
        if (opts.complete && role.signs) {
          if (!p.representativeName) ctx.addIssue({ code: 'custom', path: ['parties', i, 'representativeName'], message: `Podaj, kto podpisuje w imieniu strony: ${who}.` });
          if (!p.representativeFunction && role.source !== 'person') ctx.addIssue({ code: 'custom', path: ['parties', i, 'representativeFunction'], message: `Podaj funkcję osoby podpisującej w imieniu strony: ${who}.` });
        }
        if (opts.complete && role.tasks && !p.tasks) ctx.addIssue({ code: 'custom', path: ['parties', i, 'tasks'], message: `Wpisz zadania strony: ${who}.` });
      });
      for (const role of t.parties) {
        const n = v.parties.filter((p) => p.role === role.role).length;
        if (n > role.max) ctx.addIssue({ code: 'custom', path: ['parties'], message: `„${role.label}”: najwyżej ${partiesCount(role.max)}.` });
        if (opts.complete && n < role.min) ctx.addIssue({ code: 'custom', path: ['parties'], message: `„${role.label}”: potrzebna co najmniej ${partiesCount(role.min)}.` });
      }
      const seen = new Set<string>();
      v.parties.forEach((p, i) => {
        const key = p.institutionId ? `i${p.institutionId}` : p.unitId ? `${p.role}:${p.unitId}` : null;
        const role = roles.get(p.role);
        if (key && seen.has(key)) ctx.addIssue({ code: 'custom', path: ['parties', i, role ? pickerOf(role) : 'name'], message: 'Ta strona jest już na liście.' });
        if (key) seen.add(key);
      });
      if (opts.complete) {
        // Named, so the list of what is missing (on the document's page) says which field it is.
        for (const f of t.fields) if (f.required && !v.fields[f.key]) ctx.addIssue({ code: 'custom', path: ['fields', f.key], message: `Uzupełnij pole „${f.label}”.` });
        if (!v.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'Podaj miejsce zawarcia.' });
        if (t.peopleLabel && !v.people.length) ctx.addIssue({ code: 'custom', path: ['people'], message: `Uzupełnij listę: ${t.peopleLabel.toLowerCase()}.` });
      }
      const optional = new Set(t.paragraphs.filter((p) => p.optional).map((p) => p.key));
      if (v.clauses.some((c) => !optional.has(c))) ctx.addIssue({ code: 'custom', path: ['clauses'], message: 'Nieznany zapis opcjonalny.' });
    }) satisfies z.ZodType<DocumentContent, unknown>;
}

/** Saving a draft: the content plus which document and which version it was based on. */
export function saveDraftSchema(t: TemplateBody) {
  return z.object({ documentId: z.coerce.number().int().positive(), version: z.coerce.number().int().positive(), content: documentContentSchema(t, { complete: false }) });
}

export const createDocumentSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: 'Wybierz rodzaj dokumentu.' }),
  /** The implementation (all kinds but the regional agreement). */
  implementationId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
  /** The gmina, for PZK documents. */
  gminaId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
  /** The agreement an annex amends or a declaration joins. */
  parentId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
});

export const statusChangeSchema = z.object({
  documentId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export const signSchema = z
  .object({
    documentId: z.coerce.number().int().positive(),
    version: z.coerce.number().int().positive(),
    signedOn: z.array(isoDate.or(z.literal('').transform(() => null))).min(1),
  })
  .superRefine((v, ctx) => {
    v.signedOn.forEach((d, i) => {
      if (!d) ctx.addIssue({ code: 'custom', path: ['signedOn', i], message: 'Podaj datę podpisu tej strony.' });
    });
  });

export const terminateSchema = z.object({
  documentId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  terminatedOn: isoDate,
  reason: text(LIMITS.reason).min(1, 'Podaj przyczynę rozwiązania.'),
});

export const verificationLookupSchema = z.object({ code: z.string().trim().min(1, 'Wpisz kod z dolnej części wydruku.').max(40) });
