import type { ItemStatus } from '@/db/schema';

/**
 * Where a gmina stands, derived from its schedule — never typed in. The current step is the step
 * of the first sub-step, along the model's normal path, that is neither done nor not applicable.
 */
export interface ItemState {
  id: number;
  position: number;
  stage: number;
  step: number;
  code: string;
  name: string;
  status: ItemStatus;
  plannedEnd: string;
  outOfOrderReason?: string | null;
}

const closed = (s: ItemStatus) => s === 'done' || s === 'not_applicable';

export const isOverdue = (i: Pick<ItemState, 'status' | 'plannedEnd'>, today: string) => !closed(i.status) && i.plannedEnd < today;

export function deriveProgress(items: ItemState[], today: string) {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const current = ordered.find((i) => !closed(i.status)) ?? null;
  const closedCount = ordered.filter((i) => closed(i.status)).length;
  const open = ordered.filter((i) => !closed(i.status));
  const nextDue = open.filter((i) => i.plannedEnd >= today).sort((a, b) => a.plannedEnd.localeCompare(b.plannedEnd) || a.position - b.position)[0] ?? null;
  return {
    stage: current?.stage ?? null,
    step: current?.step ?? null,
    current,
    finished: current === null && ordered.length > 0,
    percentDone: ordered.length ? Math.round((closedCount * 100) / ordered.length) : 0,
    overdue: ordered.filter((i) => isOverdue(i, today)),
    nextDue,
    outOfOrder: ordered.filter((i) => i.outOfOrderReason),
  };
}

/**
 * Starting or finishing a sub-step while an earlier stage is unfinished leaves the normal path:
 * allowed, but only with a reason. Returns the unfinished earlier items that make it so.
 */
export function earlierUnfinished(items: ItemState[], target: ItemState): ItemState[] {
  return items.filter((i) => i.stage < target.stage && !closed(i.status));
}
