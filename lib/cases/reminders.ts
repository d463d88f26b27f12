import { and, eq, inArray, sql } from 'drizzle-orm';
import { executeRows, type Db, type DbOrTx } from '@/db/client';
import { emailOutbox, notificationSettings, roleAssignments, users, type CaseReminderKind } from '@/db/schema';
import { addDays, addMonths } from '@/lib/model/dates';
import { appUrl, FOOTER } from '@/lib/notifications/outbox';
import { formatDate } from '@/lib/text';
import { CASE_MAX_MONTHS } from './periods';
import { REMINDER_LABELS } from './vocabulary';
import { clock } from '@/lib/clock';

/*
 * The reminders of work with a family (step 7.2), computed by the background worker — never on page
 * load. `dueReminders` and `sessionWarnings` are pure (tests/unit/cases-reminders.test.ts);
 * `syncCaseReminders` gathers the facts of every active case in ONE set-based query, records each
 * occurrence once (case, kind, dueKey), e-mails it once and resolves what is no longer due.
 *
 * No 'server-only' here: the worker imports it from instrumentation.ts.
 */

/** The key worker meets the family at least monthly. */
export const MONITORING_EVERY_MONTHS = 1;
/** The next IPP is prepared when the current one ends within this many days. */
export const IPP_ENDING_DAYS = 14;
/** The PCPR animator is told of the planned end at least a month before the 12 months pass. */
export const ANNOUNCE_END_AFTER_MONTHS = CASE_MAX_MONTHS - 1;

/** What the reminders of one case are computed from. */
export interface ReminderFacts {
  qualifiedOn: string;
  extensionUntil: string | null;
  endAnnouncedOn: string | null;
  /** The latest monitoring meeting, or null when none was recorded yet. */
  lastMonitoringOn: string | null;
  /** The case's latest IPP (highest sequence): while it is the latest, no next IPP exists yet. */
  lastIpp: { startsOn: string; endsOn: string } | null;
}

/**
 * One occurrence of a reminder. `dueKey` identifies the occurrence (it is e-mailed once); `dueOn` is
 * the date shown as its deadline.
 */
export interface DueReminder {
  kind: CaseReminderKind;
  dueKey: string;
  dueOn: string;
}

/**
 * The reminders due on `today` (ISO) for an active case:
 * - monitoring_overdue: more than a month since the last monitoring meeting (or since qualification
 *   when there was none) — dueOn: that month's end, dueKey: the first overdue day;
 * - ipp_ending: the latest IPP ends within 14 days (endsOn − 14 ≤ today ≤ endsOn) — dueKey: endsOn;
 * - case_11_months: 11 months since qualification and the planned end not yet announced;
 * - case_over_12_months: past qualification + 12 months without a recorded extension.
 */
export function dueReminders(f: ReminderFacts, today: string): DueReminder[] {
  const out: DueReminder[] = [];
  const since = f.lastMonitoringOn && f.lastMonitoringOn > f.qualifiedOn ? f.lastMonitoringOn : f.qualifiedOn;
  const monitoringBy = addMonths(since, MONITORING_EVERY_MONTHS);
  if (today > monitoringBy) out.push({ kind: 'monitoring_overdue', dueKey: addDays(monitoringBy, 1), dueOn: monitoringBy });
  // Cheap string comparisons first: the worker runs this for every case in work.
  if (f.lastIpp && today <= f.lastIpp.endsOn && addDays(f.lastIpp.endsOn, -IPP_ENDING_DAYS) <= today) {
    out.push({ kind: 'ipp_ending', dueKey: f.lastIpp.endsOn, dueOn: f.lastIpp.endsOn });
  }
  if (!f.endAnnouncedOn) {
    const announceBy = addMonths(f.qualifiedOn, ANNOUNCE_END_AFTER_MONTHS);
    if (announceBy <= today) out.push({ kind: 'case_11_months', dueKey: announceBy, dueOn: announceBy });
  }
  if (!f.extensionUntil) {
    const end = addMonths(f.qualifiedOn, CASE_MAX_MONTHS);
    if (today > end) out.push({ kind: 'case_over_12_months', dueKey: end, dueOn: end });
  }
  return out;
}

