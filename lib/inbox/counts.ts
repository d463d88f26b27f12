import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { keptForSession } from '@/lib/session-memo';
import { countByNav } from './group';
import { getInbox } from './inbox';

/**
 * The actor's inbox once per request (React `cache`): the menu's counts and the pulpit's list come
 * from the same computation, itself kept a short while for the session while nothing is written
 * (lib/session-memo.ts).
 */
export const requestInbox = cache((actor: Actor) => keptForSession(actor, 'inbox', () => getInbox(actor)));

/**
 * How many inbox items wait behind each navigation entry (key: the entry's href, e.g. "/sprawy"),
 * for the counts in the menu.
 */
export const inboxCounts = cache(async (actor: Actor): Promise<Record<string, number>> => countByNav((await requestInbox(actor)).items));
