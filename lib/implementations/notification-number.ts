// Pure: the notification form (client) links with it too. The counter: notification-counter.ts.
/** What users call a notification to ROPS: "ZG/2026/0004", numbered per year of submission. */
export const NOTIFICATION_PREFIX = 'ZG';

export function formatNotificationNumber(year: number, seq: number): string {
  return `${NOTIFICATION_PREFIX}/${year}/${String(seq).padStart(4, '0')}`;
}

/** The notification's address: /zgloszenia/ZG-2026-0004 (its number, not its id). */
export const notificationHref = (number: string) => `/zgloszenia/${number.replaceAll('/', '-')}`;

/** "ZG-2026-0004" (from an address) → "ZG/2026/0004"; null when it is not one. */
export function numberFromSlug(slug: string): string | null {
  const m = /^ZG-(\d{4})-(\d{4,6})$/i.exec(slug);
  return m ? `${NOTIFICATION_PREFIX}/${m[1]}/${m[2]}` : null;
}