/** The model's rules for workshops, team reviews of the IPP and supervision. */
export const MIN_WORKSHOPS = 2;
export const TEAM_REVIEW_EVERY_MONTHS = 3;

export interface SessionFacts {
  workshops: number;
  supervisions: number;
  lastTeamReviewOn: string | null;
  firstIppStartsOn: string | null;
}

/** Polish warnings for the sessions part of the monitoring page (empty when all is in order). */
export function sessionWarnings(f: SessionFacts, today: string): string[] {
  const out: string[] = [];
  if (f.workshops < MIN_WORKSHOPS) {
    out.push(`Warsztaty diagnostyczno-ewaluacyjne: ${f.workshops} — model przewiduje co najmniej 2 w trakcie pracy z rodziną.`);
  }
  if (f.supervisions === 0) out.push('Nie odbyła się jeszcze superwizja — każda rodzina omówiona co najmniej raz.');
  if (f.lastTeamReviewOn) {
    if (addMonths(f.lastTeamReviewOn, TEAM_REVIEW_EVERY_MONTHS) < today) {
      out.push(`Ostatni przegląd IPP przez zespół odbył się ${formatDate(f.lastTeamReviewOn)} — ponad 3 miesiące temu (przegląd co 3 miesiące).`);
    }
  } else if (f.firstIppStartsOn && addMonths(f.firstIppStartsOn, TEAM_REVIEW_EVERY_MONTHS) < today) {
    out.push(`Nie odbył się jeszcze przegląd IPP przez zespół, a od początku pierwszego IPP (${formatDate(f.firstIppStartsOn)}) minęły ponad 3 miesiące (przegląd co 3 miesiące).`);
  }
  return out;
}

// ── The worker's part ─────────────────────────────────────────────────────────────────────────

interface CaseFactsRow {
  id: number;
  number: string;
  voivodeshipId: number;
  powiatId: number;
  gminaId: number;
  keyWorkerId: string;
  qualifiedOn: string;
  extensionUntil: string | null;
  endAnnouncedOn: string | null;
  lastMonitoringOn: string | null;
  ippStartsOn: string | null;
  ippEndsOn: string | null;
}

/**
 * The facts of every case in work (status 'qualified', not frozen), in one query: the latest monitoring date
 * from the (case_id, held_on) index, the latest IPP by a lateral join on (case_id, sequence).
 */
export async function activeCaseFacts(db: DbOrTx): Promise<CaseFactsRow[]> {
  return executeRows<CaseFactsRow>(
    db,
    sql`select c.id, c.number, c.voivodeship_id as "voivodeshipId", c.powiat_id as "powiatId", c.gmina_id as "gminaId", c.key_worker_id as "keyWorkerId",
          c.qualified_on::text as "qualifiedOn", c.extension_until::text as "extensionUntil", c.end_announced_on::text as "endAnnouncedOn",
          (select max(m.held_on) from case_monitoring m where m.case_id = c.id)::text as "lastMonitoringOn",
          i.starts_on::text as "ippStartsOn", i.ends_on::text as "ippEndsOn"
        from cases c
        left join lateral (select p.starts_on, p.ends_on from ipps p where p.case_id = c.id order by p.sequence desc limit 1) i on true
        where c.status = 'qualified' and c.qualified_on is not null
          -- a frozen case (anonymised, or restricted under RODO art. 18) is not processed: no reminders
          and c.anonymised_at is null
          and not exists (select 1 from case_restrictions r where r.case_id = c.id and r.lifted_at is null)`,
  );
}


const REMINDER_PATHS: Record<CaseReminderKind, string> = {
  monitoring_overdue: '/monitoring',
  ipp_ending: '/ipp',
  case_11_months: '',
  case_over_12_months: '',
};

/** The case page where a reminder is dealt with. */
export const reminderHref = (caseId: number, kind: CaseReminderKind) => `/sprawy/${caseId}${REMINDER_PATHS[kind]}`;

