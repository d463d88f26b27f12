import { auditExportRows } from '@/lib/audit-log';
import { getActor } from '@/lib/auth/session';
import { csvResponse, toCsv } from '@/lib/csv';
import { errorResponse } from '@/lib/route-errors';
import { dateParam, param } from '@/lib/search-params';

export const dynamic = 'force-dynamic';

/**
 * GET /admin/audyt/eksport.csv?czynnosc=…&uzytkownik=…&od=…&do=… — the audit log of the page's
 * filter for an inspector, with the chains' heads as the last lines (ROPS administrator).
 */
export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const sp = Object.fromEntries(new URL(req.url).searchParams);
    const { columns, rows, filename } = await auditExportRows(actor, { action: param(sp, 'czynnosc'), user: param(sp, 'uzytkownik'), from: dateParam(sp, 'od'), to: dateParam(sp, 'do') });
    return csvResponse(toCsv(columns, rows), filename);
  } catch (e) {
    return errorResponse(e);
  }
}
