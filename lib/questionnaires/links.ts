import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { implementations, questionnaireLinks, questionnaireResponses, questionnaireTemplates, requestThrottle } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { clock } from '@/lib/clock';
import { AppError, refusedChange } from '@/lib/errors';
import { loadImplementation, resourcesOf } from '@/lib/evaluation/evaluation';
import { appUrl } from '@/lib/notifications/outbox';
import { parseInput } from '@/lib/validation/parse';
import { answersSchema, giveSchema, inPersonAnswerSchema, linkAnswerSchema } from './schemas';
import { unsafeCurrentTemplates, unsafeGivableTemplate } from './templates';

/*
 * Giving questionnaires out (the implementation's animators): by link — anonymous, no login, one
 * answer per link, only the secret's SHA-256 kept — or in person, filled with a family during a
 * meeting. Neither asks for a name; an answer is tied to the implementation, never to a person.
 */

export const hashToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');
/** The short, QR-friendly address of a link. */
export const linkPath = (token: string) => `/ankieta/${token}`;

export const ALREADY_ANSWERED = 'Ta ankieta została już wypełniona — każdy link przyjmuje jedną odpowiedź. Dziękujemy!';
export const UNKNOWN_LINK = 'Nie znaleziono ankiety. Sprawdź, czy link skopiowano w całości, albo poproś osobę, od której go otrzymano, o nowy.';
export const THROTTLED = 'Z tego adresu wysłano zbyt wiele ankiet. Spróbuj ponownie za godzinę.';

/** Public submits (right or wrong) per client address within an hour; unknown addresses share one bucket. */
export const SUBMITS_PER_IP = 30;
export const SUBMITS_UNKNOWN_IP = 300;
export const THROTTLE_KIND = 'questionnaire_answer';

const sameBucket = (ip: string | null) => (ip === null ? isNull(requestThrottle.ip) : eq(requestThrottle.ip, ip));
async function throttled(ip: string | null) {
  const [{ n }] = await getDb()
    .select({ n: count() })
    .from(requestThrottle)
    .where(and(eq(requestThrottle.kind, THROTTLE_KIND), sameBucket(ip), gt(requestThrottle.at, sql`now() - interval '1 hour'`)));
  return n >= (ip === null ? SUBMITS_UNKNOWN_IP : SUBMITS_PER_IP);
}

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

/** The implementation, if the actor may give its questionnaires out (else not found / forbidden, audited). */
async function placeToGive(actor: Actor, implementationId: number) {
  const { place } = await loadImplementation(actor, implementationId);
  const resources = resourcesOf(place);
  if (!resources.some((r) => can(actor.scope, 'questionnaire.give', r)))
    throw refusedChange('implementation', place.id, place.voivodeshipId, 'Ankiety wydają animatorzy wdrożenia: PCPR i GOPS (lub pracownik ds. sieci).');
  // A gmina's animator gives out for its gmina; powiat-wide roles for the whole implementation.
  const gminaId = actor.scope.gminaId != null && place.gminas.some((g) => g.id === actor.scope.gminaId) ? actor.scope.gminaId : null;
  return { place, gminaId };
}

/** The give-out page: current templates and, per template version given here, how many links were answered. */
export async function listGiven(actor: Actor, implementationId: number) {
  const { place } = await loadImplementation(actor, implementationId);
  const mayGive = resourcesOf(place).some((r) => can(actor.scope, 'questionnaire.give', r));
  const db = getDb();
  const [templates, given] = await Promise.all([
    unsafeCurrentTemplates(db, place.voivodeshipId),
    db
      .select({
        templateId: questionnaireLinks.templateId,
        title: questionnaireTemplates.title,
        version: questionnaireTemplates.version,
        mode: questionnaireLinks.mode,
        total: count(),
        answered: sql<number>`count(${questionnaireLinks.answeredAt})::int`,
      })
      .from(questionnaireLinks)
      .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, questionnaireLinks.templateId))
      .where(eq(questionnaireLinks.implementationId, place.id))
      .groupBy(questionnaireLinks.templateId, questionnaireTemplates.title, questionnaireTemplates.version, questionnaireLinks.mode)
      .orderBy(asc(questionnaireTemplates.title), asc(questionnaireTemplates.version), asc(questionnaireLinks.mode)),
  ]);
  return { place, mayGive, templates: templates.map((t) => ({ id: t.id, title: t.title, version: t.version, audience: t.audience, questions: t.questions, intro: t.intro })), given: given.map((g) => ({ ...g, total: Number(g.total), answered: Number(g.answered) })) };
}

/** A new link: its secret is returned this once and only its hash is kept. */
export async function giveLink(actor: Actor, input: unknown): Promise<{ linkId: number; token: string; path: string; url: string }> {
  const v = parseInput(giveSchema, input);
  const { place, gminaId } = await placeToGive(actor, v.implementationId);
  return getDb().transaction(async (tx) => {
    const t = await unsafeGivableTemplate(tx, place.voivodeshipId, v.templateId);
    const token = crypto.randomBytes(24).toString('base64url');
    const [link] = await tx
      .insert(questionnaireLinks)
      .values({ templateId: t.id, implementationId: place.id, gminaId, mode: 'link', tokenHash: hashToken(token), createdBy: actor.userId, createdAt: clock.now() })
      .returning({ id: questionnaireLinks.id });
    await audit(tx, actor, { action: 'questionnaire.link_created', entityType: 'questionnaire_link', entityId: link.id, voivodeshipId: place.voivodeshipId, details: { implementationId: place.id, templateId: t.id } });
    return { linkId: link.id, token, path: linkPath(token), url: appUrl(linkPath(token)) };
  });
}

