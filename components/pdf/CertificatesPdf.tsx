import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { pdfDate } from './format';
import { PageFrame, PdfDocument } from './PageFrame';
import { colors } from './primitives';

/*
 * Step 10.2: the certificates of participation the wójt and the starosta hand to the PZK members
 * (and to the WZK), and the references of the Leaders of Cooperation (the animators). ROPS prepares
 * both. One page per person; the wording is made from the figures by lib/evaluation/documents.ts.
 */

const s = StyleSheet.create({
  box: { marginTop: 40, alignItems: 'center' },
  kind: { fontSize: 30, fontWeight: 'bold', color: colors.headerBg },
  sub: { fontSize: 12, marginTop: 6, color: colors.muted, textAlign: 'center' },
  name: { fontSize: 20, fontWeight: 'bold', marginTop: 28, textAlign: 'center' },
  line: { fontSize: 11, marginTop: 6, textAlign: 'center', lineHeight: 1.4 },
  body: { fontSize: 11, marginTop: 14, lineHeight: 1.5, textAlign: 'justify' },
  sign: { marginTop: 60, flexDirection: 'row', justifyContent: 'space-between' },
  signCol: { width: '45%', alignItems: 'center' },
  dots: { fontSize: 10, color: colors.muted },
  signLabel: { fontSize: 8.5, color: colors.muted, marginTop: 3, textAlign: 'center' },
  signName: { fontSize: 9.5, marginTop: 2, textAlign: 'center' },
});

export interface CertificatePage {
  name: string;
  function: string;
  institutionName: string;
  team: string;
}

export interface CertificatesPdfData {
  /** "powiat sokólski, od 01.09.2026 (Dąbrowa Białostocka, Korycin)" (implementationLabel). */
  label: string;
  period: string;
  ropsName: string;
  issuedOn: string;
  place: string;
  people: CertificatePage[];
}

export const CERTIFICATE_TITLE = 'Certyfikat udziału w Modelu Kooperacji';

function Signature({ ropsName, issuedOn, place }: { ropsName: string; issuedOn: string; place: string }) {
  return (
    <View style={s.sign}>
      <View style={s.signCol}>
        <Text style={s.signName}>
          {place}, {pdfDate(issuedOn)}
        </Text>
        <Text style={s.signLabel}>miejscowość i data</Text>
      </View>
      <View style={s.signCol}>
        <Text style={s.dots}>………………………………………………</Text>
        <Text style={s.signLabel}>podpis i pieczęć</Text>
        <Text style={s.signName}>{ropsName}</Text>
      </View>
    </View>
  );
}

export function CertificatesPdf({ data }: { data: CertificatesPdfData }) {
  return (
    <PdfDocument title={CERTIFICATE_TITLE} subject={data.label} author={data.ropsName}>
      {!data.people.length && (
        <PageFrame title={CERTIFICATE_TITLE}>
          <Text style={s.body}>W zespołach wdrożenia ({data.label}) nie ma jeszcze członków.</Text>
        </PageFrame>
      )}
      {data.people.map((p, i) => (
        <PageFrame key={i} title={CERTIFICATE_TITLE} hideTitle>
          <View style={s.box}>
            <Text style={s.kind}>CERTYFIKAT</Text>
            <Text style={s.sub}>udziału w pracach zespołu Modelu Kooperacji</Text>
            <Text style={s.line}>potwierdza się, że</Text>
            <Text style={s.name}>{p.name}</Text>
            {(p.function || p.institutionName) && <Text style={s.line}>{[p.function, p.institutionName].filter(Boolean).join(', ')}</Text>}
            <Text style={s.line}>uczestniczył(a) w pracach zespołu:</Text>
            <Text style={[s.line, { fontWeight: 'bold' }]}>{p.team}</Text>
            <Text style={s.line}>w ramach wdrożenia Modelu Kooperacji — {data.label},</Text>
            <Text style={s.line}>w okresie {data.period}.</Text>
          </View>
          <Signature ropsName={data.ropsName} issuedOn={data.issuedOn} place={data.place} />
        </PageFrame>
      ))}
    </PdfDocument>
  );
}

export interface ReferencePage {
  name: string;
  /** Under "REFERENCJE": "Lidera Kooperacji" (a person), "dla podmiotu …" (an institution), "dla zespołu …" (a team). */
  subtitle?: string;
  /** "animator PCPR" / "animator GOPS" / "Starosta Sokólski" … */
  roleLabel: string;
  institutionName: string;
  /** The generated wording, paragraph by paragraph. */
  paragraphs: string[];
}

export interface ReferencesPdfData {
  label: string;
  ropsName: string;
  issuedOn: string;
  place: string;
  people: ReferencePage[];
}

export const REFERENCES_TITLE = 'Referencje Liderów Kooperacji, podmiotów i zespołów';

export function ReferencesPdf({ data }: { data: ReferencesPdfData }) {
  return (
    <PdfDocument title={REFERENCES_TITLE} subject={data.label} author={data.ropsName}>
      {!data.people.length && (
        <PageFrame title={REFERENCES_TITLE}>
          <Text style={s.body}>Wdrożenie ({data.label}) nie ma jeszcze osób, instytucji ani zespołów, dla których można przygotować referencje.</Text>
        </PageFrame>
      )}
      {data.people.map((p, i) => (
        <PageFrame key={i} title={REFERENCES_TITLE} hideTitle>
          <View style={s.box}>
            <Text style={s.kind}>REFERENCJE</Text>
            <Text style={s.sub}>{p.subtitle ?? 'Lidera Kooperacji'}</Text>
            <Text style={s.name}>{p.name}</Text>
            {(p.roleLabel || p.institutionName) && <Text style={s.line}>{[p.roleLabel, p.institutionName].filter(Boolean).join(', ')}</Text>}
          </View>
          {p.paragraphs.map((t, j) => (
            <Text key={j} style={s.body}>
              {t}
            </Text>
          ))}
          <Signature ropsName={data.ropsName} issuedOn={data.issuedOn} place={data.place} />
        </PageFrame>
      ))}
    </PdfDocument>
  );
}
