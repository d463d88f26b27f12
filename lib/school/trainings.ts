import 'server-only';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { gminas, implementations, institutions, powiats, roleAssignments, trainingParticipants, trainings, tracks, users, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { can } from '@/lib/auth/policy';
import { AppError, conflictError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import { implementationLabel } from '@/lib/implementations/identifiers';
import { comparePl } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import {
  closeAttendanceSchema,
  institutionParticipantSchema,
  removeParticipantSchema,
  trainingAttendanceSchema,
  trainingSchema,
  userParticipantSchema,
  type TrainingStep,
} from './training-schemas';
import { clock, dateInPoland } from '@/lib/clock';
import { polishOrder } from '@/lib/polish-order';
import { byName, closeTrainingAttendance } from './close-attendance';

/** A closed list is frozen: participants, attendance and the training's data stay as certified. */
const closedError = () => new AppError('CONFLICT', 'Lista obecności jest zamknięta, a zaświadczenia wydane — szkolenia i jego uczestników nie można już zmieniać.');

const place = (voivodeshipId: number) => ({ voivodeshipId });

/** Everyone working in the model sees the trainings of their own województwo. */
async function viewer(actor: Actor) {
  await authorize(actor, 'training.view');
  return { voivodeshipId: actor.scope.voivodeshipId, canManage: can(actor.scope, 'training.manage', place(actor.scope.voivodeshipId)) };
}

/** ROPS of the actor's województwo. */
async function manager(actor: Actor) {
  await authorize(actor, 'training.manage', place(actor.scope.voivodeshipId));
  return actor.scope.voivodeshipId;
}

/**
 * The training, only when it lies in the given województwo; one of another województwo does not
 * exist for the caller (the refusal is audited).
 */
async function trainingIn(db: DbOrTx, voivodeshipId: number, trainingId: number, lock = false) {
  const q = db.select().from(trainings).where(eq(trainings.id, trainingId));
  const [t] = lock ? await q.for('update') : await q;
  if (!t) throw notFoundError('Nie znaleziono szkolenia.');
  if (t.voivodeshipId !== voivodeshipId) throw refusedError('training', t.id, t.voivodeshipId, 'Nie znaleziono szkolenia.');
  return t;
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

/** `/szkola`: the trainings of the actor's województwo, newest first, with participant counts. */
export async function listTrainings(actor: Actor) {
  const { voivodeshipId, canManage } = await viewer(actor);
  const rows = await getDb()
    .select({
      id: trainings.id,
      kind: trainings.kind,
      topic: trainings.topic,
      heldOn: trainings.heldOn,
      hours: trainings.hours,
      place: trainings.place,
      trainer: trainings.trainer,
      step: trainings.step,
      attendanceClosedAt: trainings.attendanceClosedAt,
      // Qualified by hand: drizzle prints a lone table's column unqualified, which the subquery would take for its own.
      participants: sql<number>`(select count(*)::int from ${trainingParticipants} tp where tp.training_id = "trainings"."id")`,
      attendees: sql<number>`(select count(*)::int from ${trainingParticipants} tp where tp.training_id = "trainings"."id" and tp.attended)`,
    })
    .from(trainings)
    .where(eq(trainings.voivodeshipId, voivodeshipId))
    .orderBy(desc(trainings.heldOn), desc(trainings.id));
  return { canManage, trainings: rows.map((r) => ({ ...r, participants: Number(r.participants), attendees: Number(r.attendees) })) };
}

/** Accepted implementations of the województwo, as "powiat sokólski, od 02.11.2026 (Krynki, Kuźnica, Sidra)". */
export async function implementationOptions(db: DbOrTx, voivodeshipId: number) {
  const rows = await db
    .select({ id: implementations.id, startDate: implementations.startDate, powiatName: powiats.name, powiatIsCity: powiats.isCity, gminaName: gminas.name })
    .from(implementations)
    .innerJoin(powiats, eq(powiats.id, implementations.powiatId))
    .leftJoin(tracks, and(eq(tracks.implementationId, implementations.id), eq(tracks.kind, 'gmina'), eq(tracks.cycle, 1)))
    .leftJoin(gminas, eq(gminas.id, tracks.gminaId))
    .where(eq(implementations.voivodeshipId, voivodeshipId))
    .orderBy(polishOrder(powiats.name), asc(implementations.startDate), asc(implementations.id));
  const byId = new Map<number, { id: number; startDate: string; powiatName: string; powiatIsCity: boolean; gminas: string[] }>();
  for (const r of rows) {
    const o = byId.get(r.id) ?? (byId.set(r.id, { id: r.id, startDate: r.startDate, powiatName: r.powiatName, powiatIsCity: r.powiatIsCity, gminas: [] }), byId.get(r.id)!);
    if (r.gminaName) o.gminas.push(r.gminaName);
  }
  return [...byId.values()].map((o) => ({ ...o, gminas: o.gminas.sort((a, b) => a.localeCompare(b, 'pl')) })).map((o) => ({ value: o.id, label: implementationLabel(o) }));
}


/** The new/edit form's choices (ROPS). */
export async function trainingFormOptions(actor: Actor) {
  const voivodeshipId = await manager(actor);
  return { implementations: await implementationOptions(getDb(), voivodeshipId) };
}

/** A user with a role assignment in the województwo, active: a participant to pick. */
async function userCandidates(db: DbOrTx, voivodeshipId: number) {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name, jobTitle: users.jobTitle, institutionId: users.institutionId, institutionName: institutions.name, institutionGminaId: institutions.gminaId })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(and(eq(roleAssignments.voivodeshipId, voivodeshipId), eq(users.status, 'active')));
  return rows.sort((a, b) => comparePl(a.name, b.name) || a.id.localeCompare(b.id));
}

/** Institutions of the registry a person may come from: the implementation's powiat (and regional ones), else the whole województwo. */
async function institutionCandidates(db: DbOrTx, voivodeshipId: number, powiatId: number | null) {
  return db
    .select({ id: institutions.id, name: institutions.name, powiatName: powiats.name, gminaName: gminas.name })
    .from(institutions)
    .leftJoin(powiats, eq(powiats.id, institutions.powiatId))
    .leftJoin(gminas, eq(gminas.id, institutions.gminaId))
    .where(and(eq(institutions.voivodeshipId, voivodeshipId), powiatId ? or(eq(institutions.powiatId, powiatId), isNull(institutions.powiatId)) : undefined))
    .orderBy(polishOrder(institutions.name))
    .limit(2000);
}

/** One training with its participants; ROPS also gets the registries to add people from. */
export async function getTraining(actor: Actor, trainingId: number) {
  const { voivodeshipId, canManage } = await viewer(actor);
  const db = getDb();
  const t = await trainingIn(db, voivodeshipId, trainingId);
  const [impl] = t.implementationId
    ? await db.select({ id: implementations.id, powiatId: implementations.powiatId }).from(implementations).where(eq(implementations.id, t.implementationId))
    : [];
  const [participants, implOptions] = await Promise.all([
    db
      .select({
        id: trainingParticipants.id,
        userId: trainingParticipants.userId,
        name: trainingParticipants.name,
        function: trainingParticipants.function,
        institutionName: institutions.name,
        gminaName: gminas.name,
        attended: trainingParticipants.attended,
        certificateNumber: trainingParticipants.certificateNumber,
      })
      .from(trainingParticipants)
      .leftJoin(institutions, eq(institutions.id, trainingParticipants.institutionId))
      .leftJoin(gminas, eq(gminas.id, trainingParticipants.gminaId))
      .where(eq(trainingParticipants.trainingId, t.id))
      .orderBy(polishOrder(trainingParticipants.name), asc(trainingParticipants.id)),
    t.implementationId ? implementationOptions(db, voivodeshipId) : Promise.resolve([]),
  ]);
  let registry: { users: { value: string; label: string }[]; institutions: { label: string; options: { value: number; label: string }[] }[] } | null = null;
  if (canManage && !t.attendanceClosedAt) {
    const [us, insts] = await Promise.all([userCandidates(db, voivodeshipId), institutionCandidates(db, voivodeshipId, impl?.powiatId ?? null)]);
    const taken = new Set(participants.map((p) => p.userId).filter(Boolean));
    const groups = new Map<string, { value: number; label: string }[]>();
    for (const i of insts) {
      const g = i.gminaName ? `gmina ${i.gminaName}` : i.powiatName ? `powiat ${i.powiatName}` : 'instytucje wojewódzkie';
      groups.set(g, [...(groups.get(g) ?? []), { value: i.id, label: i.name }]);
    }
    registry = {
      users: us.filter((u) => !taken.has(u.id)).sort(byName).map((u) => ({ value: u.id, label: `${u.name} — ${[u.jobTitle, u.institutionName].filter(Boolean).join(', ')}` })),
      institutions: [...groups].sort(([a], [b]) => a.localeCompare(b, 'pl')).map(([label, options]) => ({ label, options })),
    };
  }
  const { createdBy: _c, ...training } = t;
  return {
    training,
    implementationLabel: implOptions.find((o) => o.value === t.implementationId)?.label ?? null,
    canManage,
    closed: !!t.attendanceClosedAt,
    participants: participants.sort(byName).map(({ userId, ...p }) => ({ ...p, own: userId != null && userId === actor.userId, canDownload: !!p.certificateNumber && (canManage || (userId != null && userId === actor.userId)) })),
    registry,
  };
}

// ---------------------------------------------------------------------------
// Changing
// ---------------------------------------------------------------------------

/** Records a training or saves changes to one (optimistic locking on `version`). */
export async function saveTraining(actor: Actor, input: unknown) {
  const v = parseInput(trainingSchema, input);
  const voivodeshipId = await manager(actor);
  const basic = v.kind === 'basic';
  const values = {
    kind: v.kind,
    topic: v.topic,
    heldOn: v.heldOn,
    hours: v.hours ?? null,
    place: v.place,
    trainer: v.trainer,
    description: v.description,
    implementationId: basic ? v.implementationId! : null,
    step: basic ? (v.step as TrainingStep) : null,
  };
  return getDb().transaction(async (tx) => {
    if (values.implementationId) {
      const [impl] = await tx
        .select({ id: implementations.id })
        .from(implementations)
        .where(and(eq(implementations.id, values.implementationId), eq(implementations.voivodeshipId, voivodeshipId)));
      if (!impl) throw invalidError({ implementationId: ['Wybierz wdrożenie z listy wdrożeń województwa.'] });
    }
    if (v.trainingId) {
      const current = await trainingIn(tx, voivodeshipId, v.trainingId, true);
      if (current.attendanceClosedAt) throw closedError();
      const [saved] = await tx
        .update(trainings)
        .set({ ...values, version: sql`${trainings.version} + 1` })
        .where(and(eq(trainings.id, current.id), eq(trainings.version, v.version)))
        .returning({ id: trainings.id, version: trainings.version });
      if (!saved) throw conflictError();
      await audit(tx, actor, { action: 'training.saved', entityType: 'training', entityId: saved.id, voivodeshipId, details: { kind: v.kind, step: values.step, hours: values.hours, edited: true } });
      return saved;
    }
    const [saved] = await tx
      .insert(trainings)
      .values({ ...values, voivodeshipId, createdBy: actor.userId })
      .returning({ id: trainings.id, version: trainings.version });
    await audit(tx, actor, { action: 'training.saved', entityType: 'training', entityId: saved.id, voivodeshipId, details: { kind: v.kind, step: values.step, implementationId: values.implementationId, hours: values.hours } });
    return saved;
  });
}

/**
 * An open training of the województwo, locked for the change. The caller checks `manager()` before
 * its transaction: a refusal is audited on its own connection (a single-connection PGlite would wait).
 */
async function openTraining(tx: DbOrTx, voivodeshipId: number, trainingId: number) {
  const t = await trainingIn(tx, voivodeshipId, trainingId, true);
  if (t.attendanceClosedAt) throw closedError();
  return t;
}

/** Adds a participant with a user account of the województwo; name, function and institution copied. */
export async function addUserParticipant(actor: Actor, input: unknown) {
  const v = parseInput(userParticipantSchema, input);
  const voivodeshipId = await manager(actor);
  return getDb().transaction(async (tx) => {
    const t = await openTraining(tx, voivodeshipId, v.trainingId);
    const [u] = (await userCandidates(tx, t.voivodeshipId)).filter((c) => c.id === v.userId);
    if (!u) throw invalidError({ userId: ['Wybierz aktywne konto użytkownika z tego województwa.'] });
    const [dup] = await tx
      .select({ id: trainingParticipants.id })
      .from(trainingParticipants)
      .where(and(eq(trainingParticipants.trainingId, t.id), eq(trainingParticipants.userId, u.id)));
    if (dup) throw invalidError({ userId: ['Ta osoba jest już na liście uczestników.'] });
    let gminaId = u.institutionGminaId;
    if (gminaId == null) {
      const [a] = await tx
        .select({ gminaId: roleAssignments.gminaId })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.userId, u.id), eq(roleAssignments.voivodeshipId, t.voivodeshipId), sql`${roleAssignments.gminaId} is not null`))
        .limit(1);
      gminaId = a?.gminaId ?? null;
    }
    const [row] = await tx
      .insert(trainingParticipants)
      .values({ trainingId: t.id, userId: u.id, institutionId: u.institutionId, name: u.name, function: u.jobTitle, gminaId })
      .returning({ id: trainingParticipants.id });
    await audit(tx, actor, { action: 'training.saved', entityType: 'training', entityId: t.id, voivodeshipId: t.voivodeshipId, details: { participantId: row.id, added: 'user' } });
    return row;
  });
}

