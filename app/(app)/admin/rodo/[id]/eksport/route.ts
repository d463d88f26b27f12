import { NextResponse, type NextRequest } from 'next/server';
import { loginHref } from '@/lib/auth/return-path';
import { getActor } from '@/lib/auth/session';
import { jsonDownload, textResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';
import { exportForRequest } from '@/lib/rodo/access-summary';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /admin/rodo/<id>/eksport — for a request of access (RODO art. 15): the whole case as a JSON
 * file (the case export), for the ROPS administrator of the request's województwo; audited.
 */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL(loginHref(req.nextUrl.pathname), req.url));
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return textResponse(404, 'Nie znaleziono.');
  try {
    const { filename, data } = await exportForRequest(actor, Number(id));
    return jsonDownload(data, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
