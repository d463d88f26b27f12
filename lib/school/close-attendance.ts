import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { trainingParticipants, trainings, tracks, voivodeships } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { dateInPoland } from '@/lib/clock';
import { AppError, conflictError } from '@/lib/errors';
import { satisfyEvidence } from '@/lib/implementations/instantiate';
import { loadCatalogue } from '@/lib/model/catalogue-load';
import { newVerificationCode, normalizeVerificationCode } from '@/lib/pdf/verification';
import { comparePl, formatDate } from '@/lib/text';
import { closeProblem, nextCertificateNumbers, scheduleNote } from './training-schemas';
import { openTrack } from '@/lib/implementations/open-track';

// Closing a training's attendance list. Free of 'server-only' so the demo seed closes its training
// the way ROPS does (db/seed/demo-school.ts); closeAttendance in ./trainings.ts is the use case.

/** Polish alphabetical order (the database's collation may not be Polish). */
export const byName = (a: { name: string; id: string | number }, b: { name: string; id: string | number }) => comparePl(a.name, b.name) || String(a.id).localeCompare(String(b.id));

/**
 * Closes the attendance list of a basic training: every attendee gets a zaświadczenie number
 * SZK/<year of issue>/<nnnn> (counted per województwo and year) and a verification code; the step
 * the training serves (4 or 6.1) is marked done in every gmina track of its implementation.
 *
 * Numbering: no counter table fits (document_counters is per document kind, case_counters is the
 * case register's), so the next number is max + 1 of the year's numbers in the województwo, read
 * under a row lock on the województwo (and on the training) — two closings in the same
 * województwo wait for each other; other województwa are not blocked.
 * `t` is the training read under a row lock, in a województwo the actor may manage: the caller
 * checks both.
 */
export async function closeTrainingAttendance(tx: DbOrTx, actor: Actor, t: typeof trainings.$inferSelect, version: number, now: Date) {
  const voivodeshipId = t.voivodeshipId;
  if (t.version !== version && !t.attendanceClosedAt) throw conflictError();
  const attendees = await tx
    .select({ id: trainingParticipants.id, name: trainingParticipants.name })
    .from(trainingParticipants)
    .where(and(eq(trainingParticipants.trainingId, t.id), eq(trainingParticipants.attended, true)))
    .orderBy(asc(trainingParticipants.id));
  // Numbers follow the list in Polish alphabetical order.
  attendees.sort(byName);
  const problem = closeProblem(t, attendees.length);
  if (problem) throw new AppError(t.attendanceClosedAt ? 'CONFLICT' : 'INVALID', problem);
  await tx.select({ id: voivodeships.id }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId)).for('update');
  const issuedOn = dateInPoland(now);
  const year = Number(issuedOn.slice(0, 4));
  const existing = await tx
    .select({ number: trainingParticipants.certificateNumber })
    .from(trainingParticipants)
    .innerJoin(trainings, eq(trainings.id, trainingParticipants.trainingId))
    .where(and(eq(trainings.voivodeshipId, voivodeshipId), like(trainingParticipants.certificateNumber, `SZK/${year}/%`)));
  const numbers = nextCertificateNumbers(
    existing.map((e) => e.number),
    year,
    attendees.length,
  );
  const certificates = attendees.map((a, i) => ({ participantId: a.id, number: numbers[i], code: normalizeVerificationCode(newVerificationCode())! }));
  for (const c of certificates) {
    await tx.update(trainingParticipants).set({ certificateNumber: c.number, verificationCode: c.code }).where(eq(trainingParticipants.id, c.participantId));
  }
  const [saved] = await tx
    .update(trainings)
    .set({ attendanceClosedAt: now, version: sql`${trainings.version} + 1` })
    .where(and(eq(trainings.id, t.id), eq(trainings.version, version)))
    .returning({ id: trainings.id, version: trainings.version });
  if (!saved) throw conflictError();
  // The schedule: the step this training serves, in every gmina track of the implementation.
  const trackRows = await tx
    .select({ id: tracks.id, catalogueVersionId: tracks.catalogueVersionId })
    .from(tracks)
    .where(and(eq(tracks.kind, 'gmina'), openTrack, eq(tracks.implementationId, t.implementationId!)));
  const note = scheduleNote(formatDate(t.heldOn), attendees.length);
  for (const versionId of new Set(trackRows.map((r) => r.catalogueVersionId))) {
    const catalogue = (await loadCatalogue(tx, versionId))!;
    const trackIds = trackRows.filter((r) => r.catalogueVersionId === versionId).map((r) => r.id);
    await satisfyEvidence(tx, trackIds, catalogue, 'training_attendance', t.heldOn, note, { userId: actor.userId, name: actor.name }, { codes: [t.step!] });
  }
  await audit(tx, actor, {
    action: 'training.attendance_closed',
    entityType: 'training',
    entityId: t.id,
    voivodeshipId,
    details: { implementationId: t.implementationId, step: t.step, certificates: certificates.map((c) => c.number), tracks: trackRows.length },
  });
  return { ...saved, certificates };
}
