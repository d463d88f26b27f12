import { Text, View } from '@react-pdf/renderer';
import type { getTrack } from '@/lib/implementations/tracks';
import { VARIANT_LABELS } from '@/lib/model/labels';
import { checklistView } from '@/lib/model/checklist';
import { formatWindow } from '@/lib/model/dates';
import { isOverdue } from '@/lib/model/progress';
import { GMINA_KIND_LABELS } from '@/lib/territory/labels';
import { ITEM_STATUS_LABELS, OCCURRENCE_STATUS_PDF, pdfDate, pdfDateTime, pdfRange, roman } from './format';
import { PageFrame, PdfDocument } from './PageFrame';
import { colors, Facts, Heading, Small, Stats, Table } from './primitives';
import { clock } from '@/lib/clock';

export type TrackReport = Awaited<ReturnType<typeof getTrack>>;
type Item = TrackReport['items'][number];
type Occurrence = TrackReport['occurrences'][number];
type TrackEvent = TrackReport['events'][number];

export interface ProgressReportProps {
  /** What getTrack() returns (it has checked the reader may see the gmina). */
  data: TrackReport;
  /** When the report is made; the date is printed on it. */
  generatedAt?: Date;
  /** Who made it, printed beside the date. */
  generatedBy?: string;
  /** How many history entries to print (the newest). Default 20. */
  historyLimit?: number;
}

export const PROGRESS_REPORT_TITLE = 'Raport postępu wdrożenia';
/** The checklist rule (lib/model/checklist.ts), stated under the schedule. */
export const CHECKLIST_NOTE =
  'Lista kontrolna: zaznaczone punkty z wszystkich. Lista jest pomocnicza — podkrok wykonany ręcznie lub na podstawie dowodu (np. podpisanego porozumienia) nie wymaga zaznaczenia jej punktów.';

