import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { WzkMeetingForm } from '@/components/wzk/WzkMeetingForm';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { getWzk } from '@/lib/wzk/meetings';

export const metadata: Metadata = { title: 'Zaplanuj spotkanie WZK' };

export default async function NewWzkMeetingPage() {
  const actor = await requireActor();
  const w = await guard(getWzk(actor));
  if (!w.canManage) forbidden();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/wzk" className={linkClass}>
          ← Wojewódzki Zespół Kooperacji
        </Link>
      </p>
      <PageHeader title="Zaplanuj spotkanie WZK" lead={`Województwo ${w.voivodeshipName}`} />
      <WzkMeetingForm defaults={{ version: 0, startsAt: '', durationMinutes: 120, place: '', onlineUrl: '', agenda: '' }} />
    </>
  );
}
