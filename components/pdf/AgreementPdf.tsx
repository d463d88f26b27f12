import { Fragment } from 'react';
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ComposedDocument, ComposedParagraph, ComposedParty, DocumentPerson } from '@/lib/documents/compose';
import { formatDate } from '@/lib/text';
import { PageFrame, PdfDocument } from './PageFrame';
import { colors, Paragraph, Table } from './primitives';

/*
 * A composed agreement (porozumienie, aneks, deklaracja, oświadczenie) as a formal document:
 * centred title and number, preamble, the parties, the numbered paragraphs (§) with their points
 * and tables, the closing words and a signature box per signing party. No React hooks here
 * (react-pdf's reconciler); a Text with lineHeight sets its fontSize too.
 */

export interface AgreementPdfProps {
  doc: ComposedDocument;
  /** The kind in words, e.g. "Porozumienie powiat–gmina": the PDF's subject. */
  kindLabel: string;
  /** A draft: "PROJEKT" across every page. */
  draft: boolean;
  verificationCode: string;
  /** ISO date per doc.parties index, printed in that party's signature box when known. */
  signedOn?: (string | null)[];
  /** E.g. "Dokument rozwiązany z dniem …", printed small under the title. */
  statusNote?: string;
}

const TEXT_SIZE = 10;
const TABLE_SIZE = 8.5;
/** Characters of a point printed whole on one page (about five lines). */
const SHORT_POINT = 480;
/** Dots standing for a date to be written by hand. */
const DATE_BLANK = '……………………';

const s = StyleSheet.create({
  titleBlock: { marginTop: 4, marginBottom: 14, alignItems: 'center' },
  title: { fontSize: 14, fontWeight: 'bold', lineHeight: 1.25, textAlign: 'center' },
  number: { fontSize: 10.5, lineHeight: 1.3, marginTop: 3, textAlign: 'center' },
  statusNote: { fontSize: 8, lineHeight: 1.3, marginTop: 4, color: colors.danger, textAlign: 'center' },
  text: { fontSize: TEXT_SIZE, lineHeight: 1.4, textAlign: 'justify' },
  preamble: { fontSize: TEXT_SIZE, lineHeight: 1.4, textAlign: 'justify', marginBottom: 10 },
  paragraphHead: { fontSize: TEXT_SIZE + 0.5, fontWeight: 'bold', lineHeight: 1.3, textAlign: 'center', marginTop: 10, marginBottom: 5 },
  single: { marginBottom: 6 },
  beforeTable: { marginBottom: 8 },
  point: { flexDirection: 'row', marginBottom: 4 },
  pointNumber: { width: 18, fontSize: TEXT_SIZE, lineHeight: 1.4 },
  pointText: { flex: 1, fontSize: TEXT_SIZE, lineHeight: 1.4, textAlign: 'justify' },
  cellMain: { fontSize: TABLE_SIZE, lineHeight: 1.25 },
  cellBold: { fontSize: TABLE_SIZE, lineHeight: 1.25, fontWeight: 'bold' },
  cellMuted: { fontSize: TABLE_SIZE, lineHeight: 1.25, color: colors.muted },
  task: { flexDirection: 'row' },
  taskNumber: { width: 13, fontSize: TABLE_SIZE, lineHeight: 1.3 },
  taskText: { flex: 1, fontSize: TABLE_SIZE, lineHeight: 1.3 },
  closing: { fontSize: TEXT_SIZE, lineHeight: 1.4, textAlign: 'justify', marginTop: 10, marginBottom: 6 },
  signatures: { marginTop: 18 },
  signatureRow: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 14 },
  signatureBox: { width: '48%', borderWidth: 0.75, borderColor: colors.rule, paddingVertical: 7, paddingHorizontal: 9 },
  signatureRole: { fontSize: 7.5, lineHeight: 1.3, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.3 },
  signatureParty: { fontSize: 9.5, lineHeight: 1.3, fontWeight: 'bold', marginTop: 2 },
  signaturePerson: { fontSize: 9, lineHeight: 1.3, marginTop: 4 },
  signatureFunction: { fontSize: 8.5, lineHeight: 1.3, color: colors.muted },
  signatureDate: { fontSize: 9, lineHeight: 1.3, marginTop: 8 },
  signatureLine: { marginTop: 30, borderBottomWidth: 0.75, borderBottomColor: colors.text, borderBottomStyle: 'dotted' },
  signatureCaption: { fontSize: 7, lineHeight: 1.3, color: colors.muted, textAlign: 'center', marginTop: 2 },
});

