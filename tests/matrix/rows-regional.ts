import { desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog, cases, emailOutbox, gminas, institutions, notifications, powiats, pzks, tracks, voivodeships } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { listAuditEntries } from '@/lib/audit-log';
import { areaOptions, createInstitution, listInstitutions } from '@/lib/institutions/institutions';
import { listOutbox } from '@/lib/notifications/notifications';
import { dashboardReportPdf, describeDashboardFilter, progressReportPdf } from '@/lib/pdf/reports';
import { getInbox } from '@/lib/inbox/inbox';
import { getPulpit } from '@/lib/pulpit/pulpit';
import { getPowiatPage, listRegistry } from '@/lib/territory/queries';
import { JANOW, SOKOLSKI, unit, uid } from '../factories';
import { FOREIGN_GMINA, m, row, type MatrixRow, type RowModule } from './fixture';
import { inArea, sameIds } from './rows-implementations';

/*
 * The territorial registry, institutions, the start page (pulpit), the PDF reports and the e-mail
 * outbox (issue 13, item 2). Lists and figures are checked against the actor's own area, restated
 * by hand (inArea in rows-implementations.ts): a call that is allowed must also count or list
 * exactly what lies there.
 */

let janowId: number;
let sokolskiId: number;

async function setup() {
  janowId = (await unit(JANOW)).gminaId!;
  sokolskiId = (await unit(SOKOLSKI)).powiatId!;
  // An e-mail waiting in each województwo's outbox, so neither list can be empty.
  for (const teryt of [JANOW, FOREIGN_GMINA]) {
    const { voivodeshipId } = await unit(teryt);
    await getDb().insert(emailOutbox).values({ voivodeshipId, toEmail: `odbiorca.${uid()}@test.kooperacja.pl`, kind: 'model_proposal', subject: 'Powiadomienie', body: 'Treść powiadomienia.' });
  }
}

const isHome = (a: Actor) => a.scope.voivodeshipId === m.s.pzk.voivodeshipId;

/** The institutions an actor reads: a PZK member its own; everyone else those of its area. */
const readsInstitution = (a: Actor, i: typeof institutions.$inferSelect) => (a.scope.level === 'institution' ? i.id === a.scope.institutionId : inArea(a, i));

// ---------------------------------------------------------------------------------------------
// Territory
// ---------------------------------------------------------------------------------------------

async function powiatPage(a: Actor) {
  const r = await getPowiatPage(a, SOKOLSKI);
  if (r.powiat.id !== sokolskiId || !r.gminas.some((g) => g.teryt === JANOW)) throw new Error('not powiat sokólski with its gminas');
}

/** The registry of the actor's own województwo: every gmina of it, none of another. */
async function registryChecked(a: Actor) {
  const r = await listRegistry(a, {});
  const all = await getDb().select({ id: gminas.id, voivodeshipId: gminas.voivodeshipId, powiatId: gminas.powiatId }).from(gminas);
  sameIds('registry gminas', r.gminas.map((g) => g.id), all.filter((g) => inArea(a, { ...g, gminaId: g.id })).map((g) => g.id));
  if (r.gminas.some((g) => g.teryt === JANOW) !== isHome(a)) throw new Error('Janów listed abroad, or missing at home');
}

// ---------------------------------------------------------------------------------------------
// Institutions
// ---------------------------------------------------------------------------------------------

async function institutionsChecked(a: Actor) {
  const r = await listInstitutions(a, {});
  const all = await getDb().select().from(institutions);
  sameIds('institutions', r.rows.map((i) => i.id), all.filter((i) => readsInstitution(a, i)).map((i) => i.id));
}

/** The form offers the actor's own powiat (a PCPR animator) or every powiat of its województwo (ROPS). */
async function areasChecked(a: Actor) {
  const r = await areaOptions(a);
  const all = await getDb().select({ id: powiats.id, voivodeshipId: powiats.voivodeshipId }).from(powiats);
  sameIds('areas', r.powiats.map((p) => p.powiatId), all.filter((p) => inArea(a, { voivodeshipId: p.voivodeshipId, powiatId: p.id })).map((p) => p.id));
  if (r.wholeVoivodeship !== (a.scope.level === 'voivodeship')) throw new Error('whole województwo offered to a powiat, or not to ROPS');
}

