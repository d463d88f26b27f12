import type { Metadata } from 'next';
import Link from 'next/link';
import { ThreadForm } from '@/components/forum/ThreadForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { createRegionalThreadAction } from '../actions';

export const metadata: Metadata = { title: 'Nowy wątek na forum regionalnym' };

export default async function NewRegionalThreadPage() {
  await requireActor();
  return (
    <>
      <p className="mb-2">
        <Link href="/forum" className={linkClass}>
          ← Forum regionalne
        </Link>
      </p>
      <PageHeader title="Nowy wątek" lead="Forum regionalne. Nie wpisuj danych osobowych rodzin." />
      <ThreadForm action={createRegionalThreadAction} basePath="/forum" />
    </>
  );
}
