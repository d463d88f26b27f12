import { Fragment } from 'react';
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { colors, Facts, Heading, Paragraph, Small } from '../primitives';
import { Bullets, CaseFrame, HouseholdTable, isAdult, memberName, pdfDate, PrintNote, SignatureBoxes, type CasePdfMember, type CasePdfMeta, type SignatureSpec } from './common';

/*
 * The papers a family signs or fills in by hand, printed from the case (lib/cases/family-papers.tsx):
 * the consent to cooperation and to data sharing with the information clause of art. 13 RODO, the
 * qualification decision, the monitoring sheet (a 0–10 scale of boxes for each goal) and the sheet
 * of the family's rights and duties. Same frame as the other case documents; only the data each
 * paper needs (names and relations — no PESEL, no diagnosis).
 */

const s = StyleSheet.create({
  clause: { flexDirection: 'row', marginBottom: 3 },
  clauseNo: { width: 14, fontSize: 8.8, lineHeight: 1.35 },
  clauseText: { flex: 1, fontSize: 8.8, lineHeight: 1.35 },
  choice: { fontSize: 9.5, lineHeight: 1.4, marginTop: 4, marginBottom: 8 },
  goal: { borderWidth: 0.75, borderColor: colors.rule, padding: 7, marginBottom: 8 },
  goalHead: { fontSize: 8, lineHeight: 1.3, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.3 },
  goalTitle: { fontSize: 10, lineHeight: 1.3, fontWeight: 'bold', marginTop: 2 },
  goalText: { fontSize: 8.8, lineHeight: 1.3, marginTop: 1 },
  scale: { flexDirection: 'row', marginTop: 6 },
  box: { width: 26, height: 22, borderWidth: 0.9, borderColor: colors.text, marginRight: 4, alignItems: 'center', justifyContent: 'flex-end', paddingBottom: 1 },
  boxNo: { fontSize: 7.5, lineHeight: 1.1, color: colors.muted },
  scaleEnds: { flexDirection: 'row', justifyContent: 'space-between', width: 11 * 30 - 4, marginTop: 2 },
  scaleEnd: { fontSize: 7, lineHeight: 1.2, color: colors.muted },
  line: { borderBottomWidth: 0.75, borderBottomColor: colors.text, borderBottomStyle: 'dotted', height: 18 },
});

/** A numbered point of a clause. */
function Points({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((t, i) => (
        <View key={i} style={s.clause} wrap={false}>
          <Text style={s.clauseNo}>{i + 1}.</Text>
          <Text style={s.clauseText}>{t}</Text>
        </View>
      ))}
    </View>
  );
}

/** A row of boxes 0–10 to mark by hand, with what the ends mean. */
function ScaleBoxes() {
  return (
    <View wrap={false}>
      <View style={s.scale}>
        {Array.from({ length: 11 }, (_, n) => (
          <View key={n} style={s.box}>
            <Text style={s.boxNo}>{n}</Text>
          </View>
        ))}
      </View>
      <View style={s.scaleEnds}>
        <Text style={s.scaleEnd}>0 — brak zmiany</Text>
        <Text style={s.scaleEnd}>10 — cel w pełni osiągnięty</Text>
      </View>
    </View>
  );
}

/** Dotted lines to write on. */
function Lines({ n }: { n: number }) {
  return (
    <View>
      {Array.from({ length: n }, (_, i) => (
        <View key={i} style={s.line} />
      ))}
    </View>
  );
}

/** Every adult of the household to sign, then whoever the paper names; a line for a guardian when there are minors. */
export function householdSigners(members: CasePdfMember[], onDate: string, caption = 'czytelny podpis'): SignatureSpec[] {
  const adults = members.filter((m) => isAdult(m, onDate)).map((m) => ({ role: 'Członek rodziny', name: memberName(m), detail: m.relation, caption }));
  const minors = members.some((m) => !isAdult(m, onDate));
  return [...adults, ...(minors ? [{ role: 'Przedstawiciel ustawowy', name: '……………………………………', detail: 'za osobę małoletnią', caption }] : [])];
}

const worker = (meta: CasePdfMeta) => [meta.keyWorkerName, meta.keyWorkerInstitution].filter(Boolean).join(', ');

/** The footnote of these papers (printed blank to be signed: no verification code). */
function PaperNote({ meta }: { meta: CasePdfMeta }) {
  return (
    <View style={{ marginTop: 12 }} wrap={false}>
      <Small>
        Wydrukowano {meta.printedAt} ({meta.printedBy}) ze sprawy {meta.caseNumber} na Platformie Modelu Kooperacji. Po podpisaniu dołącz skan do akt sprawy. Dokument zawiera dane osobowe — przechowuj go w zamknięciu.
      </Small>
    </View>
  );
}

