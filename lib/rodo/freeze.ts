import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { caseRestrictions, cases } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit';
import { clock, dateInPoland } from '@/lib/clock';
import { AppError, notFoundError } from '@/lib/errors';
import { formatDate } from '@/lib/text';

/*
 * A case is frozen when anonymised (for good: lib/retention/anonymise.ts) or when its processing is
 * restricted (RODO art. 18) until the restriction is lifted. A frozen case is stored and may be
 * read, but nothing new is recorded in it (caseForWork and the team's write gate refuse), none of
 * its documents is printed and — anonymised — it is not exported. The restriction is placed, the
 * person's notice recorded and the restriction lifted by the request register (lib/rodo/requests.ts),
 * which authorizes and runs the transaction; these functions only write and audit (ids only).
 */

export type CaseFreeze = { kind: 'anonymised' | 'restricted'; since: Date; reason: string } | null;

/** Why a write to a frozen case is refused (the pages show the banner; forms get this message). */
export const FROZEN_MESSAGES = {
  restricted: 'Przetwarzanie danych tej sprawy jest ograniczone (RODO art. 18) — dane są tylko przechowywane.',
  anonymised: 'Sprawa została zanonimizowana — nie można jej zmieniać.',
} as const;

/** Why a document of a frozen case is not printed (PDF routes answer it with 409). */
export const FROZEN_PRINT_MESSAGES = {
  restricted: 'Dokumentów tej sprawy nie można drukować: przetwarzanie jej danych jest ograniczone (RODO art. 18) — dane są tylko przechowywane.',
  anonymised: 'Dokumentów tej sprawy nie można drukować: sprawa została zanonimizowana (dane osobowe usunięto).',
} as const;

export const LIFT_NEEDS_NOTICE = 'Przed zniesieniem ograniczenia trzeba odnotować, kiedy poinformowano osobę (RODO art. 18 ust. 3).';

/** The case's freeze, if any: anonymised wins over a (then moot) restriction. */
export async function caseFreeze(db: DbOrTx, caseId: number): Promise<CaseFreeze> {
  const [c] = await db.select({ anonymisedAt: cases.anonymisedAt, anonymisedReason: cases.anonymisedReason }).from(cases).where(eq(cases.id, caseId));
  if (!c) return null;
  if (c.anonymisedAt) return { kind: 'anonymised', since: c.anonymisedAt, reason: c.anonymisedReason ?? 'upływ okresu przechowywania' };
  const r = await activeRestriction(db, caseId);
  return r ? { kind: 'restricted', since: r.since, reason: r.reason } : null;
}

async function activeRestriction(db: DbOrTx, caseId: number) {
  const [r] = await db
    .select({ id: caseRestrictions.id, since: caseRestrictions.since, reason: caseRestrictions.reason, noticeGivenOn: caseRestrictions.noticeGivenOn, requestId: caseRestrictions.requestId })
    .from(caseRestrictions)
    .where(and(eq(caseRestrictions.caseId, caseId), isNull(caseRestrictions.liftedAt)))
    .orderBy(desc(caseRestrictions.since), desc(caseRestrictions.id))
    .limit(1);
  return r ?? null;
}

/** Refuses a write to a frozen case (INVALID, with the Polish reason); nothing else is checked. */
export async function assertNotFrozen(db: DbOrTx, caseId: number): Promise<void> {
  const f = await caseFreeze(db, caseId);
  if (f) throw new AppError('INVALID', FROZEN_MESSAGES[f.kind]);
}

/** Refuses a print of a frozen case's document (CONFLICT: 409 in routes). */
export function assertPrintable(freeze: CaseFreeze): void {
  if (freeze) throw new AppError('CONFLICT', FROZEN_PRINT_MESSAGES[freeze.kind]);
}

