import { Fragment } from 'react';
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { colors, Paragraph, Table } from '../primitives';
import { Bullets, CaseFrame, memberName, pdfDate, PrintNote, SignatureBoxes, type CasePdfMember, type CasePdfMeta } from './common';
import { familySignatures, groupLabel, ippPeriod, type IppPdfGoalGroup } from './IppPdf';

export interface ContractPdfData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  ipp: { sequence: number; startsOn: string; endsOn: string };
  contract: {
    concludedOn: string;
    familyCommitments: string;
    workerCommitments: string;
    institutionCommitments: string;
    consequences: string;
  };
  groups: IppPdfGoalGroup[];
}

const s = StyleSheet.create({
  titleBlock: { marginTop: 4, marginBottom: 12, alignItems: 'center' },
  title: { fontSize: 15, lineHeight: 1.25, fontWeight: 'bold', textAlign: 'center' },
  sub: { fontSize: 10, lineHeight: 1.3, textAlign: 'center', marginTop: 3 },
  para: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 'bold', textAlign: 'center', marginTop: 10, marginBottom: 5 },
  text: { fontSize: 10, lineHeight: 1.4, textAlign: 'justify', marginBottom: 6 },
  cellBold: { fontSize: 8.5, lineHeight: 1.25, fontWeight: 'bold' },
  cellMuted: { fontSize: 8, lineHeight: 1.25, color: colors.muted },
});

interface Party {
  role: string;
  name: string;
  detail: string;
}

/** "§ n" with its heading, kept with the first lines of its text. */
function Para({ n, heading, text }: { n: number; heading: string; text: string }) {
  return (
    <Fragment>
      <Text style={s.para} minPresenceAhead={40}>{`§ ${n}\n${heading}`}</Text>
      <Text style={s.text}>{text.trim() || '—'}</Text>
    </Fragment>
  );
}

/** The institution that concludes the contract on behalf of the PZK: the key worker's, or the PZK. */
const institutionParty = (meta: CasePdfMeta) => meta.keyWorkerInstitution ?? `Ośrodek pomocy społecznej w gminie ${meta.gminaName}`;

/**
 * Kontrakt: the agreement between the family, the key worker and the GOPS/PZK that puts the IPP
 * into effect — the parties, what each commits to, the consequences, the date and the signatures.
 */
export function ContractPdf({ data }: { data: ContractPdfData }) {
  const { meta, contract: c, ipp } = data;
  const parties: Party[] = [
    ...data.members.map((m) => ({ role: 'Rodzina', name: memberName(m), detail: m.relation })),
    { role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution ?? '' },
    { role: 'Instytucja / PZK', name: institutionParty(meta), detail: `w imieniu: ${meta.pzkName}` },
  ];
  const goals = data.groups.flatMap((g) => g.goals.map((goal) => `${goal.title} — ${g.household ? 'cel rodzinny (cała rodzina)' : groupLabel(g)}`));
  return (
    <CaseFrame meta={meta} title="Kontrakt" hideTitle subject={`Kontrakt do IPP nr ${ipp.sequence}`}>
      <View style={s.titleBlock}>
        <Text style={s.title}>Kontrakt</Text>
        <Text style={s.sub}>
          zawarty dnia {pdfDate(c.concludedOn)} w celu realizacji Indywidualnego programu pomocy nr {ipp.sequence} ({ippPeriod(ipp)})
        </Text>
        <Text style={s.sub}>sprawa {meta.caseNumber}</Text>
      </View>
      <Table<Party>
        caption="Strony kontraktu"
        rows={parties}
        fontSize={8.5}
        columns={[
          { header: 'Strona', width: 22, cell: (p) => p.role },
          { header: 'Imię i nazwisko / nazwa', width: 43, cell: (p) => <Text style={s.cellBold}>{p.name}</Text> },
          { header: 'Rola / instytucja', width: 35, cell: (p) => <Text style={s.cellMuted}>{p.detail || '—'}</Text> },
        ]}
      />
      <Text style={s.para} minPresenceAhead={40}>{'§ 1\nPrzedmiot kontraktu'}</Text>
      <Paragraph style={s.text}>
        Strony zobowiązują się współpracować przy realizacji celów Indywidualnego programu pomocy nr {ipp.sequence} w okresie {ippPeriod(ipp)}:
      </Paragraph>
      <Bullets items={goals} empty="Program nie określa jeszcze celów." />
      <Para n={2} heading="Zobowiązania rodziny" text={c.familyCommitments} />
      <Para n={3} heading="Zobowiązania pracownika kluczowego" text={c.workerCommitments} />
      <Para n={4} heading="Zobowiązania instytucji" text={c.institutionCommitments} />
      <Para n={5} heading="Konsekwencje niedotrzymania ustaleń" text={c.consequences} />
      <Para
        n={6}
        heading="Postanowienia końcowe"
        text={`Postęp realizacji kontraktu strony oceniają wspólnie co najmniej raz w miesiącu. Zmiany kontraktu wymagają zgody stron. Kontrakt sporządzono dnia ${pdfDate(c.concludedOn)} w jednym egzemplarzu dla rodziny i jednym dla pracownika kluczowego.`}
      />
      <SignatureBoxes
        heading="Podpisy stron"
        boxes={[
          ...familySignatures(data.members, c.concludedOn),
          { role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution, caption: 'podpis' },
          { role: 'Za GOPS / PZK', name: institutionParty(meta), detail: meta.pzkName, caption: 'podpis i pieczęć' },
        ]}
      />
      <PrintNote meta={meta} />
    </CaseFrame>
  );
}
