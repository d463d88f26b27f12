import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { evidence, gminas, notificationGminas, notifications, powiats, scheduleChecks, scheduleItems, tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { dashboardCsv } from '@/lib/implementations/dashboard-csv';
import { dashboardPage, dashboardPowiats, dashboardRows, ownImplementations, regionalTrackId } from '@/lib/implementations/dashboard';
import { notificationFormOptions } from '@/lib/implementations/notification-form';
import { listNotifications, resubmitNotification, reviewNotification, submitNotification } from '@/lib/implementations/notifications';
import { addEvidence, getEvidenceFile, toggleCheck } from '@/lib/implementations/tracks';
import { JANOW, SOKOLSKI, unit } from '../factories';
import { notificationFor } from '../implementation-factories';
import { TINY_PDF } from '../upload-fixtures';
import { FOREIGN_GMINA, m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Implementations (issue 13, item 2): the ROPS dashboard and its exports, a PCPR animator's own
 * implementations, notifications to ROPS, the checklist and evidence of a schedule item.
 * Lists are called for real and their content checked: every allowed call must list exactly the
 * records of the actor's own area (restated by hand below) and at least one.
 */

// ---------------------------------------------------------------------------------------------
// What "the actor's own area" is, restated by hand from the policy (lib/auth/policy.ts, covers())
// ---------------------------------------------------------------------------------------------

export interface Place {
  voivodeshipId: number;
  powiatId?: number | null;
  gminaId?: number | null;
}

/**
 * Whether a territorial record lies in the actor's area: the whole województwo for ROPS and WZK,
 * the powiat for a powiat role, the gmina for a gmina role and for a PZK member (the gmina of its
 * institution); the national administrator has no area.
 */
export function inArea(a: Actor, p: Place): boolean {
  const s = a.scope;
  if (s.level === 'national' || p.voivodeshipId !== s.voivodeshipId) return false;
  if (s.level === 'voivodeship') return true;
  if (s.level === 'powiat') return p.powiatId != null && p.powiatId === s.powiatId;
  if (s.gminaId != null) return p.gminaId != null && p.gminaId === s.gminaId;
  // An institution of a powiat (no gmina): the powiat's own records.
  return p.powiatId != null && p.powiatId === s.powiatId && p.gminaId == null;
}

/** Throws unless `got` holds exactly the ids of `want` (and, unless `mayBeEmpty`, at least one). */
export function sameIds(what: string, got: number[], want: number[], mayBeEmpty = false) {
  const g = [...new Set(got)].sort((x, y) => x - y);
  const w = [...new Set(want)].sort((x, y) => x - y);
  if (g.length !== got.length) throw new Error(`${what}: listed twice: ${got.join(', ')}`);
  if (!mayBeEmpty && w.length === 0) throw new Error(`${what}: the fixture has nothing to list here (the check would be vacuous)`);
  if (g.join(',') !== w.join(',')) throw new Error(`${what}: listed [${g.join(', ')}], expected [${w.join(', ')}]`);
}

/** Every gmina's implementation (track) lying in the actor's area. */
async function gminaTracksOf(a: Actor) {
  const all = await getDb().select({ id: tracks.id, voivodeshipId: tracks.voivodeshipId, powiatId: tracks.powiatId, gminaId: tracks.gminaId }).from(tracks).where(eq(tracks.kind, 'gmina'));
  return all.filter((t) => inArea(a, t)).map((t) => t.id);
}

// ---------------------------------------------------------------------------------------------
// Records of this module
// ---------------------------------------------------------------------------------------------

/** A file attached as evidence to the first schedule item of Janów. */
let evidenceFileId: string;
let sokolskiId: number;
let foreignPowiatId: number;

/**
 * A gmina of powiat sokólski that is neither implementing nor waiting in a notification (the last
 * by TERYT, to stay clear of the gminas other tests name).
 */
async function freeGminaOfSokolski() {
  const db = getDb();
  const busyTracks = (await db.select({ id: tracks.gminaId }).from(tracks).where(eq(tracks.kind, 'gmina'))).map((r) => r.id!);
  const busyNotifications = (
    await db
      .select({ id: notificationGminas.gminaId })
      .from(notificationGminas)
      .innerJoin(notifications, eq(notifications.id, notificationGminas.notificationId))
      .where(inArray(notifications.status, ['submitted', 'returned']))
  ).map((r) => r.id);
  const [free] = await db
    .select({ teryt: gminas.teryt })
    .from(gminas)
    .where(and(eq(gminas.powiatId, sokolskiId), notInArray(gminas.id, [...busyTracks, ...busyNotifications, -1])))
    .orderBy(desc(gminas.teryt))
    .limit(1);
  return free.teryt;
}

/**
 * Runs `act` on a new notification of powiat sokólski (submitted by Janów's PCPR animator, and
 * returned by ROPS when `returned`), then deletes it: the notification lists of the SQL twins
 * below keep the fixture's notifications only.
 */
async function onWaitingNotification(returned: boolean, act: (id: number, version: number, teryt: string) => Promise<unknown>) {
  const teryt = await freeGminaOfSokolski();
  const { id } = await submitNotification(m.s.pcpr, await notificationFor([teryt]));
  try {
    if (returned) await reviewNotification(m.s.rops, { id, version: 1, decision: 'return', comment: 'Proszę uzupełnić grupę docelową.' });
    const [n] = await getDb().select({ version: notifications.version }).from(notifications).where(eq(notifications.id, id));
    return await act(id, n.version, teryt);
  } finally {
    await getDb().delete(notifications).where(eq(notifications.id, id));
  }
}

async function setup() {
  const db = getDb();
  sokolskiId = (await unit(SOKOLSKI)).powiatId!;
  foreignPowiatId = (await unit(FOREIGN_GMINA)).powiatId!;
  const [item] = await db.select().from(scheduleItems).where(eq(scheduleItems.trackId, m.trackId)).orderBy(asc(scheduleItems.id)).limit(1);
  ({ fileId: evidenceFileId } = await addEvidence(m.s.gops, { itemId: item.id, title: 'Uchwała rady gminy', fileName: 'uchwala.pdf', data: TINY_PDF }));
}

// ---------------------------------------------------------------------------------------------
// Calls that check what comes back
// ---------------------------------------------------------------------------------------------

/** The dashboard lists exactly the gminas implementing in the actor's area. */
async function dashboardChecked(a: Actor) {
  const rows = await dashboardRows(a);
  sameIds('dashboard rows', rows.map((r) => r.trackId), await gminaTracksOf(a));
  // A filter naming a powiat of another województwo finds nothing there.
  const otherPowiat = a.scope.voivodeshipId === m.s.pzk.voivodeshipId ? foreignPowiatId : sokolskiId;
  sameIds('dashboard rows of a powiat of another województwo', (await dashboardRows(a, { powiatId: otherPowiat })).map((r) => r.trackId), [], true);
}

/** A page of the dashboard holds only gminas of the actor's area, and its counts are the area's. */
async function pageChecked(a: Actor) {
  const page = await dashboardPage(a, {}, 1, { pageSize: 1 });
  const own = await gminaTracksOf(a);
  if (page.all !== own.length || page.rows.length !== Math.min(1, own.length) || !page.rows.every((r) => own.includes(r.trackId))) throw new Error(`the dashboard page of ${a.scope.scopeLabel} is not its area's`);
}

/** The CSV has Janów's TERYT code exactly when the actor's area is podlaskie, the foreign gmina's otherwise. */
async function csvChecked(a: Actor) {
  const { csv } = await dashboardCsv(a, {});
  const home = a.scope.voivodeshipId === m.s.pzk.voivodeshipId;
  if (csv.includes(JANOW) !== home || csv.includes(FOREIGN_GMINA) === home) throw new Error(`the CSV of ${a.scope.scopeLabel} has the wrong gminas`);
}

async function powiatsChecked(a: Actor) {
  const got = (await dashboardPowiats(a)).map((p) => p.id);
  const all = await getDb().select({ id: powiats.id, voivodeshipId: powiats.voivodeshipId }).from(powiats);
  sameIds('dashboard powiats', got, all.filter((p) => inArea(a, { voivodeshipId: p.voivodeshipId, powiatId: p.id })).map((p) => p.id));
}

/** The regional track of the actor's own województwo (both województwa of the fixture have one). */
async function regionalChecked(a: Actor) {
  const id = await regionalTrackId(a);
  const [t] = id === null ? [] : await getDb().select().from(tracks).where(eq(tracks.id, id));
  if (!t || t.kind !== 'regional' || t.voivodeshipId !== a.scope.voivodeshipId) throw new Error(`not the regional track of ${a.scope.scopeLabel}: ${id}`);
}

async function ownChecked(a: Actor) {
  sameIds('own implementations', (await ownImplementations(a)).map((r) => r.trackId), await gminaTracksOf(a));
}

async function notificationsChecked(a: Actor) {
  const got = (await listNotifications(a)).map((n) => n.id);
  const all = await getDb().select({ id: notifications.id, voivodeshipId: notifications.voivodeshipId, powiatId: notifications.powiatId }).from(notifications);
  sameIds('notifications', got, all.filter((n) => inArea(a, { ...n, gminaId: null })).map((n) => n.id));
}

/** The notification form offers exactly the gminas of the actor's own powiat. */
async function formChecked(a: Actor) {
  const f = await notificationFormOptions(a);
  if (f.powiat.id !== a.scope.powiatId) throw new Error(`the form offers powiat ${f.powiat.id}, not the actor's ${a.scope.powiatId}`);
  const own = (await getDb().select({ id: gminas.id }).from(gminas).where(eq(gminas.powiatId, a.scope.powiatId!))).map((g) => g.id);
  sameIds('gminas of the form', f.gminas.map((g) => g.id), own);
}

/**
 * A network worker (Kooperacje 3D, scope gmina): the notifications that name its own gmina —
 * restated by hand from the notification's gminas.
 */
async function nwNotificationsChecked(a: Actor) {
  const got = (await listNotifications(a)).map((n) => n.id);
  const named = await getDb()
    .select({ id: notificationGminas.notificationId })
    .from(notificationGminas)
    .innerJoin(notifications, eq(notifications.id, notificationGminas.notificationId))
    .where(and(eq(notificationGminas.gminaId, a.scope.gminaId!), eq(notifications.voivodeshipId, a.scope.voivodeshipId)));
  sameIds('notifications of the network worker', got, named.map((n) => n.id));
}

/** The network worker's form: its own gmina only, Kooperacje 3D fixed. */
async function nwFormChecked(a: Actor) {
  const f = await notificationFormOptions(a);
  if (f.fixedVariant !== 'urban_3d') throw new Error(`the variant is not fixed: ${f.fixedVariant}`);
  if (f.powiat.id !== a.scope.powiatId) throw new Error(`the form offers powiat ${f.powiat.id}, not the gmina's ${a.scope.powiatId}`);
  sameIds('gminas of the network worker form', f.gminas.map((g) => g.id), [a.scope.gminaId!]);
}

/** Submits a free gmina of powiat sokólski to ROPS; a submission that went through is deleted again. */
async function submitSokolski(a: Actor) {
  const { id } = await submitNotification(a, await notificationFor([await freeGminaOfSokolski()]));
  await getDb().delete(notifications).where(eq(notifications.id, id));
}

const review = (a: Actor) => onWaitingNotification(false, (id, version) => reviewNotification(a, { id, version, decision: 'return', comment: 'Brakuje nazwiska radnego gminy.' }));
const resubmit = (a: Actor) =>
  onWaitingNotification(true, async (id, version, teryt) => resubmitNotification(a, id, version, { ...(await notificationFor([teryt])), targetGroup: 'Rodziny z dziećmi — poprawione' }));

/** Ticks (or unticks) the first checklist point of Janów's first schedule item. */
async function tick(a: Actor) {
  const [c] = await getDb()
    .select({ itemId: scheduleChecks.scheduleItemId, checklistItemId: scheduleChecks.checklistItemId, done: scheduleChecks.done })
    .from(scheduleChecks)
    .innerJoin(scheduleItems, eq(scheduleItems.id, scheduleChecks.scheduleItemId))
    .where(eq(scheduleItems.trackId, m.trackId))
    .orderBy(asc(scheduleChecks.scheduleItemId), asc(scheduleChecks.checklistItemId))
    .limit(1);
  const r = await toggleCheck(a, { itemId: c.itemId, checklistItemId: c.checklistItemId, done: !c.done });
  if (r.done === c.done) throw new Error('the point was not toggled');
}

let evidenceCount = 0;
async function attach(a: Actor) {
  const [item] = await getDb().select({ id: scheduleItems.id }).from(scheduleItems).where(eq(scheduleItems.trackId, m.trackId)).orderBy(asc(scheduleItems.id)).limit(1);
  const title = `Protokół nr ${++evidenceCount}`;
  const { id } = await addEvidence(a, { itemId: item.id, title, fileName: 'protokol.pdf', data: TINY_PDF });
  const [e] = await getDb().select({ title: evidence.title }).from(evidence).where(eq(evidence.id, id));
  if (e?.title !== title) throw new Error('the evidence was not stored');
}

async function download(a: Actor) {
  const f = await getEvidenceFile(a, evidenceFileId);
  if (f.name !== 'uchwala.pdf') throw new Error(`another file: ${f.name}`);
}

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  // The ROPS dashboard (and its CSV, powiat filter, regional track): ROPS and WZK, over their own województwo.
  { fn: 'lib/implementations/dashboard.ts#dashboardRows', role: 'rops_adviser', call: dashboardChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'abroad: the dashboard of mazowieckie only' },
  { fn: 'lib/implementations/dashboard.ts#dashboardRows', role: 'wzk_member', call: dashboardChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard.ts#dashboardRows', role: 'pcpr_animator', call: dashboardChecked, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'the dashboard is ROPS\'s and WZK\'s; animators see their own implementations' },
  { fn: 'lib/implementations/dashboard.ts#dashboardPage', role: 'rops_adviser', call: pageChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard.ts#dashboardPage', role: 'gops_animator', call: pageChecked, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard-csv.ts#dashboardCsv', role: 'rops_admin', call: csvChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard-csv.ts#dashboardCsv', role: 'gops_animator', call: csvChecked, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard.ts#dashboardPowiats', role: 'wzk_member', call: powiatsChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard.ts#dashboardPowiats', role: 'pcpr_animator', call: powiatsChecked, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard.ts#regionalTrackId', role: 'rops_adviser', call: regionalChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/dashboard.ts#regionalTrackId', role: 'pcpr_animator', call: regionalChecked, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  // Own implementations: everyone working in the model, over their own area (a PZK member: its gmina).
  { fn: 'lib/implementations/dashboard.ts#ownImplementations', role: 'gops_animator', call: ownChecked, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN'), note: 'each lists its own gmina\'s only; the national administrator has no area' },
  { fn: 'lib/implementations/dashboard.ts#ownImplementations', role: 'pcpr_animator', call: ownChecked, expect: row('allow', '-', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN') },

  // Notifications: the PCPR animator of the powiat and ROPS read them; ROPS decides; the animator corrects.
  // Submitting: the PCPR animator, for gminas of the own powiat (another powiat's gminas are refused as invalid input).
  { fn: 'lib/implementations/notification-form.ts#notificationFormOptions', role: 'pcpr_animator', call: formChecked, expect: row('allow', '-', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'each animator sees the own powiat\'s form' },
  { fn: 'lib/implementations/notification-form.ts#notificationFormOptions', role: 'rops_adviser', call: formChecked, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a role without a powiat is refused, not told that no powiat exists' },
  { fn: 'lib/implementations/notifications.ts#submitNotification', role: 'pcpr_animator', call: submitSokolski, expect: row('allow', '-', 'INVALID', 'INVALID', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'Zaznaczone gminy muszą leżeć w Twoim powiecie' },
  { fn: 'lib/implementations/notifications.ts#submitNotification', role: 'gops_animator', call: submitSokolski, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/notifications.ts#listNotifications', role: 'pcpr_animator', call: notificationsChecked, expect: row('allow', '-', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'each powiat\'s own notifications only' },
  // Kooperacje 3D: the town's network worker notifies its own gmina only (every gmina of the fixture
  // already implements, and a free gmina of sokólski is not its own: refused as invalid input); it
  // reads the notifications naming its gmina, decides nothing and corrects only its own gmina's.
  { fn: 'lib/implementations/notification-form.ts#notificationFormOptions', role: 'network_worker', call: nwFormChecked, expect: row('allow', 'allow', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'each network worker: its own gmina only' },
  { fn: 'lib/implementations/notifications.ts#submitNotification', role: 'network_worker', call: submitSokolski, expect: row('INVALID', 'INVALID', 'INVALID', 'INVALID', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'Pracownik ds. sieci zgłasza tylko swoją gminę (and only Kooperacje 3D)' },
  { fn: 'lib/implementations/notifications.ts#listNotifications', role: 'network_worker', call: nwNotificationsChecked, expect: row('allow', 'allow', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'the notifications naming its gmina only' },
  { fn: 'lib/implementations/notifications.ts#reviewNotification', role: 'network_worker', call: review, expect: row('NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'the waiting notification names another gmina of sokólski' },
  { fn: 'lib/implementations/notifications.ts#resubmitNotification', role: 'network_worker', call: resubmit, expect: row('NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/notifications.ts#listNotifications', role: 'rops_admin', call: notificationsChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/notifications.ts#listNotifications', role: 'gops_animator', call: notificationsChecked, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/notifications.ts#reviewNotification', role: 'rops_adviser', call: review, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'roles that never read notifications are refused before the record is looked at' },
  { fn: 'lib/implementations/notifications.ts#reviewNotification', role: 'rops_admin', call: review, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/notifications.ts#reviewNotification', role: 'pcpr_animator', call: review, expect: row('FORBIDDEN', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'its own animator reads it; deciding is ROPS\'s' },
  { fn: 'lib/implementations/notifications.ts#resubmitNotification', role: 'pcpr_animator', call: resubmit, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/implementations/notifications.ts#resubmitNotification', role: 'rops_adviser', call: resubmit, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'ROPS reads it; correcting is the PCPR animator\'s' },
  { fn: 'lib/implementations/notifications.ts#resubmitNotification', role: 'gops_animator', call: resubmit, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },

  // A schedule item's checklist and evidence: those who update the schedule of the gmina; readers
  // who may not change it are refused, everyone else does not find it.
  { fn: 'lib/implementations/tracks.ts#toggleCheck', role: 'gops_animator', call: tick, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/implementations/tracks.ts#toggleCheck', role: 'network_worker', call: tick, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'the network worker keeps its gmina\'s schedule' },
  { fn: 'lib/implementations/tracks.ts#toggleCheck', role: 'wzk_member', call: tick, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'WZK reads the schedule, changes nothing' },
  { fn: 'lib/implementations/tracks.ts#addEvidence', role: 'pcpr_animator', call: attach, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/implementations/tracks.ts#addEvidence', role: 'social_worker', call: attach, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a social worker of Janów reads the schedule; the animators and ROPS keep it' },
  { fn: 'lib/implementations/tracks.ts#getEvidenceFile', role: 'gops_animator', call: download, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'whoever reads the implementation reads its evidence (the guest\'s institution lies in Janów)' },
  { fn: 'lib/implementations/tracks.ts#getEvidenceFile', role: 'wzk_member', call: download, expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
];

export default { setup, rows } satisfies RowModule;
