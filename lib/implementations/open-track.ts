import { isNull } from 'drizzle-orm';
import { tracks } from '@/db/schema';

/**
 * The gmina's current schedule: a track not closed by a decision at step 9.2. An earlier cycle's
 * track stays readable (its page and report) but is no "current" anything — the dashboard, the
 * menu, notifications, evidence from trainings and agreements all mean this one.
 */
export const openTrack = isNull(tracks.closedAt);

/** The Polish refusal of any change to a closed cycle's schedule. */
export const CLOSED_CYCLE_MESSAGE = 'Ten cykl wdrożenia jest zamknięty — zmiany wprowadzaj w bieżącym cyklu.';
