import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { downloadAttachment } from '@/lib/cases/attachments';
import { textResponse, uploadResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /sprawy/<id>/akta/<attachmentId> — one paper of the case files, for whoever may open the case
 * (the download is written to the audit log); always downloaded, never shown inline: it is an upload.
 */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string; attachmentId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/logowanie', req.url));
  const { id, attachmentId } = await ctx.params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(attachmentId)) return textResponse(404, 'Nie znaleziono.');
  try {
    return uploadResponse(await downloadAttachment(actor, Number(id), Number(attachmentId)));
  } catch (e) {
    return errorResponse(e);
  }
}