/** Adds a person of a registry institution (no account): the name and function typed by ROPS. */
export async function addInstitutionParticipant(actor: Actor, input: unknown) {
  const v = parseInput(institutionParticipantSchema, input);
  const voivodeshipId = await manager(actor);
  return getDb().transaction(async (tx) => {
    const t = await openTraining(tx, voivodeshipId, v.trainingId);
    const [inst] = await tx
      .select({ id: institutions.id, gminaId: institutions.gminaId })
      .from(institutions)
      .where(and(eq(institutions.id, v.institutionId), eq(institutions.voivodeshipId, t.voivodeshipId)));
    if (!inst) throw invalidError({ institutionId: ['Wybierz instytucję z rejestru województwa.'] });
    const [row] = await tx
      .insert(trainingParticipants)
      .values({ trainingId: t.id, institutionId: inst.id, name: v.name, function: v.function, gminaId: inst.gminaId })
      .returning({ id: trainingParticipants.id });
    await audit(tx, actor, { action: 'training.saved', entityType: 'training', entityId: t.id, voivodeshipId: t.voivodeshipId, details: { participantId: row.id, added: 'institution' } });
    return row;
  });
}

export async function removeParticipant(actor: Actor, input: unknown) {
  const v = parseInput(removeParticipantSchema, input);
  const voivodeshipId = await manager(actor);
  return getDb().transaction(async (tx) => {
    const t = await openTraining(tx, voivodeshipId, v.trainingId);
    const [row] = await tx
      .delete(trainingParticipants)
      .where(and(eq(trainingParticipants.id, v.participantId), eq(trainingParticipants.trainingId, t.id)))
      .returning({ id: trainingParticipants.id });
    if (!row) throw notFoundError('Nie znaleziono uczestnika.');
    await audit(tx, actor, { action: 'training.saved', entityType: 'training', entityId: t.id, voivodeshipId: t.voivodeshipId, details: { participantId: row.id, removed: true } });
  });
}

