import { pdfRoute } from '@/lib/pdf/route';
import { allCertificatesPdf } from '@/lib/school/pdf';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /szkola/szkolenia/<id>/zaswiadczenia — every zaświadczenie of the training in one PDF (ROPS). */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => allCertificatesPdf(actor, id));
