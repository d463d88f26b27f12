import { documentPdf } from '@/lib/documents/pdf';
import { pdfRoute, versionParam } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /dokumenty/<id>/pdf[?wersja=N] — the document (or one revision of it) as a PDF. */
export const GET = pdfRoute<{ id: string }>((actor, { id }, req) => documentPdf(actor, id, versionParam(req)));
