import { pdfRoute } from '@/lib/pdf/route';
import { serviceCardPdf } from '@/lib/services/pdf';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/uslugi/<serviceId>/karta.pdf — one published service card (karta usługi), for whoever reads the list. */
export const GET = pdfRoute<{ id: string; serviceId: string }>((actor, { id, serviceId }) => serviceCardPdf(actor, id, serviceId));
