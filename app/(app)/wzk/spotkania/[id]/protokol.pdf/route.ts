import { pdfRoute } from '@/lib/pdf/route';
import { wzkMinutesPdf } from '@/lib/wzk/documents';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /wzk/spotkania/<id>/protokol.pdf — the minutes of a WZK meeting (ROPS, WZK); a draft until published. */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => wzkMinutesPdf(actor, id));