// ---------------------------------------------------------------------------------------------
// 1. The consent with the information clause (art. 13 RODO)
// ---------------------------------------------------------------------------------------------

export interface ConsentPaperData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  /** The GOPS/OPS of the gmina: the data controller. */
  administrator: { name: string; address: string | null; email: string | null; phone: string | null };
  /** The named institutions the data are shared with (the case team and the key worker's). */
  recipients: string[];
  /** Today (ISO), for who is an adult. */
  today: string;
}

export function ConsentPaper({ data }: { data: ConsentPaperData }) {
  const { meta, administrator: a } = data;
  const contact = [a.address, a.email ? `e-mail: ${a.email}` : null, a.phone ? `tel. ${a.phone}` : null].filter(Boolean).join(', ');
  const recipients = data.recipients.length ? data.recipients.join('; ') : '…………………………………………………………………… (instytucje zespołu)';
  return (
    <CaseFrame meta={meta} title="Zgoda na współpracę i przekazywanie danych" subject="Zgoda na współpracę w Modelu Kooperacji i na przekazywanie danych między instytucjami zespołu">
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Partnerski Zespół Kooperacji', `${meta.pzkName} (powiat ${meta.powiatName})`],
          ['Pracownik kluczowy', worker(meta)],
        ]}
      />
      <HouseholdTable members={data.members} caption="Osoby, których dotyczy zgoda" withPesel={false} />
      <Heading>1. Zgoda na współpracę w Modelu Kooperacji</Heading>
      <Paragraph>
        Wyrażam zgodę na objęcie mnie i mojej rodziny współpracą w Modelu Kooperacji prowadzoną przez {meta.pzkName}: na opracowanie wspólnie ze mną diagnozy i indywidualnego programu pomocy (IPP), realizację
        wsparcia przez instytucje zespołu, monitorowanie postępów i ewaluację. Wiem, że udział jest dobrowolny i mogę z niego zrezygnować w każdej chwili.
      </Paragraph>
      <Text style={s.choice}>[   ] wyrażam zgodę          [   ] nie wyrażam zgody</Text>
      <Heading>2. Zgoda na przekazywanie danych osobowych między instytucjami zespołu</Heading>
      <Paragraph>
        Wyrażam zgodę na przetwarzanie i przekazywanie moich danych osobowych oraz danych członków mojej rodziny, w tym danych dotyczących zdrowia i innych danych szczególnie chronionych (art. 9 RODO), między
        następującymi instytucjami zespołu — wyłącznie w zakresie potrzebnym do współpracy w Modelu Kooperacji: {recipients}.
      </Paragraph>
      <Text style={s.choice}>[   ] wyrażam zgodę          [   ] nie wyrażam zgody</Text>
      <Heading>Klauzula informacyjna (art. 13 RODO)</Heading>
      <Paragraph>Zgodnie z art. 13 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z 27 kwietnia 2016 r. (RODO) informujemy, że:</Paragraph>
      <Points
        items={[
          `Administrator Pani/Pana danych osobowych: ${a.name}${contact ? ` (${contact})` : ''} — ośrodek pomocy społecznej gminy ${meta.gminaName}.`,
          'Z inspektorem ochrony danych administratora można się skontaktować: …………………………………………………… (adres e-mail lub pocztowy).',
          'Dane przetwarzamy w celu współpracy z Panią/Panem i Pani/Pana rodziną w Modelu Kooperacji: diagnozy, opracowania i realizacji indywidualnego programu pomocy, koordynacji działań instytucji zespołu, monitorowania postępów i ewaluacji, a także wykonywania zadań pomocy społecznej i wspierania rodziny.',
          'Podstawą prawną przetwarzania jest Pani/Pana zgoda (art. 6 ust. 1 lit. a RODO) oraz obowiązek prawny administratora (art. 6 ust. 1 lit. c RODO) wynikający z ustawy z 12 marca 2004 r. o pomocy społecznej i ustawy z 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej; dane szczególnie chronione, np. o zdrowiu, przetwarzamy na podstawie wyraźnej zgody (art. 9 ust. 2 lit. a RODO) i przepisów prawa ze względów związanych z ważnym interesem publicznym (art. 9 ust. 2 lit. g RODO).',
          `Odbiorcami danych są instytucje zespołu wskazane w pkt 2 zgody: ${recipients}; a także podmioty przetwarzające dane na zlecenie administratora (np. dostawca Platformy Modelu Kooperacji) oraz organy uprawnione na podstawie przepisów prawa.`,
          'Dane przechowujemy przez czas współpracy w Modelu Kooperacji, a następnie przez okres wynikający z przepisów o archiwizacji dokumentacji pomocy społecznej; dane przetwarzane wyłącznie na podstawie zgody — do czasu jej wycofania.',
          'Ma Pani/Pan prawo dostępu do swoich danych i otrzymania ich kopii, ich sprostowania, usunięcia lub ograniczenia przetwarzania, przenoszenia danych podanych na podstawie zgody oraz wniesienia sprzeciwu — w zakresie, w jakim przewidują to przepisy RODO.',
          'Zgodę może Pani/Pan wycofać w dowolnym momencie, ustnie lub pisemnie, u pracownika kluczowego; wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem.',
          'Przysługuje Pani/Panu prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa), jeśli uzna Pani/Pan, że przetwarzanie danych narusza przepisy RODO.',
          'Wyrażenie zgody jest dobrowolne. Bez zgody nie jest możliwa kwalifikacja do współpracy w Modelu Kooperacji; nie wpływa to na prawo do świadczeń pomocy społecznej.',
          'Dane nie są przekazywane do państw trzecich ani wykorzystywane do zautomatyzowanego podejmowania decyzji, w tym profilowania.',
        ]}
      />
      <SignatureBoxes heading="Podpisy" boxes={[...householdSigners(data.members, data.today), { role: 'Zgodę przyjął(a)', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution, caption: 'podpis pracownika' }]} />
      <PaperNote meta={meta} />
    </CaseFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// 2. The qualification decision
