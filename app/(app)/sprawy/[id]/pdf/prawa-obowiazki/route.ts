import { rightsDutiesPdf } from '@/lib/cases/family-papers';
import { pdfRoute } from '@/lib/pdf/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /sprawy/<id>/pdf/prawa-obowiazki — the family's rights and duties in the model, to sign; whoever may open the case (the print is audited). */
export const GET = pdfRoute<{ id: string }>((actor, { id }) => rightsDutiesPdf(actor, id));
