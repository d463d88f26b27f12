import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { calendarTokens, gminas, pzkMeetings, pzks } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { loadActiveUser } from '@/lib/auth/assignments';
import { meetingsToIcs } from './ics';
import { pzkAccess, pzksVisibleTo } from './access';
import { icsFields } from './meetings';
import { clock } from '@/lib/clock';
import { feedEntries, withEntries } from '@/lib/events/calendar';

/*
 * A personal calendar feed: a calendar app cannot sign in, so the URL carries a secret. Only its
 * SHA-256 is stored — the URL is shown once, when it is generated; regenerating replaces the hash,
 * and the old URL stops working at once.
 *
 * What the feed holds: the meetings (time, place, agenda areas — see ics.ts) of every PZK the
 * user currently takes part in as a member or runs, in any of their active role assignments.
 * Guests (invited institutions without a signed agreement) are left out — meeting pages are
 * members' pages — and so is ROPS's oversight of every PZK of the województwo (observers do not
 * sit on the teams; a feed of hundreds of gminas would help nobody).
 */

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
/** Meetings older than this are left out of the feed. */
const FEED_HISTORY_DAYS = 365;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Whether the user has a feed address, and since when (the address itself cannot be shown again). */
export async function feedStatus(actor: Actor) {
  const [row] = await getDb().select({ createdAt: calendarTokens.createdAt }).from(calendarTokens).where(eq(calendarTokens.userId, actor.userId));
  return { createdAt: row?.createdAt ?? null };
}

/** Generates (or replaces) the user's feed secret; returns it once, for the URL. */
export async function regenerateFeedToken(actor: Actor): Promise<{ token: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await getDb().transaction(async (tx) => {
    await tx
      .insert(calendarTokens)
      .values({ userId: actor.userId, tokenHash })
      .onConflictDoUpdate({ target: calendarTokens.userId, set: { tokenHash, createdAt: clock.now() } });
    await audit(tx, actor, { action: 'calendar.token_regenerated', entityType: 'calendar', entityId: actor.userId });
  });
  return { token };
}

/** The feed's path for a token. */
export const feedPath = (token: string) => `/kalendarz/${token}.ics`;

/**
 * The feed for a token (with or without the ".ics" suffix), or null when the token is unknown or
 * its user can no longer sign in — the caller answers 404 either way.
 */
export async function feedForToken(rawToken: string, baseUrl: string, now = clock.now()): Promise<string | null> {
  const token = rawToken.replace(/\.ics$/i, '');
  if (!TOKEN_RE.test(token)) return null;
  const db = getDb();
  const [row] = await db.select({ userId: calendarTokens.userId }).from(calendarTokens).where(eq(calendarTokens.tokenHash, hashToken(token)));
  if (!row) return null;
  const user = await loadActiveUser(db, row.userId);
  if (!user) return null;

  const pzkIds = new Set<number>();
  for (const scope of user.assignments) {
    if (scope.level === 'voivodeship') continue;
    const actor: Actor = { userId: user.id, email: user.email, name: user.name, scope, assignments: user.assignments, ip: null };
    const visible = await db.select().from(pzks).where(pzksVisibleTo(actor));
    for (const p of visible) {
      if (pzkIds.has(p.id)) continue;
      const access = scope.level === 'institution' ? await pzkAccess(db, scope, p) : 'member';
      if (access === 'member' || access === 'manage') pzkIds.add(p.id);
    }
  }
  const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000);
  const meetings = pzkIds.size
    ? await db
        .select({ ...icsFields, gminaName: gminas.name })
        .from(pzkMeetings)
        .innerJoin(pzks, eq(pzks.id, pzkMeetings.pzkId))
        .innerJoin(gminas, eq(gminas.id, pzks.gminaId))
        .where(and(inArray(pzkMeetings.pzkId, [...pzkIds]), gte(pzkMeetings.startsAt, since)))
        .orderBy(asc(pzkMeetings.startsAt))
    : [];
  // The województwo's calendar (lib/events): events, WZK meetings and trainings that concern the user.
  const regional = await feedEntries(db, { id: user.id, email: user.email, assignments: user.assignments }, since);
  return withEntries(meetingsToIcs(meetings, { calendarName: 'Spotkania PZK — Kooperacja', baseUrl, now }), regional, baseUrl, now);
}
