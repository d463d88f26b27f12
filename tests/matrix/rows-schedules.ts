import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tracks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getTrack } from '@/lib/implementations/tracks';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The województwo's regional track (issue 14, item 1): ROPS and WZK read it over the województwo;
 * the animators of any implementation it serves read it too (podlaskie has implementations in
 * powiat sokólski — Janów, Dąbrowa — and in powiat białostocki — Choroszcz); no one else is told
 * it exists. Only ROPS changes it (schedule.update, rows-core).
 */

let regionalId: number;

async function setup() {
  const [r] = await getDb()
    .select({ id: tracks.id })
    .from(tracks)
    .where(and(eq(tracks.kind, 'regional'), eq(tracks.voivodeshipId, m.s.pzk.voivodeshipId)));
  regionalId = r.id;
}

async function readRegional(a: Actor) {
  const t = await getTrack(a, regionalId);
  if (t.track.kind !== 'regional' || t.track.voivodeshipId !== m.s.pzk.voivodeshipId) throw new Error(`not podlaskie's regional track: ${t.track.id}`);
}

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'pcpr_animator', call: readRegional, expect: row('allow', '-', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'regional track: both powiats of podlaskie in the fixture implement' },
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'gops_animator', call: readRegional, expect: row('allow', 'allow', 'allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'regional track: Janów, Dąbrowa and Choroszcz implement' },
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'social_worker', call: readRegional, expect: row('NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'regional track: animators only, not every reader of a gmina track' },
  { fn: 'lib/implementations/tracks.ts#getTrack', role: 'wzk_member', call: readRegional, expect: row('allow', '-', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'regional track of the own województwo' },
];

export default { setup, rows } satisfies RowModule;
