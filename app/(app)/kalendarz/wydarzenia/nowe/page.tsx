import type { Metadata } from 'next';
import Link from 'next/link';
import { EventForm } from '@/components/events/EventForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { authorizeNewEvent } from '@/lib/events/events';
import { guard } from '@/lib/page-guard';

export const metadata: Metadata = { title: 'Nowe wydarzenie' };

export default async function NewEventPage() {
  const actor = await requireActor();
  await guard(authorizeNewEvent(actor));
  return (
    <>
      <PageHeader title="Nowe wydarzenie" />
      <p className="mb-4">
        <Link href="/kalendarz/wydarzenia" className={linkClass}>
          ← Kalendarz województwa
        </Link>
      </p>
      <EventForm defaults={{ version: 0, kind: 'info_meeting', title: '', description: '', startsAt: '', endsAt: '', place: '', onlineUrl: '', flags: ['public', 'registration'], capacity: '' }} />
    </>
  );
}
