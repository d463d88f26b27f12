'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { navEntries, type NavGroup, type NavItem } from '@/lib/auth/navigation';
import { MAIN_MENU_ID, currentItem, groupCount, waitingText } from './current-item';

/** Folds every open group of the menu but `except`. */
function foldGroups(root: HTMLElement | null, except?: Element) {
  root?.querySelectorAll<HTMLDetailsElement>('details[open]').forEach((d) => {
    if (d !== except) d.open = false;
  });
}

/** The number of waiting items, seen as a badge and heard as a sentence ("…, czekają 3 zadania"). */
function Waiting({ n }: { n: number }) {
  if (n <= 0) return null;
  return (
    <>
      <span aria-hidden="true" className="ml-1.5 inline-block min-w-5 rounded-full bg-amber-200 px-1.5 text-center text-xs leading-5 font-bold text-slate-900">
        {n}
      </span>
      <span className="sr-only">{waitingText(n)}</span>
    </>
  );
}

// Every focusable element of the bar also gets a white ring: the page-wide amber outline alone is
// too dark against the brand blue (WCAG 1.4.11).
const RING = 'focus-visible:ring-2 focus-visible:ring-white';
const TOP = `flex min-h-11 items-center px-3 py-2.5 text-sm font-medium text-white hover:bg-brand-900 hover:underline md:min-h-0 md:py-2 ${RING}`;
const MARKED = 'bg-brand-900 underline decoration-2 underline-offset-4';

/**
 * The main menu: at most seven groups of pages. A group is a native disclosure (<details>), so it
 * opens with the keyboard and without JavaScript; groups share a `name`, so opening one folds the
 * others. On a phone the groups fold behind a "Menu" button (aria-expanded; closes on Escape and
 * after moving to another page) and open in place; from the md breakpoint up they stand in one row
 * and a group opens as a panel over the page, as wide as the content column and never wider. A
 * group of one page is a plain link. The current page is marked (`aria-current`) and so is its
 * group. Without JavaScript the SiteHeader's <noscript> style shows the groups and hides the button.
 * `counts` (href → waiting items) puts a badge on an entry and the sum on its group.
 */
export function MainNav({ groups, counts = {} }: { groups: NavGroup[]; counts?: Record<string, number> }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const current = currentItem(navEntries(groups), pathname);

  useEffect(() => {
    setOpen(false);
    foldGroups(nav.current);
  }, [pathname]);

  // A click anywhere outside the menu, or Escape pressed with the focus outside it, folds an open
  // group's panel (Escape inside the menu is handled on the <nav> below).
  useEffect(() => {
    const outside = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      if (!nav.current?.contains(e.target as Node)) foldGroups(nav.current);
    };
    document.addEventListener('click', outside);
    document.addEventListener('keydown', outside);
    return () => {
      document.removeEventListener('click', outside);
      document.removeEventListener('keydown', outside);
    };
  }, []);

  const entry = (item: NavItem, className: string, marked: string) => {
    const here = current?.href === item.href;
    return (
      <Link href={item.href} aria-current={here ? (current.exact ? 'page' : 'true') : undefined} className={`${className} ${here ? marked : ''}`}>
        {item.label}
        <Waiting n={counts[item.href] ?? 0} />
      </Link>
    );
  };

  return (
    <nav
      ref={nav}
      aria-label="Główna"
      className="border-t border-slate-200 bg-brand-800"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        const group = (e.target as Element).closest<HTMLDetailsElement>('details[open]') ?? nav.current?.querySelector<HTMLDetailsElement>('details[open]');
        if (group) {
          group.open = false;
          group.querySelector('summary')?.focus();
        } else if (open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(e) => {
        // On a wide screen a panel left behind by the keyboard would cover the page: fold it when
        // focus moves on to something outside it (a click elsewhere is handled above).
        const group = (e.target as Element).closest('details');
        const next = e.relatedTarget as Node | null;
        if (group?.open && next && !group.contains(next) && window.matchMedia('(min-width: 48rem)').matches) group.open = false;
      }}
      onClick={(e) => {
        // Following a link (also to the page one is on) folds the menu.
        if ((e.target as Element).closest('a')) {
          foldGroups(nav.current);
          setOpen(false);
        }
      }}
    >
      <div className="mx-auto max-w-6xl px-2 md:relative">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={MAIN_MENU_ID}
          onClick={() => {
            // Opening the menu on a phone also opens the group of the current page: where one is.
            if (!open) nav.current?.querySelector<HTMLDetailsElement>('details:has(summary[aria-current])')?.setAttribute('open', '');
            setOpen(!open);
          }}
          className={`nav-toggle my-1 inline-flex min-h-11 items-center gap-2 rounded px-3 py-2 font-medium text-white hover:bg-brand-900 md:hidden ${RING}`}
        >
          <span aria-hidden="true" className="text-lg leading-none">
            {open ? '✕' : '☰'}
          </span>
          Menu
        </button>
        <ul id={MAIN_MENU_ID} className={`${open ? 'flex' : 'hidden'} flex-col pb-2 md:flex md:flex-row md:flex-wrap md:gap-x-1 md:pb-0`}>
          {groups.map((group) => {
            if (group.items.length === 1) return <li key={group.id}>{entry(group.items[0], TOP, MARKED)}</li>;
            const here = group.items.some((i) => i.href === current?.href);
            return (
              <li key={group.id}>
                <details
                  name="menu-glowne-grupa"
                  className="group"
                  data-group={group.id}
                  onToggle={(e) => {
                    if (e.currentTarget.open) foldGroups(nav.current, e.currentTarget);
                  }}
                >
                  <summary
                    aria-current={here ? 'true' : undefined}
                    className={`${TOP} cursor-pointer list-none group-open:bg-brand-900 [&::-webkit-details-marker]:hidden ${here ? MARKED : ''}`}
                  >
                    {group.label}
                    <Waiting n={groupCount(group, counts)} />
                    <span aria-hidden="true" className="ml-1.5 text-xs transition-transform group-open:rotate-180">
                      ▾
                    </span>
                  </summary>
                  <ul className="mb-1 ml-3 border-l-2 border-brand-100 bg-brand-900 md:absolute md:inset-x-2 md:top-full md:z-30 md:m-0 md:grid md:grid-cols-2 md:gap-x-2 md:rounded-b md:border md:border-slate-300 md:bg-white md:p-2 md:shadow-lg lg:grid-cols-3">
                    {group.items.map((item) => (
                      <li key={item.href}>
                        {entry(
                          item,
                          `flex min-h-11 items-center rounded px-3 py-2.5 text-sm text-white hover:underline md:min-h-0 md:py-2 md:text-brand-800 md:hover:bg-brand-50 ${RING}`,
                          'font-semibold underline decoration-2 underline-offset-4 md:bg-brand-50',
                        )}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
