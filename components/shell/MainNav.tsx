'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { NavItem } from '@/lib/auth/navigation';
import { MAIN_MENU_ID, currentItem } from './current-item';

/**
 * The main menu. On a phone it folds behind a "Menu" button (a disclosure: aria-expanded, closes
 * on Escape and after moving to another page); from the md breakpoint up the list is always shown.
 * Without JavaScript the SiteHeader's <noscript> style shows the list and hides the button.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const current = currentItem(items, pathname);

  useEffect(() => setOpen(false), [pathname]);

  return (
    <nav
      aria-label="Główna"
      className="border-t border-slate-200 bg-brand-800"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <div className="mx-auto max-w-6xl px-2">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={MAIN_MENU_ID}
          onClick={() => setOpen((o) => !o)}
          className="nav-toggle my-1 inline-flex min-h-11 items-center gap-2 rounded px-3 py-2 font-medium text-white hover:bg-brand-900 md:hidden"
        >
          <span aria-hidden="true" className="text-lg leading-none">
            {open ? '✕' : '☰'}
          </span>
          Menu
        </button>
        <ul id={MAIN_MENU_ID} className={`${open ? 'flex' : 'hidden'} flex-col pb-2 md:flex md:flex-row md:flex-wrap md:gap-x-1 md:pb-0`}>
          {items.map((item) => {
            const here = current?.href === item.href;
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={here ? (current.exact ? 'page' : 'true') : undefined}
                  className={`block min-h-11 px-3 py-2.5 text-sm font-medium text-white hover:bg-brand-900 hover:underline md:min-h-0 md:py-2 ${here ? 'bg-brand-900 underline decoration-2' : ''}`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
