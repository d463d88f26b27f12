import type { NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { calculatorPdf } from '@/lib/calculator/pdf';
import { pdfResponse } from '@/lib/pdf/response';
import { errorResponse } from '@/lib/route-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /kalkulator/pdf?<the query of /kalkulator> — the inputs, the rates with sources, the table and
 * totals. Public like the calculator (policy 'calculator.use'): no login needed.
 */
export async function GET(req: NextRequest) {
  try {
    const { pdf, filename } = await calculatorPdf(await getActor(), req.nextUrl.searchParams);
    return pdfResponse(pdf, filename);
  } catch (e) {
    return errorResponse(e);
  }
}
