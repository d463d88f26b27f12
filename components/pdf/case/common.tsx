import { Fragment, type ReactNode } from 'react';
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { PageFrame, PdfDocument } from '../PageFrame';
import { colors, Heading, Paragraph, Small, Table } from '../primitives';

/*
 * What every printed case document (sprawa osoby lub rodziny) shares: the frame marked "Dane wrażliwe —
 * poufne" with the case number and the verification code on every page, the household table,
 * signature boxes and the note on special-category data. No React hooks (react-pdf's
 * reconciler); a Text with lineHeight sets its fontSize too.
 */

export type CaseKindKey = 'person' | 'family' | 'group';

/** The case and the print, as every case document shows them. */
export interface CasePdfMeta {
  /** "R/2027/0001". */
  caseNumber: string;
  caseKind: CaseKindKey;
  /** "Rodzina", "Osoba", "Grupa". */
  caseKindLabel: string;
  /** "PZK gminy Dąbrowa Białostocka". */
  pzkName: string;
  gminaName: string;
  powiatName: string;
  keyWorkerName: string;
  /** The key worker's institution (usually the GOPS/OPS), when known. */
  keyWorkerInstitution: string | null;
  /** As printed, "7K3M-Q9PD-X2RT". */
  verificationCode: string;
  /** "dd.mm.rrrr, gg:mm". */
  printedAt: string;
  printedBy: string;
}

/** A household member as printed: PESEL always masked ("*******2343") or null. */
export interface CasePdfMember {
  id: number;
  firstName: string;
  lastName: string;
  birthYear: number | null;
  relation: string;
  pesel: string | null;
}

export const memberName = (m: Pick<CasePdfMember, 'firstName' | 'lastName'>) => `${m.firstName} ${m.lastName}`;

/** An adult on `onDate` (ISO); a member whose year of birth is not known is treated as one. */
export const isAdult = (m: Pick<CasePdfMember, 'birthYear'>, onDate: string) => m.birthYear == null || Number(onDate.slice(0, 4)) - m.birthYear >= 18;

/** "dd.mm.rrrr" from an ISO date, "—" when there is none. */
export { pdfDate } from '../format';

export const caseDocumentNumber = (caseNumber: string) => `Sprawa ${caseNumber}`;

/** The document root and its one page sequence, marked sensitive, numbered and coded. */
export function CaseFrame({ meta, title, subtitle, hideTitle, subject, children }: { meta: CasePdfMeta; title: string; subtitle?: string; hideTitle?: boolean; subject?: string; children?: ReactNode }) {
  return (
    <PdfDocument title={`${title} — sprawa ${meta.caseNumber}`} subject={subject ?? title}>
      <PageFrame
        title={title}
        subtitle={subtitle ?? `${meta.pzkName}, powiat ${meta.powiatName} · sprawa ${meta.caseNumber}`}
        documentNumber={caseDocumentNumber(meta.caseNumber)}
        verificationCode={meta.verificationCode}
        sensitive
        hideTitle={hideTitle}
      >
        {children}
      </PageFrame>
    </PdfDocument>
  );
}

const s = StyleSheet.create({
  note: { marginTop: 14 },
  bulletRow: { flexDirection: 'row', marginBottom: 2 },
  bullet: { width: 10, fontSize: 9.5, lineHeight: 1.35 },
  bulletText: { flex: 1, fontSize: 9.5, lineHeight: 1.35 },
  signatures: { marginTop: 18 },
  signatureRow: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 12 },
  signatureBox: { width: '48%', borderWidth: 0.75, borderColor: colors.rule, paddingVertical: 7, paddingHorizontal: 9 },
  signatureRole: { fontSize: 7.5, lineHeight: 1.3, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.3 },
  signatureName: { fontSize: 9.5, lineHeight: 1.3, fontWeight: 'bold', marginTop: 2 },
  signatureDetail: { fontSize: 8.5, lineHeight: 1.3, color: colors.muted },
  signatureDate: { fontSize: 9, lineHeight: 1.3, marginTop: 8 },
  signatureLine: { marginTop: 26, borderBottomWidth: 0.75, borderBottomColor: colors.text, borderBottomStyle: 'dotted' },
  signatureCaption: { fontSize: 7, lineHeight: 1.3, color: colors.muted, textAlign: 'center', marginTop: 2 },
});

