import { getActor } from '@/lib/auth/session';
import { getEvidenceFile } from '@/lib/implementations/tracks';
import { uploadResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export async function GET(_req: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return new Response('Nie znaleziono pliku.', { status: 404 });
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    return uploadResponse(await getEvidenceFile(actor, fileId));
  } catch (e) {
    return errorResponse(e);
  }
}
