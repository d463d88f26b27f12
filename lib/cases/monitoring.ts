import { tasksFromMonitoring } from './ipp-task-rows';
import 'server-only';
import { and, asc, desc, eq, gte, isNull, lte, max } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { caseMonitoring, caseReminders, caseSessions, ipps, pzkMeetings, users, type CaseRow, type TaskStatus } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { AppError, invalidError } from '@/lib/errors';

import { formatDate } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import { caseForWork, openCase } from './access';
import { caseDateProblems } from './date-rules';
import { meetingOptions } from './cases';
import { monitoringSchema, NO_IPP_FOR_DATE, sessionSchema } from './monitoring-schemas';
import { beyondCaseEnd, caseEnd } from './periods';
import { dueReminders, sessionWarnings } from './reminders';
import { areaSummaries, goalSeries } from './scaling';
import { householdOf } from './household';
import { latestTaskReports } from './team-work';
import { clock } from '@/lib/clock';

/*
 * Monitoring of work with a family (step 7.2): the key worker's (at least) monthly meeting — the
 * scale of each goal of the IPP in force that day, the family's satisfaction, the tasks' statuses —
 * and the team's sessions: diagnostic-evaluation workshops, quarterly reviews of the IPP,
 * supervision. `today` is a parameter so tests (and the page) fix the day.
 */

/** Statuses in which monitoring and sessions are recorded. */
const MONITORED: ReadonlySet<CaseRow['status']> = new Set(['qualified', 'after_care']);

const audited = (tx: DbOrTx, actor: Actor, c: Pick<CaseRow, 'id' | 'voivodeshipId'>, action: 'case.monitoring_recorded' | 'case.session_recorded', details: Record<string, unknown>) =>
  audit(tx, actor, { action, entityType: 'case', entityId: c.id, voivodeshipId: c.voivodeshipId, details });

/** The case's one date rule (date-rules.ts): not after today, not before the qualification. */
function datedWorkProblem(c: CaseRow, record: 'monitoring' | 'session', on: string, today: string): string | null {
  return caseDateProblems(record, on, today, { qualification: c.qualifiedOn })[0] ?? null;
}

function refuseUnmonitored(c: CaseRow) {
  if (!MONITORED.has(c.status)) {
    throw new AppError('INVALID', 'Spotkania monitorujące, warsztaty, przeglądy i superwizje odnotowuje się w sprawie zakwalifikowanej do współpracy (w realizacji lub po zakończeniu wsparcia).');
  }
}

/**
 * Records a monitoring meeting. Its date picks the IPP (the one whose period contains it); a scale
 * is required for each of that IPP's goals and a status for each of its tasks — nothing else.
 */
export async function recordMonitoring(actor: Actor, input: unknown, today = clock.today()) {
  const v = parseInput(monitoringSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    refuseUnmonitored(c);
    const problem = datedWorkProblem(c, 'monitoring', v.heldOn, today) ?? beyondCaseEnd(c, v.heldOn);
    if (problem) throw invalidError({ heldOn: [problem] }, problem);
    const [ipp] = await tx
      .select()
      .from(ipps)
      .where(and(eq(ipps.caseId, c.id), lte(ipps.startsOn, v.heldOn), gte(ipps.endsOn, v.heldOn)))
      .orderBy(desc(ipps.sequence))
      .limit(1);
    if (!ipp) {
      const message = `${NO_IPP_FOR_DATE} (${formatDate(v.heldOn)}). Spotkanie monitorujące dotyczy celów IPP — najpierw zapisz IPP na ten okres.`;
      throw invalidError({ heldOn: [message] }, message);
    }
    const stale = `Cele lub zadania IPP nr ${ipp.sequence} zmieniły się — odśwież stronę i wypełnij formularz ponownie.`;
    const goalKeys = new Set(ipp.goals.map((g) => g.key));
    const taskKeys = new Set(ipp.goals.flatMap((g) => g.tasks.map((t) => t.key)));
    const scales = Object.fromEntries(v.scales.map((s) => [s.goalKey, s.value]));
    const taskStatuses = Object.fromEntries(v.taskStatuses.map((t) => [t.taskKey, t.status])) as Record<string, TaskStatus>;
    const same = (given: string[], expected: Set<string>) => given.length === expected.size && new Set(given).size === expected.size && given.every((k) => expected.has(k));
    if (!same(v.scales.map((s) => s.goalKey), goalKeys) || !same(v.taskStatuses.map((t) => t.taskKey), taskKeys)) throw new AppError('INVALID', stale);

    const [row] = await tx
      .insert(caseMonitoring)
      .values({ caseId: c.id, ippId: ipp.id, heldOn: v.heldOn, scales, satisfaction: v.satisfaction, taskStatuses, notes: v.notes ?? '', recordedBy: actor.userId, recordedByName: actor.name })
      .returning({ id: caseMonitoring.id });
    await tasksFromMonitoring(tx, ipp.id, taskStatuses, v.heldOn, { userId: actor.userId, name: actor.name });

    // The worker recomputes reminders hourly; an overdue meeting just held stops nagging at once.
    if (c.status === 'qualified' && c.qualifiedOn) {
      const [{ last }] = await tx.select({ last: max(caseMonitoring.heldOn) }).from(caseMonitoring).where(eq(caseMonitoring.caseId, c.id));
      const overdue = dueReminders({ qualifiedOn: c.qualifiedOn, extensionUntil: c.extensionUntil, endAnnouncedOn: c.endAnnouncedOn, lastMonitoringOn: last, lastIpp: null }, today).some((r) => r.kind === 'monitoring_overdue');
      if (!overdue) {
        await tx
          .update(caseReminders)
          .set({ resolvedAt: clock.now() })
          .where(and(eq(caseReminders.caseId, c.id), eq(caseReminders.kind, 'monitoring_overdue'), isNull(caseReminders.resolvedAt)));
      }
    }
    await audited(tx, actor, c, 'case.monitoring_recorded', { monitoringId: row.id, ippId: ipp.id, heldOn: v.heldOn });
    return { monitoringId: row.id, ippId: ipp.id };
  });
}

