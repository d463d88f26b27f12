import { pdfRoute, versionParam } from '@/lib/pdf/route';
import { workPlanPdf } from '@/lib/pzk/pdf';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /pzk/<id>/plan/pdf[?wersja=N] — the team's work plan, members only. */
export const GET = pdfRoute<{ id: string }>((actor, { id }, req) => workPlanPdf(actor, id, versionParam(req)));
