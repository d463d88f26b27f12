import { referencesPdf } from '@/lib/evaluation/documents';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /ewaluacja/<id>/referencje — references (step 10.4), a page per referee (ROPS); `?k=…`
 * (repeated) limits them to those ticked on /ewaluacja/<id>/wybor-referencji.
 */
export const GET = pdfRoute<{ implementationId: string }>((actor, { implementationId }, req) =>
  referencesPdf(actor, implementationId, undefined, undefined, req.nextUrl.searchParams.getAll('k').slice(0, 500)),
);
