import { pdfRoute } from '@/lib/pdf/route';
import { minutesPdf } from '@/lib/pzk/meetings';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/spotkania/<meetingId>/protokol.pdf — the minutes, members only; a draft until published. */
export const GET = pdfRoute<{ id: string; meetingId: string }>((actor, { id, meetingId }) => minutesPdf(actor, id, meetingId));
