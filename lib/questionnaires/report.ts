import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { questionnaireResponses, questionnaireTemplates } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { loadImplementation } from '@/lib/evaluation/evaluation';
import { aggregateAnswers, type TemplateResults } from './results';
import { AUDIENCES, type Audience } from './schemas';

export interface QuestionnaireSection {
  templateId: number;
  title: string;
  version: number;
  audienceLabel: string;
  results: TemplateResults;
}

/**
 * The questionnaires' results of an implementation for the 9.2 report and its PDF: one section per
 * template version answered here, aggregated (nothing below the threshold). Read with
 * evaluation.view; answers carry no name, link or time.
 */
export async function questionnaireResults(actor: Actor, implementationId: number): Promise<QuestionnaireSection[]> {
  const { place } = await loadImplementation(actor, implementationId);
  const db = getDb();
  const rows = await db
    .select({ templateId: questionnaireResponses.templateId, answers: questionnaireResponses.answers })
    .from(questionnaireResponses)
    .where(eq(questionnaireResponses.implementationId, place.id))
    .orderBy(asc(questionnaireResponses.submittedAt), asc(questionnaireResponses.id));
  const ids = [...new Set(rows.map((r) => r.templateId))];
  if (!ids.length) return [];
  const templates = await db
    .select({ id: questionnaireTemplates.id, title: questionnaireTemplates.title, version: questionnaireTemplates.version, audience: questionnaireTemplates.audience, questions: questionnaireTemplates.questions })
    .from(questionnaireTemplates)
    .where(inArray(questionnaireTemplates.id, ids))
    .orderBy(asc(questionnaireTemplates.audience), asc(questionnaireTemplates.key), asc(questionnaireTemplates.version));
  return templates.map((t) => ({
    templateId: t.id,
    title: t.title,
    version: t.version,
    audienceLabel: AUDIENCES[t.audience as Audience],
    results: aggregateAnswers(
      t.questions,
      rows.filter((r) => r.templateId === t.id).map((r) => r.answers),
    ),
  }));
}
