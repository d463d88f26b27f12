/**
 * Login throttling (OWASP Authentication Cheat Sheet), counted in the database so it holds
 * across app instances:
 * - one account from one address: PER_PAIR failures within WINDOW_MINUTES lock that pair;
 * - one address across accounts: PER_IP failures within WINDOW_MINUTES lock that address;
 * - one account from anywhere: no lock (anyone could lock anyone out), but from the
 *   ACCOUNT_DELAY_FROM-th failure within an hour each further attempt must wait a delay that
 *   doubles, at most ACCOUNT_DELAY_MAX_SECONDS, after the latest failure; at OWNER_WARN_AT
 *   failures within an hour the owner gets an e-mail (once a day).
 */
export const WINDOW_MINUTES = 15;
export const PER_PAIR = 5;
export const PER_IP = 30;
export const ACCOUNT_DELAY_FROM = 5;
export const ACCOUNT_DELAY_MAX_SECONDS = 60;
export const OWNER_WARN_AT = 10;

/** Seconds the next attempt on an account must wait after its latest failure. */
export function accountDelaySeconds(failuresLastHour: number): number {
  if (failuresLastHour < ACCOUNT_DELAY_FROM) return 0;
  return Math.min(2 ** (failuresLastHour - ACCOUNT_DELAY_FROM), ACCOUNT_DELAY_MAX_SECONDS);
}
