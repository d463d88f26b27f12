import Link from 'next/link';
import { linkClass } from '@/components/ui/PageHeader';
import { EVENT_KINDS, type EventKind } from '@/lib/events/schemas';
import { formatDateTime } from '@/lib/text';

export interface EventListItem {
  id: number;
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string;
  voivodeshipName: string;
  isPublic: boolean;
  registrationOpen: boolean;
  capacity: number | null;
  confirmed: number;
}

/** Upcoming events as a list of cards (narrow screens: one column, no sideways scroll). */
export function EventList({ events, href = (id) => `/wydarzenia/${id}` }: { events: EventListItem[]; href?: (id: number) => string }) {
  if (!events.length) return <p>Brak zaplanowanych wydarzeń.</p>;
  return (
    <ul className="grid gap-4">
      {events.map((e) => (
        <li key={e.id} className="rounded border border-slate-300 bg-white p-4">
          <p className="text-sm text-slate-700">
            {EVENT_KINDS[e.kind]} · województwo {e.voivodeshipName}
            {!e.isPublic && ' · wydarzenie wewnętrzne'}
          </p>
          <h3 className="text-lg font-semibold break-words">
            <Link href={href(e.id)} className={linkClass}>
              {e.title}
            </Link>
          </h3>
          <p>
            {formatDateTime(e.startsAt)} – {formatDateTime(e.endsAt)}
          </p>
          <p className="break-words">{[e.place, e.onlineUrl ? 'online' : ''].filter(Boolean).join(' · ')}</p>
          {e.registrationOpen && (
            <p className="text-sm">{e.capacity != null && e.confirmed >= e.capacity ? 'Brak wolnych miejsc — zapisy na listę rezerwową' : 'Zapisy otwarte'}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
