import { AREA_KEYS, TARGET_GROUP_KEYS, type Area, type TargetGroup } from './vocabulary';

export type GapTable = Record<TargetGroup, Record<Area, number>>;

/**
 * How many entries serve each target group in each area: an entry counts in every pair of its
 * groups and areas. The zeros are the services the gmina–powiat list is missing.
 */
export function gapCounts(entries: readonly { targetGroups: readonly string[]; areas: readonly string[] }[]): GapTable {
  const table = Object.fromEntries(TARGET_GROUP_KEYS.map((g) => [g, Object.fromEntries(AREA_KEYS.map((a) => [a, 0]))])) as GapTable;
  for (const e of entries) {
    for (const g of new Set(e.targetGroups)) {
      if (!(g in table)) continue;
      for (const a of new Set(e.areas)) if (a in table[g as TargetGroup]) table[g as TargetGroup][a as Area]++;
    }
  }
  return table;
}

/** The pairs with no entry, for the summary above the table. */
export function missingPairs(table: GapTable): { group: TargetGroup; area: Area }[] {
  return TARGET_GROUP_KEYS.flatMap((group) => AREA_KEYS.filter((area) => table[group][area] === 0).map((area) => ({ group, area })));
}
