import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { Actor } from '@/lib/auth/actor';
import { loginHref } from '@/lib/auth/return-path';
import { getActor } from '@/lib/auth/session';
import { notFoundError } from '@/lib/errors';
import { errorResponse } from '@/lib/route-errors';
import type { PdfFile } from './reports';
import { pdfResponse, textResponse } from './response';

type Ids<P> = { [K in keyof P]: number };

/**
 * The one shape of a PDF route handler: a signed-in actor (else the login page), numeric path
 * segments (else 404), the domain function's refusals mapped like pages', the PDF shown inline.
 */
export function pdfRoute<P extends Record<string, string> = Record<string, never>>(render: (actor: Actor, ids: Ids<P>, req: NextRequest) => Promise<PdfFile>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }) => {
    const actor = await getActor();
    if (!actor) return NextResponse.redirect(new URL(loginHref(req.nextUrl.pathname + req.nextUrl.search), req.url));
    const ids = {} as Record<string, number>;
    for (const [k, v] of Object.entries((await ctx.params) ?? {})) {
      if (!/^\d{1,9}$/.test(v)) return textResponse(404, 'Nie znaleziono.');
      ids[k] = Number(v);
    }
    try {
      const { pdf, filename } = await render(actor, ids as Ids<P>, req);
      return pdfResponse(pdf, filename);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** An optional `?wersja=N` (a document's or a plan's earlier version); malformed → not found. */
export function versionParam(req: NextRequest): number | undefined {
  const v = req.nextUrl.searchParams.get('wersja');
  if (v === null) return undefined;
  if (!/^\d{1,6}$/.test(v)) throw notFoundError('Nie ma takiej wersji.');
  return Number(v);
}
