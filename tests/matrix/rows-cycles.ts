import type { Actor } from '@/lib/auth/actor';
import { cycleView, decideCycle } from '@/lib/cycles/cycles';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The PZK's decision at step 9.2 (issue 18 §6) on Janów's schedule. The fixture's cycle has not
 * reached 9.2 (and must stay open for the other modules), so a decision by someone allowed ends in
 * INVALID ("najpierw zakończ podkrok 9.1") — past the authorization, nothing written. Who may not
 * decide but sees the schedule (ROPS, a councillor, a PZK member — the guest column) is FORBIDDEN;
 * who does not see it, NOT_FOUND.
 */

const decide = (a: Actor) => decideCycle(a, { trackId: m.trackId, decision: 'continue', decidedOn: '2027-03-01', basis: 'Uchwała PZK nr 1/2027' });

async function view(a: Actor) {
  const r = await cycleView(a, m.trackId);
  if (r.track.id !== m.trackId || r.decision !== null || r.formOpen) throw new Error('unexpected cycle view');
}

const F = 'lib/cycles/cycles.ts';
//                                          inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: `${F}#decideCycle`, role: 'pcpr_animator', call: decide, expect: row('INVALID', '-', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'allowed: refused only by the 9.2 rule' },
  { fn: `${F}#decideCycle`, role: 'gops_animator', call: decide, expect: row('INVALID', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#decideCycle`, role: 'rops_adviser', call: decide, expect: row('FORBIDDEN', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'ROPS sees the schedule, the PZK decides' },
  { fn: `${F}#decideCycle`, role: 'councillor', call: decide, expect: row('FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#cycleView`, role: 'gops_animator', call: view, expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: `${F}#cycleView`, role: 'rops_adviser', call: view, expect: row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND') },
];

export default { rows } satisfies RowModule;
