import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { dataRequests } from '@/db/schema';
import { can } from '@/lib/auth/policy';
import { REQUEST_KINDS } from '@/lib/rodo/request-schemas';
import type { InboxItem, InboxSourceFn } from '../types';

/*
 * Data-subject requests (issue 16, item 2) still open in the ROPS administrator's województwo,
 * each due on its deadline (the extended one where there is one, else a month after receipt —
 * RODO art. 12 ust. 3): an overdue request lands in "Zaległe". The item names the request's number
 * and kind, never the person.
 */

/** At most this many requests; the register lists them all. */
export const DATA_REQUEST_LIMIT = 50;

export const dataRequestItems: InboxSourceFn = async (db, actor) => {
  const s = actor.scope;
  if (!can(s, 'data_request.manage', { voivodeshipId: s.voivodeshipId })) return [];
  const deadline = sql<string>`coalesce(${dataRequests.extendedUntil}, ${dataRequests.dueOn})`;
  const rows = await db
    .select({ id: dataRequests.id, number: dataRequests.number, kind: dataRequests.kind, deadline })
    .from(dataRequests)
    .where(and(eq(dataRequests.voivodeshipId, s.voivodeshipId), isNull(dataRequests.doneOn)))
    .orderBy(asc(deadline), asc(dataRequests.id))
    .limit(DATA_REQUEST_LIMIT);
  return rows.map(
    (r): InboxItem => ({
      key: `data-request:${r.id}`,
      source: 'data_request',
      what: `Odpowiedz na żądanie ${r.number}: ${REQUEST_KINDS[r.kind]}`,
      where: 'rejestr żądań RODO',
      dueOn: r.deadline,
      href: `/admin/rodo/${r.id}`,
      nav: '/admin/rodo',
    }),
  );
};
