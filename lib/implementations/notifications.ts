import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { DbOrTx } from '@/db/client';
import { gminas, implementations, notificationGminas, notificationPeople, notifications, powiats, tracks, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, type ResourceScope, type Scope } from '@/lib/auth/policy';
import { scopeWhere } from '@/lib/auth/scope-sql';
import { AppError, conflictError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import { latestVersionId, loadCatalogue } from '@/lib/model/catalogue';

import { parseInput } from '@/lib/validation/parse';
import { roleLabel } from '@/lib/auth/roles';
import { coverRegionalTrack, createTrack, satisfyEvidence } from './instantiate';
import { unsafeLinkNotificationDiagnosis } from '@/lib/diagnosis/diagnoses';
import { unsafeAttachDiagnosisEvidence } from '@/lib/diagnosis/pdf';
import { nextNotificationNumber } from './notification-counter';
import { PER_GMINA, notificationSchema, reviewSchema } from './schemas';
import { clock } from '@/lib/clock';
import { polishOrder, polishSortKey } from '@/lib/polish-order';
import { openTrack } from '@/lib/implementations/open-track';

const placeOfPowiat = (p: { id: number; voivodeshipId: number }) => ({ voivodeshipId: p.voivodeshipId, powiatId: p.id, gminaId: null });

/**
 * Where a notification lives, for the policy: its powiat and each of its gminas. A PCPR animator
 * (or ROPS) reaches it through the powiat; a Kooperacje 3D network worker (scope gmina) through its
 * own gmina among the notified ones.
 */
function placesOfNotification(n: { voivodeshipId: number; powiatId: number; gminaIds: number[] }): ResourceScope[] {
  return [placeOfPowiat({ id: n.powiatId, voivodeshipId: n.voivodeshipId }), ...n.gminaIds.map((gminaId) => ({ voivodeshipId: n.voivodeshipId, powiatId: n.powiatId, gminaId }))];
}

/**
 * May the actor's assignment correct (send again) this notification? A PCPR animator: one of its
 * powiat. A network worker: one that concerns its own gmina only (it notifies nothing else).
 */
export function mayCorrectNotification(scope: Scope, n: { voivodeshipId: number; powiatId: number; gminaIds: number[] }): boolean {
  if (scope.level === 'gmina') return n.gminaIds.length > 0 && n.gminaIds.every((gminaId) => can(scope, 'notification.submit', { voivodeshipId: n.voivodeshipId, powiatId: n.powiatId, gminaId }));
  return can(scope, 'notification.submit', placeOfPowiat({ id: n.powiatId, voivodeshipId: n.voivodeshipId }));
}

/**
 * The territory a submitter notifies from: a PCPR animator its powiat (any of its gminas); a
 * network worker (Kooperacje 3D, scope gmina) its own gmina, in that gmina's powiat. Callers have
 * checked the role (notification.submit) first.
 */
export async function submitterHome(db: DbOrTx, scope: Scope) {
  if (scope.level === 'gmina') {
    const [row] = await db
      .select({ gmina: { id: gminas.id, name: gminas.name, kind: gminas.kind }, powiat: powiats })
      .from(gminas)
      .innerJoin(powiats, eq(powiats.id, gminas.powiatId))
      .where(eq(gminas.id, scope.gminaId ?? -1));
    if (!row) throw notFoundError('Nie znaleziono gminy.');
    return { powiat: row.powiat, ownGmina: row.gmina, place: { voivodeshipId: row.powiat.voivodeshipId, powiatId: row.powiat.id, gminaId: row.gmina.id } };
  }
  const [powiat] = await db.select().from(powiats).where(eq(powiats.id, scope.powiatId ?? -1));
  if (!powiat) throw notFoundError('Nie znaleziono powiatu.');
  return { powiat, ownGmina: null, place: placeOfPowiat(powiat) };
}

/** A network worker notifies Kooperacje 3D for its own gmina only; anything else is refused, nothing written. */
function checkOwnGmina(ownGmina: { id: number; name: string } | null, v: { variant: string; gminaIds: number[] }) {
  if (!ownGmina) return;
  const errors: Record<string, string[]> = {};
  if (v.variant !== 'urban_3d') errors.variant = ['Pracownik ds. sieci zgłasza wdrożenie w wariancie Kooperacje 3D.'];
  if (v.gminaIds.length !== 1 || v.gminaIds[0] !== ownGmina.id) errors.gminaIds = [`Pracownik ds. sieci zgłasza tylko swoją gminę (${ownGmina.name}).`];
  if (Object.keys(errors).length) throw invalidError(errors);
}

/**
 * Why a gmina cannot be notified again: it already implements the model (a gmina track from an
 * accepted notification), its notification waits for ROPS's decision, or it was returned to the
 * powiat for corrections (the powiat corrects that one instead of sending another).
 */
export type BusyGmina = { state: 'implementing' | 'waiting' | 'returned'; number: string | null };

/** The gminas (of the given ones) that are busy, with why and in which notification. No policy: callers authorize first. */
export async function unsafeBusyGminas(db: DbOrTx, gminaIds: number[], exceptNotification?: number): Promise<Map<number, BusyGmina>> {
  const out = new Map<number, BusyGmina>();
  if (!gminaIds.length) return out;
  const [inTracks, inNotifications] = await Promise.all([
    db
      .select({ id: tracks.gminaId, number: notifications.number })
      .from(tracks)
      .leftJoin(implementations, eq(implementations.id, tracks.implementationId))
      .leftJoin(notifications, eq(notifications.id, implementations.notificationId))
      .where(and(eq(tracks.kind, 'gmina'), openTrack, inArray(tracks.gminaId, gminaIds))),
    db
      .select({ id: notificationGminas.gminaId, status: notifications.status, number: notifications.number })
      .from(notificationGminas)
      .innerJoin(notifications, eq(notifications.id, notificationGminas.notificationId))
      .where(
        and(
          inArray(notificationGminas.gminaId, gminaIds),
          inArray(notifications.status, ['submitted', 'returned']),
          exceptNotification ? sql`${notifications.id} <> ${exceptNotification}` : undefined,
        ),
      ),
  ]);
  for (const r of inNotifications) if (r.id != null) out.set(r.id, { state: r.status === 'submitted' ? 'waiting' : 'returned', number: r.number });
  for (const r of inTracks) if (r.id != null) out.set(r.id, { state: 'implementing', number: r.number ?? null });
  return out;
}

/** "Gmina Korycin już wdraża model (zgłoszenie ZG/2026/0001)." — beside the gminas of the form. */
export function busyGminaMessage(name: string, b: BusyGmina): string {
  const ref = b.number ? ` (zgłoszenie ${b.number})` : '';
  if (b.state === 'implementing') return `Gmina ${name} już wdraża model${ref}.`;
  if (b.state === 'waiting') return `Gmina ${name} czeka na decyzję ROPS${ref}.`;
  return `Gmina ${name} jest w zgłoszeniu zwróconym do poprawy${ref} — popraw tamto zgłoszenie.`;
}

async function checkGminas(powiatId: number, gminaIds: number[], exceptNotification?: number) {
  const db = getDb();
  const rows = await db.select({ id: gminas.id, name: gminas.name }).from(gminas).where(and(eq(gminas.powiatId, powiatId), inArray(gminas.id, gminaIds))).orderBy(polishOrder(gminas.name));
  if (rows.length !== new Set(gminaIds).size) throw invalidError({ gminaIds: ['Zaznaczone gminy muszą leżeć w Twoim powiecie.'] });
  const busy = await unsafeBusyGminas(db, gminaIds, exceptNotification);
  const messages = rows.filter((r) => busy.has(r.id)).map((r) => busyGminaMessage(r.name, busy.get(r.id)!));
  if (messages.length) throw invalidError({ gminaIds: messages });
}

/**
 * A PCPR animator notifies ROPS that the powiat and the chosen gminas decided to implement; in
 * Kooperacje 3D the town's network worker notifies for its own gmina (the OPS leads there).
 */
export async function submitNotification(actor: Actor, input: unknown) {
  const v = parseInput(notificationSchema, input);
  const db = getDb();
  // The role first: a role that never submits is refused (and audited) before any powiat is looked up.
  await authorize(actor, 'notification.submit');
  const { powiat, ownGmina, place } = await submitterHome(db, actor.scope);
  await authorize(actor, 'notification.submit', place);
  checkOwnGmina(ownGmina, v);
  await checkGminas(powiat.id, v.gminaIds);
  return db.transaction(async (tx) => {
    // Numbered at submission (a notification has no draft): the year is the submission's, in Poland.
    const number = await nextNotificationNumber(tx, clock.year());
    const [row] = await tx
      .insert(notifications)
      .values({ number, voivodeshipId: powiat.voivodeshipId, powiatId: powiat.id, variant: v.variant, plannedStart: v.plannedStart, targetGroup: v.targetGroup ?? null, submittedBy: actor.userId })
      .returning({ id: notifications.id, number: notifications.number });
    await writeParts(tx, row.id, v);
    await unsafeLinkNotificationDiagnosis(tx, row.id, v.diagnosisId, powiat.id, ownGmina?.id ?? null);
    await audit(tx, actor, { action: 'notification.submitted', entityType: 'notification', entityId: row.id, details: { number, powiat: powiat.name, gminas: v.gminaIds } });
    return row;
  });
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];
async function writeParts(tx: Tx, id: number, v: ReturnType<typeof notificationSchema.parse>) {
  await tx.delete(notificationGminas).where(eq(notificationGminas.notificationId, id));
  await tx.delete(notificationPeople).where(eq(notificationPeople.notificationId, id));
  await tx.insert(notificationGminas).values(v.gminaIds.map((gminaId) => ({ notificationId: id, gminaId })));
  await tx.insert(notificationPeople).values(
    v.people.map((p) => ({ notificationId: id, function: p.function, name: p.name, gminaId: PER_GMINA.includes(p.function) ? (p.gminaId ?? null) : null })),
  );
}

/** The animator corrects a returned notification and sends it again. */
export async function resubmitNotification(actor: Actor, id: number, version: number, input: unknown) {
  const v = parseInput(notificationSchema, input);
  const current = await readableNotification(actor, id);
  // Through each place the actor must reach: a network worker only corrects its own gmina's notification.
  const places = actor.scope.level === 'gmina' ? current.gminas.map((g) => ({ voivodeshipId: current.voivodeshipId, powiatId: current.powiatId, gminaId: g.gmina.id })) : [placeOfPowiat({ id: current.powiatId, voivodeshipId: current.voivodeshipId })];
  for (const place of places) await authorize(actor, 'notification.submit', place);
  if (current.status !== 'returned') throw new AppError('CONFLICT', 'To zgłoszenie nie czeka na poprawki.');
  checkOwnGmina(actor.scope.level === 'gmina' ? (current.gminas[0]?.gmina ?? null) : null, v);
  await checkGminas(current.powiatId, v.gminaIds, id);
  return getDb().transaction(async (tx) => {
    const changed = await tx
      .update(notifications)
      .set({ status: 'submitted', variant: v.variant, plannedStart: v.plannedStart, targetGroup: v.targetGroup ?? null, submittedAt: sql`now()`, version: sql`${notifications.version} + 1` })
      .where(and(eq(notifications.id, id), eq(notifications.version, version)))
      .returning({ id: notifications.id });
    if (!changed.length) throw conflictError();
    await writeParts(tx, id, v);
    await unsafeLinkNotificationDiagnosis(tx, id, v.diagnosisId, current.powiatId, actor.scope.level === 'gmina' ? (current.gminas[0]?.gmina.id ?? null) : null);
    await audit(tx, actor, { action: 'notification.resubmitted', entityType: 'notification', entityId: id, details: { number: current.number } });
    return { id, number: current.number };
  });
}

const NOT_FOUND = 'Nie znaleziono zgłoszenia.';

/** By id, or by number ("ZG/2026/0004"), as pages address it. */
async function loadNotification(ref: number | string) {
  const row = await getDb().query.notifications.findFirst({
    where: typeof ref === 'number' ? eq(notifications.id, ref) : eq(notifications.number, ref),
    with: {
      powiat: { columns: { name: true, teryt: true } },
      gminas: { with: { gmina: { columns: { id: true, name: true, teryt: true, kind: true } } } },
      people: { orderBy: (p, { asc }) => [asc(p.id)], with: { gmina: { columns: { name: true } } } },
    },
  });
  if (!row) throw notFoundError(NOT_FOUND);
  return row;
}

/**
 * The notification, when the actor may read it: a role that never reads notifications is refused
 * outright; one of another powiat or województwo is "not found", so its existence is not confirmed.
 */
async function readableNotification(actor: Actor, ref: number | string) {
  await authorize(actor, 'notification.view');
  const n = await loadNotification(ref);
  const places = placesOfNotification({ voivodeshipId: n.voivodeshipId, powiatId: n.powiatId, gminaIds: n.gminas.map((g) => g.gmina.id) });
  if (!places.some((p) => can(actor.scope, 'notification.view', p))) throw refusedError('notification', n.id, n.voivodeshipId, NOT_FOUND);
  return n;
}

/** One notification, by id or by its number ("ZG/2026/0004"). */
export async function getNotification(actor: Actor, ref: number | string) {
  const n = await readableNotification(actor, ref);
  const id = n.id;
  const db = getDb();
  const [[submitter], decider, [impl]] = await Promise.all([
    db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, n.submittedBy)),
    n.decidedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, n.decidedBy)) : Promise.resolve([]),
    db.select({ id: implementations.id }).from(implementations).where(eq(implementations.notificationId, id)),
  ]);
  const trackRows = impl ? await db.select({ id: tracks.id, gminaId: tracks.gminaId }).from(tracks).where(eq(tracks.implementationId, impl.id)) : [];
  // Who decided and when: the name with the role they acted in ("Anna Nowak, doradca ROPS").
  const decision =
    n.status !== 'submitted' && n.decidedAt
      ? { status: n.status, name: decider[0]?.name ?? 'konto usunięte', role: n.decidedByRole ? roleLabel(n.decidedByRole) : null, at: n.decidedAt }
      : null;
  return { notification: n, submitter, decision, tracks: trackRows };
}

