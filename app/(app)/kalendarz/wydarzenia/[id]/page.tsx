import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/events/ActionButton';
import { CancelEventForm } from '@/components/events/CancelEventForm';
import { EventForm } from '@/components/events/EventForm';
import { InvitationForm } from '@/components/events/InvitationForm';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { managedEvent } from '@/lib/events/events';
import { REGISTRATION_STATUSES } from '@/lib/events/schemas';
import { guard } from '@/lib/page-guard';
import { utcToWarsawLocal } from '@/lib/pzk/meeting-schemas';
import { formatDate, formatDateTime } from '@/lib/text';
import { closeAttendanceAction } from '../actions';

export const metadata: Metadata = { title: 'Wydarzenie — zarządzanie' };

/** ROPS: edit an event, its registrations with statuses, invitations, the attendance list. */
export default async function ManagedEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const d = await guard(managedEvent(await requireActor(), Number(id)));
  const e = d.event;
  return (
    <>
      <PageHeader title={e.title} />
      <p className="mb-4">
        <Link href="/kalendarz/wydarzenia" className={linkClass}>
          ← Kalendarz województwa
        </Link>
        {' · '}
        <Link href={`/wydarzenia/${e.id}`} className={linkClass}>
          Strona wydarzenia
        </Link>
        {' · '}
        <a href={`/kalendarz/wydarzenia/${e.id}/lista-obecnosci.pdf`} className={linkClass}>
          Lista obecności (PDF)
        </a>
      </p>
      {e.cancelledAt && (
        <p role="status" className="mb-6 max-w-3xl rounded border border-red-800 bg-red-50 p-3 text-red-900">
          Wydarzenie odwołane {formatDateTime(e.cancelledAt)}. Osoby zapisane dostały wiadomość z powodem; nie można go już zmieniać ani zapraszać na nie instytucji.
        </p>
      )}
      <section aria-labelledby="zgloszenia" className="mb-8">
        <h2 id="zgloszenia" className="mb-3 text-xl font-semibold">Zgłoszenia</h2>
        {d.registrations.length === 0 ? (
          <p>Nikt się jeszcze nie zapisał.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">Zgłoszenia na wydarzenie</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Imię i nazwisko</th>
                  <th scope="col" className={thClass}>Instytucja, gmina</th>
                  <th scope="col" className={thClass}>E-mail</th>
                  <th scope="col" className={thClass}>Status</th>
                  <th scope="col" className={thClass}>Zgłoszono</th>
                </tr>
              </thead>
              <tbody>
                {d.registrations.map((r) => (
                  <tr key={r.id}>
                    <td className={tdClass}>{r.name}</td>
                    <td className={tdClass}>
                      {r.institution}
                      {r.gminaName && <span className="block text-sm text-slate-700">gmina {r.gminaName}</span>}
                    </td>
                    <td className={`${tdClass} break-all`}>{r.email}</td>
                    <td className={tdClass}>{REGISTRATION_STATUSES[r.status]}</td>
                    <td className={tdClass}>{formatDateTime(r.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {d.occurrence && (
        <section aria-labelledby="harmonogram" className="mb-8 max-w-3xl">
          <h2 id="harmonogram" className="mb-3 text-xl font-semibold">Harmonogram województwa</h2>
          <p className="mb-3">
            Spotkanie informacyjne z harmonogramu ({formatDate(d.occurrence.periodStart)} – {formatDate(d.occurrence.dueDate)}):{' '}
            {d.occurrence.status === 'done' ? 'odbyte — lista obecności zamknięta.' : 'zaplanowane. Po spotkaniu zamknij listę obecności — spotkanie zostanie odnotowane w harmonogramie jako odbyte.'}
          </p>
          {d.occurrence.status !== 'done' && d.started && <ActionButton label="Zamknij listę obecności" input={{ eventId: e.id, version: e.version }} action={closeAttendanceAction} doneText="Lista obecności zamknięta; spotkanie odnotowane w harmonogramie." />}
        </section>
      )}
      {!e.cancelledAt && (
        <>
          <section aria-labelledby="zaproszenia" className="mb-8">
            <h2 id="zaproszenia" className="mb-3 text-xl font-semibold">Zaproszenia</h2>
            {d.invited.length > 0 && (
              <ul className="mb-4 list-disc pl-6">
                {d.invited.map((i) => (
                  <li key={i.institutionId}>
                    {i.name} ({formatDateTime(i.sentAt)})
                  </li>
                ))}
              </ul>
            )}
            <InvitationForm eventId={e.id} institutions={d.registry.map((i) => ({ value: i.id, label: `${i.name} (${i.email})` }))} />
          </section>
          <section aria-labelledby="edycja" className="mb-8">
            <h2 id="edycja" className="mb-3 text-xl font-semibold">Zmiana wydarzenia</h2>
            <EventForm
              defaults={{
                eventId: e.id,
                version: e.version,
                kind: e.kind,
                title: e.title,
                description: e.description,
                startsAt: utcToWarsawLocal(e.startsAt),
                endsAt: utcToWarsawLocal(e.endsAt),
                place: e.place,
                onlineUrl: e.onlineUrl,
                flags: [...(e.isPublic ? ['public' as const] : []), ...(e.registrationOpen ? ['registration' as const] : [])],
                capacity: e.capacity == null ? '' : String(e.capacity),
              }}
            />
          </section>
          {!d.started && (
            <section aria-labelledby="odwolanie" className="mb-8">
              <h2 id="odwolanie" className="mb-3 text-xl font-semibold">Odwołanie wydarzenia</h2>
              <p className="mb-3 max-w-3xl">
                Odwołane wydarzenie znika z kalendarza i kanałów .ics, zapisy zostają zamknięte, a osoby zapisane i z listy rezerwowej dostają wiadomość e-mail.
              </p>
              <CancelEventForm eventId={e.id} version={e.version} registered={d.registrations.filter((r) => r.status !== 'cancelled').length} />
            </section>
          )}
        </>
      )}
    </>
  );
}
