import { calculatorPdf } from '@/lib/calculator/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /kalkulator/pdf?<the query of /kalkulator> — the inputs, the rates with sources, the table and totals. */
export const GET = pdfRoute((actor, _ids, req) => calculatorPdf(actor, req.nextUrl.searchParams));