// ---------------------------------------------------------------------------------------------

export interface QualificationPaperData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  decision: 'qualified' | 'refused';
  decidedOn: string;
  decidedBy: string | null;
  meeting: string | null;
  welfareVerifiedOn: string | null;
  pcprConsultedOn: string | null;
  criteria: string[];
  opinions: { institutionName: string; reason: string }[];
  refusalReason: string | null;
  consentsOn: { label: string; givenOn: string }[];
}

export function QualificationPaper({ data }: { data: QualificationPaperData }) {
  const { meta } = data;
  const qualified = data.decision === 'qualified';
  return (
    <CaseFrame meta={meta} title="Decyzja o kwalifikacji do współpracy w Modelu Kooperacji">
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Partnerski Zespół Kooperacji', `${meta.pzkName} (powiat ${meta.powiatName})`],
          ['Decyzja', qualified ? 'Zakwalifikowano do współpracy w modelu' : 'Odmowa kwalifikacji'],
          ['Data decyzji', pdfDate(data.decidedOn)],
          ['Spotkanie PZK', data.meeting ?? '—'],
          ['Pracownik kluczowy', worker(meta)],
        ]}
      />
      <HouseholdTable members={data.members} caption={meta.caseKind === 'person' ? 'Osoba' : meta.caseKind === 'group' ? 'Skład grupy' : 'Rodzina'} withPesel={false} />
      <Heading>Warunki kwalifikacji</Heading>
      <Bullets
        items={[
          data.consentsOn.length ? `Zgody osoby/rodziny: ${data.consentsOn.map((c) => `${c.label.toLowerCase()} (${pdfDate(c.givenOn)})`).join('; ')}` : 'Zgody osoby/rodziny: nie odnotowano',
          `Weryfikacja w systemie pomocy społecznej (animator GOPS): ${data.welfareVerifiedOn ? pdfDate(data.welfareVerifiedOn) : 'nie odnotowano'}`,
          `Konsultacja z animatorem PCPR: ${data.pcprConsultedOn ? pdfDate(data.pcprConsultedOn) : 'nie odnotowano'}`,
        ]}
      />
      <Heading level={3}>Instytucje, które widzą realną szansę powodzenia</Heading>
      <Bullets items={data.opinions.map((o) => `${o.institutionName}${o.reason ? ` — ${o.reason}` : ''}`)} empty="Nie wskazano." />
      <Heading level={3}>Spełnione kryteria</Heading>
      <Bullets items={data.criteria} empty="Nie wskazano." />
      {!qualified && (
        <Fragment>
          <Heading level={3}>Uzasadnienie odmowy</Heading>
          <Paragraph>{data.refusalReason?.trim() || '—'}</Paragraph>
        </Fragment>
      )}
      <SignatureBoxes
        boxes={[
          { role: 'Decyzję podjął(a)', name: data.decidedBy ?? '……………………………………', detail: 'animator GOPS / pracownik kluczowy', caption: 'podpis' },
          { role: 'Animator PCPR (konsultacja)', name: '……………………………………', caption: 'podpis' },
        ]}
      />
      <PrintNote meta={meta} />
    </CaseFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// 3. The monitoring sheet: each goal of the current IPP with a 0–10 scale to mark by hand
