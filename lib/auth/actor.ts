import type { Role } from '@/db/schema';
import type { Scope } from './policy';

export interface AssignmentSummary extends Scope {
  id: number;
  /** Human-readable scope, e.g. "gmina Janów (powiat sokólski)". */
  scopeLabel: string;
  /** The page of the assignment's own gmina, powiat or institution. */
  homeHref: string;
}

/** The user acting in one of their role assignments, as every domain function receives them. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  scope: AssignmentSummary;
  assignments: AssignmentSummary[];
  ip: string | null;
  /** The signed-in session (user_sessions.id) the request came with. */
  sessionId?: string;
}

/** Who opens a public page: a signed-in user, or null for an anonymous visitor (policy `public`). */
export type Visitor = Actor | null;

export type { Role };
