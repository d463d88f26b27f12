import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { gminas, implementations, institutions, notificationPeople, powiats, tracks, voivodeships, type DocumentRow } from '@/db/schema';
import { PERSON_FUNCTIONS } from '@/lib/implementations/schemas';
import { addDays, addMonths } from '@/lib/model/dates';
import type { DocumentParty, DocumentPerson } from './compose';
import type { DocumentKind, TemplateBody } from './template';
import { polishOrder } from '@/lib/polish-order';

/*
 * How parties are named and what a new document starts with: the implementation's powiat and
 * gminas, its PCPR and OPS from the registry, the animators and councillors named in the
 * notification to ROPS. No authorization here: callers check it (lib/documents/documents.ts).
 */

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('pl') + s.slice(1);

export const voivodeshipPartyName = (name: string) => `Województwo ${capitalize(name)}`;
export const powiatPartyName = (p: { name: string; isCity: boolean }) => (p.isCity ? `Miasto ${p.name}` : `Powiat ${capitalize(p.name)}`);
export const gminaPartyName = (g: { name: string; kind: string }) => (g.kind === 'urban' ? `Miasto ${g.name}` : `Gmina ${g.name}`);
export const institutionAddress = (i: { street: string; postalCode: string; city: string }) => `${i.street}, ${i.postalCode} ${i.city}`;

export function emptyParty(role: string, partial: Partial<DocumentParty> = {}): DocumentParty {
  return { role, institutionId: null, unitId: null, name: '', address: '', representativeName: '', representativeFunction: '', tasks: '', ...partial };
}

export interface DocumentPlace {
  voivodeshipId: number;
  powiatId: number | null;
  gminaId: number | null;
  implementationId: number | null;
  /** The gminas the document concerns. */
  gminaIds: number[];
}

export async function unitParty(db: DbOrTx, role: string, source: 'voivodeship' | 'powiat' | 'gmina', unitId: number): Promise<DocumentParty | null> {
  if (source === 'voivodeship') {
    const [v] = await db.select().from(voivodeships).where(eq(voivodeships.id, unitId));
    return v ? emptyParty(role, { unitId, name: voivodeshipPartyName(v.name), representativeFunction: 'Członek Zarządu Województwa' }) : null;
  }
  if (source === 'powiat') {
    const [p] = await db.select().from(powiats).where(eq(powiats.id, unitId));
    return p ? emptyParty(role, { unitId, name: powiatPartyName(p), representativeFunction: p.isCity ? 'Prezydent Miasta' : 'Starosta' }) : null;
  }
  const [g] = await db.select().from(gminas).where(eq(gminas.id, unitId));
  return g ? emptyParty(role, { unitId, name: gminaPartyName(g), representativeFunction: g.kind === 'rural' ? 'Wójt Gminy' : 'Burmistrz' }) : null;
}

export async function institutionParty(db: DbOrTx, role: string, institutionId: number): Promise<DocumentParty | null> {
  const [i] = await db.select().from(institutions).where(eq(institutions.id, institutionId));
  return i ? emptyParty(role, { institutionId, name: i.name, address: institutionAddress(i), representativeFunction: 'Dyrektor' }) : null;
}

/** The implementation's place and its gminas (each has a track of its own). */
export async function implementationPlace(db: DbOrTx, implementationId: number) {
  const [impl] = await db.select().from(implementations).where(eq(implementations.id, implementationId));
  if (!impl) return null;
  const rows = await db
    .select({ id: gminas.id })
    .from(tracks)
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .where(and(eq(tracks.implementationId, implementationId), eq(tracks.kind, 'gmina'), eq(tracks.cycle, 1)))
    .orderBy(polishOrder(gminas.name));
  return { implementation: impl, gminaIds: rows.map((r) => r.id) };
}

async function registryOf(db: DbOrTx, type: 'pcpr' | 'ops', where: { powiatId?: number | null; gminaId?: number | null }) {
  const cond = type === 'pcpr' ? eq(institutions.powiatId, where.powiatId ?? -1) : eq(institutions.gminaId, where.gminaId ?? -1);
  const [i] = await db.select({ id: institutions.id }).from(institutions).where(and(eq(institutions.type, type), cond)).orderBy(asc(institutions.id)).limit(1);
  return i?.id ?? null;
}

