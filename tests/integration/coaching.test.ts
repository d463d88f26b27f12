import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, coachingSessions, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { setClockForTests } from '@/lib/clock';
import { coachingSessionForEdit, deleteCoachingSession, listCoachingSessions, saveCoachingSession } from '@/lib/coaching/coaching';
import { addMember } from '@/lib/pzk/members';
import { JANOW, PODLASKIE, makeActor, unit } from '../factories';
import { BIALYSTOK, BIALYSTOK_POWIAT, accepted3d } from '../implementation-factories';

/*
 * Coaching and supervision in Białystok's ZZK (Kooperacje 3D, issue 17 item 5). The implementation
 * starts on 04.01.2027 (the factory's default); the clock stands at 30.06.2027, so sessions between
 * the two are in the past and allowed.
 */
const START = '2027-01-04';

let pzk: typeof pzks.$inferSelect;
let worker: Actor;
let rops: Actor;
let otherGops: Actor;
let member: Actor;

const session = (over: Record<string, unknown> = {}) => ({
  pzkId: pzk.id,
  version: 0,
  kind: 'coaching',
  heldOn: '2027-02-10',
  hours: '1,5',
  leader: 'Anna Wiśniewska, coach (Fundacja „Razem”)',
  participants: 'Pracownicy socjalni MOPR, asystenci rodziny',
  participantCount: '6',
  topic: 'Rozmowa motywująca w pracy ZZK',
  ...over,
});

const codeOf = (p: Promise<unknown>) => p.then(() => 'allow', (e: { code?: string }) => e.code);

beforeAll(async () => {
  const pcpr = await makeActor('pcpr_animator', BIALYSTOK_POWIAT);
  rops = await makeActor('rops_adviser', PODLASKIE);
  await accepted3d(pcpr, rops, [BIALYSTOK], START);
  const { gminaId } = await unit(BIALYSTOK);
  [pzk] = await getDb().select().from(pzks).where(eq(pzks.gminaId, gminaId!));
  worker = await makeActor('network_worker', BIALYSTOK);
  otherGops = await makeActor('gops_animator', JANOW);
  member = await makeActor('pzk_member', BIALYSTOK);
  await addMember(worker, { pzkId: pzk.id, institutionId: member.scope.institutionId, name: 'Ewa Partnerska', function: 'Kuratorka', teamRole: 'invited', email: member.email });
  setClockForTests('2027-06-30T10:00:00Z');
});

afterAll(() => setClockForTests(null));

