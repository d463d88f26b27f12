import 'server-only';
import { PageFrame, PdfDocument } from '@/components/pdf/PageFrame';
import { Small, Table } from '@/components/pdf/primitives';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { renderPdf } from '@/lib/pdf/render';
import type { PdfFile } from '@/lib/pdf/reports';
import { formatDateTime } from '@/lib/text';
import { attendanceList } from './events';

/** The attendance list of an event (confirmed registrations) with a signature column, for ROPS. */
export async function attendancePdf(actor: Actor, eventId: number): Promise<PdfFile> {
  const { event, voivodeshipName, rows } = await attendanceList(actor, eventId);
  const title = 'Lista obecności';
  const subtitle = `${event.title} — ${formatDateTime(event.startsAt)}${event.place ? `, ${event.place}` : ''} (województwo ${voivodeshipName})`;
  const pdf = await renderPdf(
    <PdfDocument title={title}>
      <PageFrame title={title} subtitle={subtitle} orientation="landscape">
        <Table
          columns={[
            { header: 'Lp.', width: 0.6, cell: (r: (typeof rows)[number] & { n: number }) => String(r.n) },
            { header: 'Imię i nazwisko', width: 3, cell: (r) => r.name },
            { header: 'Instytucja', width: 4, cell: (r) => r.institution },
            { header: 'Gmina', width: 2, cell: (r) => r.gminaName ?? '—' },
            { header: 'Podpis', width: 3, cell: () => ' ' },
          ]}
          rows={rows.map((r, i) => ({ ...r, n: i + 1 }))}
          emptyText="Nikt nie ma potwierdzonego miejsca."
        />
        <Small>Wydruk z {formatDateTime(clock.now())}. Osoby z potwierdzonym miejscem.</Small>
      </PageFrame>
    </PdfDocument>,
  );
  return { pdf, filename: `lista-obecnosci-${event.id}.pdf` };
}
