import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ThreadList } from '@/components/forum/ThreadList';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, buttonClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { listPzkThreads } from '@/lib/forum/forum';
import { guard } from '@/lib/page-guard';

export const metadata: Metadata = { title: 'Forum zespołu' };

// Until PzkNav has a "Forum" tab no tab is marked current here; with it, this is its href.

export default async function PzkForumPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, canPost, threads } = await guard(listPzkThreads(actor, Number(id)));
  const base = `/pzk/${pzk.id}/forum`;
  return (
    <>
      <PageHeader
        title={`Forum — ${pzk.name}`}
        actions={
          canPost ? (
            <Link href={`${base}/nowy`} className={buttonClass}>
              Nowy wątek
            </Link>
          ) : undefined
        }
      />
      <PzkNav pzk={pzk} current="/forum" />
      <p className="mb-4 text-slate-700">
        Forum widzą tylko członkowie zespołu{canPost ? '' : '; ROPS ma wgląd bez możliwości pisania'}. Nie wpisuj danych osobowych rodzin i osób, z którymi pracujecie.
      </p>
      <ThreadList threads={threads} basePath={base} caption="Wątki forum zespołu" />
    </>
  );
}
