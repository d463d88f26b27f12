import { evaluationReportPdf } from '@/lib/evaluation/documents';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /ewaluacja/<id>/raport.pdf — the step 9.2 report of an implementation, for the council committees. */
export const GET = pdfRoute<{ implementationId: string }>((actor, { implementationId }) => evaluationReportPdf(actor, implementationId));
