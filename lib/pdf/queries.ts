import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { powiats, voivodeships } from '@/db/schema';

/** The województwo's name as in TERC ("podlaskie"). */
export async function voivodeshipName(voivodeshipId: number): Promise<string> {
  const [v] = await getDb().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, voivodeshipId));
  return v?.name ?? '';
}

/** A powiat's name, only if it lies in the given województwo. */
export async function powiatNameIn(voivodeshipId: number, powiatId: number): Promise<string | null> {
  const [p] = await getDb()
    .select({ name: powiats.name })
    .from(powiats)
    .where(and(eq(powiats.id, powiatId), eq(powiats.voivodeshipId, voivodeshipId)));
  return p?.name ?? null;
}