async function newSchool(a: Actor) {
  const { id } = await createInstitution(a, { name: `Szkoła Podstawowa nr ${uid()}`, type: 'school', area: `g:${janowId}`, street: 'ul. Szkolna 5', postalCode: '16-130', city: 'Janów', nip: '', regon: '', email: '', phone: '' });
  const [i] = await getDb().select().from(institutions).where(eq(institutions.id, id));
  if (i.gminaId !== janowId) throw new Error('not placed in Janów');
}

// ---------------------------------------------------------------------------------------------
// The pulpit
// ---------------------------------------------------------------------------------------------

/**
 * The start page ("Moja praca", issue 15): every item of the inbox points inside the actor's own
 * area — a schedule of a track there (ROPS: the województwo's regional track), a PZK there, a case
 * of the actor's województwo — and every team listed lies there too.
 */
async function inboxChecked(a: Actor, items: { key: string; href: string }[]) {
  const db = getDb();
  for (const i of items) {
    const track = /^\/wdrozenia\/(\d+)/.exec(i.href);
    if (track) {
      const [t] = await db.select().from(tracks).where(eq(tracks.id, Number(track[1])));
      const ok = t && (t.kind === 'regional' ? a.scope.level === 'voivodeship' && t.voivodeshipId === a.scope.voivodeshipId : inArea(a, t));
      if (!ok) throw new Error(`inbox item ${i.key} outside the area`);
    }
    const pzk = /^\/pzk\/(\d+)/.exec(i.href);
    if (pzk) {
      const [p] = await db.select().from(pzks).where(eq(pzks.id, Number(pzk[1])));
      if (!p || !(inArea(a, p) || (a.scope.level === 'institution' && p.voivodeshipId === a.scope.voivodeshipId))) throw new Error(`inbox item ${i.key} outside the area`);
    }
    const kase = /^\/sprawy\/(\d+)/.exec(i.href);
    if (kase) {
      const [c] = await db.select({ voivodeshipId: cases.voivodeshipId }).from(cases).where(eq(cases.id, Number(kase[1])));
      if (!c || c.voivodeshipId !== a.scope.voivodeshipId) throw new Error(`inbox item ${i.key} outside the area`);
    }
  }
}

async function pulpitChecked(a: Actor) {
  const p = await getPulpit(a);
  await inboxChecked(a, p.inbox.items);
  if (p.teams?.length) {
    const rows = await getDb().select().from(pzks).where(inArray(pzks.id, p.teams.map((t) => t.id)));
    for (const t of rows) if (!(inArea(a, t) || (a.scope.level === 'institution' && t.voivodeshipId === a.scope.voivodeshipId))) throw new Error(`pulpit team ${t.id} outside the area`);
  }
  if (a.scope.level === 'national' && p.teams !== null) throw new Error('the national administrator takes part in no team');
}

async function inboxOnly(a: Actor) {
  const inbox = await getInbox(a);
  await inboxChecked(a, inbox.items);
  if (inbox.groups.flatMap((g) => g.items).length !== inbox.items.length) throw new Error('every item in exactly one group');
}

// ---------------------------------------------------------------------------------------------
// PDF reports
// ---------------------------------------------------------------------------------------------

async function progressPdf(a: Actor) {
  const r = await progressReportPdf(a, m.trackId, { today: '2027-03-01', now: new Date('2027-03-01T10:00:00Z') });
  if (r.filename !== `raport-postepu-${JANOW}.pdf` || r.pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error(`not Janów's report: ${r.filename}`);
}

/** A powiat is named only in its own województwo (the filter of another one says "wybrany powiat"). */
async function filterWords(a: Actor) {
  const text = await describeDashboardFilter(a, { powiatId: sokolskiId, stage: 2, overdueOnly: true });
  const want = `${isHome(a) ? 'powiat sokólski' : 'wybrany powiat'}; etap II; tylko gminy z zaległościami`;
  if (text !== want) throw new Error(`"${text}", expected "${want}"`);
}

async function dashboardPdf(a: Actor) {
  const r = await dashboardReportPdf(a, {}, { today: '2027-03-01', now: new Date('2027-03-01T10:00:00Z') });
  const [v] = await getDb().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, a.scope.voivodeshipId));
  if (r.filename !== `postep-wdrozen-${v.name}-2027-03-01.pdf` || r.pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error(`not the report of ${v.name}: ${r.filename}`);
}