describe('coaching and supervision of a town', () => {
  it('the network worker records sessions in its PZK; the list is newest first with the town’s sums', async () => {
    const a = await saveCoachingSession(worker, session());
    await saveCoachingSession(worker, session({ heldOn: '2027-03-15', hours: '11', topic: '' }));
    await saveCoachingSession(worker, session({ kind: 'supervision', heldOn: '2027-04-01', hours: '4', leader: 'dr Piotr Zieliński, superwizor PTP', participantCount: '9' }));

    const r = await listCoachingSessions(worker, pzk.id);
    expect(r.canManage).toBe(true);
    expect(r.sessions.map((s) => [s.heldOn, s.kind, s.hours])).toEqual([
      ['2027-04-01', 'supervision', 4],
      ['2027-03-15', 'coaching', 11],
      ['2027-02-10', 'coaching', 1.5],
    ]);
    expect(r.totals).toMatchObject({ coachingHours: 12.5, supervisionHours: 4, sessions: 3 });

    // The session lives in the PZK's place; the audit entry carries ids, never names.
    const [row] = await getDb().select().from(coachingSessions).where(eq(coachingSessions.id, a.id));
    expect([row.voivodeshipId, row.powiatId, row.gminaId]).toEqual([pzk.voivodeshipId, pzk.powiatId, pzk.gminaId]);
    const [entry] = await getDb().select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(and(eq(auditLog.entityType, 'coaching_session'), eq(auditLog.entityId, String(a.id))));
    expect(entry.action).toBe('coaching.session_saved');
    expect(JSON.stringify(entry.details)).not.toContain('Wiśniewska');
    expect(entry.details).toMatchObject({ pzkId: pzk.id, kind: 'coaching', hours: 1.5 });
  });

  it('sums hours per town (its PZK)', async () => {
    const { totals } = await listCoachingSessions(worker, pzk.id);
    expect(totals).toEqual({ internalTrainingHours: 0, coachingHours: 12.5, supervisionHours: 4, sessions: 3 });
  });

  it('edits with the version seen; a stale save is a CONFLICT and changes nothing', async () => {
    const { id } = await saveCoachingSession(worker, session({ heldOn: '2027-05-05', hours: '2' }));
    const edited = await saveCoachingSession(worker, session({ sessionId: id, version: 1, heldOn: '2027-05-05', hours: '2,5' }));
    expect(edited.version).toBe(2);
    expect((await coachingSessionForEdit(worker, pzk.id, id)).session.hours).toBe(2.5);
    await expect(saveCoachingSession(worker, session({ sessionId: id, version: 1, heldOn: '2027-05-05', hours: '3' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await coachingSessionForEdit(worker, pzk.id, id)).session.hours).toBe(2.5);
    await deleteCoachingSession(worker, { pzkId: pzk.id, sessionId: id, version: 2 });
  });

  it('refuses a date in the future or before the implementation started, and hours out of range', async () => {
    const before = (await listCoachingSessions(worker, pzk.id)).sessions.length;
    await expect(saveCoachingSession(worker, session({ heldOn: '2027-07-01' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: ['Data sesji nie może być z przyszłości — zapisz sesję po jej odbyciu.'] } });
    await expect(saveCoachingSession(worker, session({ heldOn: '2027-01-03' }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { heldOn: ['Data sesji nie może być wcześniejsza niż początek wdrożenia (04.01.2027).'] } });
    await expect(saveCoachingSession(worker, session({ hours: '0' }))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(saveCoachingSession(worker, session({ hours: '24,5' }))).rejects.toMatchObject({ code: 'INVALID' });
    expect((await listCoachingSessions(worker, pzk.id)).sessions.length).toBe(before);
    // The first day of the implementation is allowed.
    const { id } = await saveCoachingSession(worker, session({ heldOn: START }));
    await deleteCoachingSession(worker, { pzkId: pzk.id, sessionId: id, version: 1 });
  });

  it('ROPS reads the sessions but records none', async () => {
    const r = await listCoachingSessions(rops, pzk.id);
    expect(r.canManage).toBe(false);
    expect(r.totals.sessions).toBe(3);
    expect(await codeOf(saveCoachingSession(rops, session()))).toBe('FORBIDDEN');
    const [first] = r.sessions;
    expect(await codeOf(deleteCoachingSession(rops, { pzkId: pzk.id, sessionId: first.id, version: first.version }))).toBe('FORBIDDEN');
  });

  it('the GOPS animator of another gmina does not find the PZK', async () => {
    expect(await codeOf(listCoachingSessions(otherGops, pzk.id))).toBe('NOT_FOUND');
    expect(await codeOf(saveCoachingSession(otherGops, session()))).toBe('NOT_FOUND');
  });

  it('a PZK member (an institution) neither reads nor records sessions', async () => {
    expect(await codeOf(listCoachingSessions(member, pzk.id))).toBe('FORBIDDEN');
    expect(await codeOf(saveCoachingSession(member, session()))).toBe('FORBIDDEN');
    expect((await listCoachingSessions(worker, pzk.id)).totals.sessions).toBe(3);
  });

  it('another PZK’s session is not found through this PZK', async () => {
    const [first] = (await listCoachingSessions(worker, pzk.id)).sessions;
    const stranger = await makeActor('network_worker', JANOW);
    const missingPzkId = pzk.id + 100_000;
    expect(await codeOf(coachingSessionForEdit(stranger, pzk.id, first.id))).toBe('NOT_FOUND');
    expect(await codeOf(coachingSessionForEdit(worker, missingPzkId, first.id))).toBe('NOT_FOUND');
    expect(await codeOf(coachingSessionForEdit(worker, pzk.id, first.id + 100_000))).toBe('NOT_FOUND');
  });

  it('deletes a session, audited; a stale delete is a CONFLICT', async () => {
    const { id } = await saveCoachingSession(worker, session({ heldOn: '2027-06-01', hours: '3' }));
    await saveCoachingSession(worker, session({ sessionId: id, version: 1, heldOn: '2027-06-01', hours: '3,5' }));
    await expect(deleteCoachingSession(worker, { pzkId: pzk.id, sessionId: id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await deleteCoachingSession(worker, { pzkId: pzk.id, sessionId: id, version: 2 });
    expect(await getDb().select().from(coachingSessions).where(eq(coachingSessions.id, id))).toEqual([]);
    const entries = await getDb().select({ action: auditLog.action, userId: auditLog.userId }).from(auditLog).where(and(eq(auditLog.entityType, 'coaching_session'), eq(auditLog.entityId, String(id))));
    expect(entries.map((e) => e.action).sort()).toEqual(['coaching.session_deleted', 'coaching.session_saved', 'coaching.session_saved']);
    expect(entries.every((e) => e.userId === worker.userId)).toBe(true);
    expect((await listCoachingSessions(worker, pzk.id)).totals).toMatchObject({ coachingHours: 12.5, supervisionHours: 4, sessions: 3 });
  });
});
