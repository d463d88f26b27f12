import 'server-only';
import { and, asc, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { forumPosts, forumThreads, voivodeships, type ModelVariant } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { mayEver } from '@/lib/auth/policy';
import { forbiddenError, notFoundError, RefusedError, refusedChange, refusedError } from '@/lib/errors';
import { appUrl, notifyPzk } from '@/lib/notifications/outbox';
import { loadPzk } from '@/lib/pzk/pzk';
import { parseInput } from '@/lib/validation/parse';
import { postSchema, threadSchema } from './schemas';

/*
 * Two kinds of forum share one model: a PZK's forum (pzkId set) is a members' page — observers
 * (ROPS) read it, guests do not — and the regional forum (pzkId null) is open to every signed-in
 * user of the województwo. Threads are always looked up through the place's condition, so a
 * thread of another PZK or województwo is simply not found.
 */

interface Place {
  voivodeshipId: number;
  pzkId: number | null;
  /** The condition selecting this place's threads. */
  where: SQL;
  canPost: boolean;
  /** Where the forum lives in the app, for links (e-mails included). */
  path: string;
  pzkName: string | null;
  /** The PZK's model variant (its tabs' words); null for the regional forum. */
  variant: ModelVariant | null;
  mayViewCoaching: boolean;
}

async function pzkPlace(actor: Actor, pzkId: number, threadId?: number): Promise<Place> {
  const pzk = await loadPzk(actor, pzkId, 'member').catch(async (e) => {
    throw await asThreadRefusal(e, pzkId, threadId);
  });
  return {
    voivodeshipId: pzk.voivodeshipId,
    pzkId: pzk.id,
    where: and(eq(forumThreads.voivodeshipId, pzk.voivodeshipId), eq(forumThreads.pzkId, pzk.id))!,
    canPost: pzk.access === 'manage' || pzk.access === 'member',
    path: `/pzk/${pzk.id}/forum`,
    pzkName: pzk.name,
    variant: pzk.variant,
    mayViewCoaching: pzk.mayViewCoaching,
  };
}

/** A refusal of the team, when a thread of its forum was asked for, is audited as that thread's. */
async function asThreadRefusal(e: unknown, pzkId: number, threadId: number | undefined) {
  if (!(e instanceof RefusedError) || threadId == null) return e;
  const [t] = await getDb().select({ id: forumThreads.id }).from(forumThreads).where(and(eq(forumThreads.id, threadId), eq(forumThreads.pzkId, pzkId)));
  if (!t) return e;
  return new RefusedError(e.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'NOT_FOUND', e.message, { type: 'forum', id: t.id, voivodeshipId: e.entity.voivodeshipId });
}

function regionalPlace(actor: Actor): Place {
  // The national administrator belongs to no województwo, so to no regional forum.
  if (!mayEver(actor.scope, 'region.view')) throw forbiddenError();
  const voivodeshipId = actor.scope.voivodeshipId;
  return {
    voivodeshipId,
    pzkId: null,
    where: and(eq(forumThreads.voivodeshipId, voivodeshipId), isNull(forumThreads.pzkId))!,
    canPost: true,
    path: '/forum',
    pzkName: null,
    variant: null,
    mayViewCoaching: false,
  };
}

function mustPost(place: Place) {
  if (!place.canPost) throw refusedChange('pzk', place.pzkId ?? 0, place.voivodeshipId, 'ROPS ma wgląd w forum zespołu bez możliwości pisania.');
}

const authorName = (actor: Actor) => actor.name || actor.email;

async function threadsOf(place: Place) {
  return getDb()
    .select({
      id: forumThreads.id,
      title: forumThreads.title,
      createdByName: forumThreads.createdByName,
      createdAt: forumThreads.createdAt,
      lastPostAt: forumThreads.lastPostAt,
      postCount: count(forumPosts.id),
    })
    .from(forumThreads)
    .leftJoin(forumPosts, eq(forumPosts.threadId, forumThreads.id))
    .where(place.where)
    .groupBy(forumThreads.id)
    .orderBy(desc(forumThreads.lastPostAt), desc(forumThreads.id));
}

const THREAD_NOT_FOUND = 'Nie znaleziono wątku.';

async function threadOf(db: DbOrTx, place: Place, threadId: number) {
  const [t] = await db
    .select({ id: forumThreads.id, title: forumThreads.title, createdByName: forumThreads.createdByName, createdAt: forumThreads.createdAt })
    .from(forumThreads)
    .where(and(place.where, eq(forumThreads.id, threadId)));
  if (t) return t;
  // A thread of another team or województwo: refused as "not found", and audited.
  const [elsewhere] = await db.select({ voivodeshipId: forumThreads.voivodeshipId }).from(forumThreads).where(eq(forumThreads.id, threadId));
  throw elsewhere ? refusedError('forum', threadId, elsewhere.voivodeshipId, THREAD_NOT_FOUND) : notFoundError(THREAD_NOT_FOUND);
}

async function threadPage(place: Place, threadId: number) {
  const db = getDb();
  const thread = await threadOf(db, place, threadId);
  const posts = await db
    .select({ id: forumPosts.id, body: forumPosts.body, authorName: forumPosts.authorName, createdAt: forumPosts.createdAt })
    .from(forumPosts)
    .where(eq(forumPosts.threadId, thread.id))
    .orderBy(asc(forumPosts.createdAt), asc(forumPosts.id));
  return { thread, posts, canPost: place.canPost };
}

/** Tells the other members of a PZK who wrote in which thread — never what: the e-mail leaves the platform. */
async function notifyMembers(tx: DbOrTx, actor: Actor, place: Place, thread: { id: number; title: string }, newThread: boolean) {
  if (place.pzkId == null) return;
  const who = authorName(actor);
  // Not even the title: it is free text and may name a family.
  const what = newThread ? 'rozpoczyna nowy wątek' : 'dodaje wpis w wątku';
  await notifyPzk(
    tx,
    place.pzkId,
    'forum_post',
    {
      subject: `Forum zespołu — ${place.pzkName}`,
      body: `${who} ${what} na forum zespołu ${place.pzkName}.\n\nPrzeczytaj na platformie: ${appUrl(`${place.path}/${thread.id}`)}`,
    },
    { exceptUserId: actor.userId },
  );
}

async function createThread(actor: Actor, place: Place, input: unknown) {
  mustPost(place);
  const v = parseInput(threadSchema, input);
  return getDb().transaction(async (tx) => {
    const [thread] = await tx
      .insert(forumThreads)
      .values({ voivodeshipId: place.voivodeshipId, pzkId: place.pzkId, title: v.title, createdBy: actor.userId, createdByName: authorName(actor) })
      .returning({ id: forumThreads.id, title: forumThreads.title, lastPostAt: forumThreads.lastPostAt });
    const [post] = await tx.insert(forumPosts).values({ threadId: thread.id, body: v.body, authorId: actor.userId, authorName: authorName(actor) }).returning({ id: forumPosts.id });
    await audit(tx, actor, { action: 'forum.thread_created', entityType: 'forum', entityId: thread.id, voivodeshipId: place.voivodeshipId, details: { pzkId: place.pzkId, postId: post.id } });
    await notifyMembers(tx, actor, place, thread, true);
    return { id: thread.id };
  });
}

async function addPost(actor: Actor, place: Place, input: unknown) {
  mustPost(place);
  const v = parseInput(postSchema, input);
  return getDb().transaction(async (tx) => {
    const thread = await threadOf(tx, place, v.threadId);
    const [post] = await tx.insert(forumPosts).values({ threadId: thread.id, body: v.body, authorId: actor.userId, authorName: authorName(actor) }).returning({ id: forumPosts.id, createdAt: forumPosts.createdAt });
    await tx.update(forumThreads).set({ lastPostAt: post.createdAt }).where(eq(forumThreads.id, thread.id));
    await audit(tx, actor, { action: 'forum.post_created', entityType: 'forum', entityId: thread.id, voivodeshipId: place.voivodeshipId, details: { pzkId: place.pzkId, postId: post.id } });
    await notifyMembers(tx, actor, place, thread, false);
    return { id: post.id, threadId: thread.id };
  });
}

// ---------------------------------------------------------------------------
// A PZK's forum
// ---------------------------------------------------------------------------

/** The PZK forum as a place: whether the actor may write in it (the new-thread page asks). */
export async function pzkForum(actor: Actor, pzkId: number) {
  const place = await pzkPlace(actor, pzkId);
  return { pzk: { id: place.pzkId!, name: place.pzkName!, variant: place.variant!, mayViewCoaching: place.mayViewCoaching }, canPost: place.canPost };
}

/** The PZK forum's threads, most recently active first, with post counts. */
export async function listPzkThreads(actor: Actor, pzkId: number) {
  const place = await pzkPlace(actor, pzkId);
  return { pzk: { id: place.pzkId!, name: place.pzkName!, variant: place.variant!, mayViewCoaching: place.mayViewCoaching }, canPost: place.canPost, threads: await threadsOf(place) };
}

/** One thread of the PZK forum with its posts, oldest first. */
export async function getPzkThread(actor: Actor, pzkId: number, threadId: number) {
  const place = await pzkPlace(actor, pzkId, threadId);
  return { pzk: { id: place.pzkId!, name: place.pzkName!, variant: place.variant!, mayViewCoaching: place.mayViewCoaching }, ...(await threadPage(place, threadId)) };
}

export async function createPzkThread(actor: Actor, pzkId: number, input: unknown) {
  return createThread(actor, await pzkPlace(actor, pzkId), input);
}

export async function addPzkPost(actor: Actor, pzkId: number, input: unknown) {
  return addPost(actor, await pzkPlace(actor, pzkId), input);
}

// ---------------------------------------------------------------------------
// The regional forum of the actor's województwo
// ---------------------------------------------------------------------------

async function voivodeshipName(id: number) {
  const [v] = await getDb().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, id));
  return v?.name ?? '';
}

export async function listRegionalThreads(actor: Actor) {
  const place = regionalPlace(actor);
  return { voivodeshipName: await voivodeshipName(place.voivodeshipId), canPost: place.canPost, threads: await threadsOf(place) };
}

export async function getRegionalThread(actor: Actor, threadId: number) {
  const place = regionalPlace(actor);
  return { voivodeshipName: await voivodeshipName(place.voivodeshipId), ...(await threadPage(place, threadId)) };
}

export async function createRegionalThread(actor: Actor, input: unknown) {
  return createThread(actor, regionalPlace(actor), input);
}

export async function addRegionalPost(actor: Actor, input: unknown) {
  return addPost(actor, regionalPlace(actor), input);
}
