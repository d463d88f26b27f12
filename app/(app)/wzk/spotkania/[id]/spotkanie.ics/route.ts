import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { textResponse } from '@/lib/pdf/response';
import { icsResponse } from '@/lib/pzk/ics';
import { errorResponse } from '@/lib/route-errors';
import { wzkMeetingIcs } from '@/lib/wzk/documents';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /wzk/spotkania/<id>/spotkanie.ics — one WZK meeting for the reader's calendar. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return textResponse(404, 'Nie znaleziono.');
  try {
    const { ics, filename } = await wzkMeetingIcs(actor, Number(id), process.env.NEXTAUTH_URL || req.nextUrl.origin);
    return icsResponse(ics, filename, { attachment: true });
  } catch (e) {
    return errorResponse(e);
  }
}
