import { diagnosisPdf } from '@/lib/cases/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/diagnoza — the multi-dimensional diagnosis with its SWOT. */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => diagnosisPdf(actor, id));
