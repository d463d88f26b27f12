import { certificatesPdf } from '@/lib/evaluation/documents';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /ewaluacja/<id>/certyfikaty — certificates of participation, a page per person (ROPS). */
export const GET = pdfRoute<{ implementationId: string }>((actor, { implementationId }) => certificatesPdf(actor, implementationId));
