import { stringify } from 'csv-stringify/sync';
import { getActor } from '@/lib/auth/session';
import { needsCsv } from '@/lib/school/needs';
import { errorResponse } from '@/lib/route-errors';
import { csvResponse } from '@/lib/services/csv-export';

export const dynamic = 'force-dynamic';

/** GET /szkola/potrzeby/eksport.csv?rok=2027 — the year's training needs for planning (ROPS). */
export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const rok = new URL(req.url).searchParams.get('rok');
    const { year, rows } = await needsCsv(actor, rok && /^\d{4}$/.test(rok) ? Number(rok) : undefined);
    return csvResponse(stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' }), `potrzeby-szkoleniowe-${year}.csv`);
  } catch (e) {
    return errorResponse(e);
  }
}