export async function listNotifications(actor: Actor) {
  await authorize(actor, 'notification.view');
  const db = getDb();
  const rows = await db
    .select({
      id: notifications.id,
      number: notifications.number,
      status: notifications.status,
      variant: notifications.variant,
      plannedStart: notifications.plannedStart,
      submittedAt: notifications.submittedAt,
      powiatName: powiats.name,
      gminaNames: sql<string>`(select string_agg(g.name, ', ' order by ${polishSortKey(sql.raw('g.name'))}) from notification_gminas ng join gminas g on g.id = ng.gmina_id where ng.notification_id = ${notifications.id})`,
    })
    .from(notifications)
    .innerJoin(powiats, eq(powiats.id, notifications.powiatId))
    .where(
      actor.scope.level === 'gmina'
        ? // A network worker (scope gmina): the notifications that name its gmina.
          and(
            eq(notifications.voivodeshipId, actor.scope.voivodeshipId),
            sql`exists (select 1 from ${notificationGminas} ng where ng.notification_id = ${notifications.id} and ng.gmina_id = ${actor.scope.gminaId ?? -1})`,
          )
        : scopeWhere(actor.scope, { voivodeshipId: notifications.voivodeshipId, powiatId: notifications.powiatId }),
    )
    .orderBy(asc(sql`case ${notifications.status} when 'submitted' then 0 when 'returned' then 1 else 2 end`), desc(notifications.submittedAt));
  return rows;
}

