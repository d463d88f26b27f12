import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { RegistrationForm } from '@/components/events/RegistrationForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { getEvent } from '@/lib/events/events';
import { EVENT_KINDS } from '@/lib/events/schemas';
import { guard } from '@/lib/page-guard';
import { count, WORDS } from '@/lib/plural';
import { formatDateTime } from '@/lib/text';

export const metadata: Metadata = { title: 'Wydarzenie' };

/** An event's page: details, the .ics file and, for a public event with registration, the form. */
export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const data = await guard(getEvent(await getActor(), Number(id)));
  const e = data.event;
  const left = e.capacity != null ? Math.max(0, e.capacity - data.confirmed) : null;
  return (
    <>
      <PageHeader title={e.title} lead={`${EVENT_KINDS[e.kind]} · województwo ${e.voivodeshipName}`} />
      <p className="mb-4">
        <Link href="/wydarzenia" className={linkClass}>
          ← Wszystkie wydarzenia
        </Link>
        {data.canManage && (
          <>
            {' · '}
            <Link href={`/kalendarz/wydarzenia/${e.id}`} className={linkClass}>
              Zarządzaj wydarzeniem
            </Link>
          </>
        )}
      </p>
      <section aria-labelledby="szczegoly" className="mb-8 max-w-3xl">
        <h2 id="szczegoly" className="mb-3 text-xl font-semibold">
          Szczegóły
        </h2>
        {e.cancelledAt && <p className="mb-3 rounded border border-red-800 bg-red-50 p-3 text-red-900">Wydarzenie zostało odwołane.</p>}
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">Termin</dt>
          <dd>
            {formatDateTime(e.startsAt)} – {formatDateTime(e.endsAt)}
          </dd>
          {e.place && (
            <>
              <dt className="font-medium">Miejsce</dt>
              <dd className="break-words">{e.place}</dd>
            </>
          )}
          {e.onlineUrl && (
            <>
              <dt className="font-medium">Spotkanie online</dt>
              <dd className="break-all">{e.onlineUrl}</dd>
            </>
          )}
          {e.registrationOpen && (
            <>
              <dt className="font-medium">Miejsca</dt>
              <dd>{left === null ? 'bez limitu' : left > 0 ? `wolne: ${left} z ${e.capacity}` : `brak wolnych miejsc (lista rezerwowa: ${count(data.waiting, WORDS.person)})`}</dd>
            </>
          )}
        </dl>
        {e.description && <p className="mt-4 whitespace-pre-line break-words">{e.description}</p>}
        <p className="mt-4">
          <a href={`/wydarzenia/${e.id}/wydarzenie.ics`} className={linkClass}>
            Dodaj do kalendarza (plik .ics)
          </a>
        </p>
      </section>
      {data.registration && (
        <section aria-labelledby="zapisy" className="max-w-3xl">
          <h2 id="zapisy" className="mb-3 text-xl font-semibold">
            Zapisy
          </h2>
          {data.registration.open ? (
            <>
              {data.registration.full && <p className="mb-3 font-medium">Lista rezerwowa: wszystkie miejsca są zajęte. Jeśli ktoś zrezygnuje, pierwsza osoba z listy rezerwowej dostanie miejsce i wiadomość e-mail.</p>}
              <RegistrationForm eventId={e.id} gminas={data.gminas.map((g) => ({ value: g.id, label: g.label }))} full={data.registration.full} />
            </>
          ) : (
            <p>{data.registration.closedReason}</p>
          )}
        </section>
      )}
    </>
  );
}
