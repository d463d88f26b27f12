import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { WzkMeetingForm } from '@/components/wzk/WzkMeetingForm';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { utcToWarsawLocal } from '@/lib/pzk/meeting-schemas';
import { formatDateTime } from '@/lib/text';
import { getWzkMeeting } from '@/lib/wzk/meetings';

export const metadata: Metadata = { title: 'Zmiana spotkania WZK' };

export default async function EditWzkMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { canManage, meeting: m } = await guard(getWzkMeeting(actor, Number(id)));
  if (!canManage) forbidden();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/wzk/spotkania/${m.id}`} className={linkClass}>
          ← Spotkanie WZK {formatDateTime(m.startsAt)}
        </Link>
      </p>
      <PageHeader title="Zmiana spotkania WZK" />
      <WzkMeetingForm defaults={{ meetingId: m.id, version: m.version, startsAt: utcToWarsawLocal(m.startsAt), durationMinutes: m.durationMinutes, place: m.place, onlineUrl: m.onlineUrl, agenda: m.agenda }} />
    </>
  );
}