/**
 * ROPS accepts the notification — which creates the implementation and a dated schedule for each
 * gmina (and the województwo's regional track, the first time) — or returns it with a comment.
 */
export async function reviewNotification(actor: Actor, input: unknown) {
  const v = parseInput(reviewSchema, input);
  const n = await readableNotification(actor, v.id);
  await authorize(actor, 'notification.review', placeOfPowiat({ id: n.powiatId, voivodeshipId: n.voivodeshipId }));
  if (n.status !== 'submitted') throw new AppError('CONFLICT', 'To zgłoszenie zostało już rozpatrzone.');
  const db = getDb();
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(notifications)
      .set({ status: v.decision === 'accept' ? 'accepted' : 'returned', reviewComment: v.comment ?? null, decidedBy: actor.userId, decidedByRole: actor.scope.role, decidedAt: sql`now()`, version: sql`${notifications.version} + 1` })
      .where(and(eq(notifications.id, v.id), eq(notifications.version, v.version), eq(notifications.status, 'submitted')))
      .returning({ id: notifications.id });
    if (!changed.length) throw conflictError();
    if (v.decision === 'return') {
      await audit(tx, actor, { action: 'notification.returned', entityType: 'notification', entityId: v.id, details: { number: n.number, comment: v.comment } });
      return { implementationId: null };
    }
    const versionId = await latestVersionId(tx, n.variant);
    const catalogue = versionId ? await loadCatalogue(tx, versionId) : null;
    if (!catalogue) throw new AppError('CONFLICT', 'Brak katalogu modelu dla tego wariantu.');
    const [impl] = await tx
      .insert(implementations)
      .values({ notificationId: n.id, voivodeshipId: n.voivodeshipId, powiatId: n.powiatId, catalogueVersionId: catalogue.id, startDate: n.plannedStart })
      .returning({ id: implementations.id });
    const who = { userId: actor.userId, name: actor.name };
    const trackIds: number[] = [];
    for (const { gmina } of n.gminas) {
      const t = await createTrack(tx, catalogue, n.plannedStart, { implementationId: impl.id, voivodeshipId: n.voivodeshipId, powiatId: n.powiatId, gminaId: gmina.id }, 'local', who);
      trackIds.push(t.trackId);
    }
    await coverRegionalTrack(tx, n.voivodeshipId, catalogue, who);
    await satisfyEvidence(tx, trackIds, catalogue, 'notification', clock.today(), `Zgłoszenie do ROPS ${n.number} przyjęte.`, who);
    await unsafeAttachDiagnosisEvidence(tx, n.id, trackIds, catalogue, who);
    await audit(tx, actor, { action: 'notification.accepted', entityType: 'notification', entityId: v.id, details: { number: n.number, implementationId: impl.id } });
    return { implementationId: impl.id, trackIds };
  });
}
