import { Fragment, type ReactNode } from 'react';
import { StyleSheet, Text, View, type Styles } from '@react-pdf/renderer';
import { FONT, FONT_CONDENSED } from './fonts';

type Style = Styles[string];

/*
 * Small building blocks of the platform's PDFs. No React hooks here (react-pdf's reconciler).
 * react-pdf resolves a unitless lineHeight against the fontSize set in the same style (else 18),
 * not the inherited one: a Text with lineHeight always sets its fontSize too.
 */

/** Body text size, as set on the page. */
export const BODY_SIZE = 9.5;

export const colors = {
  text: '#111827',
  muted: '#4b5563',
  rule: '#9ca3af',
  faint: '#e5e7eb',
  zebra: '#f3f4f6',
  headerBg: '#1f3b63',
  danger: '#b91c1c',
};

const s = StyleSheet.create({
  h2: { fontFamily: FONT, fontSize: 12.5, fontWeight: 'bold', marginTop: 12, marginBottom: 6 },
  h3: { fontFamily: FONT, fontSize: 10.5, fontWeight: 'bold', marginTop: 9, marginBottom: 4 },
  p: { marginBottom: 6, fontSize: BODY_SIZE, lineHeight: 1.35 },
  small: { fontSize: 7.5, color: colors.muted },
  facts: { marginBottom: 8 },
  fact: { flexDirection: 'row', paddingVertical: 1.5 },
  factLabel: { width: '30%', color: colors.muted, paddingRight: 6, fontSize: BODY_SIZE, lineHeight: 1.3 },
  factValue: { width: '70%', fontSize: BODY_SIZE, lineHeight: 1.3 },
  factValueBox: { width: '70%' },
  table: { marginBottom: 10 },
  headRow: { flexDirection: 'row', backgroundColor: colors.headerBg, color: '#ffffff', fontWeight: 'bold' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.faint },
  cell: { paddingHorizontal: 3, paddingVertical: 2.5 },
  empty: { fontSize: 8.5, color: colors.muted, paddingVertical: 4 },
  stats: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 10 },
  stat: { borderWidth: 0.75, borderColor: colors.rule, paddingVertical: 5, paddingHorizontal: 8, marginRight: 6, marginBottom: 6, minWidth: 80 },
  statValue: { fontSize: 15, fontWeight: 'bold' },
  statLabel: { fontSize: 8, color: colors.muted },
});

/** A section heading; never left alone at the bottom of a page. */
export function Heading({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) {
  return (
    <Text style={level === 2 ? s.h2 : s.h3} minPresenceAhead={48}>
      {children}
    </Text>
  );
}

export function Paragraph({ children, style }: { children: ReactNode; style?: Style }) {
  return <Text style={style ? [s.p, style] : s.p}>{children}</Text>;
}

/** Small grey text, e.g. a note under a table. */
export function Small({ children }: { children: ReactNode }) {
  return <Text style={s.small}>{children}</Text>;
}

/** Label–value pairs in two columns ("Gmina: …", "Powiat: …"). Empty values print "—". */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <View style={s.facts}>
      {items.map(([label, value]) => (
        <View key={label} style={s.fact} wrap={false}>
          <Text style={s.factLabel}>{label}</Text>
          {typeof value === 'string' || typeof value === 'number' || value == null ? <Text style={s.factValue}>{value == null || value === '' ? '—' : value}</Text> : <View style={s.factValueBox}>{value}</View>}
        </View>
      ))}
    </View>
  );
}

/** A row of boxed numbers with captions ("12 / Etap II"). */
export function Stats({ items }: { items: { label: string; value: string | number }[] }) {
  return (
    <View style={s.stats} wrap={false}>
      {items.map((i) => (
        <View key={i.label} style={s.stat}>
          <Text style={s.statValue}>{i.value}</Text>
          <Text style={s.statLabel}>{i.label}</Text>
        </View>
      ))}
    </View>
  );
}

export interface Column<T> {
  header: string;
  /** Relative width: the columns' widths are shares of the table's width. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** The cell's content: a string is printed as text; anything else (e.g. several Texts) as is. */
  cell: (row: T, index: number) => ReactNode;
}

export interface TableProps<T> {
  /** A heading printed above the table and kept on the same page as its first rows. */
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  /** Printed instead of the table when there are no rows. */
  emptyText?: string;
  /** Font size of the body; the header is the same. Default 8. */
  fontSize?: number;
  /** Stable key of a row (defaults to its index). */
  rowKey?: (row: T, index: number) => string | number;
  /** Extra style for a row, e.g. to highlight overdue ones. */
  rowStyle?: (row: T, index: number) => Style | undefined;
}

/**
 * A table that flows across pages: its header row repeats at the top of every page it spans,
 * a row is never split between two pages, and the caption and header are not left at the foot
 * of a page without a row. Set in the condensed face to fit more.
 */
export function Table<T>({ caption, columns, rows, emptyText = 'Brak pozycji.', fontSize = 8, rowKey, rowStyle }: TableProps<T>) {
  const title = caption ? (
    <Text style={s.h3} minPresenceAhead={44}>
      {caption}
    </Text>
  ) : null;
  // The caption is a sibling of the table, not inside it: react-pdf keeps a node with
  // minPresenceAhead together with what follows only among siblings.
  if (!rows.length)
    return (
      <Fragment>
        {title}
        <Text style={s.empty}>{emptyText}</Text>
      </Fragment>
    );
  const total = columns.reduce((n, c) => n + c.width, 0);
  const width = (c: Column<T>) => `${((c.width / total) * 100).toFixed(3)}%`;
  const cellStyle = (c: Column<T>): Style => ({ width: width(c), textAlign: c.align ?? 'left' });
  const textStyle: Style = { fontSize, lineHeight: 1.25 };
  return (
    <Fragment>
      {title}
      <View style={[s.table, { fontFamily: FONT_CONDENSED, fontSize }]}>
        <View fixed style={s.headRow} wrap={false}>
          {columns.map((c) => (
            <Text key={c.header} style={[s.cell, cellStyle(c), textStyle]}>
              {c.header}
            </Text>
          ))}
        </View>
        {rows.map((r, i) => {
          const extra = rowStyle?.(r, i);
          const zebra = i % 2 === 1 ? { backgroundColor: colors.zebra } : undefined;
          return (
            <View key={rowKey ? rowKey(r, i) : i} style={[s.row, ...(zebra ? [zebra] : []), ...(extra ? [extra] : [])]} wrap={false}>
              {columns.map((c) => {
                const v = c.cell(r, i);
                return typeof v === 'string' || typeof v === 'number' || v == null ? (
                  <Text key={c.header} style={[s.cell, cellStyle(c), textStyle]}>
                    {v ?? ''}
                  </Text>
                ) : (
                  <View key={c.header} style={[s.cell, cellStyle(c)]}>
                    {v}
                  </View>
                );
              })}
            </View>
          );
        })}
      </View>
    </Fragment>
  );
}