/** "Raport postępu wdrożenia" of one gmina: where it stands, its schedule, recurring tasks, history. */
export function ProgressReport({ data, generatedAt = clock.now(), generatedBy, historyLimit = 20 }: ProgressReportProps) {
  const { track, place, catalogue, items, progress, occurrences, events, today } = data;
  const stageName = (n: number) => catalogue.stages.find((s) => s.number === n)?.name ?? '';
  const stepName = (stage: number, step: number) => catalogue.steps.find((s) => s.number === step && catalogue.stages.find((st) => st.id === s.stageId)?.number === stage)?.name;
  const gmina = place?.gminaName ?? '—';
  const overdueOcc = occurrences.filter((o) => o.status === 'planned' && o.dueDate < today);
  const current = progress.finished
    ? 'harmonogram zakończony'
    : progress.stage && progress.step
      ? `Etap ${roman(progress.stage)} — ${stageName(progress.stage)}; krok ${progress.step}${stepName(progress.stage, progress.step) ? ` — ${stepName(progress.stage, progress.step)}` : ''}`
      : 'brak harmonogramu';
  const closedCount = items.filter((i) => i.status === 'done' || i.status === 'not_applicable').length;
  const stages = [...new Set(items.map((i) => i.substep.stageNumber))].sort((a, b) => a - b);

  return (
    <PdfDocument title={`${PROGRESS_REPORT_TITLE} — gmina ${gmina}`} subject={VARIANT_LABELS[catalogue.variant]} author={generatedBy}>
      <PageFrame title={PROGRESS_REPORT_TITLE} subtitle={`Gmina ${gmina}`}>
        <Facts
          items={[
            ['Gmina', place?.gminaName ? `${place.gminaName}${place.gminaKind ? ` (${GMINA_KIND_LABELS[place.gminaKind]})` : ''}, TERYT ${place.gminaTeryt}` : '—'],
            ['Powiat i województwo', [place?.powiatName && `powiat ${place.powiatName}`, place?.voivodeshipName && `województwo ${place.voivodeshipName}`].filter(Boolean).join(', ')],
            ['Wariant modelu', VARIANT_LABELS[catalogue.variant]],
            ['Data rozpoczęcia wdrożenia', pdfDate(track.startDate)],
            ['Wersja katalogu', `wersja ${catalogue.version}`],
            ['Bieżący etap i krok', current],
            ...(progress.current && !progress.finished ? ([['Bieżący podkrok', `${progress.current.code} ${progress.current.name}`]] as [string, string][]) : []),
            ['Stan na dzień', pdfDate(today)],
            ['Data wygenerowania', `${pdfDate(generatedAt)}${generatedBy ? `, ${generatedBy}` : ''}`],
          ]}
        />
        <Stats
          items={[
            { label: 'wykonania harmonogramu', value: `${progress.percentDone}%` },
            { label: 'podkroków zamkniętych', value: `${closedCount} z ${items.length}` },
            { label: 'zaległych podkroków', value: progress.overdue.length },
            { label: 'zaległych zadań cyklicznych', value: overdueOcc.length },
          ]}
        />
        {progress.outOfOrder.length > 0 && (
          <View style={{ marginBottom: 8 }}>
            <Heading level={3}>Prace poza kolejnością etapów</Heading>
            {progress.outOfOrder.map((o) => (
              <Text key={o.id}>
                {o.code} {o.name}: {o.outOfOrderReason}
              </Text>
            ))}
          </View>
        )}

        <Heading>Harmonogram</Heading>
        {stages.length === 0 && <Small>Harmonogram nie ma pozycji.</Small>}
        {stages.map((n) => (
          <Table<Item>
            key={n}
            caption={`Etap ${roman(n)} — ${stageName(n)}`}
            rows={items.filter((i) => i.substep.stageNumber === n)}
            rowKey={(i) => i.id}
            rowStyle={(i) => (isOverdue(i, today) ? { color: colors.danger } : undefined)}
            columns={[
              { header: 'Kod', width: 6, cell: (i) => i.substep.code },
              { header: 'Podkrok', width: 30, cell: (i) => i.substep.name },
              { header: 'Planowany termin', width: 18, cell: (i) => pdfRange(i.plannedStart, i.plannedEnd) },
              { header: 'Stan', width: 12, cell: (i) => ITEM_STATUS_LABELS[i.status] },
              { header: 'Wykonano', width: 10, cell: (i) => (i.status === 'done' ? pdfDate(i.actualEnd) : '') },
              { header: 'Lista kontrolna', width: 11, cell: (i) => checklistView({ status: i.status, checks: i.checks, evidence: i.substep.evidence }).short },
              { header: 'Uwagi', width: 13, cell: (i) => itemNote(i, today) },
            ]}
          />
        ))}

        {stages.length > 0 && <Small>{CHECKLIST_NOTE}</Small>}

        <Heading>Zadania cykliczne</Heading>
        <Table<Occurrence>
          rows={occurrences}
          rowKey={(o) => o.id}
          emptyText="Brak zadań cyklicznych w harmonogramie."
          rowStyle={(o) => (o.status === 'planned' && o.dueDate < today ? { color: colors.danger } : undefined)}
          columns={[
            { header: 'Zadanie', width: 44, cell: (o) => o.task?.name ?? '—' },
            { header: 'Okres', width: 20, cell: (o) => formatWindow(o.periodStart, o.dueDate) },
            { header: 'Stan', width: 14, cell: (o) => OCCURRENCE_STATUS_PDF[o.status] ?? o.status },
            { header: 'Wykonano', width: 10, cell: (o) => (o.status === 'done' ? pdfDate(o.doneOn) : '') },
            { header: 'Uwagi', width: 12, cell: (o) => (o.status === 'planned' && o.dueDate < today ? 'po terminie' : (o.note ?? '')) },
          ]}
        />

        <Heading>Historia zmian</Heading>
        <Table<TrackEvent>
          rows={events.slice(0, historyLimit)}
          rowKey={(e) => e.id}
          emptyText="Brak wpisów w historii."
          columns={[
            { header: 'Kiedy', width: 16, cell: (e) => pdfDateTime(e.at) },
            { header: 'Kto', width: 20, cell: (e) => e.userName ?? 'system' },
            { header: 'Zdarzenie', width: 64, cell: (e) => e.text },
          ]}
        />
        {events.length > historyLimit && <Small>Pokazano {historyLimit} najnowszych wpisów; pełna historia jest w systemie.</Small>}
      </PageFrame>
    </PdfDocument>
  );
}

function itemNote(i: Item, today: string): string {
  if (isOverdue(i, today)) return 'po terminie';
  if (i.status === 'done' && i.actualEnd && i.actualEnd > i.plannedEnd) return 'wykonany po terminie';
  if (i.status === 'not_applicable' && i.naReason) return i.naReason;
  if (i.outOfOrderReason) return 'poza kolejnością';
  return '';
}
