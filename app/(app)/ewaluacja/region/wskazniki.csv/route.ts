import { getActor } from '@/lib/auth/session';
import { csvResponse } from '@/lib/csv';
import { regionalCsv } from '@/lib/evaluation/documents';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /ewaluacja/region/wskazniki.csv — the regional figures, a row per implementation and the totals. */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const { csv, filename } = await regionalCsv(actor);
    return csvResponse(csv, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
