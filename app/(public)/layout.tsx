import { SiteFooter } from '@/components/shell/SiteFooter';
import { SiteHeader } from '@/components/shell/SiteHeader';
import { getActor } from '@/lib/auth/session';

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <>
      <SiteHeader actor={actor} />
      <main id="tresc" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
