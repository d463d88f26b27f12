import type { ReactNode } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Header, the main landmark (focus target of the skip link) and footer around every page. */
export function PageShell({ actor, children, narrow = false }: { actor: Actor | null; children: ReactNode; narrow?: boolean }) {
  return (
    <>
      <SiteHeader actor={actor} />
      <main id="tresc" tabIndex={-1} className={`mx-auto px-4 py-8 focus:outline-none ${narrow ? 'max-w-2xl' : 'max-w-6xl'}`}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
