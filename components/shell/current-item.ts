import type { NavGroup, NavItem } from '@/lib/auth/navigation';
import { count, plural, VERBS, WORDS } from '@/lib/plural';

/** The id of the main menu's list (the menu button controls it; a <noscript> style unfolds it). */
export const MAIN_MENU_ID = 'menu-glowne';

/** The entry for the current address: the exact page, else the deepest section it lies in. */
export function currentItem(items: NavItem[], pathname: string): { href: string; exact: boolean } | null {
  const exact = items.find((i) => i.href === pathname);
  if (exact) return { href: exact.href, exact: true };
  const section = items.filter((i) => pathname.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return section ? { href: section.href, exact: false } : null;
}

/** How many items wait behind a group: the sum over its entries. */
export function groupCount(group: NavGroup, counts: Record<string, number>): number {
  return group.items.reduce((sum, i) => sum + Math.max(0, counts[i.href] ?? 0), 0);
}

/** What a screen reader hears after an entry with waiting items: ", czekają 3 zadania". */
export const waitingText = (n: number) => `, ${plural(n, VERBS.waits)} ${count(n, WORDS.task)}`;
