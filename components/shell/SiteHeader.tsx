import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { navigationForActor } from '@/lib/auth/menu';
import { flatGroups, PUBLIC_NAVIGATION } from '@/lib/auth/navigation';
import { roleLabel } from '@/lib/auth/roles';
import { inboxCounts } from '@/lib/inbox/counts';
import { LogoutButton } from './LogoutButton';
import { MAIN_MENU_ID } from './current-item';
import { MainNav } from './MainNav';
import { RoleSwitcher } from './RoleSwitcher';

/** The header of every page: brand, the signed-in user with their active role, and navigation. */
export async function SiteHeader({ actor }: { actor: Actor | null }) {
  // The menu and the counts of waiting items behind its entries, each read once per request.
  const [groups, counts] = actor ? await Promise.all([navigationForActor(actor), inboxCounts(actor)]) : [flatGroups(PUBLIC_NAVIGATION), {}];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={actor ? '/pulpit' : '/'} className="text-lg font-bold text-brand-800 no-underline">
          Kooperacja
          <span className="block text-xs font-normal text-slate-600">Platforma Modelu Kooperacji</span>
        </Link>
        {actor ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <p>
              <span className="font-semibold">{actor.name}</span>
              <span className="block text-slate-600">
                {roleLabel(actor.scope.role)} · {actor.scope.scopeLabel}
              </span>
            </p>
            {actor.assignments.length > 1 && <RoleSwitcher assignments={actor.assignments} activeId={actor.scope.id} />}
            <LogoutButton />
          </div>
        ) : (
          <nav aria-label="Konto" className="flex gap-3 text-sm">
            <Link href="/logowanie" className="inline-flex min-h-11 items-center rounded bg-brand-800 px-3 py-2 font-medium text-white hover:bg-brand-900">
              Zaloguj się
            </Link>
            <Link href="/rejestracja" className="inline-flex min-h-11 items-center rounded border border-brand-800 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
              Załóż konto
            </Link>
          </nav>
        )}
      </div>
      <MainNav groups={groups} counts={counts} />
      {/* Without JavaScript the menu button cannot work: show the whole list instead. */}
      <noscript>
        <style>{`#${MAIN_MENU_ID}{display:flex !important}.nav-toggle{display:none !important}`}</style>
      </noscript>
    </header>
  );
}