/** The e-mail of one reminder: the case number, the deadline and a link — never names or content. */
export function reminderMessage(c: { id: number; number: string }, r: DueReminder, forAnimator = false) {
  const link = `Szczegóły (po zalogowaniu): ${appUrl(reminderHref(c.id, r.kind))}`;
  const text =
    forAnimator && r.kind === 'case_11_months'
      ? `Sprawa ${c.number} trwa 11 miesięcy, a pracownik kluczowy nie poinformował jeszcze o planowanym zakończeniu pracy (termin ${formatDate(r.dueOn)}).`
      : `Sprawa ${c.number}: ${REMINDER_LABELS[r.kind]} (termin ${formatDate(r.dueOn)}).`;
  return { subject: `Przypomnienie w sprawie ${c.number}`, body: `${text}\n${link}${FOOTER}` };
}

const chunks = <T,>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Active users among `ids` who want case reminders at once (the others see them in their digest's "Moja praca", or not at all). */
async function reachableUsers(tx: DbOrTx, ids: string[]) {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(ids)], 1000)) {
    const rows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.id, part), eq(users.status, 'active'), sql`not exists (select 1 from ${notificationSettings} o where o.user_id = ${users.id} and o.kind = 'case_reminder' and o.delivery <> 'immediate')`));
    for (const r of rows) out.set(r.id, r.email);
  }
  return out;
}

/**
 * Who leads the work in each case's area (active, not opted out): the PCPR animators of its powiat
 * and — Kooperacje 3D — the network workers (pracownik ds. sieci) of its gmina. Keyed `p<powiatId>`
 * and `g<gminaId>`.
 */
async function leadAnimators(tx: DbOrTx, places: { powiatId: number; gminaId: number }[]) {
  const out = new Map<string, { id: string; email: string }[]>();
  const reachable = sql`not exists (select 1 from ${notificationSettings} o where o.user_id = ${users.id} and o.kind = 'case_reminder' and o.delivery <> 'immediate')`;
  const add = (key: string, r: { id: string; email: string }) => {
    const list = out.get(key) ?? [];
    list.push({ id: r.id, email: r.email });
    out.set(key, list);
  };
  for (const part of chunks([...new Set(places.map((p) => p.powiatId))], 1000)) {
    const rows = await tx
      .selectDistinct({ powiatId: roleAssignments.powiatId, id: users.id, email: users.email })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(and(eq(roleAssignments.role, 'pcpr_animator'), inArray(roleAssignments.powiatId, part), eq(users.status, 'active'), reachable));
    for (const r of rows) add(`p${r.powiatId}`, r);
  }
  for (const part of chunks([...new Set(places.map((p) => p.gminaId))], 1000)) {
    const rows = await tx
      .selectDistinct({ gminaId: roleAssignments.gminaId, id: users.id, email: users.email })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(and(eq(roleAssignments.role, 'network_worker'), inArray(roleAssignments.gminaId, part), eq(users.status, 'active'), reachable));
    for (const r of rows) add(`g${r.gminaId}`, r);
  }
  return out;
}

export interface SyncResult {
  /** Cases in work looked at. */
  cases: number;
  /** Reminders due now. */
  due: number;
  /** New occurrences recorded (each e-mailed once). */
  created: number;
  /** Reminders resolved because no longer due. */
  resolved: number;
  /** E-mails queued. */
  emails: number;
}

/**
 * Brings case_reminders in line with what is due on `today`: new occurrences are inserted (ON
 * CONFLICT DO NOTHING — several workers never e-mail one twice) and e-mailed to the key worker
 * (case_11_months also to the PCPR animators of the powiat); due again after being resolved →
 * reopened, without a second e-mail; open but no longer due (or the case left work) → resolved.
 * A handful of set-based statements whatever the number of cases (no query per case); in the steady
 * state only the facts and the open reminders are read.
 */
