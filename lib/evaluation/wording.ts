import { formatDate } from '@/lib/text';
import { plural, WORDS } from '@/lib/plural';
import type { Figures } from './aggregate';

/** "od 01.09.2026 do 28.02.2028" (or "… do dnia wystawienia" without a planned end). */
export const periodText = (startDate: string, endDate: string | null) => `od ${formatDate(startDate)} do ${endDate ? formatDate(endDate) : 'dnia wystawienia'}`;

export const REFEREE_ROLE_LABELS = { animator_pcpr: 'animator PCPR', animator_gops: 'animator GOPS', network_worker: 'pracownik ds. sieci' } as const;

/** The references' wording, from the figures: meetings held, institutions engaged, families supported. */
export function referenceParagraphs(
  p: { name: string; role: 'animator_pcpr' | 'animator_gops' | 'network_worker'; gminaNames: string[] },
  place: { powiatName: string; gminaNames: string[]; startDate: string; endDate: string | null },
  f: Figures,
): string[] {
  const where =
    p.role === 'network_worker'
      ? `pracownika ds. sieci ośrodka pomocy społecznej we wdrożeniu Kooperacji 3D, miejskiego wariantu Modelu Kooperacji (${plural((p.gminaNames.length ? p.gminaNames : place.gminaNames).length, WORDS.gmina)}: ${(p.gminaNames.length ? p.gminaNames : place.gminaNames).join(', ')})`
      : p.role === 'animator_pcpr'
      ? `animatora Powiatowego Centrum Pomocy Rodzinie we wdrożeniu Modelu Kooperacji w powiecie ${place.powiatName} (${plural(place.gminaNames.length, WORDS.gmina)}: ${place.gminaNames.join(', ')})`
      : `animatora ośrodka pomocy społecznej we wdrożeniu Modelu Kooperacji w ${p.gminaNames.length > 1 ? 'gminach' : 'gminie'} ${(p.gminaNames.length ? p.gminaNames : place.gminaNames).join(', ')} (powiat ${place.powiatName})`;
  return [
    `W okresie ${periodText(place.startDate, place.endDate)} ${p.name} pełnił(a) funkcję Lidera Kooperacji — ${where}.`,
    figuresParagraph(f),
    `${p.name} wykazał(a) się umiejętnością łączenia instytucji wokół potrzeb rodzin, systematycznością i zaangażowaniem. Z pełnym przekonaniem polecamy Lidera Kooperacji do dalszej pracy w koordynowaniu pomocy rodzinie.`,
  ];
}

/** What the teams did, from the figures: meetings held, institutions engaged, families supported, actions. */
export function figuresParagraph(f: Figures): string {
  const meetings = `${f.meetingsHeld} ${plural(f.meetingsHeld, WORDS.meeting)}`;
  const institutions = `${f.institutionsEngaged} ${plural(f.institutionsEngaged, WORDS.institutionAcc)}`;
  const families = `${f.casesQualified} ${plural(f.casesQualified, WORDS.familyOrPersonAcc)}`;
  const reached = `${f.casesGoalsReached} ${plural(f.casesGoalsReached, WORDS.instanceLoc)}`;
  const actions = f.socialProjects + f.activities.community_action + f.activities.promotion + f.activities.authorities_presentation + f.activities.new_service + f.activities.programme_change;
  return (
    `W tym czasie Partnerskie Zespoły Kooperacji odbyły ${meetings}, do współpracy w zespołach włączono ${institutions}, a wsparciem w Modelu objęto ${families}; zakładane cele osiągnięto w ${reached}.` +
    (actions ? ` Zespoły przeprowadziły ${actions} ${plural(actions, WORDS.action)} na rzecz społeczności lokalnej, z władzami i promocyjnych.` : '')
  );
}
