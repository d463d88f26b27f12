import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { documents, gminas, implementations, institutions, notificationPeople, pzkMembers, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { polishOrder } from '@/lib/polish-order';
import { aggregateFigures } from './aggregate';
import { implementationLabel, loadImplementation, ropsName } from './evaluation';
import { loadFigureRows } from './figures';

/*
 * Step 10.4 "REFERENCJE DLA PODMIOTÓW I ZESPOŁÓW": ROPS prepares references for everyone the model
 * names — the Leaders of Cooperation (the animators, the heads of the PCPR and the GOPS, the
 * authorities and the councillors of the gminas and the powiat), and for the institutions and the
 * teams. The people and institutions come from the data: the teams' member lists, the notification
 * to ROPS (step 2.4) and the signed agreements (the powiat–gmina agreement names the starosta and
 * the wójt/burmistrz; the PZK agreement and the declarations name the heads of the institutions).
 */

export const REFEREE_KINDS = ['animator', 'director', 'authority', 'councillor', 'institution', 'team'] as const;
export type RefereeKind = (typeof REFEREE_KINDS)[number];

export interface Referee {
  /** Stable within the implementation: what the choice on the page (?k=…) names. */
  key: string;
  kind: RefereeKind;
  /** A person's name, the institution's name or the team's name. */
  name: string;
  /** For animators: the role the wording depends on. */
  role: 'animator_pcpr' | 'animator_gops' | 'network_worker' | null;
  /** "Dyrektor", "Starosta Sokólski", "radny gminy" … (empty for institutions and teams). */
  functionLabel: string;
  /** The institution (or the powiat/gmina an authority represents). */
  institutionName: string;
  /** The gminas of the implementation the referee worked in; empty = the whole implementation. */
  gminaNames: string[];
}

const ANIMATOR_ROLES = ['animator_pcpr', 'animator_gops', 'network_worker'] as const;
const COUNCILLOR_ROLES = ['councillor_gmina', 'councillor_powiat'] as const;
const SIGNED = ['signed', 'amended'] as const;

const addGmina = (r: Referee, g: string | null) => {
  if (g && !r.gminaNames.includes(g)) r.gminaNames.push(g);
};
const nameKey = (s: string) => s.trim().toLocaleLowerCase('pl');

async function teamsOf(db: DbOrTx, implementationId: number) {
  return db
    .select({ id: pzks.id, gminaId: pzks.gminaId, gminaName: gminas.name })
    .from(pzks)
    .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
    .where(eq(pzks.implementationId, implementationId))
    .orderBy(polishOrder(gminas.name));
}

/** Everyone the references are for, in the order of REFEREE_KINDS; no authorization here. */
export async function loadReferees(db: DbOrTx, implementationId: number): Promise<Referee[]> {
  const [teams, members, named, docs] = await Promise.all([
    teamsOf(db, implementationId),
    db
      .select({ id: pzkMembers.id, userId: pzkMembers.userId, name: pzkMembers.name, function: pzkMembers.function, teamRole: pzkMembers.teamRole, institutionName: institutions.name, gminaName: gminas.name })
      .from(pzkMembers)
      .innerJoin(pzks, eq(pzks.id, pzkMembers.pzkId))
      .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
      .leftJoin(institutions, eq(institutions.id, pzkMembers.institutionId))
      .where(and(eq(pzks.implementationId, implementationId), isNull(pzkMembers.removedAt), eq(pzkMembers.proposed, false), inArray(pzkMembers.teamRole, [...ANIMATOR_ROLES, ...COUNCILLOR_ROLES])))
      .orderBy(asc(pzkMembers.teamRole), polishOrder(gminas.name), polishOrder(pzkMembers.name), asc(pzkMembers.id)),
    db
      .select({ id: notificationPeople.id, name: notificationPeople.name, function: notificationPeople.function, gminaName: gminas.name })
      .from(notificationPeople)
      .innerJoin(implementations, eq(implementations.notificationId, notificationPeople.notificationId))
      .leftJoin(gminas, eq(gminas.id, notificationPeople.gminaId))
      .where(eq(implementations.id, implementationId))
      .orderBy(asc(notificationPeople.function), polishOrder(notificationPeople.name), asc(notificationPeople.id)),
    db
      .select({ id: documents.id, kind: documents.kind, gminaName: gminas.name, content: documents.content })
      .from(documents)
      .leftJoin(gminas, eq(gminas.id, documents.gminaId))
      .where(and(eq(documents.implementationId, implementationId), inArray(documents.kind, ['agreement_powiat_gmina', 'agreement_pzk', 'pzk_accession']), inArray(documents.status, [...SIGNED])))
      .orderBy(asc(documents.id)),
  ]);

  // Animators: from the teams, else (no team yet) from the notification.
  const animators = new Map<string, Referee>();
  for (const m of members.filter((x) => (ANIMATOR_ROLES as readonly string[]).includes(x.teamRole))) {
    const k = `${m.teamRole}|${m.userId ?? nameKey(m.name)}`;
    const seen = animators.get(k);
    const role = m.teamRole as (typeof ANIMATOR_ROLES)[number];
    if (seen) {
      if (role !== 'animator_pcpr') addGmina(seen, m.gminaName);
    } else animators.set(k, { key: `a${m.id}`, kind: 'animator', name: m.name, role, functionLabel: '', institutionName: m.institutionName ?? '', gminaNames: role !== 'animator_pcpr' ? [m.gminaName] : [] });
  }
  if (!animators.size) {
    for (const n of named.filter((x) => (ANIMATOR_ROLES as readonly string[]).includes(x.function))) {
      const k = `${n.function}|${nameKey(n.name)}`;
      const seen = animators.get(k);
      if (seen) addGmina(seen, n.gminaName);
      else animators.set(k, { key: `an${n.id}`, kind: 'animator', name: n.name, role: n.function as Referee['role'], functionLabel: '', institutionName: '', gminaNames: n.gminaName ? [n.gminaName] : [] });
    }
  }

  // Councillors: on the teams, and those named in the notification who are not (by name).
  const councillors = new Map<string, Referee>();
  const councillorLabel = (f: string) => (f === 'councillor_powiat' ? 'radny powiatu' : 'radny gminy');
  for (const m of members.filter((x) => (COUNCILLOR_ROLES as readonly string[]).includes(x.teamRole))) {
    const k = nameKey(m.name);
    const seen = councillors.get(k);
    if (seen) addGmina(seen, m.gminaName);
    else councillors.set(k, { key: `c${m.id}`, kind: 'councillor', name: m.name, role: null, functionLabel: m.function || councillorLabel(m.teamRole), institutionName: m.institutionName ?? '', gminaNames: m.teamRole === 'councillor_gmina' ? [m.gminaName] : [] });
  }
  for (const n of named.filter((x) => (COUNCILLOR_ROLES as readonly string[]).includes(x.function))) {
    const k = nameKey(n.name);
    const seen = councillors.get(k);
    if (seen) addGmina(seen, n.function === 'councillor_gmina' ? n.gminaName : null);
    else councillors.set(k, { key: `cn${n.id}`, kind: 'councillor', name: n.name, role: null, functionLabel: councillorLabel(n.function), institutionName: '', gminaNames: n.function === 'councillor_gmina' && n.gminaName ? [n.gminaName] : [] });
  }

  // The signed agreements: the authorities (territorial parties of the powiat–gmina agreement), the
  // heads of the PCPR and the OPS (their representatives in the PZK agreements and declarations),
  // and every member institution of a PZK (a reference for the institution).
  const institutionIds = [...new Set(docs.flatMap((d) => d.content.parties.map((p) => p.institutionId).filter((x): x is number => x != null)))];
  const types = new Map(
    institutionIds.length ? (await db.select({ id: institutions.id, type: institutions.type, name: institutions.name }).from(institutions).where(inArray(institutions.id, institutionIds))).map((i) => [i.id, i]) : [],
  );
  const authorities = new Map<string, Referee>();
  const directors = new Map<number, Referee>();
  const memberInstitutions = new Map<number, Referee>();
  for (const d of docs) {
    for (const p of d.content.parties) {
      const person = p.representativeName.trim();
      if (d.kind === 'agreement_powiat_gmina') {
        if (p.institutionId != null || p.unitId == null || !person) continue;
        const k = `${p.role}|${p.unitId}`;
        if (!authorities.has(k)) authorities.set(k, { key: `w${d.id}-${p.role}-${p.unitId}`, kind: 'authority', name: person, role: null, functionLabel: p.representativeFunction.trim(), institutionName: p.name, gminaNames: [] });
        continue;
      }
      if (p.institutionId == null) continue;
      const inst = types.get(p.institutionId);
      const institutionName = inst?.name ?? p.name;
      const seenInst = memberInstitutions.get(p.institutionId);
      if (seenInst) addGmina(seenInst, d.gminaName);
      else memberInstitutions.set(p.institutionId, { key: `i${p.institutionId}`, kind: 'institution', name: institutionName, role: null, functionLabel: '', institutionName, gminaNames: d.gminaName ? [d.gminaName] : [] });
      if ((inst?.type === 'pcpr' || inst?.type === 'ops') && person) {
        const seen = directors.get(p.institutionId);
        if (seen) addGmina(seen, inst.type === 'ops' ? d.gminaName : null);
        else directors.set(p.institutionId, { key: `d${p.institutionId}`, kind: 'director', name: person, role: null, functionLabel: p.representativeFunction.trim(), institutionName, gminaNames: inst.type === 'ops' && d.gminaName ? [d.gminaName] : [] });
      }
    }
  }
  // The PCPR's head first, then the OPS-es' (in the order of their agreements).
  const pcprFirst = (r: Referee) => (types.get(Number(r.key.slice(1)))?.type === 'pcpr' ? 0 : 1);
  const byInstitutionType = (a: Referee, b: Referee) => pcprFirst(a) - pcprFirst(b);

  const teamRefs: Referee[] = teams.map((t) => ({ key: `t${t.id}`, kind: 'team', name: `Partnerski Zespół Kooperacji gminy ${t.gminaName}`, role: null, functionLabel: '', institutionName: '', gminaNames: [t.gminaName] }));
  return [
    ...animators.values(),
    ...[...directors.values()].sort(byInstitutionType),
    ...authorities.values(),
    ...councillors.values(),
    ...memberInstitutions.values(),
    ...teamRefs,
  ];
}

/**
 * The referees of an implementation (ROPS only: "przygotowuje je ROPS"), its figures for the
 * wording, and — with `keys` — only those ROPS ticked (unknown keys are ignored).
 */
export async function referencePeople(actor: Actor, id: number, now = clock.now(), keys?: readonly string[]) {
  const { place } = await loadImplementation(actor, id, 'certify');
  const db = getDb();
  const [all, [rops], rows] = await Promise.all([loadReferees(db, place.id), ropsName(db, place.voivodeshipId), loadFigureRows(db, [place.id], now)]);
  const chosen = keys && keys.length ? all.filter((r) => keys.includes(r.key)) : all;
  return { place, label: implementationLabel(place), rops, people: chosen, all, figures: aggregateFigures(rows.get(place.id)!) };
}
export type References = Awaited<ReturnType<typeof referencePeople>>;