/** Records a diagnostic-evaluation workshop, a team review of the IPP or a supervision session. */
export async function recordSession(actor: Actor, input: unknown, today = clock.today()) {
  const v = parseInput(sessionSchema, input);
  return getDb().transaction(async (tx) => {
    const c = await caseForWork(tx, actor, v.caseId);
    refuseUnmonitored(c);
    const problem = datedWorkProblem(c, 'session', v.heldOn, today);
    if (problem) throw invalidError({ heldOn: [problem] }, problem);
    if (v.ippId) {
      const [ipp] = await tx.select({ id: ipps.id }).from(ipps).where(and(eq(ipps.id, v.ippId), eq(ipps.caseId, c.id)));
      if (!ipp) throw invalidError({ ippId: ['Wybierz IPP tej sprawy.'] });
    }
    if (v.meetingId) {
      const [m] = await tx.select({ id: pzkMeetings.id }).from(pzkMeetings).where(and(eq(pzkMeetings.id, v.meetingId), eq(pzkMeetings.pzkId, c.pzkId)));
      if (!m) throw invalidError({ meetingId: ['Wybierz spotkanie zespołu tej sprawy.'] });
    }
    const [row] = await tx
      .insert(caseSessions)
      .values({ caseId: c.id, kind: v.kind, heldOn: v.heldOn, ippId: v.ippId ?? null, meetingId: v.meetingId ?? null, participants: v.participants, notes: v.notes ?? '', recordedBy: actor.userId })
      .returning({ id: caseSessions.id });
    await audited(tx, actor, c, 'case.session_recorded', { sessionId: row.id, kind: v.kind, heldOn: v.heldOn });
    return { sessionId: row.id };
  });
}

/**
 * Everything the monitoring page shows: the charts' series, the entries (newest first), sessions
 * with their warnings, open reminders, and for writers what the forms need. Opening is audited.
 */
export async function getMonitoring(actor: Actor, caseId: number, today = clock.today()) {
  const c = await openCase(actor, caseId, 'monitoring');
  const db = getDb();
  const writer = c.access === 'write';
  const [members, ippRows, entries, sessions, reminders, meetings, taskReports] = await Promise.all([
    householdOf(db, caseId),
    db.select({ id: ipps.id, sequence: ipps.sequence, startsOn: ipps.startsOn, endsOn: ipps.endsOn, goals: ipps.goals }).from(ipps).where(eq(ipps.caseId, caseId)).orderBy(asc(ipps.sequence)),
    db.select().from(caseMonitoring).where(eq(caseMonitoring.caseId, caseId)).orderBy(desc(caseMonitoring.heldOn), desc(caseMonitoring.id)),
    db
      .select({
        id: caseSessions.id,
        kind: caseSessions.kind,
        heldOn: caseSessions.heldOn,
        ippId: caseSessions.ippId,
        meetingStartsAt: pzkMeetings.startsAt,
        participants: caseSessions.participants,
        notes: caseSessions.notes,
        recordedByName: users.name,
      })
      .from(caseSessions)
      .leftJoin(pzkMeetings, eq(pzkMeetings.id, caseSessions.meetingId))
      .leftJoin(users, eq(users.id, caseSessions.recordedBy))
      .where(eq(caseSessions.caseId, caseId))
      .orderBy(desc(caseSessions.heldOn), desc(caseSessions.id)),
    db
      .select({ id: caseReminders.id, kind: caseReminders.kind, dueOn: caseReminders.dueOn })
      .from(caseReminders)
      .where(and(eq(caseReminders.caseId, caseId), isNull(caseReminders.resolvedAt)))
      .orderBy(asc(caseReminders.dueOn)),
    writer ? meetingOptions(db, c.pzkId) : Promise.resolve([]),
    // The partners' reports since (issue 15): the latest one of each task, shown at the next monitoring.
    latestTaskReports(db, caseId),
  ]);

  const series = goalSeries(ippRows, entries);
  // The latest recorded status of each task (entries are newest first).
  const latestStatuses: Record<string, TaskStatus> = {};
  for (const e of entries) for (const [k, s] of Object.entries(e.taskStatuses)) latestStatuses[k] ??= s;
  const count = (kind: (typeof sessions)[number]['kind']) => sessions.filter((s) => s.kind === kind).length;
  const sessionCounts = { workshop: count('workshop'), team_review: count('team_review'), supervision: count('supervision') };
  const warnings = sessionWarnings(
    {
      workshops: sessionCounts.workshop,
      supervisions: sessionCounts.supervision,
      lastTeamReviewOn: sessions.find((s) => s.kind === 'team_review')?.heldOn ?? null,
      firstIppStartsOn: ippRows[0]?.startsOn ?? null,
    },
    today,
  );
  return {
    case: c,
    today,
    caseEnd: caseEnd(c),
    members,
    ipps: ippRows,
    entries,
    series,
    areas: areaSummaries(series),
    latestStatuses,
    taskReports,
    sessions,
    sessionCounts,
    sessionWarnings: warnings,
    reminders,
    meetings,
    canRecord: writer && MONITORED.has(c.status) && !c.freeze,
  };
}
export type MonitoringView = Awaited<ReturnType<typeof getMonitoring>>;
