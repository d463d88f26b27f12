import { dashboardFilterFromParams } from '@/lib/implementations/dashboard-params';
import { dashboardReportPdf } from '@/lib/pdf/reports';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /wdrozenia/eksport.pdf?powiat=&etap=&zalegle=1&sort=&kierunek=malejaco — the dashboard's
 * list, filtered as on the page, as a landscape PDF.
 */
export const GET = pdfRoute((actor, _ids, req) => dashboardReportPdf(actor, dashboardFilterFromParams(req.nextUrl.searchParams)));
