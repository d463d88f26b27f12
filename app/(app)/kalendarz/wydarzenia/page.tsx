import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { listManagedEvents } from '@/lib/events/events';
import { EVENT_KINDS } from '@/lib/events/schemas';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/text';

export const metadata: Metadata = { title: 'Kalendarz województwa — wydarzenia' };

/** ROPS: the events of its województwo, with registrations. */
export default async function ManagedEventsPage() {
  const actor = await requireActor();
  const events = await guard(listManagedEvents(actor));
  return (
    <>
      <PageHeader
        title="Kalendarz województwa — wydarzenia"
        lead="Spotkania informacyjne (minimum raz w roku w pierwszym kwartale), spotkania animatorów, szkolenia i konferencje. Wydarzenia publiczne są widoczne bez logowania na stronie Wydarzenia."
        actions={
          <Link href="/kalendarz/wydarzenia/nowe" className={buttonClass}>
            Nowe wydarzenie
          </Link>
        }
      />
      {events.length === 0 ? (
        <p>Nie dodano jeszcze żadnego wydarzenia.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">Wydarzenia województwa</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Wydarzenie</th>
                <th scope="col" className={thClass}>Termin</th>
                <th scope="col" className={thClass}>Zapisy</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className={tdClass}>
                    <Link href={`/kalendarz/wydarzenia/${e.id}`} className={linkClass}>
                      {e.title}
                    </Link>
                    <span className="block text-sm text-slate-700">
                      {EVENT_KINDS[e.kind]}
                      {e.isPublic ? ' · publiczne' : ' · wewnętrzne'}
                      {e.cancelledAt ? ' · odwołane' : ''}
                    </span>
                  </td>
                  <td className={tdClass}>{formatDateTime(e.startsAt)}</td>
                  <td className={tdClass}>{e.registrationOpen ? `${e.confirmed}${e.capacity != null ? ` / ${e.capacity}` : ''} potwierdzonych, ${e.waiting} na liście rezerwowej` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