// ---------------------------------------------------------------------------------------------

export interface MonitoringSheetGoal {
  key: string;
  person: string;
  area: string;
  title: string;
  expectedEffect: string;
  baseline: number;
  target: number;
}

export interface MonitoringSheetData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  ipp: { sequence: number; startsOn: string; endsOn: string };
  goals: MonitoringSheetGoal[];
  today: string;
}

export function MonitoringSheet({ data }: { data: MonitoringSheetData }) {
  const { meta, ipp } = data;
  return (
    <CaseFrame meta={meta} title="Karta monitoringu — pomiar postępów na skali 0–10">
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Program', `IPP nr ${ipp.sequence}, ${pdfDate(ipp.startsOn)} – ${pdfDate(ipp.endsOn)}`],
          ['Pracownik kluczowy', worker(meta)],
          ['Data spotkania', '……………………'],
        ]}
      />
      <Paragraph>
        Na spotkaniu monitorującym (co najmniej raz w miesiącu) zaznacz razem z osobą/rodziną, w jakim miejscu skali od 0 do 10 jest dziś każdy cel. Wynik wpisuje potem pracownik kluczowy w zakładce „Monitoring”
        sprawy.
      </Paragraph>
      <Heading>Cele programu</Heading>
      {data.goals.length === 0 ? (
        <Paragraph>W tym programie nie określono celów.</Paragraph>
      ) : (
        data.goals.map((g, i) => (
          <View key={g.key} style={s.goal} wrap={false}>
            <Text style={s.goalHead}>
              Cel {i + 1} · {g.area}
            </Text>
            <Text style={s.goalTitle}>{g.title}</Text>
            <Text style={s.goalText}>Czyj cel: {g.person}</Text>
            {g.expectedEffect ? <Text style={s.goalText}>Oczekiwany efekt: {g.expectedEffect}</Text> : null}
            <Text style={s.goalText}>
              Na początku: {g.baseline} · cel programu: {g.target}
            </Text>
            <ScaleBoxes />
          </View>
        ))
      )}
      <View style={s.goal} wrap={false}>
        <Text style={s.goalHead}>Zadowolenie ze zmian</Text>
        <Text style={s.goalTitle}>Jak bardzo jesteście zadowoleni ze zmian od ostatniego spotkania?</Text>
        <ScaleBoxes />
      </View>
      <View wrap={false}>
        <Heading level={3}>Uwagi, trudności, ustalenia do następnego spotkania</Heading>
        <Lines n={5} />
      </View>
      <SignatureBoxes heading="Podpisy" boxes={[...householdSigners(data.members, data.today, 'podpis'), { role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution, caption: 'podpis' }]} />
      <PaperNote meta={meta} />
    </CaseFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// 4. The family's rights and duties
// ---------------------------------------------------------------------------------------------

export interface RightsDutiesData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  duties: { title: string; items: readonly string[] };
  rights: { title: string; items: readonly string[] };
  note: string;
  today: string;
}

export function RightsDutiesPaper({ data }: { data: RightsDutiesData }) {
  const { meta } = data;
  return (
    <CaseFrame meta={meta} title="Prawa i obowiązki osoby/rodziny w Modelu Kooperacji">
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Partnerski Zespół Kooperacji', `${meta.pzkName} (powiat ${meta.powiatName})`],
          ['Pracownik kluczowy', worker(meta)],
        ]}
      />
      <Heading>{data.rights.title}</Heading>
      <Bullets items={[...data.rights.items]} />
      <Heading>{data.duties.title}</Heading>
      <Bullets items={[...data.duties.items]} />
      <Paragraph>{data.note}</Paragraph>
      <Paragraph>Zapoznałam/zapoznałem się z prawami i obowiązkami osoby/rodziny w Modelu Kooperacji.</Paragraph>
      <SignatureBoxes boxes={[...householdSigners(data.members, data.today), { role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution, caption: 'podpis' }]} />
      <PaperNote meta={meta} />
    </CaseFrame>
  );
}
