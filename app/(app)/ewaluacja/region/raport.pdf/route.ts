import { regionalReportPdf } from '@/lib/evaluation/documents';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /ewaluacja/region/raport.pdf — the figures of every implementation of the województwo (ROPS, WZK). */
export const GET = pdfRoute((actor) => regionalReportPdf(actor));
