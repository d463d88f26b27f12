import { getActor } from '@/lib/auth/session';
import { csvResponse } from '@/lib/csv';
import { needsCsv } from '@/lib/school/needs';
import { errorResponse } from '@/lib/route-errors';

export const dynamic = 'force-dynamic';

/** GET /szkola/potrzeby/eksport.csv?rok=2027 — the year's training needs for planning (ROPS). */
export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const rok = new URL(req.url).searchParams.get('rok');
    const { csv, filename } = await needsCsv(actor, rok && /^\d{4}$/.test(rok) ? Number(rok) : undefined);
    return csvResponse(csv, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