/** Saves the attendance as a whole: the listed participants attended, the others did not. */
export async function saveTrainingAttendance(actor: Actor, input: unknown) {
  const v = parseInput(trainingAttendanceSchema, input);
  const voivodeshipId = await manager(actor);
  return getDb().transaction(async (tx) => {
    const t = await openTraining(tx, voivodeshipId, v.trainingId);
    const all = await tx.select({ id: trainingParticipants.id }).from(trainingParticipants).where(eq(trainingParticipants.trainingId, t.id));
    const ids = new Set(all.map((p) => p.id));
    const attended = new Set(v.attended);
    if ([...attended].some((id) => !ids.has(id))) throw invalidError({ attended: ['Obecność zaznacza się tylko uczestnikom tego szkolenia.'] });
    await tx.update(trainingParticipants).set({ attended: false }).where(eq(trainingParticipants.trainingId, t.id));
    if (attended.size) await tx.update(trainingParticipants).set({ attended: true }).where(and(eq(trainingParticipants.trainingId, t.id), inArray(trainingParticipants.id, [...attended])));
    await audit(tx, actor, { action: 'training.saved', entityType: 'training', entityId: t.id, voivodeshipId: t.voivodeshipId, details: { attendance: true, present: attended.size, absent: all.length - attended.size } });
    return { present: attended.size, absent: all.length - attended.size };
  });
}

