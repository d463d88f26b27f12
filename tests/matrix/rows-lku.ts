import type { Actor } from '@/lib/auth/actor';
import { basketPdf, serviceCardPdf } from '@/lib/services/pdf';
import { createPzkService, pzkServiceBasket, pzkServiceCard } from '@/lib/services/services';
import { m, row, type Expect, type MatrixRow, type RowModule } from './fixture';

/*
 * The printed service cards and the printed list (issue 17, item 3: karta usługi and the Lokalny
 * Koszyk Usług; in the rural model the list of activities and services). Printing is reading the
 * PZK's list: whoever takes part in the PZK, guests included, prints the published cards; ROPS
 * observes; everyone else does not find the PZK. A proposal is not a card: nobody prints it.
 */

let published: number;
let proposed: number;

const entry = (name: string) => ({
  name,
  description: 'Spotkania co dwa tygodnie z psychologiem.',
  targetGroups: ['rodziny'],
  areas: ['rodzinny'],
  providerName: 'Stowarzyszenie „Razem”',
  contact: 'tel. 85 722 00 00',
  coordinator: 'Anna Żak',
});

async function setup() {
  ({ id: published } = await createPzkService(m.s.pcpr, m.s.pzk.id, entry('Karta: grupa wsparcia dla rodziców')));
  ({ id: proposed } = await createPzkService(m.s.member, m.s.pzk.id, entry('Karta: propozycja korepetycji')));
}

const pzkId = () => m.s.pzk.id;

async function cardChecked(a: Actor) {
  const r = await pzkServiceCard(a, pzkId(), published);
  if (r.card.id !== published || r.card.coordinator !== 'Anna Żak') throw new Error('another card');
}

/** The published cards only, never the proposal. */
async function basketChecked(a: Actor) {
  const r = await pzkServiceBasket(a, pzkId());
  if (!r.cards.some((c) => c.id === published)) throw new Error('the published card is missing');
  if (r.cards.some((c) => c.id === proposed)) throw new Error('a proposal among the cards');
}

async function cardPdf(a: Actor) {
  const r = await serviceCardPdf(a, pzkId(), published);
  if (!r.filename.startsWith('karta-uslugi-')) throw new Error(r.filename);
}

async function listPdf(a: Actor) {
  const r = await basketPdf(a, pzkId());
  if (!r.filename.startsWith('lista-aktywnosci-i-uslug-')) throw new Error(r.filename);
}

//                    inside       neighbour    otherPowiat  otherVoiv    guest   otherPzk     national
const READ: Expect = row('allow', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND');
const ROPS: Expect = row('allow', '-', '-', 'NOT_FOUND', 'allow', 'NOT_FOUND', 'NOT_FOUND');
const NONE: Expect = row('NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND');

const rows: MatrixRow[] = [
  { fn: 'lib/services/services.ts#pzkServiceCard', role: 'gops_animator', call: cardChecked, expect: READ, note: 'guests print what is published' },
  { fn: 'lib/services/services.ts#pzkServiceCard', role: 'pzk_member', call: cardChecked, expect: READ },
  { fn: 'lib/services/services.ts#pzkServiceCard', role: 'rops_adviser', call: cardChecked, expect: ROPS },
  { fn: 'lib/services/services.ts#pzkServiceCard', role: 'network_worker', call: cardChecked, expect: READ, note: 'the rural PZK of the network worker\'s own gmina' },
  { fn: 'lib/services/services.ts#pzkServiceCard', role: 'gops_animator', call: (a) => pzkServiceCard(a, pzkId(), proposed), expect: NONE, note: 'a proposal is not a card yet' },
  { fn: 'lib/services/services.ts#pzkServiceBasket', role: 'gops_animator', call: basketChecked, expect: READ },
  { fn: 'lib/services/services.ts#pzkServiceBasket', role: 'pzk_member', call: basketChecked, expect: READ },
  { fn: 'lib/services/services.ts#pzkServiceBasket', role: 'rops_adviser', call: basketChecked, expect: ROPS },
  { fn: 'lib/services/services.ts#pzkServiceBasket', role: 'network_worker', call: basketChecked, expect: READ },
  { fn: 'lib/services/pdf.tsx#serviceCardPdf', role: 'pzk_member', call: cardPdf, expect: READ },
  { fn: 'lib/services/pdf.tsx#serviceCardPdf', role: 'network_worker', call: cardPdf, expect: READ },
  { fn: 'lib/services/pdf.tsx#serviceCardPdf', role: 'pcpr_animator', call: (a) => serviceCardPdf(a, pzkId(), proposed), expect: row('NOT_FOUND', '-', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'), note: 'a proposal is never printed' },
  { fn: 'lib/services/pdf.tsx#basketPdf', role: 'gops_animator', call: listPdf, expect: READ },
  { fn: 'lib/services/pdf.tsx#basketPdf', role: 'rops_adviser', call: listPdf, expect: ROPS },
  { fn: 'lib/services/pdf.tsx#basketPdf', role: 'network_worker', call: listPdf, expect: READ },
];

export default { setup, rows } satisfies RowModule;
