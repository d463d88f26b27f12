import { diagnosisPdf } from '@/lib/diagnosis/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /diagnozy/<id>/diagnoza.pdf — the local diagnosis (step 2.1), for its readers. */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => diagnosisPdf(actor, id));
