import { YEARS } from './fields';
import { count, WORDS } from '@/lib/plural';

/*
 * The formula in words, as the page and the PDF print it. Keep it in step with compute.ts.
 */

export const FORMULA_TITLE = 'Jak liczymy';

export const FORMULA_PARAGRAPHS: readonly string[] = [
  `Okres: ${count(YEARS, WORDS.year)} (rok 1 to pierwszy rok wsparcia). Ceny stałe — w każdym roku te same stawki, bez inflacji.`,
  'Koszt zaniechania w roku r = suma pozycji (liczba × stawka × liczba miesięcy lub dni w roku): DPS — osoby × miesiące pobytu × miesięczny koszt utrzymania w DPS; rodzina zastępcza i placówka — dzieci × 12 × miesięczny koszt; zasiłek okresowy i stały — miesiące × średnia kwota; inne świadczenia — kwota miesięczna × 12; usługi opiekuńcze, specjalistyczne usługi opiekuńcze i praca socjalna — godziny w miesiącu × 12 × stawka za godzinę; hospitalizacja psychiatryczna — dni × koszt osobodnia. Sytuacja się nie zmienia, więc koszt zaniechania jest taki sam w każdym roku.',
  'Koszt wsparcia modelu w roku r (tylko w latach wsparcia) = miesiące wsparcia × (godziny osoby prowadzącej × stawka godziny pracy socjalnej + godziny asystenta rodziny × stawka godziny asystenta) + miesiące koordynacji w PZK × koszt PZK na rodzinę miesięcznie.',
  'Koszt z modelem w roku r = koszt wsparcia modelu + DPS z uwzględnieniem osób, których pobytu uniknięto (w latach „od roku” – „do roku” liczymy (osoby − osoby bez DPS) × miesiące × stawka) + piecza zastępcza pomniejszona o podany procent od wskazanego roku + świadczenia i usługi pomniejszone o s(r).',
  's(r) — ograniczenie świadczeń i usług rośnie co rok: s(r) = procent rocznie × (r − rok początkowy + 1), najwyżej 100%; przed rokiem początkowym s(r) = 0.',
  'Różnica w roku r = koszt zaniechania − koszt z modelem (wartość dodatnia to oszczędność). Narastająco = suma różnic od roku 1 do roku r. Suma za 7 lat = suma wartości rocznych.',
  'Każda pozycja w każdym roku jest zaokrąglana do pełnych groszy (połówki w górę); sumy to sumy zaokrąglonych pozycji.',
];
