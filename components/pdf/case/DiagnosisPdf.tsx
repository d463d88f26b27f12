import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { colors, Facts, Heading, Paragraph, Table } from '../primitives';
import { Bullets, CaseFrame, HouseholdTable, PrintNote, Section, type CasePdfMember, type CasePdfMeta } from './common';

export interface DiagnosisData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  diagnosis: {
    causes: string;
    strengths: string;
    weaknesses: string;
    resources: string;
    deficits: string;
    familyExpectations: string;
    institutionExpectations: { institutionName: string; expectations: string }[];
    /** The day the diagnosis was made, "dd.mm.rrrr". */
    diagnosedOn: string;
    version: number;
    /** "dd.mm.rrrr, gg:mm". */
    updatedAt: string;
  };
  /** The four SWOT quadrants, one item per entry. */
  swot: { strengths: string[]; weaknesses: string[]; opportunities: string[]; threats: string[] };
  /** The tools used, in Polish (the "other" ones included). */
  tools: string[];
  /** "Zarejestrowano 2 warsztaty diagnostyczno-ewaluacyjne." */
  workshops: string;
}

const s = StyleSheet.create({
  grid: { borderWidth: 0.75, borderColor: colors.rule, marginBottom: 10 },
  row: { flexDirection: 'row' },
  cell: { width: '50%', padding: 6 },
  cellLeft: { borderRightWidth: 0.75, borderRightColor: colors.rule },
  cellTop: { borderBottomWidth: 0.75, borderBottomColor: colors.rule },
  head: { fontSize: 10, lineHeight: 1.3, fontWeight: 'bold', color: '#ffffff', backgroundColor: colors.headerBg, paddingVertical: 2, paddingHorizontal: 4, marginBottom: 4 },
  axis: { fontSize: 7.5, lineHeight: 1.3, color: colors.muted, marginBottom: 4 },
});

/** Roughly how much text fits a SWOT (or one of its rows) kept whole on one page. */
const WHOLE_ROW_CHARS = 1400;

function Quadrant({ title, items, left, top }: { title: string; items: string[]; left?: boolean; top?: boolean }) {
  return (
    <View style={[s.cell, ...(left ? [s.cellLeft] : []), ...(top ? [s.cellTop] : [])]}>
      <Text style={s.head}>{title}</Text>
      <Bullets items={items} empty="Nie wpisano." />
    </View>
  );
}

/**
 * The SWOT as a 2×2 table under its heading: strengths | weaknesses over opportunities | threats.
 * Kept whole on one page when it fits one; a long one flows, a row at a time where it can.
 */
export function SwotGrid({ swot }: { swot: DiagnosisData['swot'] }) {
  const chars = (...xs: string[][]) => xs.flat().join('').length;
  const whole = (limit: number, ...xs: string[][]) => (chars(...xs) < limit ? false : undefined);
  return (
    <View wrap={whole(WHOLE_ROW_CHARS, swot.strengths, swot.weaknesses, swot.opportunities, swot.threats)}>
      <Heading>Analiza SWOT</Heading>
      <Text style={s.axis}>Czynniki wewnętrzne (mocne i słabe strony) oraz zewnętrzne (szanse i zagrożenia).</Text>
      <View style={s.grid}>
        <View style={s.row} wrap={whole(WHOLE_ROW_CHARS, swot.strengths, swot.weaknesses)}>
          <Quadrant title="Mocne strony" items={swot.strengths} left top />
          <Quadrant title="Słabe strony" items={swot.weaknesses} top />
        </View>
        <View style={s.row} wrap={whole(WHOLE_ROW_CHARS, swot.opportunities, swot.threats)}>
          <Quadrant title="Szanse" items={swot.opportunities} left />
          <Quadrant title="Zagrożenia" items={swot.threats} />
        </View>
      </View>
    </View>
  );
}

/** Diagnoza wielowymiarowa: the sections of the diagnosis, the SWOT, the tools and workshops. */
export function DiagnosisPdf({ data }: { data: DiagnosisData }) {
  const { meta, diagnosis: d } = data;
  return (
    <CaseFrame meta={meta} title="Diagnoza wielowymiarowa">
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Dotyczy', meta.caseKindLabel],
          ['Pracownik kluczowy', [meta.keyWorkerName, meta.keyWorkerInstitution].filter(Boolean).join(', ')],
          ['Data diagnozy', d.diagnosedOn],
          ['Wersja diagnozy', `${d.version} z ${d.updatedAt}`],
        ]}
      />
      <HouseholdTable members={data.members} withPesel={false} />
      <Heading>Diagnoza</Heading>
      <Section title="Przyczyny trudnej sytuacji" text={d.causes} />
      <Section title="Mocne strony osoby/rodziny" text={d.strengths} />
      <Section title="Słabe strony osoby/rodziny" text={d.weaknesses} />
      <Section title="Zasoby" text={d.resources} />
      <Section title="Deficyty" text={d.deficits} />
      <Section title="Oczekiwania osoby/rodziny" text={d.familyExpectations} />
      <Table
        caption="Oczekiwania instytucji"
        rows={d.institutionExpectations}
        fontSize={8.5}
        emptyText="Nie wpisano oczekiwań instytucji."
        columns={[
          { header: 'Instytucja', width: 35, cell: (r) => r.institutionName },
          { header: 'Oczekiwania', width: 65, cell: (r) => r.expectations },
        ]}
      />
      <SwotGrid swot={data.swot} />
      <Heading>Narzędzia i warsztaty</Heading>
      <Facts items={[['Zastosowane narzędzia diagnostyczne', data.tools.length ? data.tools.join('; ') : 'nie wskazano']]} />
      <Paragraph>{data.workshops}</Paragraph>
      <PrintNote meta={meta} />
    </CaseFrame>
  );
}
