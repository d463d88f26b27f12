import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/actor';

/**
 * How many inbox items wait behind each navigation entry (key: the entry's href), for the counts in
 * the menu. Stub until lib/inbox/inbox.ts exists: no counts.
 */
export const inboxCounts = cache(async (_actor: Actor): Promise<Record<string, number>> => ({}));
