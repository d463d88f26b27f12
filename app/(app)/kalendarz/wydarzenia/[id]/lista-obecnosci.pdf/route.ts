import { attendancePdf } from '@/lib/events/pdf';
import { pdfRoute } from '@/lib/pdf/route';

export const GET = pdfRoute<{ id: string }>((actor, { id }) => attendancePdf(actor, id));
