import { pdfRoute } from '@/lib/pdf/route';
import { certificatePdf } from '@/lib/school/pdf';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /szkola/szkolenia/<id>/zaswiadczenie/<participantId> — one attendee's zaświadczenie: the participant, or ROPS. */
export const GET = pdfRoute<{ id: string; participantId: string }>((actor, { id, participantId }) => certificatePdf(actor, id, participantId));
