import { NextResponse, type NextRequest } from 'next/server';
import { publicGminas, publicInstitutionsFor, publicPowiats } from '@/lib/territory/queries';

const id = (v: string | null) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

/** Public lookup for the account request form: powiaty, gminy and institutions of a chosen area. */
export async function GET(req: NextRequest) {
  const p = req.nextUrl.searchParams;
  const voivodeshipId = id(p.get('voivodeshipId'));
  const powiatId = id(p.get('powiatId'));
  const gminaId = id(p.get('gminaId'));
  if (!voivodeshipId) return NextResponse.json({ error: 'Podaj województwo.' }, { status: 400 });
  const [powiats, gminas, institutions] = await Promise.all([
    publicPowiats(voivodeshipId),
    powiatId ? publicGminas(powiatId) : Promise.resolve([]),
    publicInstitutionsFor({ voivodeshipId, powiatId, gminaId }),
  ]);
  return NextResponse.json({ powiats, gminas, institutions }, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