/** The printed agreement: one page sequence in the platform's frame, centred title on the first page. */
export function AgreementPdf({ doc, kindLabel, draft, verificationCode, signedOn, statusNote }: AgreementPdfProps) {
  const signing = doc.parties.map((party) => ({ party, date: signedOn?.[party.index] ?? null })).filter((x) => x.party.signs);
  return (
    <PdfDocument title={`${doc.title} nr ${doc.number}`} subject={kindLabel}>
      <PageFrame title={doc.title} documentNumber={`Nr ${doc.number}`} verificationCode={verificationCode} draft={draft} hideTitle>
        <View style={s.titleBlock}>
          <Text style={s.title}>{doc.title}</Text>
          <Text style={s.number}>Nr {doc.number}</Text>
          {statusNote ? <Text style={s.statusNote}>{statusNote}</Text> : null}
        </View>
        {doc.preamble ? <Paragraph style={s.preamble}>{doc.preamble}</Paragraph> : null}
        <PartiesTable parties={doc.parties} />
        {doc.paragraphs.map((p) => (
          <AgreementParagraph key={p.key} paragraph={p} doc={doc} />
        ))}
        {doc.closing ? <Paragraph style={s.closing}>{doc.closing}</Paragraph> : null}
        {signing.length > 0 && (
          <View style={s.signatures}>
            {pairs(signing).map((row, i) => (
              <View key={i} style={s.signatureRow} wrap={false}>
                {row.map(({ party, date }, j) => (
                  <SignatureBox key={j} party={party} date={date} />
                ))}
              </View>
            ))}
          </View>
        )}
      </PageFrame>
    </PdfDocument>
  );
}

function AgreementParagraph({ paragraph: p, doc }: { paragraph: ComposedParagraph; doc: ComposedDocument }) {
  // Several points are numbered "1.", "2." with a hanging indent; a single one is a plain paragraph.
  const numbered = p.points.length > 1;
  const table = p.table === 'parties' ? (
    <PartiesTable parties={doc.parties} />
  ) : p.table === 'tasks' ? (
    <TasksTable parties={doc.parties} />
  ) : p.table === 'people' ? (
    <PeopleTable people={doc.people} label={doc.peopleLabel} />
  ) : null;
  // The last point stays on the page of the table's first row: a table header alone at the foot
  // of a page would otherwise be left behind (its rows do not split).
  const lead = table ? tableLead(p.table!, doc) : undefined;
  const isLast = (i: number) => i === p.points.length - 1;
  return (
    <Fragment>
      {/* One Text for "§ n" and the heading; kept with the first lines of the text. */}
      <Text style={s.paragraphHead} minPresenceAhead={50}>
        {`§ ${p.number}`}
        {p.heading ? `\n${p.heading}` : ''}
      </Text>
      {p.points.map((point, i) => {
        const beforeTable = lead !== undefined && isLast(i);
        return numbered ? (
          // A short point is not split between pages; a long one keeps at least its first line
          // beside its number (with the default of two, the number could be left alone).
          <View key={i} style={beforeTable ? [s.point, s.beforeTable] : s.point} wrap={point.length > SHORT_POINT ? undefined : false} minPresenceAhead={beforeTable ? lead : undefined}>
            <Text style={s.pointNumber}>{i + 1}.</Text>
            <Text style={s.pointText} orphans={1}>
              {point}
            </Text>
          </View>
        ) : (
          <Text key={i} style={[s.text, beforeTable ? s.beforeTable : s.single]} minPresenceAhead={beforeTable ? lead : undefined}>
            {point}
          </Text>
        );
      })}
      {table}
    </Fragment>
  );
}

