import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/forum/PostList';
import { ReplyForm } from '@/components/forum/ReplyForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getRegionalThread } from '@/lib/forum/forum';
import { guard } from '@/lib/page-guard';
import { addRegionalPostAction } from '../actions';

export const metadata: Metadata = { title: 'Wątek na forum regionalnym' };

export default async function RegionalThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const { threadId } = await params;
  if (!/^\d{1,9}$/.test(threadId)) notFound();
  const actor = await requireActor();
  const { thread, posts, canPost } = await guard(getRegionalThread(actor, Number(threadId)));
  return (
    <>
      <p className="mb-2">
        <Link href="/forum" className={linkClass}>
          ← Forum regionalne
        </Link>
      </p>
      <PageHeader title={thread.title} lead="Wątek na forum regionalnym" />
      <section aria-labelledby="wpisy" className="mb-8">
        <h2 id="wpisy" className="sr-only">
          Wpisy
        </h2>
        <PostList posts={posts} />
      </section>
      {canPost && (
        <section aria-labelledby="odpowiedz">
          <h2 id="odpowiedz" className="mb-2 text-xl font-semibold">
            Odpowiedz
          </h2>
          <ReplyForm action={addRegionalPostAction} threadId={thread.id} />
        </section>
      )}
    </>
  );
}
