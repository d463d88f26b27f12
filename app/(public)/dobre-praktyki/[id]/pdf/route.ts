import { getActor } from '@/lib/auth/session';
import { pdfResponse } from '@/lib/pdf/response';
import { practicePdf } from '@/lib/practices/pdf';
import { errorResponse } from '@/lib/route-errors';

/** The printable sheet: public for a published practice; a proposal for its author and ROPS only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return new Response('Nie znaleziono dobrej praktyki.', { status: 404 });
  try {
    const { pdf, fileName } = await practicePdf(await getActor(), Number(id));
    return pdfResponse(pdf, fileName);
  } catch (e) {
    return errorResponse(e);
  }
}
