import type { NextRequest } from 'next/server';
import { csvResponse } from '@/lib/csv';
import { errorResponse } from '@/lib/route-errors';
import { servicesCsv } from '@/lib/services/csv-export';
import { exportRegionalServices } from '@/lib/services/services';

export const dynamic = 'force-dynamic';

/** GET /uslugi/eksport.csv?woj=<id> — a województwo's regional list; public, like the page. */
export async function GET(req: NextRequest) {
  const woj = req.nextUrl.searchParams.get('woj') ?? '';
  if (!/^\d{1,9}$/.test(woj)) return new Response('Wybierz województwo (parametr woj).', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    const { fileName, rows } = await exportRegionalServices(Number(woj));
    return csvResponse(servicesCsv(rows, 'regional'), fileName);
  } catch (e) {
    return errorResponse(e);
  }
}
