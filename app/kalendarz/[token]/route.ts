import type { NextRequest } from 'next/server';
import { textResponse } from '@/lib/pdf/response';
import { feedForToken } from '@/lib/pzk/calendar';
import { icsResponse } from '@/lib/pzk/ics';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /kalendarz/<token>.ics — a user's meetings feed for calendar apps. Public on purpose (outside
 * the signed-in (app) group, no session): the secret in the URL is the credential. An unknown or
 * replaced token, or a disabled account, is a plain 404.
 */
export async function GET(req: NextRequest, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  try {
    const ics = await feedForToken(token, process.env.NEXTAUTH_URL || req.nextUrl.origin);
    if (!ics) return textResponse(404, 'Nie znaleziono.');
    return icsResponse(ics, 'spotkania-pzk.ics');
  } catch (e) {
    console.error('[kooperacja] calendar feed failed', e);
    return textResponse(500, 'Wystąpił nieoczekiwany błąd.');
  }
}
