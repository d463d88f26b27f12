import { getActor } from '@/lib/auth/session';
import { csvResponse } from '@/lib/csv';
import { dashboardCsv } from '@/lib/implementations/dashboard-csv';
import { dashboardFilterFromParams } from '@/lib/implementations/dashboard-params';
import { errorResponse } from '@/lib/route-errors';

/** GET /wdrozenia/eksport.csv — the dashboard as CSV, with the page's filters. */
export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const { csv, filename } = await dashboardCsv(actor, dashboardFilterFromParams(new URL(req.url).searchParams));
    return csvResponse(csv, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
