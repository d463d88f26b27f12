import { referralPdf } from '@/lib/cases/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/karta — the karta oczekiwań; whoever may open the case (the print is audited). */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => referralPdf(actor, id));
