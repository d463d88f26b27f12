import { consentPaperPdf } from '@/lib/cases/family-papers';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/zgoda — the consent to cooperation and to data sharing with the RODO information clause, to sign; whoever may open the case (the print is audited). */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => consentPaperPdf(actor, id));