/**
 * Roughly how tall a table's header and first row are (pt): the room the text before it keeps
 * for them on its page. A tasks row is as tall as its party's list.
 */
function tableLead(table: NonNullable<ComposedParagraph['table']>, doc: ComposedDocument): number {
  const line = TABLE_SIZE * 1.3;
  if (table !== 'tasks') return 14 + 2 * line + 8 + (table === 'people' && doc.peopleLabel ? 24 : 0);
  const first = doc.parties.find((p) => p.tasks.length > 0);
  const lines = first ? first.tasks.reduce((n, task) => n + Math.ceil(task.length / 80), 0) : 2;
  return 14 + lines * line + 12;
}

function PartiesTable({ parties }: { parties: ComposedParty[] }) {
  return (
    <Table<ComposedParty>
      rows={parties}
      fontSize={TABLE_SIZE}
      emptyText="Nie wskazano stron."
      columns={[
        { header: 'Strona', width: 18, cell: (p) => p.roleLabel },
        {
          header: 'Nazwa',
          width: 46,
          cell: (p) => (
            <Fragment>
              <Text style={s.cellBold}>{p.name}</Text>
              {p.address ? <Text style={s.cellMuted}>{p.address}</Text> : null}
            </Fragment>
          ),
        },
        {
          header: 'Reprezentowana przez',
          width: 36,
          cell: (p) => (
            <Fragment>
              <Text style={s.cellMain}>{p.representativeName || '—'}</Text>
              {p.representativeFunction ? <Text style={s.cellMuted}>{p.representativeFunction}</Text> : null}
            </Fragment>
          ),
        },
      ]}
    />
  );
}

function TasksTable({ parties }: { parties: ComposedParty[] }) {
  return (
    <Table<ComposedParty>
      rows={parties.filter((p) => p.tasks.length > 0)}
      fontSize={TABLE_SIZE}
      emptyText="Nie wskazano zadań stron."
      columns={[
        {
          header: 'Strona',
          width: 30,
          cell: (p) => (
            <Fragment>
              <Text style={s.cellBold}>{p.name}</Text>
              <Text style={s.cellMuted}>{p.roleLabel}</Text>
            </Fragment>
          ),
        },
        {
          header: 'Zadania',
          width: 70,
          cell: (p) => (
            <Fragment>
              {p.tasks.map((task, i) => (
                <View key={i} style={s.task}>
                  <Text style={s.taskNumber}>{i + 1}.</Text>
                  <Text style={s.taskText}>{task}</Text>
                </View>
              ))}
            </Fragment>
          ),
        },
      ]}
    />
  );
}

function PeopleTable({ people, label }: { people: DocumentPerson[]; label: string | null }) {
  return (
    <Table<DocumentPerson>
      caption={label ?? undefined}
      rows={people}
      fontSize={TABLE_SIZE}
      emptyText="Nie wskazano osób."
      columns={[
        { header: 'Funkcja', width: 34, cell: (p) => p.function },
        { header: 'Imię i nazwisko', width: 28, cell: (p) => p.name },
        { header: 'Jednostka', width: 38, cell: (p) => p.unit },
      ]}
    />
  );
}

function SignatureBox({ party, date }: { party: ComposedParty; date: string | null }) {
  return (
    <View style={s.signatureBox}>
      <Text style={s.signatureRole}>{party.roleLabel}</Text>
      <Text style={s.signatureParty}>{party.name}</Text>
      <Text style={s.signaturePerson}>{party.representativeName || DATE_BLANK}</Text>
      {party.representativeFunction ? <Text style={s.signatureFunction}>{party.representativeFunction}</Text> : null}
      <Text style={s.signatureDate}>Data: {date ? formatDate(date) : DATE_BLANK}</Text>
      <View style={s.signatureLine} />
      <Text style={s.signatureCaption}>podpis i pieczęć</Text>
    </View>
  );
}

/** [a, b, c] → [[a, b], [c]]: signature boxes two per row. */
function pairs<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += 2) out.push(xs.slice(i, i + 2));
  return out;
}
