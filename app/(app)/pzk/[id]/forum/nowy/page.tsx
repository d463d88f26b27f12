import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ThreadForm } from '@/components/forum/ThreadForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { pzkForum } from '@/lib/forum/forum';
import { guard } from '@/lib/page-guard';
import { createPzkThreadAction } from '../actions';

export const metadata: Metadata = { title: 'Nowy wątek na forum zespołu' };

export default async function NewPzkThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, canPost } = await guard(pzkForum(actor, Number(id)));
  if (!canPost) forbidden();
  const base = `/pzk/${pzk.id}/forum`;
  return (
    <>
      <p className="mb-2">
        <Link href={base} className={linkClass}>
          ← Forum zespołu
        </Link>
      </p>
      <PageHeader title="Nowy wątek" lead={`${pzk.name}. Nie wpisuj danych osobowych rodzin.`} />
      <ThreadForm action={createPzkThreadAction.bind(null, pzk.id)} basePath={base} />
    </>
  );
}
