import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { pdfDate } from './format';
import { PageFrame, PdfDocument } from './PageFrame';
import { colors } from './primitives';

/*
 * Zaświadczenie o ukończeniu szkolenia podstawowego Szkoły Kooperacji: one A4 page per attendee,
 * letter-style, with the ROPS director's signature box and the verification code in the footer.
 * No React hooks here (react-pdf's reconciler).
 */

export interface CertificatePdfItem {
  participantId: number;
  name: string;
  function: string;
  institutionName: string | null;
  number: string;
  /** Formatted "XXXX-XXXX-XXXX". */
  verificationCode: string;
  topic: string;
  heldOn: string;
  place: string;
  trainer: string;
  /** "4" or "6.1": which step of the model the training served. */
  step: string | null;
  issuerName: string;
  issuedAt: string;
  issuedIn: string;
  programme: readonly string[];
}

const HEADER_TITLE = 'Zaświadczenie ukończenia szkolenia podstawowego Szkoły Kooperacji';

const s = StyleSheet.create({
  issuer: { fontSize: 10, lineHeight: 1.3, fontWeight: 'bold' },
  placeDate: { fontSize: 10, lineHeight: 1.3, textAlign: 'right', marginBottom: 28 },
  title: { fontSize: 24, lineHeight: 1.2, fontWeight: 'bold', textAlign: 'center', letterSpacing: 2, marginTop: 12 },
  number: { fontSize: 11, lineHeight: 1.3, textAlign: 'center', marginTop: 4, marginBottom: 26 },
  lead: { fontSize: 11, lineHeight: 1.4, textAlign: 'center' },
  name: { fontSize: 18, lineHeight: 1.3, fontWeight: 'bold', textAlign: 'center', marginTop: 8 },
  who: { fontSize: 10, lineHeight: 1.3, textAlign: 'center', color: colors.muted, marginBottom: 16 },
  text: { fontSize: 11, lineHeight: 1.5, textAlign: 'center', marginBottom: 6 },
  topic: { fontSize: 12, lineHeight: 1.4, fontWeight: 'bold', textAlign: 'center', marginBottom: 10 },
  programmeHead: { fontSize: 10.5, lineHeight: 1.4, fontWeight: 'bold', marginTop: 14, marginBottom: 4 },
  bulletRow: { flexDirection: 'row', marginBottom: 2 },
  bullet: { width: 12, fontSize: 10.5, lineHeight: 1.4 },
  bulletText: { flex: 1, fontSize: 10.5, lineHeight: 1.4 },
  note: { fontSize: 9, lineHeight: 1.4, color: colors.muted, marginTop: 12 },
  signatureWrap: { flexDirection: 'row', justifyContent: 'flex-end', marginTop: 34 },
  signatureBox: { width: '50%', borderWidth: 0.75, borderColor: colors.rule, paddingVertical: 8, paddingHorizontal: 10 },
  signatureRole: { fontSize: 7.5, lineHeight: 1.3, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.3 },
  signatureName: { fontSize: 9.5, lineHeight: 1.3, fontWeight: 'bold', marginTop: 2 },
  signatureLine: { marginTop: 34, borderBottomWidth: 0.75, borderBottomColor: colors.text, borderBottomStyle: 'dotted' },
  signatureCaption: { fontSize: 7, lineHeight: 1.3, color: colors.muted, textAlign: 'center', marginTop: 2 },
});

const STEP_TEXT: Record<string, string> = {
  '4': 'Szkolenie odbyło się w ramach kroku 4 Modelu Kooperacji (szkolenie podstawowe animatorów i radnych).',
  '6.1': 'Szkolenie odbyło się w ramach kroku 6.1 Modelu Kooperacji (szkolenie podmiotów Partnerskiego Zespołu Kooperacji).',
};

/** One zaświadczenie: a page of its own. */
export function CertificatePage({ c }: { c: CertificatePdfItem }) {
  const who = [c.function, c.institutionName].filter(Boolean).join(', ');
  return (
    <PageFrame title={HEADER_TITLE} hideTitle documentNumber={`Nr ${c.number}`} verificationCode={c.verificationCode}>
      <Text style={s.issuer}>{c.issuerName}</Text>
      <Text style={s.placeDate}>{[c.issuedIn, pdfDate(c.issuedAt)].filter(Boolean).join(', ')}</Text>
      <Text style={s.title}>ZAŚWIADCZENIE</Text>
      <Text style={s.number}>nr {c.number}</Text>
      <Text style={s.lead}>Zaświadcza się, że</Text>
      <Text style={s.name}>{c.name}</Text>
      <Text style={s.who}>{who || ' '}</Text>
      <Text style={s.text}>ukończył(a) szkolenie podstawowe Szkoły Kooperacji</Text>
      <Text style={s.topic}>„{c.topic}”</Text>
      <Text style={s.text}>
        przeprowadzone w dniu {pdfDate(c.heldOn)} w miejscu: {c.place}, przez: {c.trainer}.
      </Text>
      <Text style={s.programmeHead}>Program szkolenia:</Text>
      <View>
        {c.programme.map((item) => (
          <View key={item} style={s.bulletRow} wrap={false}>
            <Text style={s.bullet}>•</Text>
            <Text style={s.bulletText}>{item}</Text>
          </View>
        ))}
      </View>
      {c.step && STEP_TEXT[c.step] ? <Text style={s.note}>{STEP_TEXT[c.step]} Ukończenie szkolenia daje dostęp do konta PZK na Platformie Modelu Kooperacji.</Text> : null}
      <View style={s.signatureWrap} wrap={false}>
        <View style={s.signatureBox}>
          <Text style={s.signatureRole}>Dyrektor</Text>
          <Text style={s.signatureName}>{c.issuerName}</Text>
          <View style={s.signatureLine} />
          <Text style={s.signatureCaption}>podpis i pieczęć</Text>
        </View>
      </View>
      <Text style={s.note}>Autentyczność zaświadczenia można sprawdzić na stronie „Weryfikacja dokumentu” platformy, wpisując kod weryfikacyjny ze stopki.</Text>
    </PageFrame>
  );
}

/** One or more zaświadczenia in one document, a page each. */
export function CertificatePdf({ title, certificates }: { title: string; certificates: CertificatePdfItem[] }) {
  return (
    <PdfDocument title={title} subject={HEADER_TITLE}>
      {certificates.map((c) => (
        <CertificatePage key={c.participantId} c={c} />
      ))}
    </PdfDocument>
  );
}
