import { getActor } from '@/lib/auth/session';
import { getActivityFile } from '@/lib/evaluation/evaluation';
import { errorResponse } from '@/lib/route-errors';

/** GET /ewaluacja/<id>/dzialania/pliki/<fileId> — an activity's attachment. */
export async function GET(_req: Request, { params }: { params: Promise<{ implementationId: string; fileId: string }> }) {
  const { implementationId, fileId } = await params;
  if (!/^\d{1,9}$/.test(implementationId) || !/^[0-9a-f-]{36}$/.test(fileId)) return new Response('Nie znaleziono pliku.', { status: 404 });
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const f = await getActivityFile(actor, Number(implementationId), fileId);
    return new Response(new Uint8Array(f.data), {
      headers: {
        'Content-Type': f.mime,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
