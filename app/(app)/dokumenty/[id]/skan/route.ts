import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { getDocumentScan } from '@/lib/documents/documents';
import { textResponse, uploadResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /dokumenty/<id>/skan — the signed scan, downloaded (never rendered inline: it is an upload). */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return textResponse(404, 'Nie znaleziono.');
  try {
    return uploadResponse(await getDocumentScan(actor, Number(id)));
  } catch (e) {
    return errorResponse(e);
  }
}
