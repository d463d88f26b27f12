import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { dashboardFilterFromParams } from '@/lib/implementations/dashboard-params';
import { dashboardReportPdf } from '@/lib/pdf/reports';
import { pdfResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /wdrozenia/eksport.pdf?powiat=&etap=&zalegle=1&sort=&kierunek=malejaco — the dashboard's
 * list, filtered as on the page, as a landscape PDF.
 */
export async function GET(req: NextRequest) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  try {
    const { pdf, filename } = await dashboardReportPdf(actor, dashboardFilterFromParams(req.nextUrl.searchParams));
    return pdfResponse(pdf, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
