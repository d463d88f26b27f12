import Link from 'next/link';
import { linkClass } from '@/components/ui/PageHeader';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { regionCalendar } from '@/lib/events/calendar';
import { formatDate, formatDateTime } from '@/lib/text';

/** The signed-in /kalendarz page's section: the województwo's events, WZK meetings and trainings. */
export async function RegionCalendar({ actor }: { actor: Actor }) {
  if (actor.scope.level === 'national' || !can(actor.scope, 'region.view')) return null;
  const entries = await regionCalendar(actor);
  return (
    <section aria-labelledby="wojewodztwo" className="mb-8 max-w-3xl">
      <h2 id="wojewodztwo" className="mb-3 text-xl font-semibold">Kalendarz województwa</h2>
      {can(actor.scope, 'event.manage', { voivodeshipId: actor.scope.voivodeshipId }) && (
        <p className="mb-3">
          <Link href="/kalendarz/wydarzenia" className={linkClass}>Zarządzaj wydarzeniami województwa</Link>
        </p>
      )}
      {entries.length === 0 ? (
        <p>Brak zaplanowanych wydarzeń.</p>
      ) : (
        <ul className="grid gap-2">
          {entries.map((x) => (
            <li key={x.uid} className="break-words">
              <span className="font-medium">{x.allDay ? formatDate(x.startsAt) : formatDateTime(x.startsAt)}</span> — {x.label}:{' '}
              <Link href={x.path} className={linkClass}>{x.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
