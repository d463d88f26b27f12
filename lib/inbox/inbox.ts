import 'server-only';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { clock } from '@/lib/clock';
import { compareItems, groupInbox, type InboxGroup } from './group';
import { caseRemindersSource } from './sources/case-reminders';
import { decisionsSource } from './sources/decisions';
import { meetingsSource } from './sources/meetings';
import { scheduleSource } from './sources/schedule';
import { dataRequestItems } from './sources/data-requests';
import { documentItems } from './sources/documents';
import { evaluationItems } from './sources/evaluation';
import { ippTaskItems, ippTaskUpdateItems } from './sources/ipp-tasks';
import { zzkDecisionItems } from './sources/zzk-decisions';
import { WAITING_DECISION_SOURCES } from './sources/waiting-decisions';
import type { InboxItem, InboxSourceFn } from './types';

/*
 * "Moja praca": what the person (or their institution) should do, from every source at once.
 * Each source is a fixed number of set-based queries filtered by the actor's scope inside the
 * `where` (see ./types.ts); they run in parallel. Items are computed from the current state, so
 * what has been done is simply not there any more.
 */

/**
 * Every source of the inbox. To add one: write lib/inbox/sources/<name>.ts exporting an
 * InboxSourceFn, import it above and add it here (one line each).
 */
export const SOURCES: readonly InboxSourceFn[] = [
  scheduleSource,
  meetingsSource,
  decisionsSource,
  caseRemindersSource,
  ippTaskItems,
  ippTaskUpdateItems,
  zzkDecisionItems,
  documentItems,
  ...WAITING_DECISION_SOURCES,
  evaluationItems,
  dataRequestItems,
];

export interface Inbox {
  /** ISO day the inbox was computed for (clock.today()). */
  today: string;
  /** Every item, due date ascending (dateless last). */
  items: InboxItem[];
  /** Zaległe / W tym tygodniu / Później, each sorted (empty groups included). */
  groups: InboxGroup[];
}

/** The actor's inbox. Keys are unique: a duplicate from two sources is shown once. */
export async function getInbox(actor: Actor, today = clock.today()): Promise<Inbox> {
  await authorize(actor, 'pulpit.view');
  const db = getDb();
  const lists = await Promise.all(SOURCES.map((source) => source(db, actor, today)));
  const seen = new Set<string>();
  const items: InboxItem[] = [];
  for (const item of lists.flat()) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    items.push(item);
  }
  items.sort(compareItems);
  return { today, items, groups: groupInbox(items, today) };
}
