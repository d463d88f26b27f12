import { formatHours, parseHours } from '@/lib/coaching/schemas';
import { count, WORDS } from '@/lib/plural';

/*
 * Didactic hours (godziny dydaktyczne) of the Szkoła Kooperacji and of a PZK's internal trainings,
 * in words: the pilot reports "480 godzin dydaktycznych dla 424 uczestników". Pure: client and
 * server alike.
 */

export { formatHours, parseHours };

/** "1 godzina dydaktyczna", "8 godzin dydaktycznych"; a fraction takes the genitive singular: "1,5 godziny dydaktycznej". */
export function didacticHours(n: number): string {
  if (!Number.isInteger(n)) return `${formatHours(n)} godziny dydaktycznej`;
  return count(n, WORDS.didacticHour);
}

/** "480 godzin dydaktycznych dla 424 uczestników". */
export function hoursForParticipants(hours: number, participants: number): string {
  return `${didacticHours(hours)} dla ${count(participants, WORDS.participantGen)}`;
}

/** The sum of hours to the tenth, without float noise (0.1 + 0.2); unknown hours (older trainings) count as none. */
export function sumHours(values: readonly (number | null | undefined)[]): number {
  return Math.round(values.reduce<number>((s, h) => s + (h ?? 0), 0) * 10) / 10;
}
