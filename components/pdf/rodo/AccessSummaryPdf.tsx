import { PageFrame, PdfDocument } from '../PageFrame';
import { Facts, Heading, Paragraph, Small, Table } from '../primitives';

/*
 * The information for a person who asked for access to their data (RODO art. 15): the controller's
 * context, the categories of data held with counts and dates, the household members, and the
 * consultations of the data by date, purpose, role and institution (never an employee's name).
 * No React hooks (react-pdf's reconciler).
 */

export interface SummaryCategory {
  name: string;
  count: number;
  /** "dd.mm.rrrr – dd.mm.rrrr", or the dates listed; "—" when none. */
  dates: string;
}

export interface SummaryConsultation {
  /** dd.mm.rrrr */
  day: string;
  /** What was opened, printed or exported (the access log's Polish name). */
  what: string;
  /** The purpose stated by ROPS (supervision) or the request; null for the case's own people. */
  purpose: string | null;
  /** Role and institution, e.g. "Animator GOPS, GOPS w Janowie". */
  who: string;
  count: number;
}

export interface AccessSummaryData {
  requestNumber: string;
  receivedOn: string;
  requesterName: string;
  voivodeship: string;
  caseNumber: string;
  caseKind: string;
  caseStatus: string;
  pzkName: string;
  gminaName: string;
  powiatName: string;
  openedOn: string;
  members: { name: string; birthYear: number | null; relation: string }[];
  /** "3 osoby". */
  memberCount: string;
  categories: SummaryCategory[];
  consultations: SummaryConsultation[];
  printedAt: string;
}

const TITLE = 'Informacja o przetwarzanych danych osobowych (art. 15 RODO)';

export function AccessSummaryPdf({ data: d }: { data: AccessSummaryData }) {
  return (
    <PdfDocument title={`${TITLE} — ${d.requestNumber}`} subject={TITLE}>
      <PageFrame title={TITLE} subtitle={`Odpowiedź na żądanie ${d.requestNumber} z ${d.receivedOn}`} documentNumber={`Żądanie ${d.requestNumber}`} sensitive>
        <Heading>Administrator i sprawa</Heading>
        <Facts
          items={[
            ['Dla', d.requesterName],
            ['Województwo', d.voivodeship],
            ['Zespół (PZK)', `${d.pzkName}, powiat ${d.powiatName}`],
            ['Gmina', d.gminaName],
            ['Sprawa', `${d.caseNumber} (${d.caseKind.toLowerCase()}), założona ${d.openedOn}`],
            ['Stan sprawy', d.caseStatus],
          ]}
        />
        <Paragraph>
          Dane są przetwarzane w celu udzielenia wsparcia w Modelu Kooperacji (praca socjalna i współpraca instytucji w Partnerskim Zespole Kooperacji), na podstawie art. 6 ust. 1 lit. c i e oraz art. 9 ust. 2
          lit. b, g i h RODO i przepisów o pomocy społecznej. Kopia danych jest wydawana osobno (plik JSON).
        </Paragraph>

        <Heading>Osoby w gospodarstwie domowym ({d.memberCount})</Heading>
        <Table
          rows={d.members}
          fontSize={8.5}
          emptyText="Nie wpisano osób."
          columns={[
            { header: 'Lp.', width: 6, align: 'right', cell: (_, i) => `${i + 1}.` },
            { header: 'Imię i nazwisko', width: 44, cell: (m) => m.name },
            { header: 'Rok urodzenia', width: 18, align: 'center', cell: (m) => (m.birthYear ? String(m.birthYear) : '—') },
            { header: 'Relacja', width: 32, cell: (m) => m.relation },
          ]}
        />

        <Heading>Kategorie przechowywanych danych</Heading>
        <Table
          rows={d.categories}
          fontSize={8.5}
          columns={[
            { header: 'Kategoria danych', width: 44, cell: (c) => c.name },
            { header: 'Liczba', width: 10, align: 'right', cell: (c) => String(c.count) },
            { header: 'Daty', width: 46, cell: (c) => c.dates },
          ]}
        />

        <Heading>Konsultacje danych (kto, kiedy i w jakim celu zapoznawał się z danymi)</Heading>
        <Paragraph>
          Otwarcia sprawy, wydruki i eksporty zapisane w dzienniku zdarzeń, zliczone w ciągu dnia. Osoby, które zapoznawały się z danymi, podajemy przez ich rolę i instytucję; cel podają osoby spoza zespołu
          sprawy (nadzór ROPS) oraz realizacja żądań.
        </Paragraph>
        <Table
          rows={d.consultations}
          fontSize={8}
          emptyText="Nie zapisano konsultacji danych."
          columns={[
            { header: 'Data', width: 13, cell: (c) => c.day },
            { header: 'Czego dotyczyło', width: 29, cell: (c) => c.what },
            { header: 'Cel', width: 24, cell: (c) => c.purpose ?? 'prowadzenie sprawy' },
            { header: 'Rola i instytucja', width: 26, cell: (c) => c.who },
            { header: 'Ile razy', width: 8, align: 'right', cell: (c) => String(c.count) },
          ]}
        />
        <Small>
          Sporządzono {d.printedAt} na Platformie Modelu Kooperacji. Dokument zawiera dane szczególnie chronione (art. 9 RODO) — przekaż go wyłącznie osobie, której dane dotyczą, lub jej przedstawicielowi.
        </Small>
      </PageFrame>
    </PdfDocument>
  );
}
