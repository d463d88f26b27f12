import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ActionButton } from '@/components/events/ActionButton';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { cancellationFor } from '@/lib/events/events';
import { formatDateTime } from '@/lib/text';
import { cancelRegistrationAction } from '../../actions';

export const metadata: Metadata = { title: 'Rezygnacja z udziału w wydarzeniu', referrer: 'no-referrer' };

/** Opening the link only shows the registration; the button (a POST) cancels it. */
export default async function CancelPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const r = await cancellationFor(token);
  return (
    <>
      <PageHeader title="Rezygnacja z udziału w wydarzeniu" />
      {!r ? (
        <p className="max-w-3xl">Link rezygnacji jest nieważny — być może zgłoszenie wycofano wcześniej albo dostałeś(-aś) nowszy link w kolejnej wiadomości.</p>
      ) : (
        <section aria-labelledby="zgloszenie" className="max-w-3xl">
          <h2 id="zgloszenie" className="mb-3 text-xl font-semibold">
            {r.event.title}
          </h2>
          <p className="mb-4">
            {formatDateTime(r.event.startsAt)} – {formatDateTime(r.event.endsAt)}
            {r.event.place && `, ${r.event.place}`}
          </p>
          {r.status === 'cancelled' ? (
            <p>To zgłoszenie zostało już wycofane.</p>
          ) : r.past ? (
            <p>Wydarzenie już się rozpoczęło — rezygnacja nie jest możliwa.</p>
          ) : (
            <>
              <p className="mb-4">{r.status === 'confirmed' ? 'Masz potwierdzone miejsce. Po rezygnacji przekażemy je pierwszej osobie z listy rezerwowej.' : 'Jesteś na liście rezerwowej.'}</p>
              <ActionButton label="Rezygnuję z udziału" input={{ token }} action={cancelRegistrationAction} doneText="Przyjęliśmy rezygnację. Potwierdzenie wysłaliśmy e-mailem." />
            </>
          )}
          <p>
            <Link href={`/wydarzenia/${r.event.id}`} className={linkClass}>
              Strona wydarzenia
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
