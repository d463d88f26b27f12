import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/forum/PostList';
import { ReplyForm } from '@/components/forum/ReplyForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getPzkThread } from '@/lib/forum/forum';
import { guard } from '@/lib/page-guard';
import { addPzkPostAction } from '../actions';

export const metadata: Metadata = { title: 'Wątek na forum zespołu' };

export default async function PzkThreadPage({ params }: { params: Promise<{ id: string; threadId: string }> }) {
  const { id, threadId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(threadId)) notFound();
  const actor = await requireActor();
  const { pzk, thread, posts, canPost } = await guard(getPzkThread(actor, Number(id), Number(threadId)));
  return (
    <>
      <p className="mb-2">
        <Link href={`/pzk/${pzk.id}/forum`} className={linkClass}>
          ← Forum — {pzk.name}
        </Link>
      </p>
      <PageHeader title={thread.title} lead={`Wątek na forum zespołu ${pzk.name}`} />
      <section aria-labelledby="wpisy" className="mb-8">
        <h2 id="wpisy" className="sr-only">
          Wpisy
        </h2>
        <PostList posts={posts} />
      </section>
      {canPost ? (
        <section aria-labelledby="odpowiedz">
          <h2 id="odpowiedz" className="mb-2 text-xl font-semibold">
            Odpowiedz
          </h2>
          <ReplyForm action={addPzkPostAction.bind(null, pzk.id)} threadId={thread.id} />
        </section>
      ) : (
        <p className="text-slate-700">ROPS ma wgląd w forum zespołu bez możliwości pisania.</p>
      )}
    </>
  );
}
