import { PageFrame, PdfDocument } from './PageFrame';
import { Small, Table } from './primitives';

export interface ContactRow {
  name: string;
  function: string;
  teamRole: string;
  institutionName: string | null;
  email: string | null;
  phone: string | null;
}

/** The PZK's contact list, printable: members' work contacts only. */
export function ContactListPdf({ title, subtitle, rows, generatedAt }: { title: string; subtitle: string; rows: ContactRow[]; generatedAt: string }) {
  return (
    <PdfDocument title={title}>
      <PageFrame title={title} subtitle={subtitle} orientation="landscape">
        <Table
          columns={[
            { header: 'Imię i nazwisko', width: 3, cell: (r) => r.name },
            { header: 'Rola w zespole', width: 3, cell: (r) => r.teamRole },
            { header: 'Instytucja', width: 5, cell: (r) => r.institutionName ?? '—' },
            { header: 'Funkcja', width: 3, cell: (r) => r.function },
            { header: 'E-mail', width: 4, cell: (r) => r.email ?? '—' },
            { header: 'Telefon', width: 2.5, cell: (r) => r.phone ?? '—' },
          ]}
          rows={rows}
          emptyText="Lista kontaktów jest pusta."
        />
        <Small>Dane kontaktowe służbowe, wyłącznie do pracy zespołu. Stan na {generatedAt}.</Small>
      </PageFrame>
    </PdfDocument>
  );
}
