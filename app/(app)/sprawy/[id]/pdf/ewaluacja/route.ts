import { evaluationPdf } from '@/lib/cases/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/ewaluacja — the final evaluation. */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => evaluationPdf(actor, id));
