import { getActor } from '@/lib/auth/session';
import { getEvidenceFile } from '@/lib/implementations/tracks';
import { errorResponse } from '@/lib/route-errors';

export async function GET(_req: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return new Response('Nie znaleziono pliku.', { status: 404 });
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const f = await getEvidenceFile(actor, fileId);
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
