import { NextResponse } from 'next/server';
import { database } from '@/db/client';
import { readiness } from '@/lib/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness for a load balancer: the database answers, every migration of this build is applied,
 * and the instance is not stopping; 503 otherwise. Also reports how long the oldest e-mail waits.
 */
export async function GET() {
  const r = await readiness(database());
  return NextResponse.json(r, { status: r.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
