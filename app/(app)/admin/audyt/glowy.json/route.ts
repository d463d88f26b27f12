import { exportChainHeads } from '@/lib/audit-log';
import { getActor } from '@/lib/auth/session';
import { jsonDownload } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const dynamic = 'force-dynamic';

/** GET /admin/audyt/glowy.json — the current heads of the actor's audit chains, to keep outside the database (ROPS administrator). */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const { json, filename } = await exportChainHeads(actor);
    return jsonDownload(json, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
