import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users, type RoleAssignment } from '@/db/schema';
import type { AssignmentSummary } from './actor';
import { NO_VOIVODESHIP, ROLES, type ScopeLevel } from './roles';

/** The level an assignment acts at, from its role and the scope columns it has set. */
export function levelOf(a: Pick<RoleAssignment, 'role' | 'powiatId' | 'gminaId' | 'institutionId'>): ScopeLevel | null {
  const levels = ROLES[a.role].levels;
  if (levels.includes('national')) return 'national';
  if (levels.includes('institution')) return a.institutionId != null ? 'institution' : null;
  if (a.gminaId != null) return levels.includes('gmina') ? 'gmina' : null;
  if (a.powiatId != null) return levels.includes('powiat') ? 'powiat' : null;
  return levels.includes('voivodeship') ? 'voivodeship' : null;
}

type AssignmentWithNames = RoleAssignment & {
  voivodeship: { name: string } | null;
  powiat: { name: string; teryt: string } | null;
  gmina: { name: string; teryt: string } | null;
  institution: { name: string } | null;
};

export function scopeLabel(a: AssignmentWithNames, level: ScopeLevel): string {
  switch (level) {
    case 'national':
      return 'cały kraj';
    case 'voivodeship':
      return `województwo ${a.voivodeship?.name ?? ''}`;
    case 'powiat':
      return `powiat ${a.powiat?.name ?? ''}`;
    case 'gmina':
      return `gmina ${a.gmina?.name ?? ''}${a.powiat ? ` (powiat ${a.powiat.name})` : ''}`;
    case 'institution':
      return a.institution?.name ?? '';
  }
}

/** The page that shows the assignment's own area. */
function homeHref(a: AssignmentWithNames, level: ScopeLevel): string {
  if (level === 'gmina' && a.gmina) return `/gminy/${a.gmina.teryt}`;
  if (level === 'powiat' && a.powiat) return `/powiaty/${a.powiat.teryt}`;
  if (level === 'institution' && a.institutionId) return `/instytucje/${a.institutionId}`;
  return '/rejestr';
}

export function summarise(a: AssignmentWithNames): AssignmentSummary | null {
  const level = levelOf(a);
  if (!level) return null;
  if (level !== 'national' && a.voivodeshipId == null) return null;
  return {
    id: a.id,
    role: a.role,
    level,
    voivodeshipId: a.voivodeshipId ?? NO_VOIVODESHIP,
    powiatId: a.powiatId,
    gminaId: a.gminaId,
    institutionId: a.institutionId,
    scopeLabel: scopeLabel(a, level),
    homeHref: homeHref(a, level),
  };
}

/** The names of an assignment's places, as a relational query reads them (the summary's scope label). */
export const ASSIGNMENT_PLACES = {
  voivodeship: { columns: { name: true } },
  powiat: { columns: { name: true, teryt: true } },
  gmina: { columns: { name: true, teryt: true } },
  institution: { columns: { name: true } },
} as const;

/**
 * The user with their assignments, as one relational query, built once per database connection
 * object (drizzle's relational builder takes about a millisecond to build it, and every signed-in
 * request runs it) and executed with the user's id.
 */
function activeUserQuery(db: DbOrTx) {
  return db.query.users
    .findFirst({
      where: eq(users.id, sql.placeholder('userId')),
      columns: { id: true, email: true, name: true, status: true },
      with: { assignments: { with: ASSIGNMENT_PLACES, orderBy: (a, { asc }) => [asc(a.id)] } },
    })
    .prepare('load_active_user');
}
const activeUserQueries = new WeakMap<DbOrTx, ReturnType<typeof activeUserQuery>>();

/** An active user with their usable assignments, or null (unknown, pending, rejected, disabled). */
export async function loadActiveUser(db: DbOrTx, userId: string) {
  let query = activeUserQueries.get(db);
  if (!query) activeUserQueries.set(db, (query = activeUserQuery(db)));
  const user = await query.execute({ userId });
  if (!user || user.status !== 'active') return null;
  const assignments = user.assignments.map(summarise).filter((a): a is AssignmentSummary => a !== null);
  if (assignments.length === 0) return null;
  return { id: user.id, email: user.email, name: user.name, assignments };
}
