import { exportChainHeads } from '@/lib/audit-log';
import { getActor } from '@/lib/auth/session';
import { asciiFilename, rfc5987 } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const dynamic = 'force-dynamic';

/** GET /admin/audyt/glowy.json — the current heads of the actor's audit chains, to keep outside the database (ROPS administrator). */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const { json, filename } = await exportChainHeads(actor);
    return new Response(`${JSON.stringify(json, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${asciiFilename(filename)}"; filename*=UTF-8''${rfc5987(filename)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
