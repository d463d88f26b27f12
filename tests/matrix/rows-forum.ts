import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { forumThreads } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createRegionalThread, listRegionalThreads, pzkForum } from '@/lib/forum/forum';
import { actorIn, m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Forum rows (lib/forum): a PZK's forum is a members' page (ROPS reads it without writing, a guest
 * is refused); the regional forum is every signed-in person's of their own województwo — someone
 * of mazowieckie reads and writes in mazowieckie's, never in podlaskie's; the national
 * administrator belongs to no województwo.
 */

/** A thread of mazowieckie's regional forum. */
let foreignRegionalThreadId: number;

async function setup() {
  ({ id: foreignRegionalThreadId } = await createRegionalThread((await actorIn('gops_animator', 'otherVoivodeship'))!, { title: 'Wymiana doświadczeń na Mazowszu', body: 'Jak organizujecie dyżury?' }));
}

const inPodlaskie = (a: Actor) => a.scope.voivodeshipId === m.s.pzk.voivodeshipId;

/** The PZK forum as a place; `canPost` as the row says (members write, ROPS only reads). */
async function forum(a: Actor, canPost: boolean) {
  const r = await pzkForum(a, m.s.pzk.id);
  if (r.canPost !== canPost) throw new Error(`canPost: ${r.canPost}`);
  return r;
}

/** The regional threads: exactly those of the actor's own województwo, never a PZK's thread. */
async function regionalThreads(a: Actor) {
  const ids = (await listRegionalThreads(a)).threads.map((t) => t.id);
  if (ids.includes(m.regionalThreadId) !== inPodlaskie(a)) throw new Error(inPodlaskie(a) ? 'misses podlaskie\'s thread' : 'lists podlaskie\'s thread');
  if (ids.includes(foreignRegionalThreadId) === inPodlaskie(a)) throw new Error(inPodlaskie(a) ? 'lists mazowieckie\'s thread' : 'misses mazowieckie\'s thread');
  if (ids.includes(m.threadId)) throw new Error('lists a thread of a PZK forum');
}

let threadNo = 0;
/** A new regional thread; it must land in the actor's own województwo's forum. */
async function newRegionalThread(a: Actor) {
  const { id } = await createRegionalThread(a, { title: `Pytanie do wszystkich ${++threadNo}`, body: 'Czy ktoś prowadził już superwizję?' });
  const [t] = await getDb().select().from(forumThreads).where(eq(forumThreads.id, id));
  if (t.voivodeshipId !== a.scope.voivodeshipId || t.pzkId !== null) throw new Error('the thread landed outside the actor\'s regional forum');
}

//                                               inside       neighbour    otherPowiat  otherVoiv    guest        otherPzk     national
const rows: MatrixRow[] = [
  { fn: 'lib/forum/forum.ts#pzkForum', role: 'gops_animator', call: (a) => forum(a, true), expect: row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND') },
  { fn: 'lib/forum/forum.ts#pzkForum', role: 'rops_adviser', call: (a) => forum(a, false), expect: row('allow', '-', '-', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'), note: 'allow = reads, may not post' },
  // The regional forum: allow = sees its own województwo's threads only.
  { fn: 'lib/forum/forum.ts#listRegionalThreads', role: 'gops_animator', call: regionalThreads, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN') },
  { fn: 'lib/forum/forum.ts#listRegionalThreads', role: 'wzk_member', call: regionalThreads, expect: row('allow', '-', '-', 'allow', 'allow', 'allow', 'FORBIDDEN') },
  { fn: 'lib/forum/forum.ts#createRegionalThread', role: 'pzk_member', call: newRegionalThread, expect: row('allow', 'allow', 'allow', 'allow', 'allow', 'allow', 'FORBIDDEN'), note: 'allow = a thread of the actor\'s own województwo' },
];

export default { setup, rows } satisfies RowModule;