export async function syncCaseReminders(db: Db, today = clock.today()): Promise<SyncResult> {
  const facts = await activeCaseFacts(db);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const due: { case_id: number; kind: CaseReminderKind; due_key: string; due_on: string }[] = [];
  for (const f of facts) {
    const lastIpp = f.ippStartsOn && f.ippEndsOn ? { startsOn: f.ippStartsOn, endsOn: f.ippEndsOn } : null;
    for (const r of dueReminders({ ...f, lastIpp }, today)) due.push({ case_id: f.id, kind: r.kind, due_key: r.dueKey, due_on: r.dueOn });
  }
  const occurrence = (caseId: number, kind: string, dueKey: string) => `${caseId}|${kind}|${dueKey}`;
  const dueKeys = new Set(due.map((d) => occurrence(d.case_id, d.kind, d.due_key)));
  const dueSet = (rows: typeof due) => sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as d(case_id integer, kind case_reminder_kind, due_key varchar(20), due_on date)`;

  return db.transaction(async (tx) => {
    // The open reminders decide what to write: in the steady state (nothing new, nothing resolved)
    // this read is all the run does besides gathering the facts.
    const open = await executeRows<{ id: number; caseId: number; kind: string; dueKey: string }>(
      tx,
      sql`select id, case_id as "caseId", kind, due_key as "dueKey" from case_reminders where resolved_at is null`,
    );
    const openKeys = new Set(open.map((r) => occurrence(r.caseId, r.kind, r.dueKey)));
    const fresh = due.filter((d) => !openKeys.has(occurrence(d.case_id, d.kind, d.due_key)));
    const stale = open.filter((r) => !dueKeys.has(occurrence(r.caseId, r.kind, r.dueKey))).map((r) => r.id);

    let created: { caseId: number; kind: CaseReminderKind; dueKey: string; dueOn: string }[] = [];
    if (fresh.length) {
      created = await executeRows(
        tx,
        sql`insert into case_reminders (case_id, kind, due_key, due_on)
            select d.case_id, d.kind, d.due_key, d.due_on from ${dueSet(fresh)}
            on conflict (case_id, kind, due_key) do nothing
            returning case_id as "caseId", kind, due_key as "dueKey", due_on::text as "dueOn"`,
      );
      // Due again after being resolved (e.g. the next IPP was removed): reopened, not e-mailed again.
      const inserted = new Set(created.map((r) => occurrence(r.caseId, r.kind, r.dueKey)));
      const again = fresh.filter((d) => !inserted.has(occurrence(d.case_id, d.kind, d.due_key)));
      if (again.length) {
        await tx.execute(sql`update case_reminders r set resolved_at = null from ${dueSet(again)}
                             where r.case_id = d.case_id and r.kind = d.kind and r.due_key = d.due_key and r.resolved_at is not null`);
      }
    }
    let resolved = 0;
    if (stale.length) {
      const rows = await executeRows<{ id: number }>(
        tx,
        sql`update case_reminders set resolved_at = now()
            where resolved_at is null and id in (select value::int from jsonb_array_elements_text(${JSON.stringify(stale)}::jsonb))
            returning id`,
      );
      resolved = rows.length;
    }

    // One e-mail per new reminder and recipient, queued in a few bulk inserts.
    const keyWorkers = await reachableUsers(
      tx,
      created.map((r) => byId.get(r.caseId)!.keyWorkerId),
    );
    const animators = await leadAnimators(
      tx,
      created.filter((r) => r.kind === 'case_11_months').map((r) => byId.get(r.caseId)!),
    );
    const mails: (typeof emailOutbox.$inferInsert)[] = [];
    for (const r of created) {
      const c = byId.get(r.caseId)!;
      const sent = new Set<string>();
      const email = keyWorkers.get(c.keyWorkerId);
      if (email) {
        mails.push({ voivodeshipId: c.voivodeshipId, toEmail: email, toUserId: c.keyWorkerId, kind: 'case_reminder', ...reminderMessage(c, r) });
        sent.add(c.keyWorkerId);
      }
      if (r.kind !== 'case_11_months') continue;
      for (const a of [...(animators.get(`p${c.powiatId}`) ?? []), ...(animators.get(`g${c.gminaId}`) ?? [])]) {
        if (sent.has(a.id)) continue;
        sent.add(a.id);
        mails.push({ voivodeshipId: c.voivodeshipId, toEmail: a.email, toUserId: a.id, kind: 'case_reminder', ...reminderMessage(c, r, true) });
      }
    }
    for (const part of chunks(mails, 500)) await tx.insert(emailOutbox).values(part);
    return { cases: facts.length, due: due.length, created: created.length, resolved, emails: mails.length };
  });
}
