import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { pdfResponse, textResponse } from '@/lib/pdf/response';
import { minutesPdf } from '@/lib/pzk/meetings';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/spotkania/<meetingId>/protokol.pdf — the minutes, members only; a draft until published. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string; meetingId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id, meetingId } = await ctx.params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(meetingId)) return textResponse(404, 'Nie znaleziono.');
  try {
    const { pdf, filename } = await minutesPdf(actor, Number(id), Number(meetingId));
    return pdfResponse(pdf, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
