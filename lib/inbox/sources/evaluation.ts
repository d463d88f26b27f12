import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { catalogueSubsteps, evaluationAnswers, gminas, implementations, powiats, scheduleItems, tracks } from '@/db/schema';
import { mayEver } from '@/lib/auth/policy';
import { QUESTION_KEYS } from '@/lib/evaluation/labels';
import { implementationLabel } from '@/lib/implementations/identifiers';
import { count, WORDS } from '@/lib/plural';
import type { InboxItem, InboxSourceFn } from '../types';

/*
 * Unanswered key questions of the evaluation (issue 15), for the animators who write the team's
 * answers (evaluation.manage): the PCPR animator of the implementation's powiat, the GOPS animator
 * of one of its gminas. The answers are the PZK's summary of step 9.2 ("Podsumowanie efektów"), so
 * an implementation is listed from the day sub-step 9.2's window opens in any of its gminas'
 * schedules, while 9.2 is still open in one of them (not done, not marked not applicable) and a
 * question has no answer; due the window's end (the latest planned end of 9.2 in its gminas).
 */

/** The sub-step whose report the eight key questions belong to (both variants of the model). */
export const EVALUATION_SUBSTEP = '9.2';
export const EVALUATION_LIMIT = 20;

/** How many of the eight key questions have no answer (blank counts as none). */
export function unansweredCount(answers: Record<string, string> | null): number {
  return QUESTION_KEYS.filter((k) => !(answers?.[k] ?? '').trim()).length;
}

export interface EvaluationRow {
  id: number;
  startDate: string;
  powiatName: string;
  powiatIsCity: boolean;
  gminaNames: string;
  windowEnd: string;
  answers: Record<string, string> | null;
}

export function evaluationItem(r: EvaluationRow): InboxItem | null {
  const n = unansweredCount(r.answers);
  if (n === 0) return null;
  return {
    key: `evaluation:${r.id}`,
    source: 'evaluation',
    what: `Odpowiedz na pytania ewaluacji: ${count(n, WORDS.question)} bez odpowiedzi`,
    where: implementationLabel({ powiatName: r.powiatName, powiatIsCity: r.powiatIsCity, startDate: r.startDate, gminas: r.gminaNames.split(', ') }),
    dueOn: r.windowEnd,
    href: `/ewaluacja/${r.id}`,
    nav: '/ewaluacja',
  };
}

export const evaluationItems: InboxSourceFn = async (db, actor, today) => {
  const s = actor.scope;
  if (!mayEver(s, 'evaluation.manage')) return [];
  // The implementations the actor writes for: of their powiat (PCPR) or with a track in their gmina (GOPS).
  const mine =
    s.level === 'powiat' && s.powiatId != null
      ? eq(implementations.powiatId, s.powiatId)
      : s.level === 'gmina' && s.gminaId != null
        ? inArray(implementations.id, db.select({ id: sql`${tracks.implementationId}` }).from(tracks).where(and(eq(tracks.gminaId, s.gminaId), eq(tracks.kind, 'gmina'))))
        : undefined;
  if (!mine) return [];
  const rows = await db
    .select({
      id: implementations.id,
      startDate: implementations.startDate,
      powiatName: powiats.name,
      powiatIsCity: powiats.isCity,
      gminaNames: sql<string>`string_agg(distinct ${gminas.name}, ', ')`,
      windowEnd: sql<string>`to_char(max(${scheduleItems.plannedEnd}), 'YYYY-MM-DD')`,
      answers: evaluationAnswers.answers,
    })
    .from(implementations)
    .innerJoin(powiats, eq(powiats.id, implementations.powiatId))
    .innerJoin(tracks, and(eq(tracks.implementationId, implementations.id), eq(tracks.kind, 'gmina')))
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .innerJoin(scheduleItems, eq(scheduleItems.trackId, tracks.id))
    .innerJoin(catalogueSubsteps, and(eq(catalogueSubsteps.id, scheduleItems.substepId), eq(catalogueSubsteps.code, EVALUATION_SUBSTEP)))
    .leftJoin(evaluationAnswers, eq(evaluationAnswers.implementationId, implementations.id))
    .where(and(eq(implementations.voivodeshipId, s.voivodeshipId), mine))
    .groupBy(implementations.id, powiats.name, powiats.isCity, evaluationAnswers.implementationId)
    .having(and(sql`min(${scheduleItems.plannedStart}) <= ${today}`, sql`bool_or(${scheduleItems.status} not in ('done', 'not_applicable'))`))
    .orderBy(asc(sql`max(${scheduleItems.plannedEnd})`), asc(implementations.id))
    .limit(EVALUATION_LIMIT);
  return rows.flatMap((r) => evaluationItem(r) ?? []);
};
