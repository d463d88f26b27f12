/**
 * The platform's one clock. Every "now", "today" and "this year" of the domain comes from here, in
 * Poland's time (Europe/Warsaw), whatever the machine's time zone.
 *
 * `KOOPERACJA_NOW` (an ISO instant, e.g. `2026-12-31T23:30:00Z`) starts the clock at that instant
 * for the whole process; it then ticks on in real time. The test runs use it to live through New
 * Year's Eve (see docs/testing.md); a server started with it logs a warning.
 *
 * The database stamps its own records (`created_at`, `now()` in SQL): those instants are bookkeeping;
 * no rule reads the date from them without going through this clock.
 */

export const TIME_ZONE = 'Europe/Warsaw';

function offsetFrom(value: string | undefined): number {
  if (!value) return 0;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new Error(`KOOPERACJA_NOW is not an ISO instant: ${value}`);
  return at - Date.now();
}

const configured = () => offsetFrom(typeof process === 'undefined' ? undefined : process.env.KOOPERACJA_NOW);
let offsetMs = configured();

const warsawDate = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE });
const warsawHour = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });

export const clock = {
  /** The current instant. */
  now(): Date {
    return new Date(Date.now() + offsetMs);
  },
  /** Today's date in Poland (yyyy-mm-dd). */
  today(): string {
    return warsawDate.format(clock.now());
  },
  /** The current year in Poland. */
  year(): number {
    return Number(clock.today().slice(0, 4));
  },
  /** True when KOOPERACJA_NOW (or a test) moved the clock. */
  shifted(): boolean {
    return offsetMs !== 0;
  },
};

/** The date in Poland of an instant (yyyy-mm-dd). */
export function dateInPoland(at: Date): string {
  return warsawDate.format(at);
}

/** The hour (0–23) in Poland of an instant. */
export function hourInPoland(at: Date): number {
  return Number(warsawHour.format(at));
}

/** Tests only: starts the clock at `instant`; null puts it back where KOOPERACJA_NOW (or the real time) has it. */
export function setClockForTests(instant: string | Date | null): void {
  offsetMs = instant === null ? configured() : new Date(instant).getTime() - Date.now();
}
