import { monitoringSheetPdf } from '@/lib/cases/family-papers';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/karta-monitoringu — the monitoring sheet of the current IPP (0–10 scales to mark by hand); whoever may open the case (the print is audited). */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => monitoringSheetPdf(actor, id));
