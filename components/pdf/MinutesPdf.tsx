import { PageFrame, PdfDocument } from './PageFrame';
import { Facts, Heading, Paragraph, Small, Table } from './primitives';

export interface MinutesPdfData {
  title: string;
  subtitle: string;
  kind: string;
  date: string;
  place: string;
  /** The three agenda areas, labelled. */
  agenda: { label: string; text: string }[];
  /** The kind's own agenda points (Kooperacje 3D forming meetings), each done or not. */
  agendaPoints?: { label: string; done: boolean }[];
  attendance: { name: string; institutionName: string | null; present: boolean }[];
  decisions: { text: string; ownerName: string | null; dueOn: string; status: string }[];
  /** PZK meetings' consultation slots; left out (no table) for meetings without them (WZK). */
  consultations?: { specialist: string; time: string; forWhom: string }[];
  minutes: string;
  /** "Opublikowano …" or null: an unpublished protocol prints as a draft. */
  publishedAt: string | null;
  generatedAt: string;
}

/** Protokół ze spotkania PZK: agenda, attendance, decisions, consultations and the minutes. */
export function MinutesPdf({ data }: { data: MinutesPdfData }) {
  return (
    <PdfDocument title={data.title}>
      <PageFrame title={data.title} subtitle={data.subtitle} draft={!data.publishedAt}>
        <Facts
          items={[
            ['Rodzaj spotkania', data.kind],
            ['Data i godzina', data.date],
            ['Miejsce', data.place],
            ['Protokół', data.publishedAt ? `opublikowany ${data.publishedAt}` : 'projekt — nieopublikowany'],
          ]}
        />
        <Heading>Porządek spotkania</Heading>
        {data.agenda.map((a) => (
          <Paragraph key={a.label}>
            {a.label}: {a.text || '—'}
          </Paragraph>
        ))}
        {!!data.agendaPoints?.length && (
          <Table
            caption="Punkty porządku spotkania"
            columns={[
              { header: 'Punkt', width: 8, cell: (r) => r.label },
              { header: 'Realizacja', width: 2, cell: (r) => (r.done ? 'zrealizowany' : 'niezrealizowany') },
            ]}
            rows={data.agendaPoints}
          />
        )}
        <Table
          caption="Lista obecności"
          columns={[
            { header: 'Imię i nazwisko', width: 3, cell: (r) => r.name },
            { header: 'Instytucja', width: 5, cell: (r) => r.institutionName ?? '—' },
            { header: 'Obecność', width: 1.5, cell: (r) => (r.present ? 'obecny' : 'nieobecny') },
          ]}
          rows={data.attendance}
          emptyText="Lista obecności nie została wypełniona."
        />
        <Table
          caption="Ustalenia"
          columns={[
            { header: 'Ustalenie', width: 6, cell: (r) => r.text },
            { header: 'Odpowiedzialny', width: 3, cell: (r) => r.ownerName ?? '—' },
            { header: 'Termin', width: 1.5, cell: (r) => r.dueOn },
            { header: 'Status', width: 1.5, cell: (r) => r.status },
          ]}
          rows={data.decisions}
          emptyText="Brak ustaleń."
        />
        {data.consultations && (
          <Table
            caption="Konsultacje (mobilny punkt konsultacyjny)"
            columns={[
              { header: 'Specjalista', width: 4, cell: (r) => r.specialist },
              { header: 'Termin', width: 2, cell: (r) => r.time },
              { header: 'Dla kogo', width: 4, cell: (r) => r.forWhom },
            ]}
            rows={data.consultations}
            emptyText="Brak terminów konsultacji."
          />
        )}
        <Heading>Przebieg spotkania</Heading>
        <Paragraph>{data.minutes || 'Protokół nie został jeszcze spisany.'}</Paragraph>
        <Small>Wygenerowano {data.generatedAt}.</Small>
      </PageFrame>
    </PdfDocument>
  );
}
