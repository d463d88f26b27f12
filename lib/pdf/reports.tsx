import 'server-only';
import { DashboardReport } from '@/components/pdf/DashboardReport';
import { roman } from '@/components/pdf/format';
import { ProgressReport } from '@/components/pdf/ProgressReport';
import type { Actor } from '@/lib/auth/actor';
import { dashboardRows, type DashboardFilter, type SortKey } from '@/lib/implementations/dashboard';
import { getTrack } from '@/lib/implementations/tracks';

import { powiatNameIn, voivodeshipName } from './queries';
import { renderPdf } from './render';
import { clock } from '@/lib/clock';

export interface PdfFile {
  pdf: Buffer;
  /** Suggested file name (may hold Polish letters; pdfResponse() encodes it). */
  filename: string;
}

interface When {
  /** The day the schedule is judged against (overdue etc.); default today in Poland. */
  today?: string;
  /** The moment printed as the generation date; default now. */
  now?: Date;
}

/** "Raport postępu wdrożenia" of one gmina. getTrack() checks the actor may see it. */
export async function progressReportPdf(actor: Actor, trackId: number, when: When = {}): Promise<PdfFile> {
  const data = await getTrack(actor, trackId, when.today ?? clock.today());
  const pdf = await renderPdf(<ProgressReport data={data} generatedAt={when.now ?? clock.now()} generatedBy={actor.name} />);
  return { pdf, filename: `raport-postepu-${data.place?.gminaTeryt ?? 'zadania-wojewodzkie'}.pdf` };
}

const SORT_LABELS: Record<SortKey, string> = {
  powiat: 'powiat',
  gmina: 'gmina',
  etap: 'etap',
  postep: 'postęp',
  zaleglosci: 'zaległości',
  termin: 'najbliższy termin',
  aktywnosc: 'ostatnia aktywność',
  teryt: 'kod TERYT',
};

/** The dashboard's filter in words, e.g. "powiat sokólski; etap II; tylko gminy z zaległościami". */
export async function describeDashboardFilter(actor: Actor, f: DashboardFilter): Promise<string> {
  const parts: string[] = [];
  if (f.powiatId) {
    const name = await powiatNameIn(actor.scope.voivodeshipId, f.powiatId);
    parts.push(name ? `powiat ${name}` : 'wybrany powiat');
  }
  if (f.stage === 0) parts.push('harmonogram zakończony');
  else if (f.stage) parts.push(`etap ${roman(f.stage)}`);
  if (f.overdueOnly) parts.push('tylko gminy z zaległościami');
  if (f.sort) parts.push(`sortowanie: ${SORT_LABELS[f.sort]}, ${f.desc ? 'malejąco' : 'rosnąco'}`);
  return parts.join('; ');
}

/** "Postęp wdrożeń w województwie …" as filtered on the dashboard. dashboardRows() checks access. */
export async function dashboardReportPdf(actor: Actor, filter: DashboardFilter = {}, when: When = {}): Promise<PdfFile> {
  const today = when.today ?? clock.today();
  const rows = await dashboardRows(actor, filter, today);
  const [name, filterDescription] = await Promise.all([voivodeshipName(actor.scope.voivodeshipId), describeDashboardFilter(actor, filter)]);
  const pdf = await renderPdf(
    <DashboardReport voivodeshipName={name} rows={rows} filterDescription={filterDescription || undefined} generatedAt={when.now ?? clock.now()} generatedBy={actor.name} />,
  );
  return { pdf, filename: `postep-wdrozen-${name || 'wojewodztwo'}-${today}.pdf` };
}
