import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { documentPdf } from '@/lib/documents/pdf';
import { pdfResponse, textResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /dokumenty/<id>/pdf[?wersja=N] — the document (or one revision of it) as a PDF. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id } = await ctx.params;
  const revision = req.nextUrl.searchParams.get('wersja');
  if (!/^\d{1,9}$/.test(id) || (revision !== null && !/^\d{1,6}$/.test(revision))) return textResponse(404, 'Nie znaleziono.');
  try {
    const { pdf, filename } = await documentPdf(actor, Number(id), revision ? Number(revision) : undefined);
    return pdfResponse(pdf, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
