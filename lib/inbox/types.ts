import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';

/**
 * "Moja praca": one thing a person (or their institution) should do. Items never carry family data:
 * a case is named by its number only.
 */
export interface InboxItem {
  /** Stable and unique in one inbox (e.g. "substep:123", "ipp-task:45:abc"). */
  key: string;
  /** Which source made it (one per kind of work; see lib/inbox/sources/). */
  source: InboxSource;
  /** What to do, in Polish, e.g. "Opublikuj protokół spotkania z 02.12.2026". */
  what: string;
  /** For which gmina / PZK / case (case number only), e.g. "PZK w gminie Janów", "Sprawa R/2026/0004". */
  where: string;
  /** When it is due (yyyy-mm-dd); null: no date (waits for a decision — shown with "bez terminu"). */
  dueOn: string | null;
  /** The page with the form where it is done. */
  href: string;
  /** The navigation entry (its href) it belongs to, for the counts in the menu, e.g. "/sprawy". */
  nav: string;
}

export type InboxSource =
  | 'schedule'
  | 'occurrence'
  | 'meeting'
  | 'minutes'
  | 'decision'
  | 'ipp_task'
  | 'ipp_task_update'
  | 'zzk_decision'
  | 'case_reminder'
  | 'document'
  | 'account_request'
  | 'membership_proposal'
  | 'practice_proposal'
  | 'notification'
  | 'model_proposal'
  | 'evaluation'
  | 'data_request';

/**
 * One source of the inbox: a fixed number of set-based queries (usually one), filtered by the
 * actor's scope inside the `where`, never a sweep of every record. `today` is clock.today().
 */
export type InboxSourceFn = (db: DbOrTx, actor: Actor, today: string) => Promise<InboxItem[]>;