// ---------------------------------------------------------------------------------------------
// The e-mail outbox
// ---------------------------------------------------------------------------------------------

async function outboxChecked(a: Actor) {
  const r = await listOutbox(a);
  const own = await getDb().select({ id: emailOutbox.id, status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.voivodeshipId, a.scope.voivodeshipId)).orderBy(desc(emailOutbox.id));
  sameIds('outbox', r.rows.map((e) => e.id), own.slice(0, 200).map((e) => e.id));
  const total = Object.values(r.counts).reduce((s, n) => s + (n ?? 0), 0);
  if (total !== own.length) throw new Error(`counted ${total} e-mails, the województwo has ${own.length}`);
}

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
/**
 * The audit log of the actor's województwo (and the entries of no województwo, e.g. logins with
 * unknown e-mails): every listed entry is one of them, and Janów's case opening is among them at home.
 */
async function auditChecked(a: Actor) {
  // Every page: the entries are ordered by their time, which the other row modules' clocks move.
  const rows: Awaited<ReturnType<typeof listAuditEntries>>['rows'] = [];
  for (let page = 1; ; page++) {
    const p = await listAuditEntries(a, { action: 'case.created', page });
    rows.push(...p.rows);
    if (!p.hasNext) break;
  }
  const all = await getDb().select({ id: auditLog.id, voivodeshipId: auditLog.voivodeshipId }).from(auditLog);
  const allowed = new Set(all.filter((e) => e.voivodeshipId === null || e.voivodeshipId === a.scope.voivodeshipId).map((e) => e.id));
  const foreign = rows.filter((r) => !allowed.has(r.id));
  if (foreign.length) throw new Error(`entries of another województwo: ${foreign.map((r) => r.id).join(', ')}`);
  const janowCase = rows.some((r) => r.entityId === String(m.caseId));
  if (janowCase !== (a.scope.voivodeshipId === m.s.pzk.voivodeshipId)) throw new Error(`Janów's case ${janowCase ? 'listed abroad' : 'missing at home'}`);
}

