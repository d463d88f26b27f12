import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { itemsOf } from '@/lib/practices/text';
import { PRACTICE_LABELS as L } from '@/lib/practices/schemas';
import { PageFrame, PdfDocument } from './PageFrame';
import { colors, Facts, Heading, Paragraph } from './primitives';

export interface GoodPracticePdfData {
  name: string;
  level: string;
  area: string;
  description: string;
  conditions: string;
  process: string[];
  solution: string;
  swotStrengths: string;
  swotWeaknesses: string;
  swotOpportunities: string;
  swotThreats: string;
  measures: string;
  place: string;
  voivodeshipName: string;
  contact: string;
  /** "dd.mm.rrrr", or null for a proposal (printed as a draft). */
  publishedOn: string | null;
}

const s = StyleSheet.create({
  item: { flexDirection: 'row', marginBottom: 2 },
  marker: { width: 16, lineHeight: 1.35 },
  itemText: { flex: 1, lineHeight: 1.35 },
  grid: { borderWidth: 0.75, borderColor: colors.rule, marginBottom: 10 },
  row: { flexDirection: 'row' },
  cell: { width: '50%', padding: 6 },
  cellLeft: { borderRightWidth: 0.75, borderRightColor: colors.rule },
  cellTop: { borderBottomWidth: 0.75, borderBottomColor: colors.rule },
  head: { fontSize: 10, lineHeight: 1.3, fontWeight: 'bold', color: '#ffffff', backgroundColor: colors.headerBg, paddingVertical: 2, paddingHorizontal: 4, marginBottom: 4 },
});

/** Roughly how much SWOT text fits one page: kept whole when shorter, flowing when longer. */
const WHOLE_SWOT_CHARS = 1400;

function Items({ items, numbered }: { items: string[]; numbered?: boolean }) {
  if (!items.length) return <Paragraph>Nie wpisano.</Paragraph>;
  return (
    <View>
      {items.map((t, i) => (
        <View key={i} style={s.item} wrap={false}>
          <Text style={s.marker}>{numbered ? `${i + 1}.` : '•'}</Text>
          <Text style={s.itemText}>{t}</Text>
        </View>
      ))}
    </View>
  );
}

function Text2({ text }: { text: string }) {
  return (
    <View>
      {text.split(/\n\s*\n/).map((p, i) => (
        <Paragraph key={i}>{p.trim()}</Paragraph>
      ))}
    </View>
  );
}

function Quadrant({ title, text, left, top }: { title: string; text: string; left?: boolean; top?: boolean }) {
  return (
    <View style={[s.cell, ...(left ? [s.cellLeft] : []), ...(top ? [s.cellTop] : [])]}>
      <Text style={s.head}>{title}</Text>
      <Items items={itemsOf(text)} />
    </View>
  );
}

/** The sheet of a good practice, as the Kooperacje 3D cards: every field, the process numbered, the SWOT as a 2×2 table. */
export function GoodPracticePdf({ data: p }: { data: GoodPracticePdfData }) {
  const swotChars = (p.swotStrengths + p.swotWeaknesses + p.swotOpportunities + p.swotThreats).length;
  return (
    <PdfDocument title={`Dobra praktyka: ${p.name}`} subject="Katalog dobrych praktyk Modelu Kooperacji">
      <PageFrame title={p.name} subtitle="Karta dobrej praktyki — Katalog dobrych praktyk Modelu Kooperacji" draft={p.publishedOn === null}>
        <Facts
          items={[
            [L.level, p.level],
            [L.area, p.area],
            ['Gmina / powiat', p.place || '—'],
            ['Województwo', p.voivodeshipName],
            ['Opublikowano', p.publishedOn ?? 'propozycja — jeszcze nieopublikowana'],
          ]}
        />
        <Heading>{L.description}</Heading>
        <Text2 text={p.description} />
        <Heading>{L.conditions}</Heading>
        <Text2 text={p.conditions} />
        <Heading>{L.process}</Heading>
        <Items items={p.process} numbered />
        <Heading>{L.solution}</Heading>
        <Text2 text={p.solution} />
        <View wrap={swotChars < WHOLE_SWOT_CHARS ? false : undefined}>
          <Heading>{L.swot}</Heading>
          <View style={s.grid}>
            <View style={s.row}>
              <Quadrant title={L.swotStrengths} text={p.swotStrengths} left top />
              <Quadrant title={L.swotWeaknesses} text={p.swotWeaknesses} top />
            </View>
            <View style={s.row}>
              <Quadrant title={L.swotOpportunities} text={p.swotOpportunities} left />
              <Quadrant title={L.swotThreats} text={p.swotThreats} />
            </View>
          </View>
        </View>
        <Heading>{L.measures}</Heading>
        <Items items={itemsOf(p.measures)} numbered />
        <Heading>{L.contact}</Heading>
        <Paragraph>{p.contact}</Paragraph>
      </PageFrame>
    </PdfDocument>
  );
}
