import type { NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { eventIcsFile } from '@/lib/events/events';
import { textResponse } from '@/lib/pdf/response';
import { icsResponse } from '@/lib/pzk/ics';
import { errorResponse } from '@/lib/route-errors';

/** One event as an .ics file (linked from its page and from e-mails): for whoever may see the event. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return textResponse(404, 'Nie znaleziono.');
  try {
    const body = await eventIcsFile(await getActor(), Number(id), req.nextUrl.origin);
    return icsResponse(body, `wydarzenie-${id}.ics`, { attachment: true });
  } catch (e) {
    return errorResponse(e);
  }
}
