'use server';
import { headers } from 'next/headers';
import { requireActor } from '@/lib/auth/session';
import { feedPath, regenerateFeedToken } from '@/lib/pzk/calendar';
import { runAction } from '@/lib/run-action';

/** Makes a new feed address (the old one stops working) and returns it — the only time it is shown. */
export async function regenerateFeedAction() {
  return runAction(async () => {
    const { token } = await regenerateFeedToken(await requireActor());
    const h = await headers();
    const origin = process.env.NEXTAUTH_URL || `${h.get('x-forwarded-proto') ?? 'https'}://${h.get('host')}`;
    return { url: `${origin.replace(/\/+$/, '')}${feedPath(token)}` };
  });
}
