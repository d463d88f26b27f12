import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { colors } from '../primitives';
import { Bullets, CaseFrame, memberName, pdfDate, SignatureBoxes, type CasePdfMember, type CasePdfMeta } from './common';

export interface CongratulationsPdfData {
  meta: CasePdfMeta;
  /** The household: the letter is addressed to all of them. */
  members: CasePdfMember[];
  /** The goals reached, in plain words (their titles). */
  goals: string[];
  qualifiedOn: string | null;
  evaluatedOn: string;
  /** The after-care contact lasts until (ISO), if planned. */
  contactUntil: string | null;
  inviteAsFamilyExpert: boolean;
}

/** How the letter speaks to its addressees: a family (Państwo), or one woman or man. */
export type LetterForm = 'plural' | 'female' | 'male';

/** Polish male first names ending in -a (the rule of thumb below would take them for women's). */
const MALE_NAMES_IN_A = new Set(['kuba', 'barnaba', 'bonawentura', 'kosma', 'jarema', 'sasza', 'dyzma', 'zawisza']);

/**
 * Several people are "Państwo"; one (a person, or a family with one member recorded) is addressed
 * by the Polish rule of thumb on the first name: women's names end in -a.
 */
export function letterForm(members: Pick<CasePdfMember, 'firstName'>[]): LetterForm {
  if (members.length !== 1) return 'plural';
  const name = members[0].firstName.trim().split(/\s+/)[0].toLowerCase();
  return name.endsWith('a') && !MALE_NAMES_IN_A.has(name) ? 'female' : 'male';
}

const WORDS = {
  plural: { salutation: 'Szanowni Państwo,', dative: 'Państwu', genitive: 'Państwa', accusative: 'Państwa', did: 'wykonali Państwo', alone: 'nie zostają Państwo sami', expert: 'jako eksperci rodzinni' },
  female: { salutation: 'Szanowna Pani,', dative: 'Pani', genitive: 'Pani', accusative: 'Panią', did: 'wykonała Pani', alone: 'nie zostaje Pani sama', expert: 'jako ekspertka rodzinna' },
  male: { salutation: 'Szanowny Panie,', dative: 'Panu', genitive: 'Pana', accusative: 'Pana', did: 'wykonał Pan', alone: 'nie zostaje Pan sam', expert: 'jako ekspert rodzinny' },
} as const;

const s = StyleSheet.create({
  placeDate: { fontSize: 10, lineHeight: 1.3, textAlign: 'right', marginBottom: 18 },
  addressBlock: { marginLeft: '55%', marginBottom: 22 },
  addressLine: { fontSize: 10.5, lineHeight: 1.35 },
  addressLabel: { fontSize: 9, lineHeight: 1.3, color: colors.muted },
  title: { fontSize: 16, lineHeight: 1.3, fontWeight: 'bold', textAlign: 'center', marginBottom: 16, letterSpacing: 0.5 },
  salutation: { fontSize: 11, lineHeight: 1.4, marginBottom: 10 },
  text: { fontSize: 11, lineHeight: 1.5, textAlign: 'justify', marginBottom: 9 },
  goals: { marginLeft: 14, marginBottom: 10 },
  closing: { fontSize: 11, lineHeight: 1.4, marginTop: 8 },
});

/**
 * List gratulacyjny: a warm, formal letter to the family that reached the goals of its programme,
 * signed by the key worker and on behalf of the GOPS/PZK. It names the family: printed as
 * sensitive like every case document.
 */
export function CongratulationsPdf({ data }: { data: CongratulationsPdfData }) {
  const { meta } = data;
  const w = WORDS[letterForm(data.members)];
  const pzk = `Partnerskiego Zespołu Kooperacji gminy ${meta.gminaName}`;
  const since = data.qualifiedOn ? `Od ${pdfDate(data.qualifiedOn)} do ${pdfDate(data.evaluatedOn)} ${w.did}` : `W ostatnich miesiącach ${w.did}`;
  return (
    <CaseFrame meta={meta} title="List gratulacyjny" hideTitle>
      <Text style={s.placeDate}>
        {meta.gminaName}, {pdfDate(data.evaluatedOn)}
      </Text>
      <View style={s.addressBlock}>
        <Text style={s.addressLabel}>Sz. P.</Text>
        {data.members.map((m) => (
          <Text key={m.id} style={s.addressLine}>
            {memberName(m)}
          </Text>
        ))}
      </View>
      <Text style={s.title}>List gratulacyjny</Text>
      <Text style={s.salutation}>{w.salutation}</Text>
      <Text style={s.text}>
        z ogromną radością i uznaniem gratulujemy {w.dative} osiągnięcia celów, które wspólnie wyznaczyliśmy w indywidualnym programie pomocy. {since} ogromną pracę — dzięki{' '}
        {w.genitive} wytrwałości, zaangażowaniu i odwadze w podejmowaniu zmian udało się:
      </Text>
      <View style={s.goals}>
        <Bullets items={data.goals} />
      </View>
      <Text style={s.text}>
        To przede wszystkim {w.genitive} sukces. Dziękujemy za zaufanie i za otwartość na współpracę. Jesteśmy dumni, że mogliśmy towarzyszyć {w.dative} w tej drodze — razem z instytucjami {pzk}.
      </Text>
      {data.contactUntil ? (
        <Text style={s.text}>
          Po zakończeniu programu {w.alone}: do {pdfDate(data.contactUntil)} pozostajemy w kontakcie i w razie potrzeby chętnie służymy pomocą.
        </Text>
      ) : null}
      {data.inviteAsFamilyExpert ? (
        <Text style={s.text}>
          Serdecznie zapraszamy {w.accusative} do podzielenia się swoim doświadczeniem {w.expert} — {w.genitive} droga może dodać otuchy i sił innym rodzinom, które dopiero zaczynają zmiany.
        </Text>
      ) : null}
      <Text style={s.text}>Życzymy {w.dative} zdrowia, wszelkiej pomyślności i dalszych sukcesów.</Text>
      <Text style={s.closing}>Z wyrazami szacunku</Text>
      <SignatureBoxes
        boxes={[
          { role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution },
          { role: 'Za GOPS / PZK', name: meta.keyWorkerInstitution ?? meta.pzkName, detail: meta.keyWorkerInstitution ? meta.pzkName : null, caption: 'podpis i pieczęć' },
        ]}
      />
    </CaseFrame>
  );
}