const rows: MatrixRow[] = [
  // The audit log: the ROPS administrator of each województwo, nobody else.
  { fn: 'lib/audit-log.ts#listAuditEntries', role: 'rops_admin', call: auditChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/audit-log.ts#listAuditEntries', role: 'rops_adviser', call: auditChecked, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'advisers supervise cases, the administrator reads the log' },
  { fn: 'lib/audit-log.ts#listAuditEntries', role: 'pcpr_animator', call: auditChecked, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  // Territorial units are public (TERC): outside the scope the page is refused, not hidden.
  { fn: 'lib/territory/queries.ts#getPowiatPage', role: 'pcpr_animator', call: powiatPage, expect: row('allow', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a PZK member of a gmina institution sees its gmina, not the powiat' },
  { fn: 'lib/territory/queries.ts#getPowiatPage', role: 'rops_admin', call: powiatPage, expect: row('allow', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/territory/queries.ts#getPowiatPage', role: 'gops_animator', call: powiatPage, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a gmina role sees its gmina\'s page, not the powiat\'s' },
  { fn: 'lib/territory/queries.ts#listRegistry', role: 'rops_admin', call: registryChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'abroad: the registry of mazowieckie' },
  { fn: 'lib/territory/queries.ts#listRegistry', role: 'pcpr_animator', call: registryChecked, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'the registry is ROPS\'s' },

  // Institutions of the registry: everyone working in a województwo reads those of its area (a PZK
  // member its own institution); ROPS administrators and PCPR animators keep them.
  { fn: 'lib/institutions/institutions.ts#listInstitutions', role: 'gops_animator', call: institutionsChecked, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN'), note: 'each lists its own area\'s only' },
  { fn: 'lib/institutions/institutions.ts#listInstitutions', role: 'rops_admin', call: institutionsChecked, expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'FORBIDDEN') },
  { fn: 'lib/institutions/institutions.ts#areaOptions', role: 'pcpr_animator', call: areasChecked, expect: row('allow', '-', 'allow', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'each is offered its own powiat only' },
  { fn: 'lib/institutions/institutions.ts#areaOptions', role: 'rops_admin', call: areasChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/institutions/institutions.ts#areaOptions', role: 'gops_animator', call: areasChecked, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/institutions/institutions.ts#createInstitution', role: 'pcpr_animator', call: newSchool, expect: row('allow', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'a new institution in gmina Janów (a public unit: refused, not hidden)' },
  { fn: 'lib/institutions/institutions.ts#createInstitution', role: 'rops_admin', call: newSchool, expect: row('allow', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  { fn: 'lib/institutions/institutions.ts#createInstitution', role: 'gops_animator', call: newSchool, expect: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },

  // The start page: everyone, each counting its own area only (nothing territorial for the national administrator).
  { fn: 'lib/pulpit/pulpit.ts#getPulpit', role: 'gops_animator', call: pulpitChecked, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow') },
  { fn: 'lib/pulpit/pulpit.ts#getPulpit', role: 'rops_admin', call: pulpitChecked, expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'allow') },
  { fn: 'lib/pulpit/pulpit.ts#getPulpit', role: 'pcpr_animator', call: pulpitChecked, expect: row('allow', '-', 'allow', 'allow', 'allow', 'allow', 'allow') },
  // "Moja praca": everyone has one; what it lists lies in the actor's own area (tests/integration/inbox-*.test.ts: each source).
  { fn: 'lib/inbox/inbox.ts#getInbox', role: 'gops_animator', call: inboxOnly, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow') },
  { fn: 'lib/inbox/inbox.ts#getInbox', role: 'rops_admin', call: inboxOnly, expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'allow') },
  { fn: 'lib/inbox/inbox.ts#getInbox', role: 'pcpr_animator', call: inboxOnly, expect: row('allow', '-', 'allow', 'allow', 'allow', 'allow', 'allow') },
  { fn: 'lib/inbox/inbox.ts#getInbox', role: 'pzk_member', call: inboxOnly, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'allow') },

  // PDF reports: a gmina's progress report for whoever reads its implementation; the dashboard's for ROPS and WZK.
  { fn: 'lib/pdf/reports.tsx#progressReportPdf', role: 'gops_animator', call: progressPdf, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND'), note: 'the guest\'s institution lies in Janów' },
  { fn: 'lib/pdf/reports.tsx#progressReportPdf', role: 'wzk_member', call: progressPdf, expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/pdf/reports.tsx#describeDashboardFilter', role: 'rops_adviser', call: filterWords, expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'allow'), note: 'words only; the powiat\'s name only within its own województwo' },
  { fn: 'lib/pdf/reports.tsx#dashboardReportPdf', role: 'rops_adviser', call: dashboardPdf, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'abroad: the report of mazowieckie' },
  { fn: 'lib/pdf/reports.tsx#dashboardReportPdf', role: 'pcpr_animator', call: dashboardPdf, expect: row('FORBIDDEN', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },

  // The e-mail outbox of the województwo: its ROPS administrators only.
  { fn: 'lib/notifications/notifications.ts#listOutbox', role: 'rops_admin', call: outboxChecked, expect: row('allow', '-', '-', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), note: 'abroad: the outbox of mazowieckie' },
  { fn: 'lib/notifications/notifications.ts#listOutbox', role: 'rops_adviser', call: outboxChecked, expect: row('FORBIDDEN', '-', '-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
];

export default { setup, rows } satisfies RowModule;