/**
 * Closes the attendance list of a basic training (./close-attendance.ts): zaświadczenia for every
 * attendee, the step it serves done in every gmina track of its implementation.
 */
export async function closeAttendance(actor: Actor, input: unknown, now = clock.now()) {
  const v = parseInput(closeAttendanceSchema, input);
  const voivodeshipId = await manager(actor);
  return getDb().transaction(async (tx) => closeTrainingAttendance(tx, actor, await trainingIn(tx, voivodeshipId, v.trainingId, true), v.version, now));
}

// ---------------------------------------------------------------------------
// Zaświadczenia (data for the PDFs in ./pdf.tsx)
// ---------------------------------------------------------------------------

async function certificateTraining(db: DbOrTx, trainingId: number) {
  const [t] = await db
    .select({ training: trainings, voivodeshipName: voivodeships.name })
    .from(trainings)
    .innerJoin(voivodeships, eq(voivodeships.id, trainings.voivodeshipId))
    .where(eq(trainings.id, trainingId));
  return t ?? null;
}

/** The ROPS institution of the województwo (issuer of the zaświadczenia), if it is in the registry. */
async function ropsOf(db: DbOrTx, voivodeshipId: number) {
  const [r] = await db
    .select({ name: institutions.name, city: institutions.city })
    .from(institutions)
    .where(and(eq(institutions.voivodeshipId, voivodeshipId), eq(institutions.type, 'rops')))
    .orderBy(asc(institutions.id))
    .limit(1);
  return r ?? null;
}

