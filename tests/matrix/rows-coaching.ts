import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { coachingSessions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock, setClockForTests } from '@/lib/clock';
import { coachingSessionForEdit, deleteCoachingSession, listCoachingSessions, saveCoachingSession } from '@/lib/coaching/coaching';
import { uid } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Coaching and supervision (issue 17, item 5) of Janów's PZK. The animators and the network worker
 * of the gmina (the PCPR animator for the powiat) record sessions; ROPS reads them; the PZK's
 * institutions — signed or guests — are refused (FORBIDDEN: they know the PZK); everyone who does
 * not find the PZK does not find its sessions (NOT_FOUND). Sessions are recorded after they took
 * place and not before the implementation's start, so the calls run with the clock in a far month
 * of the implementation.
 */

const AT = '2027-09-15T10:00:00Z';
let sessionId: number;

/** Runs `fn` at AT, then puts the clock back where it was (the matrix fixture's cases have their own "today"). */
async function atFarDate<T>(fn: () => Promise<T>): Promise<T> {
  const before = clock.now();
  setClockForTests(AT);
  try {
    return await fn();
  } finally {
    setClockForTests(before);
  }
}

const input = (over: Record<string, unknown> = {}) => ({
  pzkId: m.s.pzk.id,
  version: 0,
  kind: 'supervision',
  heldOn: '2027-03-10',
  hours: '2,5',
  leader: 'dr Piotr Zieliński, superwizor',
  participants: 'Pracownicy socjalni GOPS',
  participantCount: '5',
  topic: '',
  ...over,
});

const versionOf = async (id: number) => (await getDb().select({ version: coachingSessions.version }).from(coachingSessions).where(eq(coachingSessions.id, id)))[0].version;

async function setup() {
  ({ id: sessionId } = await atFarDate(() => saveCoachingSession(m.s.gops, input())));
}

/** The list holds the fixture's session; `canManage` tells who may record. */
async function listChecked(a: Actor) {
  const r = await listCoachingSessions(a, m.s.pzk.id);
  if (!r.sessions.some((s) => s.id === sessionId)) throw new Error('the session is missing');
  const manages = ['pcpr_animator', 'gops_animator', 'network_worker'].includes(a.scope.role);
  if (r.canManage !== manages) throw new Error(`canManage ${r.canManage}`);
}

async function editForm(a: Actor) {
  const r = await coachingSessionForEdit(a, m.s.pzk.id, sessionId);
  if (r.session.id !== sessionId) throw new Error('another session');
}

const add = (a: Actor) => atFarDate(() => saveCoachingSession(a, input({ leader: `Coach ${uid()}`, kind: 'coaching' })));

/** Janów's PZK is rural: step 7.1's internal mini-training (issue 18 §3) is recorded like any session. */
const addInternal = (a: Actor) => atFarDate(() => saveCoachingSession(a, input({ kind: 'internal_training', leader: `Członek zespołu ${uid()}`, topic: 'Mini-szkolenie: karta oczekiwań' })));

const edit = async (a: Actor) => atFarDate(async () => saveCoachingSession(a, input({ sessionId, version: await versionOf(sessionId), topic: `Superwizja ${uid()}` })));

/** Deletes a session made for the call by the GOPS animator. */
async function remove(a: Actor) {
  const { id } = await atFarDate(() => saveCoachingSession(m.s.gops, input({ leader: `Do usunięcia ${uid()}` })));
  try {
    await deleteCoachingSession(a, { pzkId: m.s.pzk.id, sessionId: id, version: 1 });
  } finally {
    await getDb().delete(coachingSessions).where(eq(coachingSessions.id, id));
  }
}

const F = 'lib/coaching/coaching.ts';
//                                                   inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: `${F}#listCoachingSessions`, role: 'network_worker', call: listChecked, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'guests and members are refused: no coaching.view' },
  { fn: `${F}#listCoachingSessions`, role: 'gops_animator', call: listChecked, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#listCoachingSessions`, role: 'rops_adviser', call: listChecked, expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS reads' },
  { fn: `${F}#listCoachingSessions`, role: 'pzk_member', call: listChecked, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a signed member knows the PZK but not its coaching' },
  { fn: `${F}#listCoachingSessions`, role: 'social_worker', call: listChecked, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#coachingSessionForEdit`, role: 'network_worker', call: editForm, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#coachingSessionForEdit`, role: 'rops_adviser', call: editForm, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#saveCoachingSession`, role: 'network_worker', call: add, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a new session' },
  { fn: `${F}#saveCoachingSession`, role: 'pcpr_animator', call: add, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#saveCoachingSession`, role: 'rops_adviser', call: add, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#saveCoachingSession`, role: 'pzk_member', call: add, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#saveCoachingSession`, role: 'gops_animator', call: addInternal, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'rural PZK: an internal mini-training (step 7.1)' },
  { fn: `${F}#saveCoachingSession`, role: 'pcpr_animator', call: addInternal, expect: row('allow', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'rural PZK: an internal mini-training' },
  { fn: `${F}#saveCoachingSession`, role: 'pzk_member', call: addInternal, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'a PZK member records no step 7.1 session' },
  { fn: `${F}#saveCoachingSession`, role: 'gops_animator', call: edit, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'editing a session' },
  { fn: `${F}#deleteCoachingSession`, role: 'network_worker', call: remove, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#deleteCoachingSession`, role: 'rops_adviser', call: remove, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#deleteCoachingSession`, role: 'pzk_member', call: remove, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
];

export default { setup, rows } satisfies RowModule;
