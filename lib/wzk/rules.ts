import type { DocumentParty } from '@/lib/documents/compose';

/*
 * Pure rules of the WZK (no I/O): who its members are, read from the parties of the signed regional
 * agreement(s), and which quarterly "Spotkanie WZK" occurrence of the regional track a meeting fulfils.
 */

/** The occurrence's code in the catalogue (the regional track's quarterly WZK meeting). */
export const WZK_TASK_CODE = 'spotkanie-wzk';

export interface WzkMember {
  /** "i:<institutionId>" for an institution, "v:<voivodeshipId>" for the województwo itself. */
  key: string;
  name: string;
  institutionId: number | null;
  /** The agreement (or annex) that made the party a member. */
  documentId: number;
  documentNumber: string;
}

export interface AgreementForMembers {
  id: number;
  number: string;
  status: string;
  voivodeshipId: number;
  parties: Pick<DocumentParty, 'institutionId' | 'unitId' | 'name'>[];
}

/** Agreements in these states bind their parties; a draft, one ready to sign or a terminated one does not. */
export const BINDING_STATUSES = ['signed', 'amended'] as const;

/**
 * The key of a party of the regional agreement: an institution of the registry, or the województwo
 * (the only territorial party of a regional agreement). A party named only by hand has no key: it is
 * not a registry entry the platform can recognise, so it is left out of the member list.
 */
export function partyKey(party: Pick<DocumentParty, 'institutionId' | 'unitId'>, voivodeshipId: number): string | null {
  if (party.institutionId) return `i:${party.institutionId}`;
  if (party.unitId && party.unitId === voivodeshipId) return `v:${voivodeshipId}`;
  return null;
}

/**
 * The WZK's members: every party of the binding regional agreements of the województwo, once each
 * (the first agreement, by id, that names the party is the one shown).
 */
export function membersFromAgreements(agreements: AgreementForMembers[], voivodeshipId: number): WzkMember[] {
  const out = new Map<string, WzkMember>();
  for (const a of [...agreements].sort((x, y) => x.id - y.id)) {
    if (a.voivodeshipId !== voivodeshipId || !(BINDING_STATUSES as readonly string[]).includes(a.status)) continue;
    for (const p of a.parties) {
      const key = partyKey(p, voivodeshipId);
      if (!key || out.has(key) || !p.name.trim()) continue;
      out.set(key, { key, name: p.name.trim(), institutionId: p.institutionId ?? null, documentId: a.id, documentNumber: a.number });
    }
  }
  return [...out.values()];
}

export interface QuarterOccurrence {
  id: number;
  periodStart: string;
  dueDate: string;
  status: string;
}

/**
 * The quarterly occurrence whose window (periodStart … dueDate, both ISO dates, inclusive) holds the
 * meeting's day. Windows of one track do not overlap; if they ever did, the earliest window wins.
 * Null when the day lies outside every window (before the schedule starts or after it ends).
 */
export function occurrenceForDay<T extends QuarterOccurrence>(occurrences: T[], day: string): T | null {
  const holding = occurrences.filter((o) => o.periodStart <= day && day <= o.dueDate);
  holding.sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.id - b.id);
  return holding[0] ?? null;
}
