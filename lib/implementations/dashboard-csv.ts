import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { toCsv } from '@/lib/csv';
import { VARIANT_LABELS } from '@/lib/model/catalogue';
import { stageLabel } from '@/lib/model/labels';
import { formatDate, formatDateTime } from '@/lib/text';
import { dashboardRows, type DashboardFilter } from './dashboard';
import { STRIP_STEPS, stepCsvCell } from './step-strip';

// After the row's own columns, one column per step ("Krok 1" … "Krok 10") with its status in
// words — zakończony, w toku, po terminie, nierozpoczęty — so a spreadsheet can filter by step.
const COLUMNS = [
  'Powiat', 'Gmina', 'Kod TERYT', 'Wariant', 'Etap', 'Krok', 'Bieżący podkrok', 'Wykonano (%)', 'Po terminie', 'Najbliższy termin', 'Najbliższe zadanie', 'Poza kolejnością', 'Ostatnia aktywność',
  ...STRIP_STEPS.map((n) => `Krok ${n}`),
];

/** The ROPS dashboard as a CSV file, with the same filters and order as the page. */
export async function dashboardCsv(actor: Actor, filter: DashboardFilter) {
  const rows = await dashboardRows(actor, filter);
  const csv = toCsv(
    COLUMNS,
    rows.map((r) => [
      r.powiatName,
      r.gminaName,
      r.gminaTeryt,
      VARIANT_LABELS[r.variant],
      r.stage ? stageLabel(r.stage) : 'Zakończone',
      r.step,
      r.currentCode ? `${r.currentCode} ${r.currentName}` : '',
      r.percentDone,
      r.overdue,
      r.nextDueDate ? formatDate(r.nextDueDate) : '',
      r.nextDueLabel,
      r.outOfOrder,
      formatDateTime(r.lastActivityAt),
      ...STRIP_STEPS.map((n) => stepCsvCell(r.steps, n)),
    ]),
  );
  return { csv, filename: 'postep-wdrozen.csv' };
}
