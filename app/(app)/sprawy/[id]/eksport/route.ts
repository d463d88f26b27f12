import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { exportCase } from '@/lib/cases/export';
import { jsonDownload } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /sprawy/<id>/eksport — the whole case as a JSON file (the family's right of access, RODO
 * art. 15), for the key worker and the animators; every export is written to the audit log.
 */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return new Response('Nie znaleziono.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
  try {
    const { filename, data } = await exportCase(actor, Number(id));
    return jsonDownload(data, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
