import { sql } from 'drizzle-orm';
import { pzkMembers, users } from '@/db/schema';

/**
 * The platform account of a PZK member, in SQL over `pzk_members`: the linked one, or else the
 * active account with the member's e-mail (most members are added by name and e-mail before they
 * have an account; the link is not written when they register).
 */
export const memberAccountId = sql<string | null>`coalesce(${pzkMembers.userId}, (select ${users.id} from ${users} where ${users.email} = lower(${pzkMembers.email}) and ${users.status} = 'active' limit 1))`;
