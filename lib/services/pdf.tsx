import 'server-only';
import { ServiceCardPdf } from '@/components/pdf/ServicesPdf';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { isoToPolish } from '@/lib/model/dates';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf, renderPdfProgram } from '@/lib/pdf/render';
import { townOf } from './list-view';
import { slug } from './normalize';
import { pzkServiceBasket, pzkServiceCard } from './services';

/*
 * The data of the printed service card and of the printed list of a PZK (the documents are in
 * components/pdf/ServicesPdf.tsx). One code path for both variants: the list's name comes from the
 * variant's words (lib/model/variant.ts).
 */

const listTitle = (pzk: { words: { serviceList: string } }) => pzk.words.serviceList;

/** One published card of the PZK's list as an A4 PDF. */
export async function serviceCardPdf(actor: Actor, pzkId: number, serviceId: number): Promise<PdfFile> {
  const { pzk, card } = await pzkServiceCard(actor, pzkId, serviceId);
  const subtitle = `Karta usługi · ${listTitle(pzk)} · ${pzk.name}`;
  const pdf = await renderPdf(<ServiceCardPdf card={card} title={`Karta usługi: ${card.name}`} subject={`${listTitle(pzk)} — ${pzk.name}`} subtitle={subtitle} />);
  return { pdf, filename: `karta-uslugi-${slug(card.name)}.pdf` };
}

/**
 * The whole printed list: a title page with the PZK, the town and the date, the table of
 * contents, then every published card on its own page (laid out twice: printServiceBasket).
 */
export async function basketPdf(actor: Actor, pzkId: number, today = clock.today()): Promise<PdfFile> {
  const { pzk, cards } = await pzkServiceBasket(actor, pzkId);
  const props = { title: listTitle(pzk), pzkName: pzk.name, town: townOf(pzk), date: isoToPolish(today), cards };
  const pdf = await renderPdfProgram('printServiceBasket', props);
  return { pdf, filename: `${slug(listTitle(pzk))}-${slug(pzk.gminaName)}.pdf` };
}
