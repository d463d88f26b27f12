import { formatDateTime } from '@/lib/text';
import { PageFrame, PdfDocument } from './PageFrame';
import { Small, Table } from './primitives';

export interface AttendanceListPdfData {
  title: string;
  subtitle: string;
  rows: { name: string; institution: string; gminaName: string | null }[];
  printedAt: Date;
}

/** The attendance list of an event (confirmed registrations) with a signature column (data from lib/events/pdf.tsx). */
export function AttendanceListPdf({ data: { title, subtitle, rows, printedAt } }: { data: AttendanceListPdfData }) {
  return (
    <PdfDocument title={title}>
      <PageFrame title={title} subtitle={subtitle} orientation="landscape">
        <Table
          columns={[
            { header: 'Lp.', width: 0.6, cell: (_, i) => String(i + 1) },
            { header: 'Imię i nazwisko', width: 3, cell: (r) => r.name },
            { header: 'Instytucja', width: 4, cell: (r) => r.institution },
            { header: 'Gmina', width: 2, cell: (r) => r.gminaName ?? '—' },
            { header: 'Podpis', width: 3, cell: () => ' ' },
          ]}
          rows={rows}
          emptyText="Nikt nie ma potwierdzonego miejsca."
        />
        <Small>Wydruk z {formatDateTime(printedAt)}. Osoby z potwierdzonym miejscem.</Small>
      </PageFrame>
    </PdfDocument>
  );
}
