import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users, type Role, type UserStatus } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { approveAccount, disableAccount, enableAccount, listAccounts, rejectAccount } from '@/lib/accounts/review';
import { JANOW, makeActor } from '../factories';
import { COLUMNS, FOREIGN_GMINA, actorIn, row, type Column, type MatrixRow, type RowModule } from './fixture';

/*
 * Accounts of a województwo (account.review, user.manage): its ROPS administrator approves,
 * rejects, blocks and unblocks the accounts whose assignment lies there; another województwo's
 * account is not found; every other role is refused. Each decision is made on an account of gmina
 * Janów, put back before every call into the status the decision starts from.
 */

const db = () => getDb();
/** Accounts the decisions act on (one per decision, so a decision cannot disturb another row). */
const decided: Partial<Record<'approve' | 'reject' | 'disable' | 'enable', string>> = {};
/** Two requests that stay pending: one of Janów, one of mazowieckie, for the lists. */
let pendingHome: string;
let pendingAbroad: string;

async function setup() {
  for (const k of ['approve', 'reject', 'disable', 'enable'] as const) decided[k] = (await makeActor('gops_animator', JANOW, { status: 'pending' })).userId;
  pendingHome = (await makeActor('gops_animator', JANOW, { status: 'pending' })).userId;
  pendingAbroad = (await makeActor('gops_animator', FOREIGN_GMINA, { status: 'pending' })).userId;
}

const statusOf = async (userId: string) => (await db().select({ status: users.status }).from(users).where(eq(users.id, userId)))[0].status;

/** Puts the account into `from`, runs the decision, and fails a refused one that changed the account. */
async function decideOn(userId: string, from: UserStatus, decision: () => Promise<unknown>) {
  await db().update(users).set({ status: from, statusReason: null }).where(eq(users.id, userId));
  try {
    return await decision();
  } catch (e) {
    if ((await statusOf(userId)) !== from) throw new Error('refused, yet the account changed');
    throw e;
  }
}

const approve = (a: Actor) => decideOn(decided.approve!, 'pending', () => approveAccount(a, { userId: decided.approve }));
const reject = (a: Actor) => decideOn(decided.reject!, 'pending', () => rejectAccount(a, { userId: decided.reject, reason: 'Wniosek złożony przez pomyłkę.' }));
const disable = (a: Actor) => decideOn(decided.disable!, 'active', () => disableAccount(a, { userId: decided.disable, reason: 'Zmiana miejsca pracy.' }));
const enable = (a: Actor) => decideOn(decided.enable!, 'disabled', () => enableAccount(a, { userId: decided.enable }));

/** The column `a` stands in as an actor of `role` (the matrix's actors are actorIn's, cached). */
async function columnOf(role: Role, a: Actor): Promise<Column> {
  for (const c of COLUMNS) if ((await actorIn(role, c))?.userId === a.userId) return c;
  throw new Error(`${a.email} stands in no column of ${role}`);
}

/** The pending requests listed: Janów's at home, mazowieckie's abroad — never the other. */
async function pendingSeen(role: Role, a: Actor) {
  const listed = new Set((await listAccounts(a, ['pending'])).map((u) => u.id));
  const home = (await columnOf(role, a)) === 'inside';
  const [own, other] = home ? [pendingHome, pendingAbroad] : [pendingAbroad, pendingHome];
  if (!listed.has(own) || listed.has(other)) throw new Error(`the pending requests of ${home ? 'podlaskie' : 'mazowieckie'} are not listed exactly`);
}

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
/** The ROPS administrator of the account's województwo decides; another województwo's does not find it. */
const ADMIN = row('allow', '-', '-', NF, FB, FB, FB);
/** A ROPS adviser (or anyone else) is refused whatever the account. */
const ADVISER = row(FB, '-', '-', FB, FB, FB, FB);
const ADVISER_NOTE = 'accounts are approved by the ROPS administrator, not the adviser';

const rows: MatrixRow[] = [
  { fn: 'lib/accounts/review.ts#listAccounts', role: 'rops_admin', call: (a) => pendingSeen('rops_admin', a), expect: row('allow', '-', '-', 'allow', FB, FB, FB), note: 'allow = the requests of its own województwo only' },
  { fn: 'lib/accounts/review.ts#listAccounts', role: 'rops_adviser', call: (a) => pendingSeen('rops_adviser', a), expect: ADVISER, note: ADVISER_NOTE },
  { fn: 'lib/accounts/review.ts#approveAccount', role: 'rops_admin', call: approve, expect: ADMIN },
  { fn: 'lib/accounts/review.ts#approveAccount', role: 'rops_adviser', call: approve, expect: ADVISER, note: ADVISER_NOTE },
  { fn: 'lib/accounts/review.ts#rejectAccount', role: 'rops_admin', call: reject, expect: ADMIN },
  { fn: 'lib/accounts/review.ts#rejectAccount', role: 'gops_animator', call: reject, expect: row(FB, FB, FB, FB, FB, FB, FB) },
  { fn: 'lib/accounts/review.ts#disableAccount', role: 'rops_admin', call: disable, expect: ADMIN },
  { fn: 'lib/accounts/review.ts#disableAccount', role: 'rops_adviser', call: disable, expect: ADVISER, note: ADVISER_NOTE },
  { fn: 'lib/accounts/review.ts#enableAccount', role: 'rops_admin', call: enable, expect: ADMIN },
  { fn: 'lib/accounts/review.ts#enableAccount', role: 'rops_adviser', call: enable, expect: ADVISER, note: ADVISER_NOTE },
];

export default { setup, rows } satisfies RowModule;
