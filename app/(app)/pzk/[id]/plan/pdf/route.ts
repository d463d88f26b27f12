import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { pdfResponse, textResponse } from '@/lib/pdf/response';
import { workPlanPdf } from '@/lib/pzk/pdf';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/plan/pdf[?wersja=N] — the team's work plan, members only. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id } = await ctx.params;
  const version = req.nextUrl.searchParams.get('wersja');
  if (!/^\d{1,9}$/.test(id) || (version !== null && !/^\d{1,6}$/.test(version))) return textResponse(404, 'Nie znaleziono.');
  try {
    const { pdf, filename } = await workPlanPdf(actor, Number(id), version ? Number(version) : undefined);
    return pdfResponse(pdf, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
