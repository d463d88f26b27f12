import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { listInactiveAccounts } from '@/lib/accounts/review';
import { addDays, addMonths } from '@/lib/model/dates';
import { clock } from '@/lib/clock';
import { JANOW, makeActor } from '../factories';
import { FOREIGN_GMINA, columnOf, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Unused accounts of a województwo (user.manage): its ROPS administrator sees the accounts to be
 * disabled within 30 days — those of its own województwo only; every other role is refused. Two
 * accounts last active 12 months less 10 days ago: one of gmina Janów, one of mazowieckie.
 */

let dormantHome: string;
let dormantAbroad: string;

async function dormant(teryt: string) {
  const a = await makeActor('gops_animator', teryt);
  const last = new Date(`${addDays(addMonths(clock.today(), -12), 10)}T10:00:00Z`);
  await getDb().update(users).set({ createdAt: last, decidedAt: last, lastLoginAt: last }).where(eq(users.id, a.userId));
  return a.userId;
}

async function setup() {
  dormantHome = await dormant(JANOW);
  dormantAbroad = await dormant(FOREIGN_GMINA);
}

/** Janów's account listed at home, mazowieckie's abroad — never the other. */
async function inactiveSeen(role: Role, a: Actor) {
  const listed = new Set((await listInactiveAccounts(a)).soon.map((u) => u.id));
  const home = (await columnOf(role, a)) === 'inside';
  const [own, other] = home ? [dormantHome, dormantAbroad] : [dormantAbroad, dormantHome];
  if (!listed.has(own) || listed.has(other)) throw new Error(`the unused accounts of ${home ? 'podlaskie' : 'mazowieckie'} are not listed exactly`);
}

const FB = 'FORBIDDEN';

const rows: MatrixRow[] = [
  {
    fn: 'lib/accounts/review.ts#listInactiveAccounts',
    role: 'rops_admin',
    call: (a) => inactiveSeen('rops_admin', a),
    expect: row('allow', '-', '-', 'allow', FB, FB, FB),
    note: 'allow = the unused accounts of its own województwo only',
  },
  {
    fn: 'lib/accounts/review.ts#listInactiveAccounts',
    role: 'rops_adviser',
    call: (a) => inactiveSeen('rops_adviser', a),
    expect: row(FB, '-', '-', FB, FB, FB, FB),
    note: 'accounts are managed by the ROPS administrator, not the adviser',
  },
  {
    fn: 'lib/accounts/review.ts#listInactiveAccounts',
    role: 'gops_animator',
    call: (a) => inactiveSeen('gops_animator', a),
    expect: row(FB, FB, FB, FB, FB, FB, FB),
  },
];

export default { setup, rows } satisfies RowModule;
