import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { errorResponse } from '@/lib/route-errors';
import { csvResponse } from '@/lib/csv';
import { servicesCsv } from '@/lib/services/csv-export';
import { exportPzkServices } from '@/lib/services/services';

export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/uslugi/eksport.csv — the published entries of the list, for whoever may read it. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return new Response('Nie znaleziono.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    const { fileName, rows } = await exportPzkServices(actor, Number(id));
    return csvResponse(servicesCsv(rows, 'pzk'), fileName);
  } catch (e) {
    return errorResponse(e);
  }
}