/** The template for the in-person form (the animator fills it with a family). */
export async function inPersonForm(actor: Actor, implementationId: number, templateId: number) {
  const { place } = await placeToGive(actor, implementationId);
  const t = await unsafeGivableTemplate(getDb(), place.voivodeshipId, templateId);
  return { place, template: { id: t.id, title: t.title, intro: t.intro, version: t.version, questions: t.questions } };
}

/** An answer filled in person: a link of mode in_person (no secret), answered at once. */
export async function answerInPerson(actor: Actor, input: unknown): Promise<{ responseId: number }> {
  const v = parseInput(inPersonAnswerSchema, input);
  const { place, gminaId } = await placeToGive(actor, v.implementationId);
  return getDb().transaction(async (tx) => {
    const t = await unsafeGivableTemplate(tx, place.voivodeshipId, v.templateId);
    const answers = parseInput(answersSchema(t.questions), { answers: v.answers });
    const now = clock.now();
    const [link] = await tx
      .insert(questionnaireLinks)
      .values({ templateId: t.id, implementationId: place.id, gminaId, mode: 'in_person', tokenHash: null, createdBy: actor.userId, createdAt: now, answeredAt: now })
      .returning({ id: questionnaireLinks.id });
    const [r] = await tx.insert(questionnaireResponses).values({ linkId: link.id, templateId: t.id, implementationId: place.id, answers, submittedAt: now }).returning({ id: questionnaireResponses.id });
    await audit(tx, actor, { action: 'questionnaire.answered', entityType: 'questionnaire_link', entityId: link.id, voivodeshipId: place.voivodeshipId, details: { implementationId: place.id, templateId: t.id, mode: 'in_person' } });
    return { responseId: r.id };
  });
}

export type OpenedLink =
  | { state: 'unknown' | 'answered' }
  | { state: 'valid'; template: { title: string; intro: string; questions: (typeof questionnaireTemplates.$inferSelect)['questions'] } };

/** The public page: the questionnaire of a link, or why there is none. Reveals nothing about the implementation. */
export async function openLink(token: string): Promise<OpenedLink> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'unknown' };
  const [row] = await getDb()
    .select({ answeredAt: questionnaireLinks.answeredAt, title: questionnaireTemplates.title, intro: questionnaireTemplates.intro, questions: questionnaireTemplates.questions })
    .from(questionnaireLinks)
    .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, questionnaireLinks.templateId))
    .where(and(eq(questionnaireLinks.tokenHash, hashToken(token)), eq(questionnaireLinks.mode, 'link')));
  if (!row) return { state: 'unknown' };
  if (row.answeredAt) return { state: 'answered' };
  return { state: 'valid', template: { title: row.title, intro: row.intro, questions: row.questions } };
}

/**
 * The anonymous answer through a link: one per link. The link is locked while answering, and the
 * unique link of a response stops a second answer even if two submits meet; no address is kept
 * with the answer (the throttle's own table counts submits per address for an hour).
 */
export async function answerByLink(input: unknown, ip: string | null): Promise<void> {
  const v = parseInput(linkAnswerSchema, input);
  if (await throttled(ip)) throw new AppError('INVALID', THROTTLED);
  const db = getDb();
  await db.insert(requestThrottle).values({ kind: THROTTLE_KIND, ip });
  try {
    await db.transaction(async (tx) => {
      const [link] = await tx
        .select({ id: questionnaireLinks.id, templateId: questionnaireLinks.templateId, implementationId: questionnaireLinks.implementationId, answeredAt: questionnaireLinks.answeredAt })
        .from(questionnaireLinks)
        .where(and(eq(questionnaireLinks.tokenHash, hashToken(v.token)), eq(questionnaireLinks.mode, 'link')))
        .for('update');
      if (!link) throw new AppError('NOT_FOUND', UNKNOWN_LINK);
      if (link.answeredAt) throw new AppError('CONFLICT', ALREADY_ANSWERED);
      const [t] = await tx.select({ questions: questionnaireTemplates.questions }).from(questionnaireTemplates).where(eq(questionnaireTemplates.id, link.templateId));
      const answers = parseInput(answersSchema(t.questions), { answers: v.answers });
      const now = clock.now();
      await tx.insert(questionnaireResponses).values({ linkId: link.id, templateId: link.templateId, implementationId: link.implementationId, answers, submittedAt: now });
      await tx.update(questionnaireLinks).set({ answeredAt: now }).where(and(eq(questionnaireLinks.id, link.id), isNull(questionnaireLinks.answeredAt)));
      const [impl] = await tx.select({ voivodeshipId: implementations.voivodeshipId }).from(implementations).where(eq(implementations.id, link.implementationId));
      await audit(tx, null, { action: 'questionnaire.answered', entityType: 'questionnaire_link', entityId: link.id, voivodeshipId: impl.voivodeshipId, details: { mode: 'link' } }, null);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', ALREADY_ANSWERED);
    throw e;
  }
}
