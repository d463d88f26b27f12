import { getActor } from '@/lib/auth/session';
import { getMaterialFile } from '@/lib/materials/materials';
import { errorResponse } from '@/lib/route-errors';

/** A file of an e-szkoła material: public with a public material, for signed-in members of the województwo otherwise. */
export async function GET(_req: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  try {
    const f = await getMaterialFile(await getActor(), fileId);
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
