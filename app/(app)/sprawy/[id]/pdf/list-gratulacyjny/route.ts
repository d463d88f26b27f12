import { congratulationsPdf } from '@/lib/cases/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/list-gratulacyjny — the letter to a family that reached its goals (400 otherwise). */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => congratulationsPdf(actor, id));
