import type { Metadata } from 'next';
import Link from 'next/link';
import { ThreadList } from '@/components/forum/ThreadList';
import { PageHeader, buttonClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { listRegionalThreads } from '@/lib/forum/forum';
import { guard } from '@/lib/page-guard';
import { ofVoivodeship } from '@/lib/territory/voivodeship-names';

export const metadata: Metadata = { title: 'Forum regionalne' };

export default async function RegionalForumPage() {
  const actor = await requireActor();
  const { voivodeshipName, threads } = await guard(listRegionalThreads(actor));
  return (
    <>
      <PageHeader
        title="Forum regionalne"
        lead={`Wymiana doświadczeń wszystkich użytkowników platformy z ${ofVoivodeship(voivodeshipName)}.`}
        actions={
          <Link href="/forum/nowy" className={buttonClass}>
            Nowy wątek
          </Link>
        }
      />
      <p className="mb-4 text-slate-700">Wpisy widzą wszyscy zalogowani użytkownicy z województwa. Nie wpisuj danych osobowych rodzin i osób, z którymi pracujesz.</p>
      <ThreadList threads={threads} basePath="/forum" caption="Wątki forum regionalnego" />
    </>
  );
}
