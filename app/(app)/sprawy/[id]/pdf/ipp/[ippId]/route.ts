import { ippPdf } from '@/lib/cases/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/ipp/<ippId> — one IPP with the signature boxes of the family and the key worker. */
export const GET = pdfRoute<{ id: string; ippId: string }>((actor, { id, ippId }) => ippPdf(actor, id, ippId));
