import { stringify } from 'csv-stringify/sync';
import { getActor } from '@/lib/auth/session';
import { dashboardRows } from '@/lib/implementations/dashboard';
import { dashboardFilterFromParams } from '@/lib/implementations/dashboard-params';
import { stageLabel } from '@/lib/model/labels';
import { VARIANT_LABELS } from '@/lib/model/catalogue';
import { errorResponse } from '@/lib/route-errors';
import { formatDate, formatDateTime } from '@/lib/text';

/** The dashboard as CSV: UTF-8 with a BOM and semicolons, as Polish Excel expects. */
export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Zaloguj się.', { status: 401 });
  try {
    const rows = await dashboardRows(actor, dashboardFilterFromParams(new URL(req.url).searchParams));
    const csv = stringify(
      rows.map((r) => [
        r.powiatName,
        r.gminaName,
        r.gminaTeryt,
        VARIANT_LABELS[r.variant],
        r.stage ? stageLabel(r.stage) : 'Zakończone',
        r.step ?? '',
        r.currentCode ? `${r.currentCode} ${r.currentName}` : '',
        r.percentDone,
        r.overdue,
        r.nextDueDate ? formatDate(r.nextDueDate) : '',
        r.nextDueLabel ?? '',
        r.outOfOrder ?? '',
        formatDateTime(r.lastActivityAt),
      ]),
      {
        delimiter: ';',
        bom: true,
        header: true,
        columns: ['Powiat', 'Gmina', 'Kod TERYT', 'Wariant', 'Etap', 'Krok', 'Bieżący podkrok', 'Wykonano (%)', 'Po terminie', 'Najbliższy termin', 'Najbliższe zadanie', 'Poza kolejnością', 'Ostatnia aktywność'],
      },
    );
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="postep-wdrozen.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
