import type { ReactNode } from 'react';
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { FONT } from './fonts';
import { BODY_SIZE, colors } from './primitives';

/*
 * The frame every document of the platform is printed in. Components here must not use React
 * hooks: react-pdf renders them with its own reconciler. Set lineHeight on Text only, never on a
 * View or the Page: inherited by the absolutely placed footer, it throws the footer off the page
 * (react-pdf 4.9).
 */

export const BRAND = 'Kooperacja — Platforma Modelu Kooperacji';
const MARGIN = 40;

const s = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: BODY_SIZE, color: colors.text, paddingTop: 28, paddingBottom: 54, paddingHorizontal: MARGIN },
  header: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', borderBottomWidth: 0.75, borderBottomColor: colors.rule, paddingBottom: 5, marginBottom: 14 },
  brand: { fontSize: 7.5, color: colors.muted, flexShrink: 0 },
  headerRight: { flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'flex-end', flexShrink: 1, marginLeft: 16 },
  headerTitle: { fontSize: 7.5, fontWeight: 'bold', textAlign: 'right', flexShrink: 1 },
  sensitive: { fontSize: 7.5, fontWeight: 'bold', color: colors.danger, borderWidth: 0.75, borderColor: colors.danger, paddingHorizontal: 4, paddingVertical: 1, marginLeft: 8, flexShrink: 0 },
  titleBlock: { marginBottom: 12 },
  title: { fontSize: 17, fontWeight: 'bold', lineHeight: 1.2 },
  subtitle: { fontSize: 11, marginTop: 3, color: colors.muted },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: MARGIN,
    right: MARGIN,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.75,
    borderTopColor: colors.rule,
    paddingTop: 5,
    fontSize: 7.5,
    color: colors.muted,
  },
  footerLeft: { flexShrink: 1, marginRight: 16 },
  footerRight: { flexShrink: 0 },
  watermarkBox: { position: 'absolute', top: 0, bottom: 0, left: -200, right: -200, justifyContent: 'center', alignItems: 'center' },
  watermark: { fontSize: 100, fontWeight: 'bold', color: '#9ca3af', opacity: 0.22, transform: 'rotate(-40deg)' },
});

export interface PdfDocumentProps {
  /** The PDF's metadata title (shown in the viewer's title bar). */
  title: string;
  subject?: string;
  /** Who generated it, e.g. the signed-in user's name. */
  author?: string;
  children?: ReactNode;
}

/** The document root: Polish language tag and platform metadata. Children are PageFrames. */
export function PdfDocument({ title, subject, author, children }: PdfDocumentProps) {
  return (
    <Document title={title} subject={subject} author={author ?? BRAND} creator={BRAND} producer={BRAND} language="pl-PL">
      {children}
    </Document>
  );
}

export interface PageFrameProps {
  /** Printed in the header of every page and as the big title at the top of the first one. */
  title: string;
  /** A line under the big title, e.g. the gmina's name. */
  subtitle?: string;
  orientation?: 'portrait' | 'landscape';
  /** Printed in the footer of every page, e.g. "Nr KOOP/2027/001". */
  documentNumber?: string;
  /** Printed in the footer of every page as "Kod weryfikacyjny: …". */
  verificationCode?: string;
  /** A draft: "PROJEKT" across every page. */
  draft?: boolean;
  /** Marks every page "Dane wrażliwe — poufne". */
  sensitive?: boolean;
  /** Leave out the big title on the first page (the document prints its own). */
  hideTitle?: boolean;
  children?: ReactNode;
}

/** One A4 page sequence that wraps onto as many pages as its content needs. */
export function PageFrame({ title, subtitle, orientation = 'portrait', documentNumber, verificationCode, draft, sensitive, hideTitle, children }: PageFrameProps) {
  const footerLeft = [documentNumber, verificationCode ? `Kod weryfikacyjny: ${verificationCode}` : null].filter(Boolean).join(' · ');
  return (
    <Page size="A4" orientation={orientation} style={s.page} wrap>
      {draft && (
        <View fixed style={s.watermarkBox}>
          <Text style={s.watermark}>PROJEKT</Text>
        </View>
      )}
      <View fixed style={s.header}>
        <Text style={s.brand}>{BRAND}</Text>
        <View style={s.headerRight}>
          <Text style={s.headerTitle}>{title}</Text>
          {sensitive && <Text style={s.sensitive}>Dane wrażliwe — poufne</Text>}
        </View>
      </View>
      {!hideTitle && (
        <View style={s.titleBlock}>
          <Text style={s.title}>{title}</Text>
          {subtitle && <Text style={s.subtitle}>{subtitle}</Text>}
        </View>
      )}
      {children}
      <View fixed style={s.footer}>
        <Text style={s.footerLeft}>{footerLeft || BRAND}</Text>
        <Text style={s.footerRight} render={({ pageNumber, totalPages }) => `Strona ${pageNumber} z ${totalPages}`} />
      </View>
    </Page>
  );
}
