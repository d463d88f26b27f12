import { zzkProtocolPdf } from '@/lib/cases/zzk-pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/zzk/<meetingId>/protokol.pdf — the protocol of a case team (ZZK) meeting; whoever may open the case (the print is audited). */
export const GET = pdfRoute<{ id: string; meetingId: string }>((actor, { id, meetingId }) => zzkProtocolPdf(actor, id, meetingId));
