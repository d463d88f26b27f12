import { qualificationPaperPdf } from '@/lib/cases/family-papers';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/decyzja-kwalifikacja — the qualification decision; whoever may open the case (the print is audited). */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => qualificationPaperPdf(actor, id));
