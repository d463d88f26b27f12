import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { getWzk } from '@/lib/wzk/meetings';

export const metadata: Metadata = { title: 'Wojewódzki Zespół Kooperacji' };

type MeetingItem = { id: number; startsAt: Date; durationMinutes: number; place: string; onlineUrl: string; minutesPublishedAt: Date | null };

function MeetingList({ items, empty }: { items: MeetingItem[]; empty: string }) {
  if (!items.length) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-2">
      {items.map((m) => (
        <li key={m.id}>
          <Link href={`/wzk/spotkania/${m.id}`} className={linkClass}>
            {formatDateTime(m.startsAt)}
          </Link>{' '}
          — {m.place || 'online'}
          {m.minutesPublishedAt ? ' · protokół opublikowany' : ''}
        </li>
      ))}
    </ul>
  );
}

export default async function WzkPage() {
  const actor = await requireActor();
  const w = await guard(getWzk(actor));
  return (
    <>
      <PageHeader
        title={`Wojewódzki Zespół Kooperacji — województwo ${w.voivodeshipName}`}
        lead="Członkowie WZK to strony podpisanego porozumienia wojewódzkiego. Zespół spotyka się co najmniej raz w kwartale; opublikowany protokół oznacza spotkanie kwartału w harmonogramie regionalnym jako wykonane."
        actions={
          w.canManage ? (
            <Link href="/wzk/spotkania/nowe" className={buttonClass}>
              Zaplanuj spotkanie
            </Link>
          ) : undefined
        }
      />
      <section aria-labelledby="czlonkowie" className="mb-8">
        <h2 id="czlonkowie" className="mb-3 text-xl font-semibold">Członkowie WZK</h2>
        {w.members.length ? (
          <>
            <ul className="mb-2 list-disc pl-6">
              {w.members.map((m) => (
                <li key={m.key}>{m.name}</li>
              ))}
            </ul>
            <p className="text-sm text-slate-700">
              Na podstawie:{' '}
              {w.agreements.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ', '}
                  <Link href={`/dokumenty/${a.id}`} className={linkClass}>
                    porozumienie nr {a.number}
                  </Link>
                  {a.effectiveOn ? ` (obowiązuje od ${formatDate(a.effectiveOn)})` : ''}
                </span>
              ))}
            </p>
          </>
        ) : (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-slate-900">
            Województwo nie ma podpisanego porozumienia wojewódzkiego, więc WZK nie ma jeszcze członków.{' '}
            {w.pending ? (
              <Link href={`/dokumenty/${w.pending.id}`} className={linkClass}>
                Przejdź do porozumienia nr {w.pending.number}
              </Link>
            ) : (
              <Link href="/dokumenty" className={linkClass}>
                Przejdź do dokumentów, aby przygotować porozumienie
              </Link>
            )}
            .
          </p>
        )}
      </section>
      <section aria-labelledby="nadchodzace" className="mb-8">
        <h2 id="nadchodzace" className="mb-3 text-xl font-semibold">Nadchodzące spotkania</h2>
        <MeetingList items={w.upcoming} empty="Brak zaplanowanych spotkań." />
      </section>
      <section aria-labelledby="ustalenia" className="mb-8">
        <h2 id="ustalenia" className="mb-3 text-xl font-semibold">Otwarte ustalenia</h2>
        {w.openDecisions.length ? (
          <ul className="space-y-2">
            {w.openDecisions.map((d) => (
              <li key={d.id}>
                <span className="whitespace-pre-line">{d.text}</span> — {d.ownerName || '—'}, termin {d.dueOn ? formatDate(d.dueOn) : '—'} (
                <Link href={`/wzk/spotkania/${d.meetingId}`} className={linkClass}>
                  spotkanie {formatDate(d.meetingStartsAt)}
                </Link>
                )
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">Brak otwartych ustaleń.</p>
        )}
      </section>
      <section aria-labelledby="odbyte" className="mb-8">
        <h2 id="odbyte" className="mb-3 text-xl font-semibold">Odbyte spotkania</h2>
        <MeetingList items={w.past} empty="Brak odbytych spotkań." />
      </section>
    </>
  );
}
