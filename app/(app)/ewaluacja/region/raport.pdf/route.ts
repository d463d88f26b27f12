import { regionalReportPdf } from '@/lib/evaluation/documents';
import { pdfRoute } from '@/lib/pdf/route';
import { evaluationYear } from '@/lib/wzk/evaluation';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /ewaluacja/region/raport.pdf — the figures of every implementation of the województwo (ROPS, WZK). */
export const GET = pdfRoute((actor, _ids, req) => regionalReportPdf(actor, undefined, evaluationYear(req.nextUrl.searchParams.get('rok') ?? undefined)));
