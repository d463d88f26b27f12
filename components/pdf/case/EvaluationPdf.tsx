import { Fragment } from 'react';
import { StyleSheet, Text } from '@react-pdf/renderer';
import { colors, Facts, Heading, Paragraph, Table } from '../primitives';
import { CaseFrame, pdfDate, PrintNote, SignatureBoxes, type CasePdfMeta } from './common';

export interface EvaluationPdfGoal {
  key: string;
  /** "Halina Zięba (matka)". */
  person: string;
  area: string;
  title: string;
  baseline: number;
  target: number;
  /** The scale reached, or null when not assessed. */
  reached: number | null;
}

export interface EvaluationPdfData {
  meta: CasePdfMeta;
  qualifiedOn: string | null;
  evaluation: {
    evaluatedOn: string;
    outcome: 'goals_reached' | 'not_reached';
    outcomeLabel: string;
    summary: string;
    version: number;
  };
  goals: EvaluationPdfGoal[];
  /** Goals reached: the after-care plan. */
  afterCare: { contactUntil: string; visits: string; firstAidKit: string; familyExpertName: string } | null;
  /** Goals not reached: what follows. */
  notReached: { path: string; institution: string | null; what: string | null } | null;
  inviteAsFamilyExpert: boolean;
}

const s = StyleSheet.create({
  cellBold: { fontSize: 8.5, lineHeight: 1.25, fontWeight: 'bold' },
  cellMuted: { fontSize: 8, lineHeight: 1.25, color: colors.muted },
  outcome: { fontSize: 11, lineHeight: 1.3, fontWeight: 'bold', marginBottom: 6 },
});

/** The target reached, in the direction the goal aims (a goal may aim down the scale). */
export const goalReached = (g: Pick<EvaluationPdfGoal, 'baseline' | 'target' | 'reached'>) => (g.reached == null ? null : g.target >= g.baseline ? g.reached >= g.target : g.reached <= g.target);

const verdict = (reached: boolean | null) => (reached == null ? 'nie oceniono' : reached ? 'cel osiągnięty' : 'cel nieosiągnięty');

/** Ewaluacja końcowa: per goal baseline / target / reached, the outcome and what follows. */
export function EvaluationPdf({ data }: { data: EvaluationPdfData }) {
  const { meta, evaluation: e } = data;
  return (
    <CaseFrame meta={meta} title="Ewaluacja końcowa">
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Dotyczy', meta.caseKindLabel],
          ['Kwalifikacja do współpracy', pdfDate(data.qualifiedOn)],
          ['Data ewaluacji', pdfDate(e.evaluatedOn)],
          ['Pracownik kluczowy', [meta.keyWorkerName, meta.keyWorkerInstitution].filter(Boolean).join(', ')],
        ]}
      />
      <Table<EvaluationPdfGoal>
        caption="Cele — skala od 0 do 10"
        rows={data.goals}
        fontSize={8.5}
        rowKey={(g) => g.key}
        emptyText="Program nie określał celów."
        columns={[
          {
            header: 'Cel',
            width: 44,
            cell: (g) => (
              <Fragment>
                <Text style={s.cellBold}>{g.title}</Text>
                <Text style={s.cellMuted}>
                  {g.person} · {g.area}
                </Text>
              </Fragment>
            ),
          },
          { header: 'Punkt wyjścia', width: 12, align: 'center', cell: (g) => String(g.baseline) },
          { header: 'Wartość docelowa', width: 12, align: 'center', cell: (g) => String(g.target) },
          { header: 'Osiągnięto', width: 12, align: 'center', cell: (g) => (g.reached == null ? '—' : String(g.reached)) },
          { header: 'Ocena', width: 20, cell: (g) => verdict(goalReached(g)) },
        ]}
      />
      <Heading>Wynik ewaluacji</Heading>
      <Text style={s.outcome}>{e.outcomeLabel}</Text>
      {data.afterCare && (
        <Fragment>
          <Heading level={3}>Plan wsparcia po zakończeniu (monitoring trwałości zmian)</Heading>
          <Facts
            items={[
              ['Kontakt z rodziną do', pdfDate(data.afterCare.contactUntil)],
              ['Wizyty pracownika kluczowego', data.afterCare.visits],
              ['Ekspert rodzinny', data.afterCare.familyExpertName],
              ['„Apteczka pierwszej pomocy”', data.afterCare.firstAidKit],
            ]}
          />
        </Fragment>
      )}
      {data.notReached && (
        <Fragment>
          <Heading level={3}>Dalsze postępowanie</Heading>
          <Facts
            items={[
              ['Decyzja', data.notReached.path],
              ...(data.notReached.institution ? ([['Instytucja przejmująca', data.notReached.institution]] as [string, string][]) : []),
              ...(data.notReached.what ? ([['Co przekazano', data.notReached.what]] as [string, string][]) : []),
            ]}
          />
        </Fragment>
      )}
      <Heading level={3}>Zaproszenie do roli eksperta rodzinnego</Heading>
      <Paragraph>{data.inviteAsFamilyExpert ? 'Tak — rodzina zostaje zaproszona do dzielenia się swoim doświadczeniem z innymi rodzinami jako ekspert rodzinny.' : 'Nie.'}</Paragraph>
      <Heading level={3}>Podsumowanie</Heading>
      <Paragraph>{e.summary.trim() || '—'}</Paragraph>
      <SignatureBoxes boxes={[{ role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution }, { role: 'Za PZK', name: meta.pzkName, caption: 'podpis koordynatora' }]} />
      <PrintNote meta={meta} />
    </CaseFrame>
  );
}
