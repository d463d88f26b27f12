import { pdfRoute } from '@/lib/pdf/route';
import { basketPdf } from '@/lib/services/pdf';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /pzk/<id>/uslugi/lku.pdf — the printed list with a table of contents and every published
 * card (in Kooperacje 3D the Lokalny Koszyk Usług; in the rural model the list of activities and
 * services, under its own name), for whoever reads the list.
 */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => basketPdf(actor, id));
