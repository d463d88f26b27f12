import { pdfRoute } from '@/lib/pdf/route';
import { accessSummaryPdf } from '@/lib/rodo/access-summary';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /admin/rodo/<id>/informacja.pdf — for a request of access (RODO art. 15): the data held and the
 * consultations of the data (dates, purposes, roles and institutions); the ROPS administrator of the
 * request's województwo; audited.
 */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => accessSummaryPdf(actor, id));
