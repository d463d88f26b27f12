/** Escapes LIKE/ILIKE wildcards so user input matches literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const dateFormat = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Warsaw' });
const dateTimeFormat = new Intl.DateTimeFormat('pl-PL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Warsaw',
});

/** dd.mm.rrrr, in Polish time. */
export const formatDate = (d: Date | string) => dateFormat.format(typeof d === 'string' ? new Date(d) : d);
/** dd.mm.rrrr, gg:mm, in Polish time. */
export const formatDateTime = (d: Date | string) => dateTimeFormat.format(typeof d === 'string' ? new Date(d) : d);
