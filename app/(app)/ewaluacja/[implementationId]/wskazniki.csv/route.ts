import { getActor } from '@/lib/auth/session';
import { csvResponse } from '@/lib/csv';
import { indicatorsCsv } from '@/lib/evaluation/documents';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /ewaluacja/<id>/wskazniki.csv — "Wskaźniki (CSV)": the report's figures, one per row. */
export async function GET(_req: Request, { params }: { params: Promise<{ implementationId: string }> }) {
  const { implementationId } = await params;
  if (!/^\d{1,9}$/.test(implementationId)) return new Response('Nie znaleziono.', { status: 404 });
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const { csv, filename } = await indicatorsCsv(actor, Number(implementationId));
    return csvResponse(csv, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
