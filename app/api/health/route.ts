import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

/** Liveness for a load balancer: the process answers. Touches nothing else (see /api/ready). */
export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
