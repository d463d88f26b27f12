import { Fragment } from 'react';
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { colors, Facts, Heading, Paragraph, Table } from '../primitives';
import { CaseFrame, isAdult, memberName, pdfDate, PrintNote, scaleSpan, SignatureBoxes, type CasePdfMember, type CasePdfMeta, type SignatureSpec } from './common';
import { inParentheses } from '@/lib/text';

export interface IppPdfTask {
  description: string;
  institutionName: string;
  person: string;
  dueOn: string;
}

export interface IppPdfGoal {
  key: string;
  /** The area in Polish ("Zdrowie"). */
  area: string;
  title: string;
  expectedEffect: string;
  baseline: number;
  target: number;
  tasks: IppPdfTask[];
}

/** The goals of one household member (member null: a person since removed from the household), or of the whole household. */
export interface IppPdfGoalGroup {
  member: CasePdfMember | null;
  /** The household's own goals (cel rodzinny), printed once for the whole family. */
  household?: boolean;
  goals: IppPdfGoal[];
}

/** A member without a goal of their own and why ("nie dotyczy — dziecko w wieku 4 lat…"). */
export interface IppPdfMemberReason {
  member: CasePdfMember;
  reason: string;
}

export interface IppPdfData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  ipp: {
    sequence: number;
    startsOn: string;
    endsOn: string;
    /** The family's decision on PZK meetings, in Polish. */
    attendance: string;
    acceptedOn: string | null;
    /** "spotkanie comiesięczne, 14.01.2027, 10:00". */
    acceptedMeeting: string | null;
    version: number;
  };
  groups: IppPdfGoalGroup[];
  /** Members with no goal of their own and the recorded reason. */
  reasons?: IppPdfMemberReason[];
}

const s = StyleSheet.create({
  memberHead: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
  cellBold: { fontSize: 8.5, lineHeight: 1.25, fontWeight: 'bold' },
  cellText: { fontSize: 8.5, lineHeight: 1.25 },
  cellMuted: { fontSize: 8, lineHeight: 1.25, color: colors.muted },
  task: { marginBottom: 3 },
});

export const ippTitle = (sequence: number) => `Indywidualny program pomocy (IPP) nr ${sequence}`;
export const ippPeriod = (ipp: { startsOn: string; endsOn: string }) => `${pdfDate(ipp.startsOn)} – ${pdfDate(ipp.endsOn)}`;

/** "Halina Zięba (matka)". */
export const memberLabel = (m: CasePdfMember | null) => (m ? `${memberName(m)} ${inParentheses(m.relation)}` : 'Osoba, która nie należy już do gospodarstwa domowego');

/** The heading of a goals group: "Cel rodzinny — cała rodzina" or the member. */
export const HOUSEHOLD_GROUP = 'Cel rodzinny — cała rodzina';
export const groupLabel = (g: Pick<IppPdfGoalGroup, 'member' | 'household'>) => (g.household ? HOUSEHOLD_GROUP : memberLabel(g.member));

function TaskList({ tasks }: { tasks: IppPdfTask[] }) {
  if (!tasks.length) return <Text style={s.cellMuted}>Nie zaplanowano zadań.</Text>;
  return (
    <Fragment>
      {tasks.map((t, i) => (
        <View key={i} style={s.task}>
          <Text style={s.cellText}>
            {i + 1}. {t.description}
          </Text>
          <Text style={s.cellMuted}>
            {[t.institutionName, t.person].filter(Boolean).join(' — ') || 'nie wskazano odpowiedzialnego'} · termin: {pdfDate(t.dueOn)}
          </Text>
        </View>
      ))}
    </Fragment>
  );
}

/** An area's name; a compound one ("Społeczno-integracyjny") broken after its hyphen to fit the column. */
function AreaCell({ area }: { area: string }) {
  const parts = area.split(/(?<=-)/);
  return (
    <Fragment>
      {parts.map((p, i) => (
        <Text key={i} style={s.cellText}>
          {p}
        </Text>
      ))}
    </Fragment>
  );
}

/** The goals table of one household member: area, goal, expected effect, scale, tasks. */
export function GoalsTable({ group }: { group: IppPdfGoalGroup }) {
  return (
    <Fragment>
      <Text style={s.memberHead} minPresenceAhead={60}>
        {groupLabel(group)}
      </Text>
      <Table<IppPdfGoal>
        rows={group.goals}
        fontSize={8.5}
        rowKey={(g) => g.key}
        columns={[
          { header: 'Obszar', width: 13, cell: (g) => <AreaCell area={g.area} /> },
          {
            header: 'Cel i oczekiwany efekt',
            width: 33,
            cell: (g) => (
              <Fragment>
                <Text style={s.cellBold}>{g.title}</Text>
                <Text style={s.cellText}>Oczekiwany efekt: {g.expectedEffect || '—'}</Text>
              </Fragment>
            ),
          },
          { header: 'Skala 0–10 (start → cel)', width: 12, align: 'center', cell: (g) => scaleSpan(g.baseline, g.target) },
          { header: 'Zadania: realizator, termin', width: 42, cell: (g) => <TaskList tasks={g.tasks} /> },
        ]}
      />
    </Fragment>
  );
}

/** The signatures under an IPP or its contract: every adult of the household, then the key worker. */
export function familySignatures(members: CasePdfMember[], onDate: string): SignatureSpec[] {
  return members.filter((m) => isAdult(m, onDate)).map((m) => ({ role: 'Członek rodziny', name: memberName(m), detail: m.relation, caption: 'czytelny podpis' }));
}

/** Indywidualny program pomocy: period, the family's decision on PZK meetings, acceptance, goals per person. */
export function IppPdf({ data }: { data: IppPdfData }) {
  const { meta, ipp } = data;
  const accepted = ipp.acceptedOn ? `zaakceptowany przez PZK ${pdfDate(ipp.acceptedOn)}${ipp.acceptedMeeting ? ` (${ipp.acceptedMeeting})` : ''}` : 'oczekuje na akceptację PZK';
  return (
    <CaseFrame meta={meta} title={ippTitle(ipp.sequence)}>
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Okres realizacji', ippPeriod(ipp)],
          ['Udział rodziny w spotkaniach PZK', ipp.attendance],
          ['Akceptacja przez PZK', accepted],
          ['Pracownik kluczowy', [meta.keyWorkerName, meta.keyWorkerInstitution].filter(Boolean).join(', ')],
          ['Wersja programu', String(ipp.version)],
        ]}
      />
      <Heading>Cele i zadania</Heading>
      {data.groups.length ? data.groups.map((g, i) => <GoalsTable key={g.household ? 'household' : (g.member?.id ?? `x${i}`)} group={g} />) : <Paragraph>Nie określono celów.</Paragraph>}
      {data.reasons?.length ? (
        <Fragment>
          <Text style={s.memberHead}>Osoby bez własnego celu</Text>
          {data.reasons.map((r) => (
            <Paragraph key={r.member.id}>
              {memberLabel(r.member)}: {r.reason}
            </Paragraph>
          ))}
        </Fragment>
      ) : null}
      <Paragraph>
        Postęp w realizacji celów oceniamy wspólnie co najmniej raz w miesiącu na skali od 0 do 10. Program obejmuje najwyżej 3 miesiące; kolejny program kontynuuje cele tego programu.
      </Paragraph>
      <SignatureBoxes
        heading="Podpisy"
        boxes={[...familySignatures(data.members, ipp.startsOn), { role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution, caption: 'podpis' }]}
      />
      <PrintNote meta={meta} />
    </CaseFrame>
  );
}
