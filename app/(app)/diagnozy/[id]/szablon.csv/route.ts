import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { loginHref } from '@/lib/auth/return-path';
import { csvResponse } from '@/lib/csv';
import { diagnosisCsvTemplate } from '@/lib/diagnosis/csv';
import { errorResponse } from '@/lib/route-errors';

export const dynamic = 'force-dynamic';

/** GET /diagnozy/<id>/szablon.csv — the gminas' figures as a spreadsheet to fill in and import back. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL(loginHref(req.nextUrl.pathname), req.url));
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return new Response('Nie znaleziono.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    const { csv, filename } = await diagnosisCsvTemplate(actor, Number(id));
    return csvResponse(csv, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
