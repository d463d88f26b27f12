import { referencesPdf } from '@/lib/evaluation/documents';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /ewaluacja/<id>/referencje — references of the Leaders of Cooperation, a page per animator (ROPS). */
export const GET = pdfRoute<{ implementationId: string }>((actor, { implementationId }) => referencesPdf(actor, implementationId));
