import { progressReportPdf } from '@/lib/pdf/reports';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /wdrozenia/<id>/raport.pdf — "Raport postępu wdrożenia" of one gmina, shown in the browser. */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => progressReportPdf(actor, id));
