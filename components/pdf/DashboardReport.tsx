import { Text, View } from '@react-pdf/renderer';
import type { DashboardRow } from '@/lib/implementations/dashboard';
import { STEP_LEGEND, STEP_STATUS_MARK } from '@/lib/implementations/step-strip';
import { VARIANT_LABELS } from '@/lib/model/labels';
import { pdfDate, pdfDateTime, roman, VARIANT_SHORT } from './format';
import { PageFrame, PdfDocument } from './PageFrame';
import { colors, Heading, Small, Stats, Table } from './primitives';
import { clock } from '@/lib/clock';
import { inVoivodeship } from '@/lib/territory/voivodeship-names';

export interface DashboardReportProps {
  /** The województwo's name as in TERC, e.g. "podlaskie". */
  voivodeshipName: string;
  /** What dashboardRows() returned for the filter. */
  rows: DashboardRow[];
  /** The filter in words, printed under the title (e.g. "powiat sokólski; tylko z zaległościami"). */
  filterDescription?: string;
  generatedAt?: Date;
  generatedBy?: string;
}

export const dashboardReportTitle = (voivodeshipName: string) => `Postęp wdrożeń ${inVoivodeship(voivodeshipName)}`;

/** Gminas per stage (0 = finished) — the same rule as stageCounts() of the dashboard. */
function counts(rows: DashboardRow[]) {
  const out = [0, 0, 0, 0, 0];
  for (const r of rows) out[r.stage ?? 0]++;
  return out;
}

/** Steps 1–5 and 6–10 as two lines of marks: "Z Z W N N" / "N N N N N". */
const stripMarks = (r: DashboardRow) => {
  const marks = r.steps.map((s) => STEP_STATUS_MARK[s.status]);
  return `${marks.slice(0, 5).join(' ')}\n${marks.slice(5).join(' ')}`;
};

/** Landscape A4 list of every gmina's progress in the województwo, as filtered on the dashboard. */
export function DashboardReport({ voivodeshipName, rows, filterDescription, generatedAt = clock.now(), generatedBy }: DashboardReportProps) {
  const title = dashboardReportTitle(voivodeshipName);
  const c = counts(rows);
  const overdueGminas = rows.filter((r) => r.overdue > 0).length;
  const variants = [...new Set(rows.map((r) => r.variant))];
  return (
    <PdfDocument title={title} author={generatedBy}>
      <PageFrame title={title} subtitle={`Stan na ${pdfDate(generatedAt)}${generatedBy ? ` · wygenerował(a): ${generatedBy}` : ''}`} orientation="landscape">
        <Text style={{ marginBottom: 8 }}>{filterDescription ? `Filtr: ${filterDescription}.` : 'Wszystkie gminy wdrażające model w województwie.'}</Text>
        <Heading level={3}>Gminy według etapu</Heading>
        <Stats
          items={[
            { label: 'Etap I', value: c[1] },
            { label: 'Etap II', value: c[2] },
            { label: 'Etap III', value: c[3] },
            { label: 'Etap IV', value: c[4] },
            { label: 'zakończone', value: c[0] },
            { label: 'razem', value: rows.length },
            { label: 'z zaległościami', value: overdueGminas },
          ]}
        />
        <Heading level={3}>Gminy</Heading>
        <Table<DashboardRow>
          rows={rows}
          rowKey={(r) => r.trackId}
          emptyText="Żadna gmina nie spełnia warunków filtra."
          rowStyle={(r) => (r.overdue > 0 ? { color: colors.danger } : undefined)}
          columns={[
            { header: 'Powiat', width: 10, cell: (r) => r.powiatName },
            { header: 'Gmina', width: 12, cell: (r) => `${r.gminaName}\nTERYT ${r.gminaTeryt}` },
            { header: 'Wariant', width: 7, cell: (r) => VARIANT_SHORT[r.variant] },
            {
              header: 'Etap / krok',
              width: 18,
              cell: (r) =>
                r.stage == null ? 'zakończone' : (
                  <View>
                    <Text>
                      Etap {roman(r.stage)}, krok {r.step}
                    </Text>
                    {r.currentCode && (
                      <Text style={{ color: colors.muted }}>
                        {r.currentCode} {r.currentName}
                      </Text>
                    )}
                  </View>
                ),
            },
            { header: '% wykonania', width: 8, align: 'right', cell: (r) => `${r.percentDone}% (${r.closed}/${r.total})` },
            { header: 'Kroki 1–10', width: 12, cell: (r) => stripMarks(r) },
            { header: 'Zaległości', width: 7, align: 'right', cell: (r) => String(r.overdue) },
            {
              header: 'Najbliższy termin',
              width: 16,
              cell: (r) =>
                r.nextDueDate ? (
                  <View>
                    <Text>{pdfDate(r.nextDueDate)}</Text>
                    {r.nextDueLabel && <Text style={{ color: colors.muted }}>{r.nextDueLabel}</Text>}
                  </View>
                ) : (
                  '—'
                ),
            },
            { header: 'Ostatnia aktywność', width: 10, cell: (r) => pdfDateTime(r.lastActivityAt) },
          ]}
        />
        <Small>
          Wariant: {variants.length ? variants.map((v) => `${VARIANT_SHORT[v]} — ${VARIANT_LABELS[v]}`).join('; ') : '—'}. Etap i krok wynikają z harmonogramu gminy (pierwszy
          niezamknięty podkrok). Zaległości to podkroki i zadania cykliczne po planowanym terminie. Kroki 1–10 (krok 1 to zadania
          wojewódzkie): {STEP_LEGEND}.
        </Small>
      </PageFrame>
    </PdfDocument>
  );
}
