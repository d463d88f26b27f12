import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { gminas, institutions, powiats, trainingNeeds, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can, mayEver, type ResourceScope } from '@/lib/auth/policy';
import { toCsv } from '@/lib/csv';
import { forbiddenError } from '@/lib/errors';

import { parseInput } from '@/lib/validation/parse';
import { needSchema, needTotals } from './need-schemas';
import { TRAINING_KINDS } from './training-schemas';
import { formatDate } from '@/lib/text';
import { clock } from '@/lib/clock';

/** The actor's own territory: where their submissions come from. */
const ownPlace = (actor: Actor): ResourceScope => ({ voivodeshipId: actor.scope.voivodeshipId, powiatId: actor.scope.powiatId, gminaId: actor.scope.gminaId, institutionId: actor.scope.institutionId });

const needFields = {
  id: trainingNeeds.id,
  year: trainingNeeds.year,
  kind: trainingNeeds.kind,
  topic: trainingNeeds.topic,
  description: trainingNeeds.description,
  participants: trainingNeeds.participants,
  institutionName: trainingNeeds.institutionName,
  powiatName: powiats.name,
  gminaName: gminas.name,
  submittedByName: trainingNeeds.submittedByName,
  createdAt: trainingNeeds.createdAt,
};

/**
 * An animator (PCPR, GOPS) or a WZK member reports a training need to the ROPS adviser; the
 * institution and territory come from their account, not from the form.
 */
export async function submitNeed(actor: Actor, input: unknown) {
  const v = parseInput(needSchema, input);
  await authorize(actor, 'training_need.submit', ownPlace(actor));
  const db = getDb();
  const [u] = await db.select({ institutionName: institutions.name }).from(users).leftJoin(institutions, eq(institutions.id, users.institutionId)).where(eq(users.id, actor.userId));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trainingNeeds)
      .values({
        voivodeshipId: actor.scope.voivodeshipId,
        year: v.year,
        kind: v.kind,
        topic: v.topic,
        description: v.description,
        participants: v.participants,
        institutionName: (u?.institutionName ?? actor.scope.scopeLabel).slice(0, 300),
        powiatId: actor.scope.powiatId,
        gminaId: actor.scope.gminaId,
        submittedBy: actor.userId,
        submittedByName: actor.name.slice(0, 200),
      })
      .returning({ id: trainingNeeds.id });
    await audit(tx, actor, { action: 'training_need.submitted', entityType: 'training_need', entityId: row.id, voivodeshipId: actor.scope.voivodeshipId, details: { year: v.year, kind: v.kind, participants: v.participants } });
    return row;
  });
}

/** The needs the actor submitted themselves (in their current województwo), newest first. */
export async function myNeeds(actor: Actor) {
  if (!mayEver(actor.scope, 'training_need.submit')) throw forbiddenError();
  return getDb()
    .select(needFields)
    .from(trainingNeeds)
    .leftJoin(powiats, eq(powiats.id, trainingNeeds.powiatId))
    .leftJoin(gminas, eq(gminas.id, trainingNeeds.gminaId))
    .where(and(eq(trainingNeeds.submittedBy, actor.userId), eq(trainingNeeds.voivodeshipId, actor.scope.voivodeshipId)))
    .orderBy(desc(trainingNeeds.createdAt), desc(trainingNeeds.id));
}

/**
 * ROPS's planning view: the needs of the województwo for one year (default: next year if any were
 * reported for it, else the latest year reported), with counts per kind and participant totals.
 */
export async function needsOverview(actor: Actor, year?: number, today = clock.today()) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'training_need.view', { voivodeshipId });
  const db = getDb();
  const years = (
    await db
      .selectDistinct({ year: trainingNeeds.year })
      .from(trainingNeeds)
      .where(eq(trainingNeeds.voivodeshipId, voivodeshipId))
      .orderBy(desc(trainingNeeds.year))
  ).map((r) => r.year);
  const next = Number(today.slice(0, 4)) + 1;
  const chosen = year && years.includes(year) ? year : years.includes(next) ? next : (years[0] ?? next);
  const rows = await db
    .select(needFields)
    .from(trainingNeeds)
    .leftJoin(powiats, eq(powiats.id, trainingNeeds.powiatId))
    .leftJoin(gminas, eq(gminas.id, trainingNeeds.gminaId))
    .where(and(eq(trainingNeeds.voivodeshipId, voivodeshipId), eq(trainingNeeds.year, chosen)))
    .orderBy(asc(trainingNeeds.kind), sql`${powiats.name} asc nulls first`, sql`${gminas.name} asc nulls first`, asc(trainingNeeds.id));
  return { years, year: chosen, needs: rows, totals: needTotals(rows) };
}

/** What `/szkola/potrzeby` shows the actor: the form and own submissions, or ROPS's overview. */
export async function needsPage(actor: Actor, year?: number) {
  const canSubmit = can(actor.scope, 'training_need.submit', ownPlace(actor));
  const canView = can(actor.scope, 'training_need.view', { voivodeshipId: actor.scope.voivodeshipId });
  if (!canSubmit && !canView) {
    await authorize(actor, 'training_need.view', { voivodeshipId: actor.scope.voivodeshipId });
  }
  return {
    canSubmit,
    canView,
    mine: canSubmit ? await myNeeds(actor) : [],
    overview: canView ? await needsOverview(actor, year) : null,
  };
}

/** The year's needs as a CSV file (ROPS): for planning in a spreadsheet. */
export async function needsCsv(actor: Actor, year?: number) {
  const o = await needsOverview(actor, year);
  const csv = toCsv(
    ['Rok', 'Rodzaj', 'Temat', 'Opis', 'Liczba uczestników', 'Instytucja', 'Powiat', 'Gmina', 'Zgłaszający', 'Data zgłoszenia'],
    o.needs.map((n) => [n.year, TRAINING_KINDS[n.kind], n.topic, n.description, n.participants, n.institutionName, n.powiatName, n.gminaName, n.submittedByName, formatDate(n.createdAt)]),
  );
  return { csv, filename: `potrzeby-szkoleniowe-${o.year}.csv` };
}
