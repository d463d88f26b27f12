import type { Figures } from './aggregate';
import type { Referee, RefereeKind } from './references';
import { figuresParagraph, periodText, referenceParagraphs, REFEREE_ROLE_LABELS } from './wording';

/*
 * The words of a reference (step 10.4), by whom it is for: a Leader of Cooperation (a person:
 * animator, head of the PCPR or the GOPS, the authorities, a councillor), an institution of a PZK,
 * or a team. Pure: the PDF (components/pdf/CertificatesPdf.tsx) prints what this returns.
 */

export interface ReferencePlace {
  powiatName: string;
  gminaNames: string[];
  startDate: string;
  endDate: string | null;
}

/** The headings of the kinds, as the choice page groups them. */
export const REFEREE_KIND_LABELS: Record<RefereeKind, string> = {
  animator: 'Animatorzy (Liderzy Kooperacji)',
  director: 'Dyrektorzy i kierownicy PCPR i GOPS',
  authority: 'Władze powiatu i gmin',
  councillor: 'Radni gmin i powiatu',
  institution: 'Instytucje — członkowie PZK',
  team: 'Zespoły',
};

/** The line under "REFERENCJE": a person is a Leader of Cooperation; institutions and teams are not. */
export const REFERENCE_SUBTITLES: Record<RefereeKind, string> = {
  animator: 'Lidera Kooperacji',
  director: 'Lidera Kooperacji',
  authority: 'Lidera Kooperacji',
  councillor: 'Lidera Kooperacji',
  institution: 'dla podmiotu Modelu Kooperacji',
  team: 'dla zespołu Modelu Kooperacji',
};

const inGminas = (names: string[]) => (names.length > 1 ? `w gminach ${names.join(', ')}` : `w gminie ${names[0] ?? ''}`);

/** "animator PCPR", "Dyrektor, Powiatowe Centrum Pomocy Rodzinie w …" — the line under the name. */
export function refereeLine(r: Referee): string {
  if (r.kind === 'animator') return [r.role ? REFEREE_ROLE_LABELS[r.role] : '', r.institutionName].filter(Boolean).join(', ');
  if (r.kind === 'institution') return r.gminaNames.length ? `członek Partnerskiego Zespołu Kooperacji ${inGminas(r.gminaNames)}` : 'członek Partnerskiego Zespołu Kooperacji';
  if (r.kind === 'team') return '';
  return [r.functionLabel, r.institutionName].filter(Boolean).join(', ');
}

const THANKS = 'Dziękujemy za zaangażowanie we wzrost efektywności oddziaływań pomocowych i współtworzenie kooperacji na rzecz rodzin.';

/** The paragraphs of one reference. */
export function referenceText(r: Referee, place: ReferencePlace, f: Figures): string[] {
  const period = periodText(place.startDate, place.endDate);
  const gminas = r.gminaNames.length ? r.gminaNames : place.gminaNames;
  const implementation = `wdrożenia Modelu Kooperacji w powiecie ${place.powiatName} (${place.gminaNames.join(', ')})`;
  switch (r.kind) {
    case 'animator':
      return referenceParagraphs({ name: r.name, role: r.role ?? 'animator_gops', gminaNames: r.gminaNames }, place, f);
    case 'director':
      return [
        `W okresie ${period} ${r.name}${r.functionLabel ? ` (${r.functionLabel})` : ''}, kierując instytucją ${r.institutionName}, pełnił(a) funkcję Lidera Kooperacji jako osoba zarządzająca w ramach ${implementation}.`,
        figuresParagraph(f),
        `${r.name} zapewnił(a) pracownikom warunki do udziału w pracach Partnerskich Zespołów Kooperacji, szkoleniach i pracy z rodzinami, a instytucji — otwartość na współpracę z innymi podmiotami. ${THANKS}`,
      ];
    case 'authority':
      return [
        `W okresie ${period} ${r.name}${r.functionLabel ? `, ${r.functionLabel},` : ''} reprezentował(a) ${r.institutionName} jako stronę porozumienia o wdrażaniu Modelu Kooperacji i pełnił(a) funkcję Lidera Kooperacji w ramach ${implementation}.`,
        figuresParagraph(f),
        `Dzięki decyzji i wsparciu władz samorządowych Model mógł zostać wdrożony, a jego efekty przedstawione na komisjach i sesjach rad. ${THANKS}`,
      ];
    case 'councillor':
      return [
        `W okresie ${period} ${r.name}${r.functionLabel ? ` (${r.functionLabel})` : ''} pełnił(a) funkcję Lidera Kooperacji jako radny(-a) odpowiedzialny(-a) za ewaluację pracy Modelem ${inGminas(gminas)} (powiat ${place.powiatName}).`,
        figuresParagraph(f),
        `${r.name} uczestniczył(a) w pracach Partnerskiego Zespołu Kooperacji, wspierał(a) zespół w kontaktach z radą i władzami oraz w przygotowaniu rekomendacji. ${THANKS}`,
      ];
    case 'institution':
      return [
        `W okresie ${period} instytucja ${r.name} była członkiem Partnerskiego Zespołu Kooperacji ${inGminas(gminas)} w ramach ${implementation}, przystępując do porozumienia PZK.`,
        figuresParagraph(f),
        `Pracownicy instytucji dzielili się wiedzą i usługami, uczestniczyli w spotkaniach zespołu i we wspólnym planowaniu pomocy rodzinom. ${THANKS}`,
      ];
    case 'team':
      return [
        `W okresie ${period} ${r.name} pracował zgodnie z Modelem Kooperacji w ramach ${implementation}, łącząc instytucje wokół potrzeb osób i rodzin ${inGminas(gminas)}.`,
        figuresParagraph(f),
        `Zespół wypracował wspólne sposoby pomagania, rekomendacje dla władz i plany dalszej współpracy. ${THANKS}`,
      ];
  }
}
