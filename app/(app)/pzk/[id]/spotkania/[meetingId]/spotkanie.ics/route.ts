import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { textResponse } from '@/lib/pdf/response';
import { icsResponse } from '@/lib/pzk/ics';
import { meetingIcs } from '@/lib/pzk/meetings';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/spotkania/<meetingId>/spotkanie.ics — one meeting for the member's calendar. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string; meetingId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id, meetingId } = await ctx.params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(meetingId)) return textResponse(404, 'Nie znaleziono.');
  try {
    const { ics, filename } = await meetingIcs(actor, Number(id), Number(meetingId), process.env.NEXTAUTH_URL || req.nextUrl.origin);
    return icsResponse(ics, filename, { attachment: true });
  } catch (e) {
    return errorResponse(e);
  }
}
