import type { ReactElement } from 'react';
import { Link, StyleSheet, Text, View } from '@react-pdf/renderer';
import { isoToPolish } from '@/lib/model/dates';
import { thereIs, WORDS } from '@/lib/plural';
import type { ServiceCard } from '@/lib/services/services';
import { CARD_LABELS, areaLabels, groupLabels } from '@/lib/services/vocabulary';
import { PageFrame, PdfDocument } from './PageFrame';
import { Facts, Heading, Paragraph, Small, colors } from './primitives';

/*
 * The printed service card (karta usługi) and the printed list of a PZK — in Kooperacje 3D the
 * Lokalny Koszyk Usług — for families and partners (data from lib/services/pdf.tsx). Each card
 * starts on a new A4 page; the list opens with a title page and a table of contents whose page
 * numbers are those of the rendered document: it is laid out twice (printServiceBasket).
 */

const s = StyleSheet.create({
  lead: { fontSize: 10.5, marginBottom: 4 },
  tocRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.faint, paddingVertical: 3 },
  tocNo: { width: 22, fontSize: 9.5 },
  tocTitle: { flexGrow: 1, flexShrink: 1, paddingRight: 8 },
  tocName: { fontSize: 9.5, lineHeight: 1.25, color: colors.text, textDecoration: 'none' },
  tocProvider: { fontSize: 8, color: colors.muted },
  tocPage: { width: 40, textAlign: 'right', fontSize: 9.5 },
});

/** Empty parts are left out; "how to get it" joins referral, conditions, cost and place. */
function CardBody({ card }: { card: ServiceCard }) {
  const how: [string, string][] = (
    [
      [CARD_LABELS.referral, card.referral],
      [CARD_LABELS.conditions, card.conditions],
      [CARD_LABELS.cost, card.cost],
      [CARD_LABELS.place, card.place],
    ] as [string, string][]
  ).filter(([, v]) => v);
  return (
    <View>
      <Facts
        items={[
          [CARD_LABELS.provider, card.providerName],
          [CARD_LABELS.forWhom, groupLabels(card.targetGroups)],
          [CARD_LABELS.areas, areaLabels(card.areas)],
        ]}
      />
      <Heading>{CARD_LABELS.description}</Heading>
      <Paragraph>{card.description}</Paragraph>
      <Heading>{CARD_LABELS.how}</Heading>
      {how.length ? <Facts items={how} /> : <Paragraph>Zapytaj realizatora (kontakt poniżej).</Paragraph>}
      <Heading>{CARD_LABELS.contact}</Heading>
      <Facts
        items={[
          [CARD_LABELS.contact, card.contact],
          [CARD_LABELS.coordinator, card.coordinator],
        ]}
      />
      {card.lastReviewedOn && (
        <Small>
          {CARD_LABELS.reviewed}: {isoToPolish(card.lastReviewedOn)}.
        </Small>
      )}
    </View>
  );
}

/** One card on its own A4 page(s). `onPage` learns the page the card starts on (for the table of contents). */
export function CardPage({ card, subtitle, anchor, onPage }: { card: ServiceCard; subtitle: string; anchor?: string; onPage?: (page: number) => void }) {
  return (
    <PageFrame title={card.name} subtitle={subtitle}>
      {onPage && (
        <Text
          render={({ pageNumber }) => {
            onPage(pageNumber);
            return ' ';
          }}
          style={{ fontSize: 1 }}
        />
      )}
      <View id={anchor}>
        <CardBody card={card} />
      </View>
    </PageFrame>
  );
}


/** One published card as a whole document. */
export function ServiceCardPdf({ card, title, subject, subtitle }: { card: ServiceCard; title: string; subject: string; subtitle: string }) {
  return (
    <PdfDocument title={title} subject={subject}>
      <CardPage card={card} subtitle={subtitle} />
    </PdfDocument>
  );
}

export interface ServiceBasketProps {
  title: string;
  pzkName: string;
  town: string;
  date: string;
  cards: ServiceCard[];
  /** The page each card starts on, by index (from the first render); null prints none yet. */
  pages: (number | null)[];
  onPage?: (index: number, page: number) => void;
}

export function ServiceBasketPdf({ title, pzkName, town, date, cards, pages, onPage }: ServiceBasketProps) {
  return (
    <PdfDocument title={`${title} — ${pzkName}`} subject={`${title}: karty usług partnerów`}>
      <PageFrame title={title} subtitle={`${pzkName} · ${town}`}>
        <Text style={s.lead}>Stan na {date}.</Text>
        <Paragraph>
          Usługi i aktywności dostępne dla osób i rodzin, zebrane przez partnerów Partnerskiego Zespołu Kooperacji. Każda karta mówi, kto realizuje usługę, dla kogo jest, na czym polega, jak z niej
          skorzystać i z kim się skontaktować. Na liście {thereIs(cards.length, WORDS.service)}.
        </Paragraph>
        <Heading>Spis treści</Heading>
        {cards.length === 0 && <Paragraph>Lista jest jeszcze pusta.</Paragraph>}
        {cards.map((c, i) => (
          <View key={c.id} style={s.tocRow} wrap={false}>
            <Text style={s.tocNo}>{i + 1}.</Text>
            <View style={s.tocTitle}>
              <Link src={`#karta-${c.id}`} style={s.tocName}>
                {c.name}
              </Link>
              <Text style={s.tocProvider}>{c.providerName}</Text>
            </View>
            <Text style={s.tocPage}>{pages[i] != null ? `s. ${pages[i]}` : 's. —'}</Text>
          </View>
        ))}
      </PageFrame>
      {cards.map((c, i) => (
        <CardPage key={c.id} card={c} subtitle={`${title} · ${c.providerName}`} anchor={`karta-${c.id}`} onPage={onPage ? (page) => onPage(i, page) : undefined} />
      ))}
    </PdfDocument>
  );
}

/**
 * The list in two passes: the first learns the page each card starts on, the second prints those
 * numbers in the contents (which take the same room in both passes, "s. —" and "s. 12" alike on
 * one line). `render` is the renderer of the thread it runs in (a PDF worker or the request's).
 */
export async function printServiceBasket(props: Omit<ServiceBasketProps, 'pages' | 'onPage'>, render: (doc: ReactElement) => Promise<Buffer>): Promise<Buffer> {
  const pages: (number | null)[] = props.cards.map(() => null);
  const first = await render(<ServiceBasketPdf {...props} pages={pages} onPage={(i, page) => (pages[i] = pages[i] == null ? page : Math.min(pages[i]!, page))} />);
  return props.cards.length ? render(<ServiceBasketPdf {...props} pages={[...pages]} />) : first;
}
