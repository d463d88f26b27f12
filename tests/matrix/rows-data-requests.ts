import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { addDays } from '@/lib/model/dates';
import { requestDueOn } from '@/lib/rodo/deadlines';
import {
  completeRequest,
  decideRequest,
  eraseRequestCase,
  extendRequest,
  getRequest,
  liftRequestRestriction,
  listRequests,
  recordRequestRestrictionNotice,
  refuseErasure,
  registerRequest,
  requestCaseMembers,
  restrictRequestCase,
} from '@/lib/rodo/requests';
import { newCase } from '../case-factories';
import { actorIn, columnOf, m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The register of data-subject requests (issue 16, item 2; lib/rodo/requests.ts): its ROPS
 * administrator ('data_request.manage', scoped to the województwo) registers and handles the
 * requests of its own województwo; the administrator of another województwo does not find them
 * (a case number of podlaskie is "not found" on its form: INVALID); every other role is refused.
 * Each change acts on a request made for that call (a change bumps the version), the restriction
 * steps on a case made for that call (one restriction per case at a time).
 */

const db = () => getDb();
const home = async () => (await actorIn('rops_admin', 'inside'))!;
let caseNumber: string;
let keptId: number;

async function setup() {
  [{ number: caseNumber }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, m.caseId));
  ({ id: keptId } = await registerRequest(await home(), request('access')));
}

const request = (kind: string, over: Record<string, unknown> = {}) => ({ kind, requesterName: 'Osoba Wnioskująca', requesterContact: '', receivedOn: clock.today(), caseNumber: '', caseMemberId: '', subject: '', ...over });

/** A fresh request of podlaskie, registered by its administrator. */
const fresh = async (kind = 'objection', over: Record<string, unknown> = {}) => (await registerRequest(await home(), request(kind, over))).id;

/** A fresh case of gmina Janów (closed when erasure is to be due), by its number. */
async function freshCase(closed = false) {
  const { caseId } = await newCase(m.s);
  // Closed in 2015: its files (B10) were kept until 01.01.2026, so erasure is due.
  if (closed) await db().update(cases).set({ status: 'closed', closedOn: '2015-03-20', closedReason: 'Cele osiągnięte.' }).where(eq(cases.id, caseId));
  const [{ number }] = await db().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
  return number;
}

/** A restriction request whose case is restricted (and, with `notice`, the person told), ready for the next step. */
async function restricted(notice: boolean) {
  const id = await fresh('restriction', { caseNumber: await freshCase() });
  await restrictRequestCase(await home(), { id, version: 1, reason: 'Osoba kwestionuje prawidłowość danych.' });
  if (notice) await recordRequestRestrictionNotice(await home(), { id, version: 2, noticeGivenOn: clock.today() });
  return id;
}

/** The register: its own województwo's requests at home, never podlaskie's abroad. */
async function listed(role: Role, a: Actor) {
  const ids = (await listRequests(a, { status: 'all' })).map((r) => r.id);
  const atHome = (await columnOf(role, a)) === 'inside';
  if (ids.includes(keptId) !== atHome) throw new Error(`the register of ${atHome ? 'podlaskie' : 'mazowieckie'} is not its own`);
}

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
/** The administrator of the request's województwo; another's does not find it; others are refused. */
const ADMIN = row('allow', '-', '-', NF, FB, FB, FB);
/** The administrator's own register and form: allowed in either województwo (each its own). */
const OWN = row('allow', '-', '-', 'allow', FB, FB, FB);
/** A case number of podlaskie is not found by the administrator of mazowieckie. */
const CASE_ELSEWHERE = row('allow', '-', '-', 'INVALID', FB, FB, FB);
const ADVISER = row(FB, '-', '-', FB, FB, FB, FB);
const GMINA = row(FB, FB, FB, FB, FB, FB, FB);
const ADVISER_NOTE = 'the register is kept by the ROPS administrator, not the adviser';

const F = (name: string) => `lib/rodo/requests.ts#${name}`;
const fns: [string, (a: Actor) => Promise<unknown>, MatrixRow['expect'], string?][] = [
  [F('registerRequest'), async (a) => registerRequest(a, request('access', { caseNumber })), CASE_ELSEWHERE, 'INVALID abroad: the case number of podlaskie is "nie znaleziono sprawy o tym numerze"'],
  [F('requestCaseMembers'), (a) => requestCaseMembers(a, caseNumber), CASE_ELSEWHERE, 'INVALID abroad: the case is not found in its own województwo'],
  [F('listRequests'), (a) => listed('rops_admin', a), OWN, 'allow = the requests of its own województwo only'],
  [F('getRequest'), (a) => getRequest(a, keptId), ADMIN],
  [F('extendRequest'), async (a) => extendRequest(a, { id: await fresh(), version: 1, extendedUntil: addDays(requestDueOn(clock.today()), 10), extensionReason: 'Wiele spraw.', extensionNotifiedOn: clock.today() }), ADMIN],
  [F('decideRequest'), async (a) => decideRequest(a, { id: await fresh(), version: 1, decision: 'granted', decidedOn: clock.today() }), ADMIN],
  [F('completeRequest'), async (a) => completeRequest(a, { id: await fresh(), version: 1, doneOn: clock.today() }), ADMIN],
  [F('restrictRequestCase'), async (a) => restrictRequestCase(a, { id: await fresh('restriction', { caseNumber: await freshCase() }), version: 1, reason: 'Osoba kwestionuje dane.' }), ADMIN],
  [F('recordRequestRestrictionNotice'), async (a) => recordRequestRestrictionNotice(a, { id: await restricted(false), version: 2, noticeGivenOn: clock.today() }), ADMIN],
  [F('liftRequestRestriction'), async (a) => liftRequestRestriction(a, { id: await restricted(true), version: 3 }), ADMIN],
  [F('refuseErasure'), async (a) => refuseErasure(a, { id: await fresh('erasure', { caseNumber }), version: 1, basis: 'b', decidedOn: clock.today() }), ADMIN],
  [F('eraseRequestCase'), async (a) => eraseRequestCase(a, { id: await fresh('erasure', { caseNumber: await freshCase(true) }), version: 1, confirm: true }), ADMIN],
];

const rows: MatrixRow[] = fns.flatMap(([fn, call, expect, note]) => [
  { fn, role: 'rops_admin' as const, call, expect, note },
  { fn, role: 'rops_adviser' as const, call: fn.endsWith('#listRequests') ? (a: Actor) => listed('rops_adviser', a) : call, expect: ADVISER, note: ADVISER_NOTE },
  { fn, role: 'gops_animator' as const, call, expect: GMINA },
]);

export default { setup, rows } satisfies RowModule;