async function caseOf(tx: DbOrTx, caseId: number) {
  // Locks the case: a restriction is placed or lifted one at a time.
  const [c] = await tx.select({ id: cases.id, voivodeshipId: cases.voivodeshipId, anonymisedAt: cases.anonymisedAt }).from(cases).where(eq(cases.id, caseId)).for('update');
  if (!c) throw notFoundError('Nie znaleziono sprawy.');
  return c;
}

/** Restricts processing of a case (the caller has authorized and runs the transaction); audited. */
export async function placeRestriction(tx: DbOrTx, actor: Actor, p: { caseId: number; requestId: number | null; reason: string }): Promise<void> {
  const c = await caseOf(tx, p.caseId);
  if (c.anonymisedAt) throw new AppError('INVALID', 'Sprawa została zanonimizowana — ograniczenie przetwarzania nie jest już potrzebne.');
  const active = await activeRestriction(tx, p.caseId);
  if (active) throw new AppError('INVALID', `Przetwarzanie danych tej sprawy jest już ograniczone (od ${formatDate(active.since)}).`);
  const reason = p.reason.trim();
  if (!reason) throw new AppError('INVALID', 'Podaj powód ograniczenia przetwarzania.');
  const [row] = await tx
    .insert(caseRestrictions)
    .values({ caseId: p.caseId, requestId: p.requestId, reason, since: clock.now(), placedBy: actor.userId })
    .returning({ id: caseRestrictions.id });
  await audit(tx, actor, { action: 'case.restricted', entityType: 'case', entityId: p.caseId, voivodeshipId: c.voivodeshipId, details: { restrictionId: row.id, requestId: p.requestId } });
}

/** Records that the person was told the restriction will be lifted (required before lifting); audited. */
export async function recordRestrictionNotice(tx: DbOrTx, actor: Actor, p: { caseId: number; noticeGivenOn: string }): Promise<void> {
  const c = await caseOf(tx, p.caseId);
  const active = await activeRestriction(tx, p.caseId);
  if (!active) throw new AppError('INVALID', 'Przetwarzanie danych tej sprawy nie jest ograniczone.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.noticeGivenOn)) throw new AppError('INVALID', 'Podaj datę poinformowania osoby.');
  if (p.noticeGivenOn > clock.today()) throw new AppError('INVALID', `Data poinformowania osoby nie może być późniejsza niż dziś (${formatDate(clock.today())}).`);
  const placedOn = dateInPoland(active.since);
  if (p.noticeGivenOn < placedOn) throw new AppError('INVALID', `Data poinformowania osoby nie może być wcześniejsza niż ograniczenie (${formatDate(active.since)}).`);
  await tx.update(caseRestrictions).set({ noticeGivenOn: p.noticeGivenOn }).where(eq(caseRestrictions.id, active.id));
  await audit(tx, actor, { action: 'case.restriction_notice', entityType: 'case', entityId: p.caseId, voivodeshipId: c.voivodeshipId, details: { restrictionId: active.id, requestId: active.requestId, noticeGivenOn: p.noticeGivenOn } });
}

/** Lifts the case's restriction; refuses (INVALID, in Polish) when the person was not told first; audited. */
export async function liftRestriction(tx: DbOrTx, actor: Actor, p: { caseId: number }): Promise<void> {
  const c = await caseOf(tx, p.caseId);
  const active = await activeRestriction(tx, p.caseId);
  if (!active) throw new AppError('INVALID', 'Przetwarzanie danych tej sprawy nie jest ograniczone.');
  if (!active.noticeGivenOn) throw new AppError('INVALID', LIFT_NEEDS_NOTICE);
  await tx.update(caseRestrictions).set({ liftedAt: clock.now(), liftedBy: actor.userId }).where(eq(caseRestrictions.id, active.id));
  await audit(tx, actor, { action: 'case.restriction_lifted', entityType: 'case', entityId: p.caseId, voivodeshipId: c.voivodeshipId, details: { restrictionId: active.id, requestId: active.requestId } });
}
