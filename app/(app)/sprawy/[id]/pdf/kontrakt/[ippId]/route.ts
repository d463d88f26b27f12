import { contractPdf } from '@/lib/cases/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/kontrakt/<ippId> — the contract concluded to that IPP (404 when none). */
export const GET = pdfRoute<{ id: string; ippId: string }>((actor, { id, ippId }) => contractPdf(actor, id, ippId));