/** The parties and people a new document starts with, by the source of each role in its template. */
export async function prefill(db: DbOrTx, kind: DocumentKind, t: TemplateBody, place: DocumentPlace, parent: DocumentRow | null) {
  const parties: DocumentParty[] = [];
  let people: DocumentPerson[] = [];
  const push = (p: DocumentParty | null) => p && parties.push(p);
  const institutionRoles = t.parties.filter((r) => r.source === 'institution');
  const pcprId = await registryOf(db, 'pcpr', place);
  for (const role of t.parties) {
    if (role.source === 'voivodeship') push(await unitParty(db, role.role, 'voivodeship', place.voivodeshipId));
    if (role.source === 'powiat' && place.powiatId) push(await unitParty(db, role.role, 'powiat', place.powiatId));
    if (role.source === 'gmina') for (const g of place.gminaIds) push(await unitParty(db, role.role, 'gmina', g));
    if (role.source === 'person') push(emptyParty(role.role));
  }
  const parentRole = t.parties.find((r) => r.source === 'parent');
  if (parentRole && parent) {
    // An annex is signed by the parties of the agreement it changes.
    for (const p of parent.content.parties) parties.push({ ...p, role: parentRole.role, tasks: '' });
  } else if (kind === 'agreement_pzk' && institutionRoles[0]) {
    const opsId = await registryOf(db, 'ops', place);
    for (const id of [pcprId, opsId]) if (id) push(await institutionParty(db, institutionRoles[0].role, id));
  } else if ((kind === 'confidentiality_statement' || kind === 'pzk_accession') && pcprId) {
    // The PCPR receives the statement or the declaration on the team's behalf: the role without tasks.
    const receiving = institutionRoles.find((r) => !r.tasks) ?? institutionRoles[institutionRoles.length - 1];
    if (receiving) push(await institutionParty(db, receiving.role, pcprId));
  }
  if (t.peopleLabel && place.implementationId) {
    const rows = await db
      .select({ function: notificationPeople.function, name: notificationPeople.name, gminaId: notificationPeople.gminaId, gminaName: gminas.name, gminaKind: gminas.kind })
      .from(notificationPeople)
      .innerJoin(implementations, eq(implementations.notificationId, notificationPeople.notificationId))
      .leftJoin(gminas, eq(gminas.id, notificationPeople.gminaId))
      .where(eq(implementations.id, place.implementationId))
      .orderBy(asc(notificationPeople.id));
    const [pw] = place.powiatId ? await db.select().from(powiats).where(eq(powiats.id, place.powiatId)) : [];
    people = rows
      // The powiat's people and those of the document's gminas.
      .filter((r) => r.gminaId == null || place.gminaIds.includes(r.gminaId))
      .map((r) => ({ function: PERSON_FUNCTIONS[r.function], name: r.name, unit: r.gminaName ? gminaPartyName({ name: r.gminaName, kind: r.gminaKind! }) : pw ? powiatPartyName(pw) : '' }));
  }
  return { parties, people, fields: place.implementationId ? await implementationDates(db, place.implementationId) : {} };
}

/**
 * Dates a template may ask for, worked out from the implementation's start: the 18 months of the
 * model and the PZK to be formed by the end of the third month (step 5.2).
 */
async function implementationDates(db: DbOrTx, implementationId: number): Promise<Record<string, string>> {
  const [impl] = await db.select({ startDate: implementations.startDate }).from(implementations).where(eq(implementations.id, implementationId));
  if (!impl) return {};
  const start = impl.startDate;
  return { data_rozpoczecia: start, data_zakonczenia: addDays(addMonths(start, 18), -1), termin_powolania_pzk: addDays(addMonths(start, 3), -1) };
}

/** The gminas a document concerns, from its gmina parties (powiat–gmina agreements) or its place. */
export function gminasOfContent(parties: DocumentParty[], t: TemplateBody, fallback: number[]): number[] {
  const gminaRoles = new Set(t.parties.filter((r) => r.source === 'gmina').map((r) => r.role));
  if (!gminaRoles.size) return fallback;
  return [...new Set(parties.filter((p) => gminaRoles.has(p.role) && p.unitId).map((p) => p.unitId!))];
}

export async function gminasInPowiat(db: DbOrTx, powiatId: number, ids: number[]) {
  if (!ids.length) return [];
  return db.select({ id: gminas.id }).from(gminas).where(and(eq(gminas.powiatId, powiatId), inArray(gminas.id, ids)));
}
