import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { contactListPdf } from '@/lib/pzk/pdf';
import { pdfResponse, textResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/kontakty/pdf — the team's contact list, members only. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return textResponse(404, 'Nie znaleziono.');
  try {
    const { pdf, filename } = await contactListPdf(actor, Number(id));
    return pdfResponse(pdf, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
