import { pdfRoute } from '@/lib/pdf/route';
import { contactListPdf } from '@/lib/pzk/pdf';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/kontakty/pdf — the team's contact list, members only. */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => contactListPdf(actor, id));
