import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, institutionRetention, institutions, legalHolds, retentionItems, retentionRules, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { approveBatch, getInstitutionRetention, getRetentionRules, listInstitutionClasses, liftHold, markRetention, placeHold, retentionOverview, saveInstitutionRetention, saveRetentionRule } from '@/lib/retention/retention';
import { newCase } from '../case-factories';
import { uid } from '../factories';
import { actorIn, m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Retention and destruction (issue 16, item 1). A ROPS administrator manages the closed cases of
 * its own województwo (overview, legal holds, destruction batches): another województwo's ROPS does
 * not find podlaskie's cases; every other role is refused. The national defaults are read by those
 * who manage retention (and the animators who set an institution's class) and changed by the
 * national administrator only. An institution's own class is read by whoever reads the institution
 * and changed by its animators and ROPS. The cases here are of gmina Janów, closed in 2010 (B10:
 * ended 01.01.2021).
 */

const db = () => getDb();
let caseId: number;

/** A closed case of Janów whose retention has ended, marked by the worker; its item's id. */
async function dueCase() {
  const { caseId: id } = await newCase(m.s);
  await db().update(cases).set({ status: 'closed', closedOn: '2010-03-01', closedReason: 'Zakończenie pracy' }).where(eq(cases.id, id));
  await markRetention(db(), clock.today());
  const [item] = await db().select({ id: retentionItems.id }).from(retentionItems).where(eq(retentionItems.caseId, id));
  return { caseId: id, itemId: item.id };
}

async function setup() {
  ({ caseId } = await dueCase());
}

const isPodlaskie = (a: Actor) => a.scope.voivodeshipId === m.s.pzk.voivodeshipId;

/** Podlaskie's ROPS sees the fixture's case; another województwo's ROPS sees none of podlaskie's. */
async function overviewChecked(a: Actor) {
  const o = await retentionOverview(a);
  const ids = [...o.dueNow, ...o.upcoming].map((i) => i.caseId);
  if (isPodlaskie(a) !== ids.includes(caseId)) throw new Error(`the fixture's case ${isPodlaskie(a) ? 'missing' : 'shown to another województwo'}`);
  const wrong = ids.length ? (await db().select({ v: cases.voivodeshipId }).from(cases).where(inArray(cases.id, ids))).filter((c) => c.v !== a.scope.voivodeshipId) : [];
  if (wrong.length) throw new Error('a case of another województwo');
}

/** A hold placed on the fixture's case; a refused call leaves no hold behind. */
async function hold(a: Actor) {
  const before = (await db().select({ id: legalHolds.id }).from(legalHolds).where(eq(legalHolds.caseId, caseId))).length;
  try {
    return await placeHold(a, { caseId: String(caseId), reason: 'Postępowanie sądowe', until: '2027-12-31' });
  } catch (e) {
    if ((await db().select({ id: legalHolds.id }).from(legalHolds).where(eq(legalHolds.caseId, caseId))).length !== before) throw new Error('refused, yet a hold was placed');
    throw e;
  }
}

/** Lifts a hold placed for this call by podlaskie's ROPS; a refused call leaves it in force. */
async function lift(a: Actor) {
  const { id } = await placeHold((await actorIn('rops_admin', 'inside'))!, { caseId: String(caseId), reason: 'Kontrola', until: '2027-12-31' });
  try {
    return await liftHold(a, { holdId: id });
  } catch (e) {
    if ((await db().select().from(legalHolds).where(and(eq(legalHolds.id, id), isNull(legalHolds.liftedAt)))).length !== 1) throw new Error('refused, yet the hold was lifted');
    throw e;
  }
}

/** A batch of one fresh due case; a refused call leaves the item due. */
async function batch(a: Actor) {
  const { itemId } = await dueCase();
  try {
    return await approveBatch(a, { itemIds: [String(itemId)], consentNumber: `AP-BS.4231.${uid()}`, consentDate: clock.today() });
  } catch (e) {
    const [item] = await db().select({ status: retentionItems.status }).from(retentionItems).where(eq(retentionItems.id, itemId));
    if (item.status !== 'due') throw new Error('refused, yet the item changed');
    throw e;
  }
}

async function rulesChecked(a: Actor) {
  const r = await getRetentionRules(a);
  if (r.canEdit !== (a.scope.role === 'national_admin')) throw new Error('wrong edit right');
  if (!r.rules.some((x) => x.kind === 'family_case')) throw new Error('no family-case rule');
}

async function saveRule(a: Actor) {
  const [r] = await db().select().from(retentionRules).where(eq(retentionRules.kind, 'login_failure'));
  return saveRetentionRule(a, { kind: 'login_failure', version: String(r.version), days: String(r.days), basis: r.basis });
}

const institutionChecked = async (a: Actor) => {
  const r = await getInstitutionRetention(a, m.school.id);
  const editor = ['gops_animator', 'pcpr_animator', 'rops_admin'].includes(a.scope.role);
  if (r.canEdit !== editor || r.institutionId !== m.school.id) throw new Error('wrong institution or edit right');
};

async function saveInstitution(a: Actor) {
  const [own] = await db().select({ version: institutionRetention.version }).from(institutionRetention).where(eq(institutionRetention.institutionId, m.school.id));
  return saveInstitutionRetention(a, { institutionId: String(m.school.id), version: String(own?.version ?? 0), category: 'B', years: '10', symbol: '', basis: 'Instrukcja kancelaryjna szkoły' });
}

/** Only institutions of the actor's own area. */
async function classesChecked(a: Actor) {
  const ids = (await listInstitutionClasses(a)).map((r) => r.institutionId);
  if (!ids.length) return;
  const rows = await db().select({ v: institutions.voivodeshipId, p: institutions.powiatId, g: institutions.gminaId }).from(institutions).where(inArray(institutions.id, ids));
  const s = a.scope;
  if (rows.some((r) => r.v !== s.voivodeshipId || (s.powiatId != null && r.p !== s.powiatId) || (s.gminaId != null && r.g !== s.gminaId))) throw new Error('an institution outside the actor\'s area');
}

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
const ROPS_ONLY = row('allow', '-', '-', NF, FB, FB, FB);
const VOIVODESHIP_FB = row(FB, '-', '-', FB, FB, FB, FB);
const GMINA_FB = row(FB, FB, FB, FB, FB, FB, FB);
const notes = {
  rops_admin: "inside: podlaskie's ROPS administrator; another województwo's does not find podlaskie's cases",
  other: 'retention is managed by the ROPS administrator only',
};

const r = (fn: string, role: Role, call: (a: Actor) => Promise<unknown>, expect: MatrixRow['expect'], note?: string): MatrixRow => ({ fn: `lib/retention/retention.ts#${fn}`, role, call, expect, note });

//                                                                    inside   neighbour otherPowiat otherVoiv guest otherPzk national
const rows: MatrixRow[] = [
  r('retentionOverview', 'rops_admin', overviewChecked, row('allow', '-', '-', 'allow', FB, FB, FB), "allow: each ROPS sees its own województwo's cases only"),
  r('retentionOverview', 'rops_adviser', overviewChecked, VOIVODESHIP_FB, notes.other),
  r('retentionOverview', 'gops_animator', overviewChecked, GMINA_FB, notes.other),
  r('placeHold', 'rops_admin', hold, ROPS_ONLY, notes.rops_admin),
  r('placeHold', 'rops_adviser', hold, VOIVODESHIP_FB, notes.other),
  r('liftHold', 'rops_admin', lift, ROPS_ONLY, notes.rops_admin),
  r('liftHold', 'pcpr_animator', lift, row(FB, '-', FB, FB, FB, FB, FB), notes.other),
  r('approveBatch', 'rops_admin', batch, ROPS_ONLY, notes.rops_admin),
  r('approveBatch', 'gops_animator', batch, GMINA_FB, notes.other),
  r('getRetentionRules', 'rops_admin', rulesChecked, row('allow', '-', '-', 'allow', FB, FB, 'allow'), 'the defaults are read by those who apply them; changed by the national administrator'),
  r('getRetentionRules', 'pzk_member', rulesChecked, row(FB, FB, FB, FB, FB, FB, 'allow'), 'a PZK member has nothing to do with retention'),
  r('saveRetentionRule', 'rops_admin', saveRule, row(FB, '-', '-', FB, FB, FB, 'allow'), 'the national administrator keeps the defaults'),
  r('getInstitutionRetention', 'gops_animator', institutionChecked, row('allow', NF, NF, NF, NF, NF, FB), "a school of Janów: read where the institution is readable; the guest's own institution is another"),
  r('getInstitutionRetention', 'rops_admin', institutionChecked, row('allow', '-', '-', NF, NF, NF, FB)),
  r('saveInstitutionRetention', 'gops_animator', saveInstitution, row('allow', NF, NF, NF, FB, FB, FB), "the gmina's animator sets its institutions' class"),
  r('saveInstitutionRetention', 'pcpr_animator', saveInstitution, row('allow', '-', NF, NF, FB, FB, FB), "the powiat's animator, for the institutions of its gminas"),
  r('saveInstitutionRetention', 'rops_admin', saveInstitution, row('allow', '-', '-', NF, FB, FB, FB)),
  r('saveInstitutionRetention', 'social_worker', saveInstitution, GMINA_FB, 'only animators and ROPS set a class'),
  r('listInstitutionClasses', 'rops_admin', classesChecked, row('allow', '-', '-', 'allow', FB, FB, FB), "each ROPS lists its own województwo's institutions only"),
  r('listInstitutionClasses', 'gops_animator', classesChecked, row('allow', 'allow', 'allow', 'allow', FB, FB, FB), "each animator lists its own gmina's institutions only"),
];

export default { setup, rows } satisfies RowModule;