const participantFields = {
  id: trainingParticipants.id,
  userId: trainingParticipants.userId,
  name: trainingParticipants.name,
  function: trainingParticipants.function,
  institutionName: institutions.name,
  certificateNumber: trainingParticipants.certificateNumber,
  verificationCode: trainingParticipants.verificationCode,
};

export interface CertificateData {
  trainingId: number;
  participantId: number;
  name: string;
  function: string;
  institutionName: string | null;
  number: string;
  verificationCode: string;
  topic: string;
  heldOn: string;
  place: string;
  trainer: string;
  step: string | null;
  issuerName: string;
  issuedAt: string;
  issuedIn: string;
}

function certificateOf(t: typeof trainings.$inferSelect, voivodeshipName: string, rops: { name: string; city: string } | null, p: { id: number; name: string; function: string; institutionName: string | null; certificateNumber: string | null; verificationCode: string | null }): CertificateData {
  return {
    trainingId: t.id,
    participantId: p.id,
    name: p.name,
    function: p.function,
    institutionName: p.institutionName,
    number: p.certificateNumber!,
    verificationCode: p.verificationCode!,
    topic: t.topic,
    heldOn: t.heldOn,
    place: t.place,
    trainer: t.trainer,
    step: t.step,
    issuerName: rops?.name ?? `Regionalny Ośrodek Polityki Społecznej — województwo ${voivodeshipName}`,
    issuedAt: dateInPoland(t.attendanceClosedAt!),
    issuedIn: rops?.city ?? '',
  };
}

/**
 * One attendee's zaświadczenie: for the participant themselves (their account), or ROPS of the
 * training's województwo. Anyone else in that województwo is refused; elsewhere it does not exist.
 */
export async function certificateData(actor: Actor, trainingId: number, participantId: number): Promise<CertificateData> {
  await authorize(actor, 'training.view');
  const db = getDb();
  const hit = await certificateTraining(db, trainingId);
  const [p] = hit
    ? await db
        .select(participantFields)
        .from(trainingParticipants)
        .leftJoin(institutions, eq(institutions.id, trainingParticipants.institutionId))
        .where(and(eq(trainingParticipants.id, participantId), eq(trainingParticipants.trainingId, trainingId)))
    : [];
  if (!hit || !p) throw notFoundError('Nie znaleziono zaświadczenia.');
  const own = p.userId != null && p.userId === actor.userId;
  if (!own) {
    if (hit.training.voivodeshipId !== actor.scope.voivodeshipId) throw refusedError('training', trainingId, hit.training.voivodeshipId, 'Nie znaleziono zaświadczenia.');
    await authorize(actor, 'training.manage', place(hit.training.voivodeshipId));
  }
  if (!hit.training.attendanceClosedAt || !p.certificateNumber || !p.verificationCode) throw notFoundError('Zaświadczenie nie zostało wydane.');
  return certificateOf(hit.training, hit.voivodeshipName, await ropsOf(db, hit.training.voivodeshipId), p);
}

/** Every zaświadczenie of a closed training, for ROPS to print together. */
export async function allCertificatesData(actor: Actor, trainingId: number): Promise<{ topic: string; heldOn: string; certificates: CertificateData[] }> {
  const voivodeshipId = await manager(actor);
  const db = getDb();
  const hit = await certificateTraining(db, trainingId);
  if (!hit) throw notFoundError('Nie znaleziono szkolenia.');
  if (hit.training.voivodeshipId !== voivodeshipId) throw refusedError('training', trainingId, hit.training.voivodeshipId, 'Nie znaleziono szkolenia.');
  if (!hit.training.attendanceClosedAt) throw notFoundError('Zaświadczenia nie zostały jeszcze wydane.');
  const [rops, ps] = await Promise.all([
    ropsOf(db, voivodeshipId),
    db
      .select(participantFields)
      .from(trainingParticipants)
      .leftJoin(institutions, eq(institutions.id, trainingParticipants.institutionId))
      .where(and(eq(trainingParticipants.trainingId, trainingId), sql`${trainingParticipants.certificateNumber} is not null`))
      .orderBy(asc(trainingParticipants.certificateNumber)),
  ]);
  return { topic: hit.training.topic, heldOn: hit.training.heldOn, certificates: ps.map((p) => certificateOf(hit.training, hit.voivodeshipName, rops, p)) };
}