/** A titled block of free text; "—" when empty. */
export function Section({ title, text }: { title: string; text: string | null | undefined }) {
  return (
    <Fragment>
      <Heading level={3}>{title}</Heading>
      <Paragraph>{text?.trim() ? text.trim() : '—'}</Paragraph>
    </Fragment>
  );
}

/** Items as a bulleted list; `empty` when there are none. */
export function Bullets({ items, empty = '—' }: { items: string[]; empty?: string }) {
  if (!items.length) return <Paragraph>{empty}</Paragraph>;
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={s.bulletRow} wrap={false}>
          <Text style={s.bullet}>•</Text>
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** The household: name, year of birth, relation and (masked) PESEL. */
export function HouseholdTable({ members, caption = 'Skład gospodarstwa domowego', withPesel = true }: { members: CasePdfMember[]; caption?: string; withPesel?: boolean }) {
  return (
    <Table<CasePdfMember>
      caption={caption}
      rows={members}
      fontSize={8.5}
      emptyText="Nie wpisano osób."
      columns={[
        { header: 'Lp.', width: 5, align: 'right', cell: (_, i) => `${i + 1}.` },
        { header: 'Imię i nazwisko', width: 35, cell: (m) => memberName(m) },
        { header: 'Rok urodzenia', width: 15, align: 'center', cell: (m) => (m.birthYear ? String(m.birthYear) : '—') },
        { header: 'Relacja / rola w rodzinie', width: withPesel ? 25 : 45, cell: (m) => m.relation },
        ...(withPesel ? [{ header: 'PESEL', width: 20, cell: (m: CasePdfMember) => m.pesel ?? '—' }] : []),
      ]}
    />
  );
}

export interface SignatureSpec {
  /** "Członek rodziny", "Pracownik kluczowy". */
  role: string;
  name: string;
  detail?: string | null;
  /** Under the dotted line; default "podpis". */
  caption?: string;
}

/** Boxes to sign by hand, two per row, none split between pages; the heading stays with the first row. */
export function SignatureBoxes({ boxes, heading }: { boxes: SignatureSpec[]; heading?: string }) {
  const rows: SignatureSpec[][] = [];
  for (let i = 0; i < boxes.length; i += 2) rows.push(boxes.slice(i, i + 2));
  return (
    <View style={s.signatures}>
      {rows.map((row, i) => (
        <View key={i} wrap={false}>
          {heading && i === 0 ? <Heading level={3}>{heading}</Heading> : null}
          <View style={s.signatureRow}>
            {row.map((b, j) => (
              <View key={j} style={s.signatureBox}>
                <Text style={s.signatureRole}>{b.role}</Text>
                <Text style={s.signatureName}>{b.name}</Text>
                {b.detail ? <Text style={s.signatureDetail}>{b.detail}</Text> : null}
                <Text style={s.signatureDate}>Data: ……………………</Text>
                <View style={s.signatureLine} />
                <Text style={s.signatureCaption}>{b.caption ?? 'podpis'}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

/** The footnote of every case document: who printed it, when, and how to treat it. */
export function PrintNote({ meta }: { meta: CasePdfMeta }) {
  return (
    <View style={s.note} wrap={false}>
      <Small>
        Wydrukowano {meta.printedAt} ({meta.printedBy}) ze sprawy osoby lub rodziny na Platformie Modelu Kooperacji. Dokument zawiera dane szczególnie chronione (art. 9 RODO) — przechowuj go w zamknięciu i nie
        udostępniaj osobom nieupoważnionym. Autentyczność wydruku można sprawdzić na stronie „Weryfikacja dokumentu” platformy, wpisując kod weryfikacyjny ze stopki.
      </Small>
    </View>
  );
}

/** A goal's scale as printed: "2 → 8". */
export const scaleSpan = (baseline: number, target: number) => `${baseline} → ${target}`;
